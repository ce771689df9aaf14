"""Reader mode on the shapes held-out page set 98 showed: a record's day
fields (申請日：…, 公告日：…) in a box of label：value rows are rows of the
record, not the page's date, and the one-word heading under the kept box, over
a paragraph, heads the paragraph."""

from __future__ import annotations

from cleaning_support import same
from reader.core.cleaning import clean

_RECORD = (
    "登記證明摘要",
    "本頁更新：2029-03-02 資料來源：公開資料",
    "下載PDF 加入追蹤 分享",
    "登記資料",
    "登記號：R20931",
    "案號：118200417",
    "受理日：2028-05-20",
    "核准日：2028-09-01",
    "類別：C12G 3/04",
    "權利人：林雅琪（嘉義縣）",
    "狀態：有效",
    "說明",
    "本登記涉及一種以米麴發酵之梅酒釀造方法，先將青梅以鹽水浸泡一夜，再與米麴同置陶甕內低溫發酵四十日，期間每週攪拌一次。",
    "發酵完成後以細布過濾，靜置三個月再裝瓶，所得酒液色澤清澈，酸甜適中。",
)


def test_a_records_day_fields_in_a_box_of_fields_stay_rows() -> None:
    cleaned = clean("\n".join(_RECORD))
    kept = {same(p) for p in cleaned.paragraphs}
    for row in _RECORD[4:12]:
        assert same(row) in kept, row
    assert cleaned.metadata.date == "2029-03-02"
