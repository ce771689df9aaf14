"""Items joined by arrows are steps in order (a lineage, a procedure, a
route), never a menu or a row of buttons: a menu's items come in no order,
and a call's arrow ends its words."""

from __future__ import annotations

import pytest

from reader.core.cleaning import clean
from reader.core.menu_shapes import is_menu
from reader.core.row_ends import arrow_chain

PROSE = "吳式太極拳由全佑傳下來，至今已有五代。他的徒弟們在香港開館授徒，弟子遍佈各地，至今每週仍在公園練拳。"
MORE = "老師傅今年八十歲了，仍然每天早上練拳兩個小時，弟子們也一起練習，從來沒有間斷過。"


@pytest.mark.parametrize(
    "chain",
    [
        "楊露禪 → 全佑 → 吳鑑泉 → 吳公儀 → 吳大揆",  # a lineage chart
        "報名 → 繳費 → 上課",  # a procedure
        "路線：紅街市→三盞燈→新馬路→議事亭前地",  # a route
        "第1天 香港西九龍站 → 上饒站 → 婺源",
    ],
)
def test_a_chain_between_paragraphs_stays(chain: str) -> None:
    cleaned = clean(f"傳承\n\n{PROSE}\n\n{chain}\n\n{MORE}\n")
    assert chain in cleaned.paragraphs, cleaned.dropped


def test_what_an_arrow_chain_is() -> None:
    assert arrow_chain("楊露禪 → 全佑 → 吳鑑泉") and arrow_chain("A⇒B⇒C")
    assert not arrow_chain("立即報名 →")  # a call's arrow ends it
    assert not arrow_chain("→ 前往贊助頁面 → 立即")  # (an arrow leads it: a link's mark)
    assert not arrow_chain("租金：$13,800 → $10,500")  # two items: a change, told apart elsewhere
    assert not is_menu("楊露禪 → 全佑 → 吳鑑泉 → 吳公儀 → 吳大揆")
    assert is_menu("首頁 › 新聞 › 地方 › 社會")  # a breadcrumb's marks are no arrows


def test_a_call_ending_in_an_arrow_still_goes() -> None:
    cleaned = clean(f"傳承\n\n{PROSE}\n\n{MORE}\n\n立即報名 2030 春季課程 →\n")
    assert "立即報名 2030 春季課程 →" not in cleaned.paragraphs
