"""The cells of a table's rows, kept beside cleaning.

A table copied from a page is written one row a line, its cells apart by
tabs (and so is a saved page's table of facts, see ``html_dom``). Fixing the
lines makes every tab a space before cleaning sees them, so cleaning judges
a row as any line; its cells are read here from the same text, untouched,
for the reading view to draw the rows as a table. A line's cells are kept
only if its fixed text is exactly the cells joined by one space: the
paragraph's text then says where each cell is.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Final

from reader.core.line_fix import fix_line, sanitized

# (paragraph index, each cell's length, a head row): see Article.cells.
TableRow = tuple[int, tuple[int, ...], bool]

# A line with a tab in it (found in C, tried only at a line's start: most
# lines of a text with tabs have none).
_TAB_LINE: Final = re.compile(r"^[^\n\t]*\t.*", re.MULTILINE)


def _tab_rows(text: str, head_rows: Collection[str]) -> dict[str, tuple[tuple[int, ...], bool]]:
    """Each line of ``text`` with two cells or more: its text as fixed ->
    (its cells' lengths, whether it is a head row)."""
    rows: dict[str, tuple[tuple[int, ...], bool]] = {}
    for m in _TAB_LINE.finditer(text):
        raw = m.group()
        cells = [fix_line(sanitized(piece)) for piece in raw.split("\t")]
        # (a row copied with a tab before or after it: no cell there)
        while cells and not cells[-1]:
            cells.pop()
        while cells and not cells[0]:
            cells.pop(0)
        if len(cells) < 2:
            continue
        fixed = fix_line(sanitized(raw))
        if fixed == " ".join(cells):  # (else the cells are not where the text says)
            rows[fixed] = (tuple(map(len, cells)), raw in head_rows)
    return rows


def table_rows(text: str, paragraphs: Sequence[str], head_rows: Collection[str] = ()) -> tuple[TableRow, ...]:
    """The cleaned ``paragraphs`` of ``text`` that are rows of a table, next
    to another (cleaning asks only for a text with a tab); ``head_rows``: the
    rows (as written, cells apart by tabs) the source sets as a table's head."""
    rows = _tab_rows(text, head_rows)
    if not rows:
        return ()
    found = [(i, *rows[p]) for i, p in enumerate(paragraphs) if p in rows]
    indexes = {i for i, _, _ in found}
    return tuple((i, cells, head) for i, cells, head in found if i - 1 in indexes or i + 1 in indexes)


__all__ = ["TableRow", "table_rows"]
