"""Paragraphs whose cells are known shown as a table: cells the file gave
(:attr:`Article.cells`: a saved page's table, tab-separated text) and rows
whose short cells stand apart by wide gaps (ideographic spaces or two spaces
or more: ``日期　服务时间　备注``), as Chinese pages set out their tables.

A run of two rows or more next to each other, none with more cells than the
first (a row with fewer is padded), is drawn as Markdown tables are
(:func:`reader.core.markdown_tables.draw_table`): the cells' plain text
padded to their column's width with a bar between, a column whose body
cells are all numbers (under the first row) aligned right, and a rule under
the first row only if the source says it is the head. A table goes on past
a group's heading (第一週, 二、初中部) with rows as wide under it, so its groups
share their columns and a head row over the first group heads them all; a
record's short label：value rows are set close as rows are. The paragraph's text
is shown one for one, so search hits and mentions map into the cells; a row
alone stays a paragraph.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from reader.core.close_rows import as_written, set_rows
from reader.core.markdown_view import Rendered
from reader.core.wide_gaps import WIDE_GAP, has_wide_gap

# A number as a cell holds one: 1,080 / 3.5 / -2 / 80% (digits of any width).
_NUMBER = re.compile(r"[-+−]?\d[\d,]*(?:\.\d+)?%?")


def render_rows(
    paragraphs: Sequence[str], cells: Sequence[tuple[int, tuple[int, ...], bool]] = ()
) -> list[Rendered] | None:
    """Every paragraph as shown, a table's rows drawn together; None when
    no table is drawn (the paragraphs are shown as they are)."""
    # (a row whose cells do not fill its text exactly is no row: never guess a map)
    known = {
        i: (_spans(lengths), head)
        for i, lengths, head in cells
        if i < len(paragraphs) and sum(lengths) + len(lengths) - 1 == len(paragraphs[i])
    }
    for i, text in enumerate(paragraphs):
        if i not in known and has_wide_gap(text) and (spans := _gap_cells(text)):
            known[i] = (spans, False)
    out: list[Rendered] | None = None
    i, n = 0, len(paragraphs)
    while i < n:
        if i not in known:
            i += 1
            continue
        rows = _run(paragraphs, known, i)
        if len(rows) >= 2:
            if out is None:
                out = as_written(paragraphs)
            drawn = _table([paragraphs[k] for k in rows], [known[k][0] for k in rows], known[i][1])
            for k, rendered in zip(rows, drawn, strict=True):
                out[k] = rendered
            # (a group's heading sits on its rows, the blank line above it; the first group's too
            # when no head row stands over the table)
            if heads := set(range(i, rows[-1])).difference(rows):
                if i and rows[1] == i + 1 and _group_head(paragraphs[i - 1]):
                    out[i - 1] = replace(out[i - 1], tight=True)
                for k in heads:
                    out[k - 1], out[k] = replace(out[k - 1], tight=False), replace(out[k], tight=True)
        i = rows[-1] + 1
    return set_rows(paragraphs, out)


# A group's heading amid a table's rows (第一週 over that week's rows) is one
# short cell with no sentence's end: the rows under it keep the table's
# columns (and a head row alone over the first group heads them all).
_GROUP_HEAD = 12
_NOT_A_HEAD_END = "。！？；!?;…，,"


def _run(paragraphs: Sequence[str], known: dict[int, tuple[list[tuple[int, int]], bool]], i: int) -> list[int]:
    """The rows of the table whose first row is ``i``: the rows after it with
    no more cells, on past a group's heading with rows as wide under it, if
    some group has two rows (a line between lone rows, 諸事不宜 between two
    days' 12月4日（星期五）　農曆十月廿六, is no heading of theirs)."""
    columns = len(known[i][0])
    rows, end = [i], i + 1
    while True:
        if end in known and len(known[end][0]) <= columns:
            rows.append(end)
        elif end + 1 not in known or len(known[end + 1][0]) != columns or not _group_head(paragraphs[end]):
            break
        end += 1
    if any(b == a + 1 for a, b in itertools.pairwise(rows)):
        return rows
    return rows[:1]


def _group_head(text: str) -> bool:
    """Whether ``text`` reads as a group's heading inside a table."""
    text = text.strip()
    return 0 < len(text) <= _GROUP_HEAD and text[-1] not in _NOT_A_HEAD_END and not has_wide_gap(text)


# A wide gap's cell is this short at most: a longer one is a sentence, and
# its line prose with a gap in it.
_MAX_CELL = 30


def _gap_cells(text: str) -> list[tuple[int, int]] | None:
    """The spans of a row's cells that wide gaps part (two at least, each
    short), its indent and trailing spaces left out."""
    start, end = len(text) - len(text.lstrip()), len(text.rstrip())
    spans, at = [], start
    for gap in WIDE_GAP.finditer(text, start, end):
        spans.append((at, gap.start()))
        at = gap.end()
    spans.append((at, end))
    return spans if len(spans) >= 2 and all(b - a <= _MAX_CELL for a, b in spans) else None


def _spans(lengths: tuple[int, ...]) -> list[tuple[int, int]]:
    """Where each cell is in a row's text: the cells joined by one space."""
    spans, at = [], 0
    for length in lengths:
        spans.append((at, at + length))
        at += length + 1
    return spans


def _table(rows: Sequence[str], cells: list[list[tuple[int, int]]], head: bool) -> list[Rendered]:
    # (the body is the rows under the first, which is often a head the source
    # does not mark: 胸徑(公分) over 58, 61)
    # (imported by the first table drawn: most pages have none, and the reading
    # view draws the first article before the first frame)
    from reader.core.markdown_tables import LEFT, RIGHT, draw_table, plain_cell, rule_text

    body = list(zip(rows[1:], cells[1:], strict=True))
    aligns = [
        RIGHT if _numbers([row[slice(*spans[c])] for row, spans in body if c < len(spans)]) else LEFT
        for c in range(len(cells[0]))
    ]
    drawn = draw_table(rows, cells, aligns, head=head, cell=plain_cell)
    shown = [d.rendered for d in drawn]
    if head:
        shown[0] = replace(shown[0], tight=True, under=rule_text(drawn[0].widths))
    return shown


def _numbers(texts: list[str]) -> bool:
    """Whether a column's body cells are all numbers (its empty ones left
    out; a column of empty cells is none)."""
    texts = [t for t in texts if t]
    return bool(texts) and all(_NUMBER.fullmatch(t) for t in texts)


__all__ = ["render_rows"]
