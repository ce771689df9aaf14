"""A table row wider than the reading column wraps under its own cell: a
continuation line hangs at its cell's column (the last cell's at where its
text starts), a line that opens a cell starts with its bar under the bar
before, and with too little room left it wraps at the left edge. The indent
is the view's own, so offsets, search hits, selection and copy stay exact."""

from __future__ import annotations

from pathlib import Path

from rich.style import Style
from textual.geometry import Offset
from textual.selection import Selection

from reader.core.cell_tables import render_rows
from reader.core.highlights import Highlights
from reader.core.linebreak import cell_len
from reader.core.markdown_tables import render_paragraphs
from reader.core.model import Article
from reader.core.page import HEADER, PageLayout, PageText
from reader.core.row_wrap import MIN_TEXT, wrap_row
from reader.core.script import Script
from reader.core.views import View
from reader.ui.widgets.page_drawing import page_strip
from reader.ui.widgets.reading_view import ReadingView
from table_support import bar_columns, marked_on_its_line

ROWS = [
    "用户类型　计费方式　价格",
    "居民用户　按建筑面积　26.50元/平方米·采暖期",
    "非居民用户　基本热费＋计量热费　38.00元/平方米·采暖期",
]
PARAGRAPHS = (
    "今年的采暖费标准如下，请各位用户按时缴纳，逾期将按规定收取滞纳金：",
    *ROWS,
    "以上价格自十一月一日起执行。",
)


def notice() -> Article:
    return Article(id="t", path=Path("t.txt"), title="采暖费标准", paragraphs=PARAGRAPHS, script=Script.SIMPLIFIED)


def shown(layout: PageLayout, block: int) -> list[str]:
    """A block's lines as drawn: each line's indent, then its text."""
    out = []
    for y in range(layout.first_lines[block], layout.first_lines[block] + len(layout.blocks[block].starts)):
        line = layout.line(y)
        assert line is not None
        out.append(" " * line.indent + layout.blocks[block].text[line.start : line.end])
    return out


def test_a_row_says_where_its_cells_start_the_last_at_its_text() -> None:
    rows = render_rows(list(ROWS))
    assert rows is not None
    assert [rows[1].text[k:] for k in rows[1].cells[1:]] == [
        "按建筑面积         │ 26.50元/平方米·采暖期",
        "26.50元/平方米·采暖期",
    ]
    # (a right-aligned last column: its cell starts at its text, past the padding)
    drawn = render_paragraphs(["| 项目 | 金额 |", "| --- | ---: |", "| 供暖费 | 8 |", "| 合计 | 1,080 |"])
    assert drawn[2].text == "供暖费 │     8" and drawn[2].text[drawn[2].cells[-1] :] == "8"


def test_the_cells_starts_follow_a_conversion_that_changes_the_length() -> None:
    rows = ("栏目　名称　说明", "博客　个人博客平台　每周更新三次")
    doc = Article(id="t", path=Path("t.txt"), title="表", paragraphs=rows, script=Script.SIMPLIFIED)
    page = PageText.of(doc, View.TRADITIONAL)
    text = page.paragraphs[1]
    assert text.startswith("部落格 │ ")  # (博客 -> 部落格: one character more)
    assert [text[k:] for k in page.cells[1][1:]] == ["個人部落格平臺 │ 每週更新三次", "每週更新三次"]


def test_the_last_cell_wraps_under_its_text_and_prose_is_unchanged() -> None:
    layout = PageLayout(PageText.of(notice(), View.ORIGINAL), 50)
    first, *rest = shown(layout, HEADER + 2)
    assert first == "居民用户   │ 按建筑面积         │ 26.50元/平方米·"
    assert rest == [" " * 34 + "采暖期"]
    assert cell_len(first[: first.index("26.50")]) == 34
    # (the line is a span of the row's text: no indent in it)
    line = layout.line(layout.first_lines[HEADER + 2] + 1)
    assert line is not None and layout.blocks[HEADER + 2].text[line.start : line.end] == "采暖期"
    # (prose wraps at the left edge as before)
    prose = layout.blocks[HEADER]
    assert not prose.indents and len(prose.starts) == 2


