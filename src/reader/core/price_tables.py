"""A table of prices copied one row a line, its cells apart (10平方尺 约15个纸箱
S$89 S$79): rows with several prices each go as counters or as short lines
amid junk, and their header row (尺寸 约可容纳 大巴窑 裕廊东) as a menu. The
table's shape is the signal: three priced rows or more in a run of rows
with as many cells each, under a header row of as many cells, make the
table; a cell that names no price (暂无) leaves its row in it.
"""

from __future__ import annotations

from reader.core.junk_rules import Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import Line
from reader.core.price_pairs import rescue_price_pairs
from reader.core.price_rows import GONE as _GONE
from reader.core.price_rows import bare_price, has_price

_ROWS = 3  # (fewer priced rows make no table)
_CELLS = 3  # (an item, its facts and a price: a row of a table, not a label and its value)
_CELL = 12  # (a cell is a word, a size or a price)


def rescue_price_cells(lines: list[Line]) -> None:
    """The price lists one cell a line (``price_pairs``) and the price tables
    one row a line, each rescued only where a line of its shape went: one walk
    over the lines for both (most texts have neither)."""
    gone = [line for line in lines if line.reason in _GONE]
    if not gone:
        return
    if sum(1 for line in gone if line.reason is _COUNTER and bare_price(line.text)) >= _ROWS:
        rescue_price_pairs(lines)
    if any(" " in line.text and has_price(line.text) for line in gone):
        rescue_price_tables(lines)


_COUNTER = Reason.COUNTER  # (bound once: Reason.X is a slow lookup)


def rescue_price_tables(lines: list[Line]) -> None:
    """A header row without figures and the run of rows under it, each of as
    many cells, come back when three rows or more name a price."""
    n = len(lines)
    i = 0
    while i < n:
        width = _width(lines[i])
        if not width or any(c.isdigit() for c in lines[i].text):
            i += 1
            continue
        j = i + 1
        while j < n and _width(lines[j]) == width:
            j += 1
        rows = lines[i + 1 : j]
        if sum(1 for row in rows if has_price(row.text)) >= _ROWS:
            for line in lines[i:j]:
                if line.reason in _GONE and not line.meta:
                    line.restore()
        i = j


def _width(line: Line) -> int:
    """How many cells the line's row has; 0 for a line that is no such row."""
    text = line.text
    if " " not in text or line.meta or text.endswith(SENTENCE_END) or "，" in text:
        return 0
    cells = text.split()
    if len(cells) < _CELLS or any(len(cell) > _CELL for cell in cells):
        return 0
    return len(cells)


__all__ = ["rescue_price_cells", "rescue_price_tables"]
