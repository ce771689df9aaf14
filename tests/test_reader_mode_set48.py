"""Reader mode on the shapes the forty-eighth held-out set showed: a ward's
nursing station (…護理站) named as a guide's writer, a unit and no person."""

from __future__ import annotations

from cleaning_support import kept_set, same
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


_FEES = [
    "一、加盟费用",
    "项目\t标准店\t旗舰店",
    "品牌使用费\t3万元\t5万元",
    "注：保证金合同期满无违约全额退还。",
    "二、加盟流程",
    "电话或在线咨询",
    "总部考察、品尝产品",
    "签订合同、缴纳费用",
]


def test_a_forms_field_labels_marked_required_and_its_heading_go() -> None:
    # (a form laid out in plain blocks: its heading, labels with the required mark, an unmarked one)
    form = ["免费索取资料 在线登记", "联系人*", "电话*", "所在城市"]
    text = "\n".join(
        [
            "某某茶饮加盟",
            "2027年单店加盟费用公示",
            "发布时间：2027-01-06　来源：某某茶饮招商部",
            "为方便意向加盟商了解投资情况，现将2027年度单店加盟费用公布如下，三线城市享受区域扶持政策。",
            *_FEES,
            "投资有风险，加盟需谨慎。本页所列费用为参考价格，实际投资金额以双方签订的正式合同为准。",
            *form,
            "Copyright © 2027 某某茶饮 版权所有",
        ]
    )
    kept = kept_set(text)
    for line in _FEES:
        assert same(line) in kept, line
    for line in form:
        assert same(line) not in kept, line