def test_a_hit_in_the_wrapped_part_marks_the_indented_line_and_the_position_maps_back() -> None:
    doc = notice()
    layout = PageLayout(PageText.of(doc, View.ORIGINAL), 50)
    hit = doc.text.index("采暖期", doc.paragraph_starts[2])
    line = layout.line_of(hit)
    assert line == layout.first_lines[HEADER + 2] + 1
    assert marked_on_its_line(layout, doc, "采暖期") == ["采暖期"]
    assert layout.position_at(line) == hit


def test_a_cell_opening_a_line_has_its_bar_under_the_bar_before() -> None:
    layout = PageLayout(PageText.of(notice(), View.ORIGINAL), 40)
    lines = shown(layout, HEADER + 2)
    assert lines == ["居民用户   │ 按建筑面积", "           │ 26.50元/平方米·采暖期"]
    assert bar_columns(lines[1]) == bar_columns(lines[0])
    # (a head row that fits: its rule under it whole)
    assert shown(layout, HEADER + 1) == ["用户类型   │ 计费方式           │ 价格"]


def test_a_rule_wider_than_the_pane_is_cut_at_its_edge_not_wrapped() -> None:
    # (wrapped, the rule under a head read as two rules, the second mid-table)
    rows = ("产品名称 抽验地点 不符规定原因", "蛋黄酥（散装） 澄溪市中正市场 检出防腐剂己二烯酸")
    cells = ((0, (4, 4, 6), True), (1, (7, 7, 9), False))
    doc = Article(id="h", path=Path("h.html"), title="表", paragraphs=rows, script=Script.SIMPLIFIED, cells=cells)
    head = shown(PageLayout(PageText.of(doc, View.ORIGINAL), 30), HEADER)
    assert head[0].startswith("产品名称") and set(head[-1]) == set("─┼") and cell_len(head[-1]) == 30
    assert [line for line in head if set(line) <= set("─┼")] == head[-1:]
    # (a Markdown table's delimiter row, drawn as a rule, and a divider of the text's own)
    table = ("| 项目 | 说明 |", "| --- | --- |", "| 供暖费 | " + "按建筑面积计收" * 6 + " |")
    divider = "─" * 70
    doc = Article(id="m", path=Path("m.md"), title="表", paragraphs=(*table, divider, "完。"), script=Script.SIMPLIFIED)
    layout = PageLayout(PageText.of(doc, View.ORIGINAL), 40)
    assert [len(layout.blocks[HEADER + k].starts) for k in (1, 3)] == [1, 1]
    assert cell_len(shown(layout, HEADER + 3)[0]) == 40
    # (prose that merely holds dashes still wraps whole)
    prose = "一" * 30 + "──" + "二" * 30
    doc = Article(id="p", path=Path("p.txt"), title="文", paragraphs=(prose,), script=Script.SIMPLIFIED)
    assert len(PageLayout(PageText.of(doc, View.ORIGINAL), 40).blocks[HEADER].starts) == 4


def test_too_little_room_under_the_cell_wraps_at_the_left_edge() -> None:
    row = "日期 │ 供暖设施检修与管网注水试压"
    cells = (0, row.index("供"))
    assert wrap_row(row, 40, cells) == [(0, len(row), 0)]
    # (its text at column 7: 15 cells leave 8 for it, enough to hang)
    assert [(row[a:b], indent) for a, b, indent in wrap_row(row, 15, cells)] == [
        ("日期 │ 供暖设施", 0),
        ("检修与管", 7),
        ("网注水试", 7),
        ("压", 7),
    ]
    # (14 leave 7: the cell opens the next line with its bar)
    assert [(row[a:b], indent) for a, b, indent in wrap_row(row, 14, cells)] == [
        ("日期", 0),
        ("│ 供暖设施检修", 0),
        ("与管网注水试", 2),
        ("压", 2),
    ]
    # (no bar to open a line with: the left edge)
    text = "甲乙丙丁戊己庚辛壬癸子丑寅卯"
    assert [indent for *_, indent in wrap_row(text, 14, (0, 3))] == [0, 6, 6]
    assert MIN_TEXT > 13 - 6 and [indent for *_, indent in wrap_row(text, 13, (0, 3))] == [0, 0, 0]


