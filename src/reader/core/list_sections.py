"""A list's last section under a header word (其他, 更多) read as a block
of other articles: sibling heads above it head rows of the same shape.

A related-articles header lists headlines; a list of records groups its
rows under bare one-word heads (衣物 / 文具 / 其他), each over rows whose
cells are set apart by wide gaps. When the header word's line is such a
head, over such a row, and an earlier bare head of the page heads a row
of the same shape (as many cells, the first alike but for its figures),
the header is the list's next section, not the page's next block.
"""

from __future__ import annotations

from typing import Final

from reader.core.line_passes import Line
from reader.core.wide_gaps import WIDE_GAP

_HEAD: Final = 6  # (a section's head is a word or two)
_CELLS: Final = 3  # (a record's row: three cells at least)
_NOT_HEAD: Final = frozenset(":：，,。；;！？!?")  # (nor a figure: a row's, a date's)


def _bare_head(line: Line) -> bool:
    text = line.text
    return (
        line.meta is None
        and 0 < len(text) <= _HEAD
        and _NOT_HEAD.isdisjoint(text)
        and not any(c.isdigit() for c in text)
    )


def _row_cells(line: Line) -> tuple[int, str] | None:
    """A record row's cell count and its first cell's shape (021 -> 0), or None for another line."""
    if "\u3000" not in line.text and "  " not in line.text:  # (no wide gap: no row, and no split)
        return None
    cells = WIDE_GAP.split(line.text.strip())
    return (len(cells), _shape(cells[0])) if len(cells) >= _CELLS else None


def _shape(cell: str) -> str:
    """A cell with each run of figures as one 0 (021 -> 0, A-12 -> A-0)."""
    return "".join(c for k, c in enumerate(cell) if not (c.isdigit() and k and cell[k - 1].isdigit())).translate(_ZERO)


_ZERO: Final = str.maketrans("123456789", "000000000")


def next_list_section(lines: list[Line], k: int) -> bool:
    """Whether ``lines[k]``, a header word, is one more bare head of the
    body's list: over a record row shaped like the row under a kept bare
    head above it."""
    if k + 1 >= len(lines) or not _bare_head(lines[k]) or (shape := _row_cells(lines[k + 1])) is None:
        return False
    return any(
        lines[h].reason is None
        and _bare_head(lines[h])
        and lines[h + 1].reason is None
        and _row_cells(lines[h + 1]) == shape
        for h in range(k - 1)
    )
