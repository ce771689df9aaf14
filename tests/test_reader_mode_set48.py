"""Reader mode on the shapes the forty-eighth held-out set showed: a ward's
nursing station (…護理站) named as a guide's writer, a unit and no person."""

from __future__ import annotations

from reader.core.cleaning import clean


def test_a_wards_nursing_station_as_the_writer_is_a_unit_not_the_author() -> None:
    # (撰稿：…護理站 beside the date: the ward's station wrote it, no person did)
    text = "\n".join(
        [
            "某某綜合醫院",
            "膝關節鏡手術後居家照護須知",
            "更新日期：2026/11/02　撰稿：復健科病房護理站　審閱：主治醫師 某某某",
            "您即將出院回家，請您與家屬一起閱讀以下事項，有任何不清楚的地方，出院前請向護理人員詢問。",
            "一、傷口照護",
            "保持傷口乾燥，出院後第3天可淋浴，但不可泡澡。",
            "如傷口出現紅、腫、熱、痛或有分泌物，請盡速回診。",
            "二、回診時間",
            "第一次回診：出院後2週，骨科門診",
        ]
    )
    assert clean(text).metadata.author is None
