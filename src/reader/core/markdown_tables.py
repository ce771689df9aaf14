"""Markdown paragraphs with their pipe tables shown as tables.

A table (a header row, a delimiter row such as ``| --- | :-: |``, then its
rows) reaches the view as one paragraph per row. Each row is shown with its
cells padded to the column's width in terminal cells, its pipes drawn as
``│`` and the delimiter row as a rule, with no blank line between rows.
Cell text is taken from the source one for one (inline markup rendered as
in any paragraph), so search hits and mentions map into the cells exactly;
only the borders and the padding are the view's own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from reader.core.linebreak import cell_len
from reader.core.markdown_view import RULE, STRONG, Builder, Rendered, inline_cell, render_line

# A pipe that parts cells (``\|`` is a pipe in a cell's text).
_PIPE = re.compile(r"(?<!\\)\|")
_DELIMITER_CELL = re.compile(r":?-+:?")
# What a cell's alignment is drawn as.
_LEFT, _RIGHT, _CENTRE = "left", "right", "centre"


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
    return out


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
        aligns.append(_CENTRE if left and right else _RIGHT if right else _LEFT)
    return aligns


@dataclass(frozen=True, slots=True)
class _Widths:
    """A table's columns: their widths in cells and alignments."""

    widths: list[int]
    aligns: list[str]


def _table(rows: Sequence[str], aligns: list[str]) -> list[Rendered]:
    cells = [_cells(row) or [] for row in rows]
    # (each cell's width as shown; the delimiter row is drawn to the others' widths)
    own = [
        [] if k == 1 else [_width(row, span) for span in spans]
        for k, (row, spans) in enumerate(zip(rows, cells, strict=True))
    ]
    columns = max(len(aligns), *(len(spans) for spans in cells))
    aligns = aligns + [_LEFT] * (columns - len(aligns))
    widths = [max((row[c] for row in own if c < len(row)), default=0) for c in range(columns)]
    table = _Widths(widths, aligns)
    rendered = [
        _rule(row, widths) if k == 1 else _row(row, cells[k], own[k], table, header=k == 0)
        for k, row in enumerate(rows)
    ]
    return [Rendered(r.text, r.map, r.spans, tight=k < len(rendered) - 1) for k, r in enumerate(rendered)]


def _width(row: str, span: tuple[int, int]) -> int:
    """A cell's width on screen, its inline markup rendered."""
    out = Builder(row)
    inline_cell(out, *span)
    return cell_len("".join(out.parts))


def _row(row: str, spans: list[tuple[int, int]], own: list[int], table: _Widths, *, header: bool) -> Rendered:
    """A row: each cell's text between borders, padded to its column's
    width as its column aligns (``own``: the cells' widths)."""
    out = Builder(row)
    for c, (width, align) in enumerate(zip(table.widths, table.aligns, strict=True)):
        _border(out, "│ " if c == 0 else " │ ")
        gap = width - (own[c] if c < len(own) else 0)
        left = gap // 2 if align == _CENTRE else gap if align == _RIGHT else 0
        if left:
            out.insert(" " * left)
        before, first_span = out.length, len(out.spans)
        if c < len(spans):
            inline_cell(out, *spans[c])
        if header and out.length > before and len(out.spans) == first_span:
            out.style(before, STRONG)
        if gap - left:
            out.insert(" " * (gap - left))
    _border(out, " │")
    return out.build() or render_line(row)


def _rule(row: str, widths: list[int]) -> Rendered:
    """The delimiter row, drawn as a rule across the columns."""
    out = Builder(row)
    text = "├" + "┼".join("─" * (width + 2) for width in widths) + "┤"
    # (one character stands for the source's first, so the row maps somewhere)
    out.take(0, text[0])
    out.insert(text[1:])
    out.style(0, RULE)
    return out.build() or render_line(row)


def _border(out: Builder, text: str) -> None:
    start = out.length
    out.insert(text)
    out.style(start, RULE)


__all__ = ["render_paragraphs"]
