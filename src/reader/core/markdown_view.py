"""Markdown paragraphs as the reader shows them: markup gone, styles kept.

A view-time transformation, like script conversion: the article's text stays
the cleaned original (with its ``#``, ``**`` and ``[..](..)``) and every
position is an offset into it; each paragraph is shown as its rendered text
with an :class:`OffsetMap` from the original into it and the styled spans
(headings, emphasis, struck-out text, code, links, quotes) in rendered offsets.

Paragraphs are rendered one line at a time (the cleaner joins a Markdown
file's lines into paragraphs one per line), with markdown-it-py as the
parser. Every character shown is taken from the source one for one (a bullet
``-`` shows as ``•``, a quote's ``>`` as ``│``), so the map is exact.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.offsets import OffsetMap

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it import MarkdownIt
    from markdown_it.token import Token

# Style names; the reading view draws each with its own component class.
HEADING, STRONG, EMPHASIS, CODE, LINK, QUOTE, RULE = "heading", "strong", "emphasis", "code", "link", "quote", "rule"
# (struck-out text, ~~舊說法~~: the author's deletion, shown as one, not as emphasis)
STRUCK = "struck"
STYLES = (HEADING, STRONG, EMPHASIS, STRUCK, CODE, LINK, QUOTE, RULE)

# What stands between two cells of a table's row (markdown_tables, row_wrap).
BORDER = " │ "

_INLINE_STYLES = {"strong_open": STRONG, "em_open": EMPHASIS, "link_open": LINK, "s_open": STRUCK}
_CLOSES = {"strong_close", "em_close", "link_close", "s_close"}


@dataclass(frozen=True, slots=True)
class Rendered:
    """One paragraph as shown: text, map from the source, styled spans."""

    text: str
    map: OffsetMap
    spans: tuple[tuple[int, int, str], ...] = ()
    # Shown with no blank line after it (a table's rows but its last).
    tight: bool = False
    # A line drawn under it, standing for no source text (the rule under a
    # table's head when the source has no delimiter row).
    under: str = ""
    # Where a table row's cells start in ``text`` (the last cell's text, past
    # its padding), so a row wider than the pane wraps under its own cell.
    cells: tuple[int, ...] = ()


def is_markdown(path: object) -> bool:
    """Whether ``path`` is a Markdown file (by the formats table)."""
    from reader.core.formats import format_of

    return format_of(Path(str(path))) == "markdown"


def render_markdown(paragraphs: Sequence[str]) -> list[Rendered]:
    """A Markdown file's paragraphs as shown
    (:func:`reader.core.markdown_tables.render_paragraphs`): the tables'
    module is imported by the first Markdown article drawn, not with the
    reading view (which draws the first article before the first frame)."""
    from reader.core.markdown_tables import render_paragraphs

    return render_paragraphs(paragraphs)


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("strikethrough")


class Builder:
    """Shown text as runs taken from the source: (source start, shown
    start, length), each run one for one with the source; and text of the
    view's own (a table's borders and padding), in no run."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.parts: list[str] = []
        self.runs: list[tuple[int, int, int]] = []
        self.length = 0
        self.spans: list[tuple[int, int, str]] = []

    @property
    def last_origin(self) -> int:
        src, _, length = self.runs[-1]
        return src + length - 1

    def take(self, at: int, shown: str) -> None:
        if not shown:
            return
        if self.runs:
            src, dst, length = self.runs[-1]
            if src + length == at:
                self.runs[-1] = (src, dst, length + len(shown))
                self.parts.append(shown)
                self.length += len(shown)
                return
        self.runs.append((at, self.length, len(shown)))
        self.parts.append(shown)
        self.length += len(shown)

    def insert(self, shown: str) -> None:
        """Show ``shown``, which is not in the source."""
        self.parts.append(shown)
        self.length += len(shown)

    def take_text(self, content: str, cursor: int, end: int) -> int:
        """Show ``content`` (a parser's text, unescaped) where it sits in the
        source after ``cursor``; returns the new cursor."""
        found = self.source.find(content, cursor, end)
        if found != -1:
            self.take(found, content)
            return found + len(content)
        # Escapes and entities (a\*b, &amp;): align character by character.
        for char in content:
            found = self.source.find(char, cursor, end)
            if found == -1:
                continue
            self.take(found, char)
            cursor = found + 1
        return cursor

    def style(self, start: int, name: str) -> None:
        if self.length > start:
            self.spans.append((start, self.length, name))

    def build(self) -> Rendered | None:
        if not self.runs:
            return None
        src = [run[0] for run in self.runs]
        dst = [run[1] for run in self.runs]
        if any(b <= a for a, b in itertools.pairwise(src)):
            return None  # out of order: never guess a map
        if src[0] != 0:
            src.insert(0, 0)
            dst.insert(0, 0)
        text = "".join(self.parts)
        if src == [0] and len(text) == len(self.source):
            return Rendered(text, OffsetMap(), tuple(self.spans))
        return Rendered(text, OffsetMap(tuple(src), tuple(dst), len(self.source), len(text)), tuple(self.spans))


