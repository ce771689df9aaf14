"""A page's metadata is not a commenter's: the markup's author written only
in the comments block, a commenter's dated name row there; and a date row
that a phrase alone marks as junk (下載次數 beside 最後更新) still dates the page."""

from __future__ import annotations

from reader.core.cleaning import clean
from reader.core.line_verdicts import judge_all
from reader.core.meta_records import Hints

PAGE = "\n".join(
    [
        "東瀾縣南灣漁港每日漁獲拍賣行情",
        "最後更新：2029-04-09 17:05 | 瀏覽次數：3,218 | 下載次數：1,046",
        "本資料集收錄南灣漁港魚市場每日拍賣之魚種、等級、成交量及價格，由漁港管理所於每日拍賣結束後彙整。",
        "價格為拍賣成交之加權平均單價，不含承銷手續費；同一魚種依鮮度與規格分為特、甲、乙三級。",
        "意見回饋（2）",
        "使用者 wei_chen 2029-03-22",
        "可以請問鬼頭刀為什麼有時只有乙級？是沒有分級還是當天沒有特級的貨？",
        "東瀾縣政府農業處漁業科 回覆 2029-03-24",
        "您好，鬼頭刀多為延繩釣與流刺網混獲，魚市場僅於單日到貨量超過兩公噸時才分級，謝謝您的提問。",
    ]
)


def test_a_date_row_with_a_download_count_still_states_the_date() -> None:
    _folded, reason, weak, meta = judge_all(["最後更新：2029-04-09 17:05 | 瀏覽次數：3,218 | 下載次數：1,046"])[0]
    assert reason is not None and weak  # (junk by a phrase alone)
    assert meta is not None and meta.date == "2029-04-09 17:05"


def test_a_commenters_name_and_date_are_not_the_pages() -> None:
    hints = Hints(title="東瀾縣南灣漁港每日漁獲拍賣行情", author="wei_chen", date="2029-04-09")
    meta = clean(PAGE, hints=hints).metadata
    assert meta.author is None
    assert meta.date == "2029-04-09 17:05"


def test_the_markups_author_written_in_the_page_stays_the_author() -> None:
    signed = PAGE.replace("本資料集收錄", "文／wei_chen\n本資料集收錄")
    meta = clean(signed, hints=Hints(title="東瀾縣南灣漁港每日漁獲拍賣行情", author="wei_chen")).metadata
    assert meta.author == "wei_chen"
