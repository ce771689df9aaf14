"""How a page line is drawn, without an app: the layers on a line, the line
cut into runs where they change, the strip with its selection meta, where a
highlight stepped to lands, and which pages are built in a thread."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from rich.style import Style

from reader.core.highlights import LEAD, Highlights, top_for
from reader.core.model import Article
from reader.core.page import HEADER, SLOW_CHARS, SLOW_MARKDOWN_CHARS, SLOW_TABLE_CHARS, PageLayout, PageText
from reader.core.runs import cut_runs, line_layers
from reader.core.script import Script
from reader.core.views import View
from reader.ui.widgets.page_drawing import page_strip


def article(paragraphs: list[str], name: str = "t.txt") -> Article:
    return Article(id="t", path=Path(name), title="標題", paragraphs=tuple(paragraphs), script=Script.TRADITIONAL)


def test_runs_cut_where_a_layer_starts_or_ends_with_the_layers_bottom_first() -> None:
    runs = cut_runs(10, [(0, 6, "a"), (4, 8, "b")])
    assert runs == [(0, 4, ["a"]), (4, 6, ["a", "b"]), (6, 8, ["b"]), (8, 10, [])]
    assert cut_runs(5, []) == [(0, 5, [])]
    assert cut_runs(0, []) == []


def test_layers_are_markdown_then_highlights_then_the_current_one() -> None:
    page = PageText.of(article(["前文**粗體**後文，再後文。"], "t.md"), View.ORIGINAL)
    layout = PageLayout(page, 40)
    line = layout.line(HEADER + 1)
    assert line is not None
    highlights = Highlights()
    text = page.article.text
    start = page.article.paragraph_starts[0]
    spans = [(start + text[start:].index("後文"), start + text[start:].index("後文") + 2)]
    spans.append((start + text[start:].index("再後"), start + text[start:].index("再後") + 2))
    highlights.set("search", spans, len(text))
    highlights.step(1, 0)
    names = [name for name, _, _ in line_layers(layout, line, highlights)]
    assert names[0] == "md-strong"
    assert names[-1] == "current"
    assert names.count("search") == 2


def test_a_strip_is_centred_with_offset_meta_and_the_selection_on_top() -> None:
    page = PageText.of(article(["第一段。"]), View.ORIGINAL)
    layout = PageLayout(page, 10)
    names: list[str] = []

    def component(name: str) -> Style:
        names.append(name)
        return Style(bold=True) if name == "title" else Style()

    strip = page_strip(layout, 0, 20, Style(), component, Highlights(), None, Style)
    assert strip.cell_length == 20
    segments = list(strip)
    assert segments[0].text == " " * 5  # (20 - 10) // 2
    assert segments[0].style is not None and segments[0].style.meta["offset"] == (-5, 0)
    title = next(s for s in segments if s.text == "標題")
    assert title.style is not None and title.style.bold
    assert "title" in names
    assert page_strip(layout, layout.height, 20, Style(), component, Highlights(), None, Style).text == " " * 20


def test_a_highlight_stepped_to_lands_a_few_lines_down_unless_already_in_view() -> None:
    assert top_for(50, 0, 20) == 50 - LEAD
    assert top_for(10, 0, 20) is None
    assert top_for(1, 0, 20) == 0  # too near the top edge; the page cannot go above 0
    assert top_for(0, 5, 20) == 0
    assert top_for(7, 5, 4) is None  # a 4-line view leads by 1 at most


def test_long_articles_and_long_markdown_are_built_in_a_thread() -> None:
    short = article(["字" * 10])
    long = replace(short, paragraphs=("字" * SLOW_CHARS,))
    markdown = replace(short, path=Path("t.md"), paragraphs=("字" * SLOW_MARKDOWN_CHARS,))
    assert not PageText.slow(short, View.SIMPLIFIED)
    assert PageText.slow(long, View.SIMPLIFIED)
    assert not PageText.slow(long, View.ORIGINAL)  # nothing to convert
    assert PageText.slow(markdown, View.ORIGINAL)


def test_long_text_that_may_hold_table_rows_is_built_in_a_thread() -> None:
    # (each row is drawn on its own: 60,000 rows took 2.8 s on the UI thread)
    rows = article([f"{i}月1日　08:00　全部业务" for i in range(SLOW_TABLE_CHARS // 10)])
    prose = article(["字" * 10] * (SLOW_TABLE_CHARS // 10))
    assert PageText.slow(rows, View.ORIGINAL)
    assert not PageText.slow(prose, View.ORIGINAL)
    assert not PageText.slow(article(["日期　时间", "1日　08:00"]), View.ORIGINAL)
    # (a list's items hang past their marks, laid out as rows too)
    assert PageText.slow(article([f"• 第{i}項" for i in range(SLOW_TABLE_CHARS // 5)]), View.ORIGINAL)
