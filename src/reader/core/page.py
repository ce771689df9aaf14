"""The reading view's page, without a UI: what is shown, wrapped into lines.

:class:`PageText` is an article in one script view: the title, the metadata
line and the paragraphs as shown (converted, Markdown rendered, control
characters made visible), each paragraph with a map from original offsets
into it. :class:`PageLayout` wraps a PageText at a column width into lines
and maps between original offsets (``article.text``, original script, the
only positions the rest of the reader knows) and page lines.

The page is a list of blocks: the title, the metadata line, then one block
per paragraph, with a blank line after the metadata and between paragraphs.
A layout is built for one ``(page, column)`` and never changes; a new page
or a new column is a new layout.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Protocol

from reader.core.cell_tables import render_rows
from reader.core.close_rows import has_list_items
from reader.core.conversion import convert, convert_paragraphs, view_for
from reader.core.details import detail_parts
from reader.core.highlights import Highlights
from reader.core.linebreak import wrap_parts
from reader.core.markdown_view import RULE, Rendered, is_markdown, render_markdown
from reader.core.model import Article
from reader.core.offsets import align
from reader.core.row_wrap import wrap_line, wrap_row
from reader.core.sanitize import UNSAFE, visible
from reader.core.views import View
from reader.core.wide_gaps import has_wide_gap

# Blocks before the first paragraph: the title and the metadata line.
HEADER = 2
# How much wider than a line's text to look for its highlights, in
# characters: more than any phrase OpenCC or Markdown changes the length of.
_SLACK = 64

# On one line, tab, newline and the line separators are spaces (a raw tab
# would move the terminal's cursor); every other unsafe character is shown
# by sanitize.visible, one for one, so offsets hold.
_UNSAFE = re.compile(f"[{UNSAFE}\t\n\u2028\u2029]")
_ONE_LINE = str.maketrans({"\t": " ", "\n": " ", "\u2028": " ", "\u2029": " "})


def display(text: str) -> str:
    """Text as the view draws it: same length, nothing a terminal acts on."""
    if _UNSAFE.search(text) is None:
        return text
    return visible(text).translate(_ONE_LINE)


class Mapping(Protocol):
    def __call__(self, pos: int) -> int: ...
    def inverse(self) -> Mapping: ...
    def span(self, start: int, end: int) -> tuple[int, int]: ...


@dataclass(frozen=True, slots=True)
class Chain:
    """One map after another: original -> rendered Markdown -> converted."""

    first: Mapping
    then: Mapping

    def __call__(self, pos: int) -> int:
        return self.then(self.first(pos))

    def inverse(self) -> Chain:
        return Chain(self.then.inverse(), self.first.inverse())

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.then.span(*self.first.span(start, end))


def meta_line(article: Article, view: View = View.ORIGINAL) -> str:
    """Source · author · date in ``view``, then the script as the list
    shows it (简体→繁體 in the Traditional view) and the size."""
    return " · ".join(detail_parts(article, view))


# See PageText.slow.
SLOW_CHARS = 500_000
SLOW_MARKDOWN_CHARS = 100_000
# Text with table rows (wide gaps, cells) or list items is drawn row by row: ~50 us a row,
# so a 2 MB file of 60,000 rows took 2.8 s; from this size it goes to a thread.
SLOW_TABLE_CHARS = 30_000


@dataclass(frozen=True, slots=True)
class PageText:
    """An article's texts in one script view, ready to wrap."""

    article: Article
    view: View
    title: str
    meta: str
    paragraphs: tuple[str, ...]
    # Original paragraph offsets -> offsets in ``paragraphs``.
    maps: tuple[Mapping, ...]
    # Markdown styles per paragraph: (start, end, style) in shown offsets.
    styles: tuple[tuple[tuple[int, int, str], ...], ...]
    # The paragraphs shown with no blank line after them (a table's rows).
    tight: frozenset[int] = frozenset()
    # Where a table row's cells start, in shown offsets, by paragraph.
    cells: dict[int, tuple[int, ...]] = field(default_factory=dict)

    @staticmethod
    def slow(article: Article, view: View) -> bool:
        """Whether :meth:`of` takes long enough to belong in a thread: a long
        article converted (1 MB, ~340,000 characters, takes about 0.2 s), or
        a Markdown one from a fifth of that (the parser takes about a second
        for 300,000 characters of dense markup), and a long one that may hold
        table rows or list items (:data:`SLOW_TABLE_CHARS`)."""
        if is_markdown(article.path):
            return article.chars >= SLOW_MARKDOWN_CHARS
        if article.chars >= SLOW_TABLE_CHARS and (
            article.cells or has_wide_gap(article.text) or has_list_items(article.text)
        ):
            return True
        return view_for(view, article.script) is not View.ORIGINAL and article.chars >= SLOW_CHARS

    @classmethod
    def of(cls, article: Article, view: View, *, markdown: bool | None = None) -> PageText:
        """Render and convert paragraph by paragraph, each with its own
        map, so a length change (博客 -> 部落格) stays in its paragraph.
        ``markdown`` defaults to whether the file is Markdown. An article
        already in the view's script is shown as written."""
        paragraphs = article.paragraphs
        shown_view, view = view, view_for(view, article.script)
        if markdown is None:
            markdown = is_markdown(article.path)
        rendered = render_markdown(paragraphs) if markdown else render_rows(paragraphs, article.cells)
        shown = tuple(r.text for r in rendered) if rendered else paragraphs
        converted = shown if view is View.ORIGINAL else convert_paragraphs(shown, view)
        conversions = [align(s, c, view) for s, c in zip(shown, converted, strict=False)]
        maps: tuple[Mapping, ...]
        styles: tuple[tuple[tuple[int, int, str], ...], ...]
        if rendered:
            maps = tuple(
                r.map if c.is_identity else (c if r.map.is_identity else Chain(r.map, c))
                for r, c in zip(rendered, conversions, strict=False)
            )
            styles = tuple(
                tuple((*c.span(a, b), name) for a, b, name in r.spans)
                for r, c in zip(rendered, conversions, strict=False)
            )
        else:
            maps = tuple(conversions)
            styles = ((),) * len(paragraphs)
        texts = tuple(display(p) for p in converted)
        # (where a row's cells start, through the conversion's map)
        rows = enumerate(zip(rendered or (), conversions, strict=False))
        cells = {i: tuple(map(c, r.cells)) for i, (r, c) in rows if r.cells}
        if rendered and any(r.under for r in rendered):
            texts, styles = _with_under(texts, styles, rendered)
        return cls(
            article=article,
            view=shown_view,
            title=display(convert(article.title, view)),
            meta=display(meta_line(article, view)),
            paragraphs=texts,
            maps=maps,
            styles=styles,
            tight=frozenset(i for i, r in enumerate(rendered) if r.tight) if rendered else frozenset(),
            cells=cells,
        )


