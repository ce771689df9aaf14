"""Tables drawn on the page: where their columns part (rows line up) and
what a search hit marks in a cell."""

from __future__ import annotations

from reader.core.highlights import Highlights, Kind
from reader.core.linebreak import cell_len
from reader.core.model import Article
from reader.core.page import HEADER, PageLayout


def bar_columns(line: str) -> tuple[int, ...]:
    """The terminal columns of a row's bars (│) or a rule's crossings (┼)."""
    return tuple(cell_len(line[:k]) for k, char in enumerate(line) if char in "│┼")


def marked_on_its_line(layout: PageLayout, article: Article, word: str) -> list[str]:
    """The text a search hit on ``word`` marks on the page line that shows it."""
    start = article.text.index(word)
    highlights = Highlights()
    highlights.set(Kind.SEARCH, [(start, start + len(word))], article.chars)
    line = layout.line(layout.line_of(start))
    assert line is not None
    block = layout.blocks[line.block]
    return [block.text[line.start + a : line.start + b] for _, a, b in layout.marks(line, highlights)]


def page_lines(layout: PageLayout) -> list[str]:
    """The article's lines as the page shows them (under the header), a blank line as ""."""
    texts = []
    for y in range(layout.height):
        line = layout.line(y)
        assert line is not None
        if line.block >= HEADER:
            texts.append("" if line.blank else layout.blocks[line.block].text[line.start : line.end])
    return texts
