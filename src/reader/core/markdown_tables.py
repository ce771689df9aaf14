"""Markdown paragraphs with their pipe tables shown as tables.

A table (a header row, a delimiter row such as ``| --- | :-: |``, then its
rows) reaches the view as one paragraph per row. Each row is shown with its
cells padded to the column's width in terminal cells, a ``│`` between two
cells and the delimiter row drawn as a rule, with no blank line between rows.
Cell text is taken from the source one for one (inline markup rendered as
in any paragraph), so search hits and mentions map into the cells exactly;
only the borders and the padding are the view's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from reader.core.close_rows import set_rows
from reader.core.linebreak import cell_len
from reader.core.markdown_view import BORDER, RULE, STRONG, Builder, Rendered, inline_cell, render_line

# A pipe that parts cells (``\|`` is a pipe in a cell's text).
_PIPE = re.compile(r"(?<!\\)\|")
_DELIMITER_CELL = re.compile(r":?-+:?")
# What a cell's alignment is drawn as.
LEFT, RIGHT, _CENTRE = "left", "right", "centre"


def render_paragraphs(paragraphs: Sequence[str]) -> list[Rendered]:
    """Every paragraph rendered (:func:`render_line`), a table's rows
    together."""
    out: list[Rendered] = []
    i, n = 0, len(paragraphs)
    while i < n:
        line = paragraphs[i]
        head = _cells(line) if "|" in line and i + 1 < n else None
        aligns = _delimiter(paragraphs[i + 1], len(head)) if head else None
        if head is None or aligns is None:
            out.append(render_line(line))
            i += 1
            continue
        # (a table led by a pipe takes only rows led by one: a line of prose
        # with a pipe after it is no row, though the blank line between is gone)
        led = line.lstrip().startswith("|")
        end = i + 2
        while end < n and "|" in paragraphs[end] and (not led or paragraphs[end].lstrip().startswith("|")):
            end += 1
        out.extend(_table(paragraphs[i:end], aligns))
        i = end
    return set_rows(paragraphs, out) or out


def _cells(line: str) -> list[tuple[int, int]] | None:
    """The spans of a row's cells' text (spaces around them left out)."""
    pipes = [m.start() for m in _PIPE.finditer(line)]
    if not pipes:
        return None
    spans = []
    for a, b in pairwise([-1, *pipes, len(line)]):
        start, end = a + 1, b
        while start < end and line[start].isspace():
            start += 1
        while end > start and line[end - 1].isspace():
            end -= 1
        spans.append((start, end))
    # (the outer pipes are optional: no cell before the first or after the last)
    if not line[: pipes[0]].strip():
        spans.pop(0)
    if spans and not line[pipes[-1] + 1 :].strip():
        spans.pop()
    return spans or None


def _delimiter(line: str, columns: int) -> list[str] | None:
    """The alignments a delimiter row gives ``columns`` columns, or None if
    ``line`` is no delimiter row for them."""
    spans = _cells(line) if "-" in line else None
    if spans is None or len(spans) != columns:
        return None
    aligns = []
    for start, end in spans:
        cell = line[start:end]
        if not _DELIMITER_CELL.fullmatch(cell):
            return None
        right, left = cell.endswith(":"), cell.startswith(":")
        aligns.append(_CENTRE if left and right else RIGHT if right else LEFT)
    return aligns


@dataclass(frozen=True, slots=True)
class _Widths:
    """A table's columns: their widths in cells and alignments."""

    widths: list[int]
    aligns: list[str]


# Shows a cell, the source's [start, end), in a Builder: its inline
# Markdown rendered (inline_cell), or its text as it is (plain_cell).
CellWriter = Callable[[Builder, int, int], None]


def plain_cell(out: Builder, start: int, end: int) -> None:
    out.take(start, out.source[start:end])