# A paragraph with none of these has no Markdown to render (most Chinese
# prose): it is shown as it is without asking the parser.
_MARKUP = re.compile(r"[*_`\[\]#>!&<\\~|=-]|^\s*(?:\d+[.)]|\+)\s")


def render_line(line: str) -> Rendered:
    """One Markdown paragraph rendered; a line the parser turns into nothing
    shown (an HTML tag alone, a code fence) shows as itself, dimmed."""
    if not line.strip() or _MARKUP.search(line) is None:
        return Rendered(line, OffsetMap())
    try:
        rendered = _render(line)
    except Exception:
        rendered = None
    if rendered is None:
        return Rendered(line, OffsetMap(), ((0, len(line), RULE),))
    return rendered


def _render(line: str) -> Rendered | None:
    tokens = _parser().parse(line)
    out = Builder(line)
    block_style: str | None = None
    bullet = quote = False
    for token in tokens:
        if token.type == "heading_open":
            block_style = HEADING
        elif token.type == "blockquote_open":
            quote = True
            block_style = block_style or QUOTE
        elif token.type == "bullet_list_open":
            bullet = True
        elif token.type == "hr":
            stripped = len(line) - len(line.lstrip())
            out.take(stripped, "─" * len(line.strip()))
            out.style(0, RULE)
            return out.build()
        elif token.type in ("fence", "code_block", "html_block"):
            return None
        elif token.type == "inline":
            start = line.find(token.content) if token.content else -1
            if start == -1:
                return None
            if block_style != HEADING:
                _prefix(out, line[:start], bullet=bullet, quote=quote)
            first = out.length
            _inline(out, token.children or [], start, start + len(token.content))
            if block_style is not None:
                out.style(first if block_style == HEADING else 0, block_style)
    return out.build()


def _prefix(out: Builder, prefix: str, *, bullet: bool, quote: bool) -> None:
    """List and quote markers, drawn as typographic marks in their place."""
    shown = list(prefix)
    if quote:
        for i, char in enumerate(shown):
            if char == ">":
                shown[i] = "│"
    if bullet:
        for i in range(len(shown) - 1, -1, -1):
            if shown[i] in "-*+":
                shown[i] = "•"
                break
    out.take(0, "".join(shown))


def inline_cell(out: Builder, text_start: int, text_end: int) -> None:
    """Show the source's ``[text_start, text_end)`` as inline Markdown (a
    table's cell: emphasis, code and links, never a block)."""
    text = out.source[text_start:text_end]
    if _MARKUP.search(text) is None:
        out.take(text_start, text)
        return
    try:
        tokens = _parser().parseInline(text)
    except Exception:
        tokens = []
    if not tokens:
        out.take(text_start, text)
        return
    _inline(out, tokens[0].children or [], text_start, text_end)


def _inline(out: Builder, children: list[Token], cursor: int, end: int) -> None:
    opened: list[tuple[int, str]] = []
    for child in children:
        kind = child.type
        if kind == "text":
            cursor = out.take_text(child.content, cursor, end)
        elif kind == "code_inline":
            start = out.length
            cursor = out.take_text(child.content, cursor, end)
            out.style(start, CODE)
        elif kind == "image":
            start = out.length
            _inline(out, child.children or [], cursor, end)
            cursor = out.last_origin + 1 if out.length > start else cursor
            out.style(start, LINK)
        elif kind in ("softbreak", "hardbreak"):
            continue
        elif kind in _INLINE_STYLES:
            opened.append((out.length, _INLINE_STYLES[kind]))
        elif kind in _CLOSES and opened:
            start, name = opened.pop()
            out.style(start, name)
            if kind == "link_close":
                # Skip the destination: "](url)" is markup, not text.
                close = out.source.find(")", cursor, end)
                cursor = close + 1 if close != -1 and out.source.startswith("](", cursor) else cursor


def shown_excerpt(text: str, marks: Sequence[tuple[int, int]]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """An excerpt of a Markdown article (a search snippet: paragraphs cut by
    "\\n") as the reading view shows it, its markup gone (``# ``, ``**``,
    ``> ``), with ``marks`` (spans in ``text``) moved along; a paragraph's
    first piece may be cut mid-line, and is rendered all the same."""
    shown: list[str] = []
    moved: list[tuple[int, int]] = []
    start = at = 0
    for piece in text.split("\n"):
        end = start + len(piece)
        rendered = render_line(piece)
        for a, b in marks:
            if a < end and b > start:
                x, y = rendered.map.span(max(a, start) - start, min(b, end) - start)
                moved.append((at + x, at + y))
        shown.append(rendered.text)
        at += len(rendered.text) + 1
        start = end + 1
    return "\n".join(shown), tuple(moved)


__all__ = [
    "BORDER",
    "STYLES",
    "Builder",
    "Rendered",
    "inline_cell",
    "is_markdown",
    "render_line",
    "render_markdown",
    "shown_excerpt",
]
