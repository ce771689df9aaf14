"""Found promoting heads set 3 (fh3_*) beside the older pages: a line two unrelated pages share
(回列表, a league's page and a company's) is folder template, and a run of short lines walked up
from the page's end skipped it and a statement gone as a disclaimer, and took the body's last
rows above them (an MVP row, a results head, scores: f20_12) as a list of other pieces."""

from __future__ import annotations

from reader.core.cleaning import clean

_PAGE = """\
台南府城慢壘聯盟
首頁 > 最新消息 > 賽事報導
秋季聯賽第九週　安平海風再見安打逆轉東寧老鷹
發布日期：2026/11/22　｜　聯盟記錄組
秋季聯賽第九週週六上午在安平運動公園壘球場進行，壓軸的安平海風對東寧老鷹之戰打到最後一個半局才分出勝負。
「我只想說不要被三振，球來就揮。」黃子晴在賽後笑著說，她把第一球打成穿越一二壘間的滾地安打。
本場MVP：黃子晴（安平海風）　4打數3安打2打點
同日其他賽果
府城牛肉湯 12：5 永康熱炒
鹽埕少年隊 7：7 赤崁夜貓（時間到和局）
{statement}第十週賽程　11/29（六）安平運動公園
上一則：秋季聯賽第八週賽事報導
回列表
本網站由聯盟志工維護
"""
_ROWS = ("本場MVP：黃子晴（安平海風）　4打數3安打2打點", "同日其他賽果", "府城牛肉湯 12：5 永康熱炒")


def test_a_statement_gone_under_the_body_s_rows_ends_a_list_walked_up_from_the_end() -> None:
    statement = "※本週各場賽事紀錄以聯盟記錄組登錄為準，如有疑義請於一週內提出。\n"
    kept = clean(_PAGE.format(statement=statement), frozenset({"回列表"})).paragraphs
    assert all(row in kept for row in _ROWS)
    # (near miss: the lines under the statement are still the page's, gone)
    assert "第十週賽程　11/29（六）安平運動公園" not in kept and "上一則：秋季聯賽第八週賽事報導" not in kept
