"""A table's row wrapped at the pane's width, each continuation line hung
under the cell it continues (:attr:`Rendered.cells`), so the bars and the
wrapped text stay in their columns.

The indent is the view's own: a line is still a span of the row's text, and
the widget draws its indent as blank cells, so every offset map (search
hits, mentions, the reading position, selection and copy) holds as it does
for prose.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from reader.core.linebreak import cell_len, wrap
from reader.core.markdown_view import BORDER

# Fewer cells than this left for a cell's text under its column wraps it at
# the pane's left edge instead: two or three characters a line read worse.
MIN_TEXT = 8
_BORDER = frozenset(BORDER)
_BAR = BORDER.strip()
# A row's lines: (start, end, indent).
_Lines = list[tuple[int, int, int]]
# What a rule is drawn with (markdown_tables.rule_text), and a divider line's dashes.
RULE_CHARS = "─┼━-—=＝"


def wrap_line(text: str, width: int) -> list[tuple[int, int]]:
    """A paragraph's lines, but a rule (a Markdown table's under its head, a
    divider of the text's own) cut at the pane's edge: wrapped, it would
    read as two."""
    spans = wrap(text, width)
    return spans[:1] if len(spans) > 1 and not text.strip(RULE_CHARS) else spans


def wrap_row(text: str, width: int, cells: Sequence[int]) -> _Lines:
    """``(start, end, indent)`` of each line of a row ``width`` cells wide,
    ``cells`` where its cells start in ``text``. A continuation line starts
    ``indent`` cells in: under the column of the cell it goes on with, or, if
    it opens a cell (its border first), with that cell's text under the text
    of the cell before. A line drawn under the row (after a newline: the rule
    under a head) is cut at the pane's edge: a rule wrapped in two reads as
    two rules."""
    row, newline, under = text.partition("\n")
    lines: _Lines = []
    at = 0
    while True:
        indent, cell, alone = _hang(row, lines, cells, at, width) if lines else (0, 0, True)
        for k, (a, b) in enumerate(wrap(row[at:], width - indent)):
            # (a line that sets the next one's indent, or one that starts in
            # another cell: wrap again from there)
            if k and (alone or _cell(cells, at + a) != cell):
                at = _border_first(row, lines, cells, at + a, width)
                break
            lines.append((at + a, at + b, indent))
        else:
            break
    if newline:
        base = len(row) + 1
        lines.extend((base + a, base + b, 0) for a, b in wrap(under, width)[:1])
    return lines


def _cell(cells: Sequence[int], at: int) -> int:
    """The cell the text at ``at`` is in (-1: before the first)."""
    return bisect_right(cells, at) - 1


def _hang(row: str, lines: _Lines, cells: Sequence[int], at: int, width: int) -> tuple[int, int, bool]:
    """The indent of a continuation line starting at ``at``, the cell it is
    in, and whether it opens that cell (then the next line hangs anew)."""
    opens = bisect_left(cells, at)
    if 0 < opens < len(cells) and row.startswith(_BAR, at) and _BORDER.issuperset(row[at : cells[opens]]):
        # (its bar under the bar before: the text under the text before)
        indent = _column(row, lines, cells[opens - 1]) - cell_len(BORDER.lstrip())
        return _fits(indent, cell_len(row[at : cells[opens]]), width), opens, True
    cell = _cell(cells, at)
    if cell < 0:
        return 0, cell, False
    return _fits(_column(row, lines, cells[cell]), 0, width), cell, False


def _border_first(row: str, lines: _Lines, cells: Sequence[int], at: int, width: int) -> int:
    """Where the next line starts: a cell whose bar is on the line above
    moves to the next line, bar first, when its text could not hang under
    its column there (a bar at a line's end, or too little room left)."""
    start, end, indent = lines[-1]
    if row.startswith(_BAR, at):
        # (the padding before it is no text of the line's)
        lines[-1] = (start, start + len(row[start:end].rstrip()), indent)
        return at
    cell = _cell(cells, at)
    if cell <= 0:
        return at
    bar = row.rfind(_BAR, start, cells[cell])
    if bar <= start or not _BORDER.issuperset(row[bar : cells[cell]]):
        return at
    if cells[cell] < at and width - _column(row, lines, cells[cell]) >= MIN_TEXT:
        return at
    lines[-1] = (start, start + len(row[start:bar].rstrip()), indent)
    return bar


def _column(row: str, lines: _Lines, start: int) -> int:
    """The column text at ``start`` is drawn at, on the line that shows it."""
    line = max((line for line in lines if line[0] <= start), default=lines[0])
    return line[2] + cell_len(row[line[0] : max(start, line[0])])


def _fits(indent: int, gap: int, width: int) -> int:
    """``indent``, or 0 when it leaves too little room for a cell's text
    (``gap`` cells of border before it)."""
    indent = max(indent, 0)
    return indent if width - indent - gap >= MIN_TEXT else 0


__all__ = ["MIN_TEXT", "wrap_row"]
