"""Rows whose short cells stand apart by wide gaps (ideographic spaces, or
two spaces or more), as Chinese pages set out a table in plain text, are
shown as a table; prose with a gap in it and a row alone are not."""

from __future__ import annotations

from pathlib import Path

from reader.core.cell_tables import render_rows
from reader.core.model import Article
from reader.core.page import HEADER, PageLayout, PageText
from reader.core.script import Script
from reader.core.views import View
from table_support import bar_columns, marked_on_its_line

HOURS = [
    "本所增加下列服务时段：",
    "日期　服务时间　备注",
    "12月20日（六）　08:00–12:00　全部业务",
    "1月24日（六）　08:00–12:00　仅受理印鉴证明、誊本",
    "夜间服务另行公告。",
]


def test_rows_parted_by_ideographic_spaces_are_drawn_aligned() -> None:
    shown = render_rows(HOURS)
    assert shown is not None
    rows = [r.text for r in shown[1:4]]
    assert rows == [
        "日期           │ 服务时间    │ 备注",
        "12月20日（六） │ 08:00–12:00 │ 全部业务",
        "1月24日（六）  │ 08:00–12:00 │ 仅受理印鉴证明、誊本",
    ]
    assert len({bar_columns(row) for row in rows}) == 1
    assert [r.tight for r in shown] == [False, True, True, False, False]
    assert not any(r.under for r in shown)  # (plain text marks no head)
    assert shown[0].text == HOURS[0] and shown[-1].text == HOURS[-1]


def test_two_spaces_part_cells_and_an_indent_is_no_cell() -> None:
    shown = render_rows(["　　品名  单价", "　　菠萝油  12元", "　　冻柠茶  16元"])
    assert shown is not None
    assert [r.text for r in shown] == ["品名   │ 单价", "菠萝油 │ 12元", "冻柠茶 │ 16元"]


def test_prose_with_a_gap_a_long_cell_and_a_row_alone_stay_paragraphs() -> None:
    prose = [
        "记者　张晓峰",
        "这是一段很长的正文，讲的是老街的变化，它比三十个字还要长得多，所以不是一个格子。　第二句",
        "夜间服务另行公告。",
    ]
    assert render_rows(prose) is None
    assert render_rows(["日期　服务时间　备注", "正文一句。"]) is None


def test_the_page_shows_them_with_a_search_hit_inside_a_cell() -> None:
    doc = Article(id="h", path=Path("h.txt"), title="公告", paragraphs=tuple(HOURS), script=Script.SIMPLIFIED)
    layout = PageLayout(PageText.of(doc, View.ORIGINAL), 80)
    assert layout.blocks[HEADER + 2].text == "12月20日（六） │ 08:00–12:00 │ 全部业务"
    assert marked_on_its_line(layout, doc, "全部业务") == ["全部业务"]


def test_the_traditional_view_keeps_them() -> None:
    doc = Article(id="h", path=Path("h.txt"), title="公告", paragraphs=tuple(HOURS), script=Script.SIMPLIFIED)
    layout = PageLayout(PageText.of(doc, View.TRADITIONAL), 80)
    assert layout.blocks[HEADER + 3].text == "1月24日（六）  │ 08:00–12:00 │ 僅受理印鑑證明、謄本"
