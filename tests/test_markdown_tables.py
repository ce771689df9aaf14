"""Markdown pipe tables shown as tables: aligned cells, borders, rows
without blank lines between them; offsets into the cells stay exact."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.markdown_tables import render_paragraphs
from reader.core.model import Article
from reader.core.page import HEADER, PageLayout, PageText
from reader.core.script import Script
from reader.core.views import View
from table_support import bar_columns, marked_on_its_line, page_lines

TABLE = [
    "沈老师放了一张表：",
    "| 桥名 | 建成年代 | 跨径 | 拱矢比 |",
    "| --- | :---: | ---: | --- |",
    "| 永宁桥 | 明万历年间 | 14.2 米 | 1/2.1 |",
    "| 会龙桥 | 清乾隆年间 | 18.6 米 | **1/3.4** |",
    "|通济桥|1931 年重修|22.0 米|",
    "跨径越大，拱越“扁”。",
]
BORDERS = "│┼─"


def test_a_table_is_shown_aligned_with_borders_and_a_rule() -> None:
    shown = [r.text for r in render_paragraphs(TABLE)]
    assert shown[0] == TABLE[0] and shown[-1] == TABLE[-1]
    rows = shown[1:6]
    # Every row's bars in the same columns; no bar at either end.
    assert len({bar_columns(row) for row in rows[:4]}) == 1 and bar_columns(rows[4]) == bar_columns(rows[0])[:2]
    assert rows[0] == "桥名   │  建成年代   │    跨径 │ 拱矢比"
    assert rows[1] == "───────┼─────────────┼─────────┼───────"
    assert rows[3] == "会龙桥 │ 清乾隆年间  │ 18.6 米 │ 1/3.4"  # (bold rendered, right and centre aligned)
    assert rows[4] == "通济桥 │ 1931 年重修 │ 22.0 米"  # (a row short of cells ends after its last)


def test_only_the_tables_rows_but_the_last_go_without_a_blank_line() -> None:
    assert [r.tight for r in render_paragraphs(TABLE)] == [False, True, True, True, True, False, False]


def test_cell_text_maps_one_for_one_to_the_source() -> None:
    for line, rendered in zip(TABLE, render_paragraphs(TABLE), strict=True):
        back = rendered.map.inverse()
        for at, char in enumerate(rendered.text):
            if char in BORDERS or char == " ":
                continue
            assert line[back(at)] == char, (line, at, char)
        # and each cell's source text lands on its shown text
        for m in re.finditer(r"[^|\s*:-][^|*]*[^|\s*]|[^|\s*:-]", line):
            a, b = rendered.map.span(m.start(), m.end())
            assert rendered.text[a:b] == m.group(), (line, m.group())


def test_header_cells_are_strong_and_cell_markup_keeps_its_style() -> None:
    head, _, _, bold_row, *_ = render_paragraphs(TABLE[1:])
    strong = [head.text[a:b] for a, b, name in head.spans if name == "strong"]
    assert strong == ["桥名", "建成年代", "跨径", "拱矢比"]
    assert [bold_row.text[a:b] for a, b, name in bold_row.spans if name == "strong"] == ["1/3.4"]
    assert all(set(head.text[a:b]) <= set(BORDERS + " ") for a, b, name in head.spans if name == "rule")


def test_an_escaped_pipe_stays_in_its_cell() -> None:
    shown = [r.text for r in render_paragraphs(["| 式子 | 说明 |", "|---|---|", r"| a \| b | 或 |"])]
    # (shown unescaped, as Markdown shows it)
    assert shown[0] == "式子  │ 说明"
    assert shown[2] == "a | b │ 或"


def test_pipes_without_a_delimiter_row_are_text() -> None:
    lines = ["| 这不是表 | 只是一行 |", "他说 A|B 都行。", "| 列一 | 列二 |", "| --- |", "正文。"]
    # (the second pair: a delimiter row with fewer cells than the header is no table)
    assert [r.text for r in render_paragraphs(lines)] == lines


def test_prose_with_a_pipe_after_a_table_is_not_a_row() -> None:
    rendered = render_paragraphs(["| 甲 | 乙 |", "| - | - |", "| 1 | 2 |", "他说 A|B 都行。"])
    assert [r.text for r in rendered][-1] == "他说 A|B 都行。"
    assert [r.tight for r in rendered] == [True, True, False, False]


def test_rows_without_outer_pipes_are_a_table_too() -> None:
    shown = [r.text for r in render_paragraphs(["甲 | 乙", "--- | ---", "1 | 22"])]
    assert shown == ["甲 │ 乙", "───┼───", "1  │ 22"]


def markdown(paragraphs: list[str]) -> Article:
    return Article(id="m", path=Path("m.md"), title="表", paragraphs=tuple(paragraphs), script=Script.SIMPLIFIED)


def test_the_page_shows_a_table_without_blank_lines_and_highlights_a_cell() -> None:
    doc = markdown(TABLE)
    layout = PageLayout(PageText.of(doc, View.ORIGINAL), 80)
    assert page_lines(layout) == [
        TABLE[0],
        "",
        *[r.text for r in render_paragraphs(TABLE)[1:6]],
        "",
        TABLE[-1],
    ]
    assert marked_on_its_line(layout, doc, "会龙桥") == ["会龙桥"]


def test_a_converted_view_keeps_the_table() -> None:
    layout = PageLayout(PageText.of(markdown(TABLE), View.TRADITIONAL), 80)
    assert layout.blocks[HEADER + 3].text == "永寧橋 │ 明萬曆年間  │ 14.2 米 │ 1/2.1"


def test_a_plain_text_file_keeps_its_pipes() -> None:
    doc = Article(id="t", path=Path("t.txt"), title="表", paragraphs=tuple(TABLE), script=Script.SIMPLIFIED)
    layout = PageLayout(PageText.of(doc, View.ORIGINAL), 80)
    assert layout.blocks[HEADER + 1].text == TABLE[1]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="|-: a中*\\`", max_size=16), min_size=1, max_size=6))
def test_any_lines_render_with_maps_and_styles_in_bounds(lines: list[str]) -> None:
    rendered = render_paragraphs(lines)
    assert len(rendered) == len(lines)
    for line, r in zip(lines, rendered, strict=True):
        for pos in range(len(line) + 1):
            assert 0 <= r.map(pos) <= len(r.text) or r.map.is_identity
        for a, b, _ in r.spans:
            assert 0 <= a <= b <= len(r.text)


async def test_the_app_shows_a_markdown_files_table_as_a_table(state_dir: Path, tmp_path: Path) -> None:
    from app_support import loaded, make_app, screen_lines

    folder = tmp_path / "notes"
    folder.mkdir()
    text = "# 石拱桥讲座笔记\n\n" + "\n".join(TABLE) + "\n\n最后十分钟讲的是保护。\n"
    (folder / "bridges.md").write_text(text, encoding="utf-8")
    app = make_app(state_dir, [folder])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.pause()
        lines = [line for line in screen_lines(app) if "桥名   │" in line or "──┼──" in line or "永宁桥 │" in line]
        assert len(lines) == 3, "\n".join(screen_lines(app))
        # (three rows on three lines in a row, their borders in the same columns)
        screen = screen_lines(app)
        at = screen.index(lines[0])
        assert screen[at + 1] == lines[1] and screen[at + 2] == lines[2]
        assert len({bar_columns(line) for line in lines}) == 1
        assert "| --- |" not in "\n".join(screen)