def _table(rows: Sequence[str], aligns: list[str]) -> list[Rendered]:
    """A Markdown table: its delimiter row (the second) drawn as a rule."""
    cells = [[] if k == 1 else _cells(row) or [] for k, row in enumerate(rows)]
    drawn = draw_table(rows, cells, aligns, head=True)
    shown = [d.rendered for d in drawn]
    shown[1] = replace(_rule(rows[1], drawn[0].widths), tight=shown[1].tight)
    return shown


@dataclass(frozen=True, slots=True)
class Drawn:
    """A row drawn, and its table's column widths."""

    rendered: Rendered
    widths: list[int]


def draw_table(
    rows: Sequence[str],
    cells: Sequence[Sequence[tuple[int, int]]],
    aligns: list[str],
    *,
    head: bool,
    cell: CellWriter = inline_cell,
) -> list[Drawn]:
    """Rows drawn as a table's, each its ``cells`` (spans of its text) padded
    to its column's width as its column aligns; ``head``: the first row is the
    head (bold). Every row but the last is tight."""
    # (each cell's width as shown)
    own = [[_width(row, span, cell) for span in spans] for row, spans in zip(rows, cells, strict=True)]
    columns = max(len(aligns), *(len(spans) for spans in cells))
    aligns = aligns + [LEFT] * (columns - len(aligns))
    widths = [max((row[c] for row in own if c < len(row)), default=0) for c in range(columns)]
    table = _Widths(widths, aligns)
    last = len(rows) - 1
    return [
        Drawn(replace(_row(row, cells[k], own[k], table, header=head and k == 0, cell=cell), tight=k < last), widths)
        for k, row in enumerate(rows)
    ]


def _width(row: str, span: tuple[int, int], cell: CellWriter) -> int:
    """A cell's width on screen, its inline markup rendered."""
    if cell is plain_cell:
        return cell_len(row[span[0] : span[1]])
    out = Builder(row)
    cell(out, *span)
    return cell_len("".join(out.parts))


def _row(
    row: str, spans: Sequence[tuple[int, int]], own: list[int], table: _Widths, *, header: bool, cell: CellWriter
) -> Rendered:
    """A row: each cell's text padded to its column's width as its column
    aligns (``own``: the cells' widths), a bar between two cells, and where
    each cell starts. No bar at either end and no padding after the last
    cell: a row wider than the pane wraps its last cell's text, not a lone
    bar."""
    out = Builder(row)
    # (a row short of cells ends after its last one)
    last = min(len(table.widths), max(len(spans), 1)) - 1
    starts = []
    for c, (width, align) in enumerate(zip(table.widths[: last + 1], table.aligns, strict=False)):
        if c:
            _border(out, BORDER)
        gap = width - (own[c] if c < len(own) else 0)
        left = gap // 2 if align == _CENTRE else gap if align == RIGHT else 0
        # (the last cell, with no bar after it, wraps under its text)
        starts.append(out.length + (left if c == last else 0))
        if left:
            out.insert(" " * left)
        before, first_span = out.length, len(out.spans)
        if c < len(spans):
            cell(out, *spans[c])
        if header and out.length > before and len(out.spans) == first_span:
            out.style(before, STRONG)
        if gap - left and c < last:
            out.insert(" " * (gap - left))
    built = out.build()
    return replace(built, cells=tuple(starts)) if built else render_line(row)


def rule_text(widths: list[int]) -> str:
    """A rule across a table's columns, under its head."""
    return "─┼─".join("─" * width for width in widths)


def _rule(row: str, widths: list[int]) -> Rendered:
    """The delimiter row, drawn as a rule across the columns."""
    out = Builder(row)
    text = rule_text(widths)
    # (one character stands for the source's first, so the row maps somewhere)
    out.take(0, text[0])
    out.insert(text[1:])
    out.style(0, RULE)
    return out.build() or render_line(row)


def _border(out: Builder, text: str) -> None:
    start = out.length
    out.insert(text)
    out.style(start, RULE)


__all__ = [
    "BORDER",
    "LEFT",
    "RIGHT",
    "CellWriter",
    "Drawn",
    "draw_table",
    "plain_cell",
    "render_paragraphs",
    "rule_text",
]
