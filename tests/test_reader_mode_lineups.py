"""Reader mode on a match report's line-ups: a heading that reads as a
counter (a year and a word) over rows of a position and its players, one
of them names spaced apart like a menu; and a headline holding the score."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean

_REPORT = [
    "某某中學校友會",
    "首頁 | 活動 | 通訊 | 聯絡",
    "校友盃足球賽戰報：2001屆 2:1 2011屆",
    "日期：2027年3月7日｜撰文：幹事 陳小明",
    "一年一度的校友盃在學校球場舉行，兩屆校友冒雨上陣，場邊坐滿了家屬和老師，氣氛十分熱烈。",
    "2001屆陣容",
    "門將：黃志明",
    "後衛：李國強　陳家輝　張偉文",
    "中場：梁志豪（隊長）、何俊傑",
    "前鋒：吳建華、鄭嘉明",
    "2011屆陣容",
    "門將：馮子健",
    "後衛：蔡家樂、林永康",
    "中場：周文傑、楊浩然",
    "比賽經過",
    "上半場2011屆先開紀錄，下半場2001屆連入兩球反勝，賽後兩屆校友一同聚餐。",
    "留言區",
    "校友甲：明年再戰！",
]


def test_a_line_up_under_its_heading_stays() -> None:
    kept = kept_set("\n".join(_REPORT))
    for line in _REPORT[5:14]:
        assert same(line) in kept, line
    assert same(_REPORT[1]) not in kept and same(_REPORT[17]) not in kept


def test_a_counter_over_label_rows_outside_the_body_still_goes() -> None:
    # (no paragraph of the body under the rows: a page's counters and fields, not a line-up)
    text = "\n".join([*_REPORT[:5], "閱讀 1234", "作者：某某", "編輯：某某", "攝影：某某"])
    assert same("閱讀 1234") not in kept_set(text)


def test_a_headline_holding_a_score_is_whole() -> None:
    # (3:2 is a score, not a label and its value: the headline is no row of fields)
    assert clean("\n".join(_REPORT)).metadata.title == "校友盃足球賽戰報：2001屆 2:1 2011屆"