def test_the_strip_draws_the_indent_as_blank_cells_before_the_line() -> None:
    layout = PageLayout(PageText.of(notice(), View.ORIGINAL), 50)
    y = layout.first_lines[HEADER + 2] + 1
    strip = page_strip(layout, y, 60, Style(), lambda _: Style(), Highlights(), None, Style)
    assert strip.cell_length == 60
    segments = list(strip)
    assert segments[0].text == " " * 5 and segments[1].text == " " * 34
    assert segments[1].style is not None and segments[1].style.meta["offset"] == (-34, y)
    assert segments[2].text == "采暖期" and segments[2].style is not None and segments[2].style.meta["offset"] == (0, y)


PAGE = (
    "朔河市采暖费标准公告\n\n"
    "根据市发展和改革委员会的批复，本采暖期的采暖费标准保持不变，现将标准公告如下，请广大热用户按时缴费。\n\n"
    "用户类型\t计费方式\t价格\n"
    "居民用户\t按建筑面积\t26.50元/平方米·采暖期\n"
    "居民用户（计量）\t基本热费＋计量热费\t0.17元/千瓦时\n"
    "非居民用户\t按建筑面积\t38.00元/平方米·采暖期\n\n"
    "用户可通过营业厅、银行代收网点和手机客户端缴纳采暖费，缴费截止日期为十一月三十日，逾期将按规定处理。\n"
)


async def test_the_app_shows_a_wrapped_cell_under_its_cell_and_copies_it_whole(state_dir: Path, tmp_path: Path) -> None:
    from app_support import loaded, make_app, screen_lines

    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "heating.txt").write_text(PAGE, encoding="utf-8")
    app = make_app(state_dir, [folder])
    async with app.run_test(size=(100, 40)) as pilot:
        await loaded(pilot)
        await pilot.pause()
        screen = screen_lines(app)
        at = next((k for k, line in enumerate(screen) if "│ 26.50" in line), None)
        assert at is not None, "\n".join(screen)
        row, cell, below = screen[at - 1], screen[at], screen[at + 1]
        # (the last cell opens its line with its bar under the row's bar, and
        # its wrapped text sits under its text)
        assert "居民用户" in row and bar_columns(cell) == bar_columns(row), "\n".join(screen)
        shown = cell[cell.index("26.50") :].rstrip(" ▏")
        wrapped = below.strip(" ▕▏")
        assert shown + wrapped == "26.50元/平方米·采暖期", "\n".join(screen)
        x = cell_len(below[: below.index(wrapped)])
        assert x == cell_len(cell[: cell.index("26.50")]), "\n".join(screen)
        # Selecting the cell's two lines copies its text whole.
        reading = app.query_one(ReadingView)
        layout = reading.page_layout
        assert layout is not None
        lines = [layout.line(y) for y in range(layout.height)]
        y = next(
            y
            for y, line in enumerate(lines)
            if line and "│ 26.50" in layout.blocks[line.block].text[line.start : line.end]
        )
        selected = reading.get_selection(Selection(Offset(2, y), Offset(len(wrapped), y + 1)))
        assert selected is not None and selected[0] == "26.50元/平方米·采暖期"
        # The mouse: a drag from the blank cells before the wrapped text to
        # its end selects that text (the indent stands for the line's start).
        await pilot.mouse_down(offset=(x - 3, at + 1))
        await pilot.hover(offset=(x + cell_len(wrapped), at + 1))
        await pilot.mouse_up(offset=(x + cell_len(wrapped), at + 1))
        await pilot.pause()
        assert app.screen.get_selected_text() == wrapped
