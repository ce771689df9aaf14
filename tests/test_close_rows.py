"""A list's short items are set close, as a record's fields are (see
tests/test_gap_tables.py for those): no blank line between them, in plain
text and in Markdown; a list of long items keeps its blank lines."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.cell_tables import render_rows
from reader.core.close_rows import close_runs
from reader.core.markdown_tables import render_paragraphs
from reader.core.model import Article
from reader.core.page import PageLayout, PageText
from reader.core.script import Script
from reader.core.views import View

SUPPLIES = ["物資", "· 摺床 40張", "· 毛氈 80張", "· 樽裝水 15箱", "晚上十點，最後一批街坊到達。"]


def test_short_bullets_in_plain_text_are_set_close() -> None:
    shown = render_rows(SUPPLIES)
    assert shown is not None
    assert [r.text for r in shown] == SUPPLIES
    assert [r.tight for r in shown] == [False, True, True, False, False]


def test_a_markdown_lists_short_items_are_set_close() -> None:
    lines = [
        "最後一週",
        "- 營業時間：早上7點至下午1點",
        "- 地點：大巴窯第八巷小販中心",
        "- 最後營業日：6月16日",
        "他說最後一天不漲價。",
    ]
    shown = render_paragraphs(lines)
    assert [r.text[:1] for r in shown[1:4]] == ["•", "•", "•"]
    assert [r.tight for r in shown] == [False, True, True, False, False]


def test_long_items_and_a_lone_item_keep_their_blank_lines() -> None:
    claims = [
        "1. 一種可調式竹製曬衣架，包含：一主桿；二側桿，分別樞接於該主桿兩端；及複數個卡榫座，設於該主桿上。",
        "2. 如申請專利範圍第1項所述之曬衣架，其中該側桿係以竹節處作為樞接點，可相對主桿展開成三種角度。",
    ]
    shown = render_rows(claims)
    assert shown is not None
    assert [r.tight for r in shown] == [False, False]
    assert [r.cells for r in shown] == [(0, 3), (0, 3)]  # (each hangs past its mark)
    assert close_runs(["· 摺床 40張", "晚上十點，最後一批街坊到達。"]) == []


def test_numbered_steps_and_fields_make_runs_of_their_own() -> None:
    lines = ["時間：10月5日", "地點：社區會堂", "1. 報名", "2. 繳費", "（3）出席"]
    assert close_runs(lines) == [(0, 2), (2, 5)]


PIECES = st.sampled_from(
    [
        "時間",
        "：",
        ":",
        "　",
        "  ",
        "• ",
        "- ",
        "1. ",
        "（2）",
        "8:00",
        "第一週",
        "。",
        "？",
        "李慧儀",
        "40張",
        "|",
        "\t",
        "x",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(PIECES, min_size=1, max_size=8).map("".join), min_size=1, max_size=10))
def test_any_paragraphs_render_one_for_one_and_lay_out(paragraphs: list[str]) -> None:
    for shown in (render_rows(paragraphs), render_paragraphs(paragraphs)):
        if shown is None:
            continue
        assert len(shown) == len(paragraphs)
        # (a row drawn as a table's is padded; any other paragraph is shown as written, or as Markdown renders it)
        assert all(isinstance(r.tight, bool) for r in shown)
    doc = Article(id="h", path=Path("h.txt"), title="t", paragraphs=tuple(paragraphs), script=Script.TRADITIONAL)
    for column in (8, 40):
        layout = PageLayout(PageText.of(doc, View.ORIGINAL), column)
        assert layout.height >= len(paragraphs)


def test_a_list_items_wrapped_lines_hang_under_its_text() -> None:
    paragraphs = ("最後一週", "• 營業時間：早上7點至下午1點（賣完即收）", "他說最後一天不漲價。")
    doc = Article(id="h", path=Path("h.txt"), title="t", paragraphs=paragraphs, script=Script.TRADITIONAL)
    layout = PageLayout(PageText.of(doc, View.ORIGINAL), 20)
    block = next(b for b in layout.blocks if b.text.startswith("•"))
    assert len(block.starts) >= 2
    assert block.indents == (0,) + (2,) * (len(block.starts) - 1)  # (each line after the first under 營)
