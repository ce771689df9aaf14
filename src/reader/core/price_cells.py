"""Prices copied one cell a line (粘鞋底 / 10元, pair after pair: three bare
prices or more, each under a short name, with the list's heads and unpriced
values), or one row a line (10平方尺 约15个纸箱 S$89 S$79: three priced rows
or more of as many cells as the header row over them). The bare prices go as
counters, the rest as short lines amid junk or a menu: the shape decides."""

from __future__ import annotations

from typing import Final

from reader.core.junk_rules import ROW_LIKE, Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import Line
from reader.core.price_rows import GONE, bare_price, has_price

# The reasons a cell of the list goes for: its shape, or a phrase in an item's
# name (电子锁（忘记密码）reads like a login prompt).
_CELL_GONE: Final = ROW_LIKE | {Reason.LOGIN}
_PAIRS: Final = 3  # (fewer priced pairs make no list)
_COUNTER: Final = Reason.COUNTER  # (bound once: Reason.X is a slow lookup)
_NAME: Final = 20  # (an item's name, its gloss in brackets and all)
_GAP: Final = 5  # (lines between two bare prices: a name, or an unpriced pair and a section's head)
_CELL: Final = 12  # (an unpriced value or a section's head is a word or two)


def rescue_price_pairs(lines: list[Line]) -> None:
    """Lines gone in a run of name / bare price pairs come back: from the
    name over the first price to the last price, every line between two
    prices short, without figures and no sentence."""
    prices = [i for i, line in enumerate(lines) if line.reason is _COUNTER and cell_price(line.text)]
    if len(prices) < _PAIRS:
        return  # (most texts)
    prices = [i for i, line in enumerate(lines) if not line.meta and cell_price(line.text)]
    runs: list[list[int]] = []
    for i in prices:
        last = runs[-1][-1] if runs else -_GAP
        # (no run yet: a price in the text's first lines opens none, with no name over it)
        if runs and 2 <= i - last <= _GAP and _cells(lines, last + 1, i, _NAME if i - last == 2 else _CELL):
            runs[-1].append(i)
        elif i > 0 and _cells(lines, i - 1, i, _NAME):
            runs.append([i])
    for run in runs:
        if len(run) >= _PAIRS:
            start = run[0] - 1
            # (the list's first section head, right under the kept line that introduces the list)
            if start >= 2 and lines[start - 2].kept and _cells(lines, start - 1, start, _CELL, figures=False):
                start -= 1
            start = _rows_over(lines, start)
            for line in lines[start : run[-1] + 1]:
                if line.reason in _CELL_GONE and not line.meta:
                    line.restore()


def cell_price(text: str) -> bool:
    """A price cell: a bare price, the price of nothing (免費), or a price led by
    a word of its own (另加$200: an extra's price)."""
    if text in _FREE:
        return True
    if not text[-1:].isdigit():
        return bare_price(text)  # (…元, …起)
    return bare_price(text) or any(text[:k].isalpha() and bare_price(text[k:]) for k in (1, 2))


_FREE: Final = frozenset({"免費", "免费", "Free", "free"})
_ABOVE: Final = 4  # (the list's first section over the pairs: a head and its priced rows)


def _rows_over(lines: list[Line], start: int) -> int:
    """Where the list starts when its first section's rows carry their prices
    in one line (集體火化 / 10公斤以下 $680 over 附加服務 / 上門接送 / 免費):
    over the first pair, up to a kept line, only short rows gone by shape, no
    sentence, each a priced row or a head without figures."""
    i = start - 1
    while i > 0 and start - i <= _ABOVE and (line := lines[i]).reason in _CELL_GONE and not line.meta:
        text = line.text
        if len(text) > _NAME or text.endswith(SENTENCE_END):
            return start
        if any(c.isdigit() for c in text) and not has_price(text):
            return start  # (figures with no price: a date, a count, not the list's row)
        i -= 1
    return i + 1 if i < start - 1 and lines[i].kept else start


def _cells(lines: list[Line], start: int, end: int, most: int, figures: bool = True) -> bool:
    """Lines ``start`` to ``end - 1`` are short cells: names, heads, values;
    with figures only when one line (a name: 伊面（每包10粒）) and ``figures``."""
    return all(
        not line.meta
        and 0 < len(line.text) <= most
        and not line.text.endswith(SENTENCE_END)
        and not cell_price(line.text)
        and ((figures and end - start == 1) or not any(c.isdigit() for c in line.text))
        for line in lines[start:end]
    )


_ROWS: Final = 3  # (fewer priced rows make no table)
_CELLS: Final = 3  # (an item, its facts and a price: a row of a table, not a label and its value)


def rescue_price_cells(lines: list[Line]) -> None:
    """The price lists one cell a line (``price_pairs``) and the price tables
    one row a line, each rescued only where a line of its shape went: one walk
    over the lines for both (most texts have neither)."""
    gone = [line for line in lines if line.reason in GONE]
    if not gone:
        return
    if sum(1 for line in gone if line.reason is _COUNTER and cell_price(line.text)) >= _ROWS:
        rescue_price_pairs(lines)
    if any(" " in line.text and has_price(line.text) for line in gone):
        rescue_price_tables(lines)


def rescue_price_tables(lines: list[Line]) -> None:
    """A header row without figures and the run of rows under it, each of as
    many cells, come back when three rows or more name a price. The rows may
    have one cell more than the header, all alike: the header's first cell
    over a code and a name (配套 over A 经济型)."""
    n = len(lines)
    i = 0
    while i < n:
        width = _width(lines[i])
        if not width or any(c.isdigit() for c in lines[i].text):
            i += 1
            continue
        j = i + 1
        if j < n and _width(lines[j]) == width + 1:
            width += 1  # (the rows' own width, the same in every row)
        while j < n and _width(lines[j]) == width:
            j += 1
        rows = lines[i + 1 : j]
        if sum(1 for row in rows if has_price(row.text)) >= _ROWS:
            for line in lines[i:j]:
                if line.reason in GONE and not line.meta:
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


__all__ = ["rescue_price_cells", "rescue_price_pairs", "rescue_price_tables"]