def _with_under(
    texts: tuple[str, ...], styles: tuple[tuple[tuple[int, int, str], ...], ...], rendered: list[Rendered]
) -> tuple[tuple[str, ...], tuple[tuple[tuple[int, int, str], ...], ...]]:
    """The paragraphs with the line drawn under some (a table's rule under
    its head) on a line of its own, after the text that maps to the source."""
    out_texts, out_styles = list(texts), list(styles)
    for i, r in enumerate(rendered):
        if r.under:
            start = len(texts[i]) + 1
            out_texts[i] = f"{texts[i]}\n{r.under}"
            out_styles[i] = (*styles[i], (start, start + len(r.under), RULE))
    return tuple(out_texts), tuple(out_styles)


@dataclass(frozen=True, slots=True)
class Block:
    """A wrapped piece of the page: its text and where each line starts."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    # "title", "meta" or "" (a paragraph).
    component: str
    gap: int
    styles: tuple[tuple[int, int, str], ...] = ()
    # Blank cells before each line (a table row's continuation lines), or
    # none at all.
    indents: tuple[int, ...] = ()

    @property
    def height(self) -> int:
        return len(self.starts) + self.gap


@dataclass(frozen=True, slots=True)
class Line:
    """A page line: ``block`` index and the span of its text shown on it;
    ``start == end`` with ``blank`` for the gap after a block; ``indent``
    blank cells drawn before its text."""

    block: int
    start: int
    end: int
    blank: bool = False
    indent: int = 0


class PageLayout:
    """A page wrapped at ``column`` cells, with offset <-> line mapping."""

    def __init__(self, page: PageText, column: int) -> None:
        self.page = page
        self.column = column
        texts: list[tuple[str, str, int, tuple[tuple[int, int, str], ...], tuple[int, ...]]] = [
            (page.title, "title", 0, (), ()),
            (page.meta, "meta", 1, (), ()),
        ]
        last = len(page.paragraphs) - 1
        tight, cells = page.tight, page.cells
        texts.extend(
            (p, "", 0 if i == last or i in tight else 1, page.styles[i], cells.get(i, ()))
            for i, p in enumerate(page.paragraphs)
        )
        blocks: list[Block] = []
        first_lines: list[int] = []
        height = 0
        for text, component, gap, styles, starts in texts:
            indents: tuple[int, ...] = ()
            # (the details line breaks only between its parts; a table's row
            # hangs its continuation lines under their cells)
            if starts:
                lines = wrap_row(text, column, starts)
                spans = [(a, b) for a, b, _ in lines]
                indents = tuple(indent for _, _, indent in lines) if any(i for _, _, i in lines) else ()
            else:
                spans = wrap_parts(text, column) if component == "meta" else wrap_line(text, column)
            ends = tuple(b for _, b in spans)
            block = Block(text, tuple(a for a, _ in spans), ends, component, gap, styles, indents)
            blocks.append(block)
            first_lines.append(height)
            height += block.height
        self.blocks = blocks
        # First page line of each block, and the page's height in lines.
        self.first_lines = first_lines
        self.height = height

    @property
    def article(self) -> Article:
        return self.page.article

    def locate(self, line: int) -> tuple[int, int]:
        """(block, line within the block) of a page line."""
        block = max(0, bisect_right(self.first_lines, line) - 1)
        return block, line - self.first_lines[block]

    def line(self, line: int) -> Line | None:
        if not 0 <= line < self.height:
            return None
        index, row = self.locate(line)
        block = self.blocks[index]
        if row >= len(block.starts):
            return Line(index, len(block.text), len(block.text), blank=True)
        return Line(index, block.starts[row], block.ends[row], indent=block.indents[row] if block.indents else 0)

    # ------------------------------------------------------------------
    # Original offsets <-> page lines

    def to_page(self, pos: int) -> tuple[int, int]:
        """(block, offset in its shown text) of an original offset."""
        article = self.article
        if not article.paragraphs:
            return 0, 0
        starts = article.paragraph_starts
        index = max(0, bisect_right(starts, pos) - 1)
        local = max(0, min(pos - starts[index], len(article.paragraphs[index])))
        return HEADER + index, self.page.maps[index](local)

    def line_of(self, pos: int) -> int:
        """The page line showing original offset ``pos``; the very start of
        the article is the top of the page, title included."""
        if pos <= 0:
            return 0
        block, offset = self.to_page(pos)
        if block < HEADER:
            return 0
        starts = self.blocks[block].starts
        return self.first_lines[block] + max(0, bisect_right(starts, offset) - 1)

    def position_at(self, line: int) -> int:
        """The original offset of the first character on a page line."""
        article = self.article
        block, row = self.locate(max(0, min(line, self.height - 1)))
        if block < HEADER:
            return 0
        index = block - HEADER
        starts = article.paragraph_starts
        lines = self.blocks[block]
        if row >= len(lines.starts):
            # The blank line after a paragraph: the next paragraph is next.
            return starts[index + 1] if index + 1 < len(starts) else article.chars
        local = self.page.maps[index].inverse()(lines.starts[row])
        return starts[index] + min(local, len(article.paragraphs[index]))

    def end_of_lines(self, line: int) -> int:
        """The original offset where page line ``line`` starts: the end of
        the text shown above it (the article's end past the last line)."""
        return self.position_at(line) if line < self.height else self.article.chars

    def page_spans(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """A span of original offsets as (block, start, end) in the page,
        one piece per paragraph it covers."""
        article = self.article
        if not article.paragraphs:
            return []
        pieces = []
        starts = article.paragraph_starts
        index = max(0, bisect_right(starts, start) - 1)
        while index < len(starts) and starts[index] < end:
            a = max(start - starts[index], 0)
            b = min(end - starts[index], len(article.paragraphs[index]))
            if a < b:
                pieces.append((HEADER + index, *self.page.maps[index].span(a, b)))
            index += 1
        return pieces

    def marks(self, line: Line, highlights: Highlights) -> list[tuple[str, int, int]]:
        """(kind, start, end) of the highlights on a line, relative to it;
        the current highlight as kind "current". Only the spans near the
        line are mapped, so a line costs its own marks."""
        if line.block < HEADER or line.blank:
            return []
        marks: list[tuple[str, int, int]] = []
        if highlights:
            index = line.block - HEADER
            para_start = self.article.paragraph_starts[index]
            back = self.page.maps[index].inverse()
            low = para_start + back(line.start) - _SLACK
            high = para_start + back(line.end) + _SLACK
            for kind, spans in highlights.by_kind.items():
                for span in spans.overlapping(low, high):
                    marks.extend((kind.value, a, b) for a, b in self._on_line(span, line))
        current = highlights.current_span
        if current is not None:
            marks.extend(("current", a, b) for a, b in self._on_line(current, line))
        return marks

    def _on_line(self, span: tuple[int, int], line: Line) -> list[tuple[int, int]]:
        return [
            (max(a, line.start) - line.start, min(b, line.end) - line.start)
            for block, a, b in self.page_spans(*span)
            if block == line.block and a < line.end and b > line.start
        ]

    def styles(self, line: Line) -> list[tuple[str, int, int]]:
        """Markdown styles on a line, relative to it."""
        return [
            (name, max(a, line.start) - line.start, min(b, line.end) - line.start)
            for a, b, name in self.blocks[line.block].styles
            if a < line.end and b > line.start
        ]

    # ------------------------------------------------------------------
    # Selection: page coordinates -> text

    def text_offset(self, line: int, x: int) -> tuple[int, int]:
        """(block, offset in its text) of a point on the page."""
        found = self.line(max(0, min(line, self.height - 1)))
        assert found is not None
        return found.block, found.start + max(0, min(x, found.end - found.start))

    def text_between(self, start: tuple[int, int], end: tuple[int, int]) -> str:
        """The shown text from ``start`` to ``end`` ((line, x) points), the
        lines of a block joined as they were, blocks by newlines."""
        first_block, first_offset = self.text_offset(*start)
        last_block, last_offset = self.text_offset(*end)
        pieces = []
        for index in range(first_block, last_block + 1):
            text = self.blocks[index].text
            a = first_offset if index == first_block else 0
            b = last_offset if index == last_block else len(text)
            pieces.append(text[a:b])
        return "\n".join(pieces)


__all__ = ["HEADER", "Block", "Chain", "Line", "PageLayout", "PageText", "display", "meta_line"]
