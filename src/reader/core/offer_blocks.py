"""A page's offers laid out as blocks of one shape: a name, its price alone
on a line, then the rows it includes (【A】半日攝影 / HK$6,800 / ・主攝影師1位).

A bare price reads as a counter, and the short rows between two such prices
then go as lines between junk. The signal is repetition: two blocks or more
of that shape, one right after the other, under the article's prose, are the
article's own list of offers, whatever each line looks like alone.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.junk_rules import ROW_LIKE, Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import PROSE_ENDS, Line
from reader.core.price_rows import AMOUNT, CURRENCY

# A price alone: HK$6,800, NT$ 1,200, ¥88, 3,280元 (a few letters may lead the sign).
_BARE_PRICE: Final = re.compile(rf"^(?:[A-Z]{{0,3}}{CURRENCY}\s?{AMOUNT}|{AMOUNT}\s?[元圓])$")
# A row of what an offer includes starts with a list's mark.
_ROW_MARKS: Final = frozenset("・•·‧-*●■◆▪○◇")
_HEAD: Final = 30  # (an offer's name is no longer)
_BLOCKS: Final = 2  # (fewer blocks make no list)
_COUNTER: Final = Reason.COUNTER


def _head(line: Line) -> bool:
    text = line.text
    return not line.meta and len(text) <= _HEAD and not text.endswith(SENTENCE_END) and text[:1] not in _ROW_MARKS


def _block_end(lines: list[Line], i: int) -> int:
    """The end of the block whose name is line ``i`` (its price under it,
    then one row or more), or ``i`` when no such block starts there."""
    n = len(lines)
    if i + 2 >= n or not _head(lines[i]) or not _BARE_PRICE.match(lines[i + 1].text):
        return i
    j = i + 2
    while j < n and lines[j].text[:1] in _ROW_MARKS and not lines[j].meta:
        j += 1
    return j if j > i + 2 else i


def rescue_offer_blocks(lines: list[Line]) -> None:
    """Two blocks or more of a name, a bare price and included rows, one after
    the other below the article's prose, come back whole."""
    counter = _COUNTER  # (bound once: Reason.X is a slow lookup)
    # (a bare price gone as a counter marks where a block may start; most texts have none)
    prices = [k for k, line in enumerate(lines) if line.reason is counter and _BARE_PRICE.match(line.text)]
    if len(prices) < _BLOCKS:
        return
    done = -1
    for k in prices:
        start = k - 1
        if start <= done or start < 1:
            continue
        ends = []
        i = start
        while (j := _block_end(lines, i)) > i:
            ends.append(j)
            i = j
        if len(ends) < _BLOCKS:
            continue
        done = ends[-1]
        if not any(_prose(line) for line in lines[:start]):
            continue
        for line in lines[start:done]:
            if line.reason in ROW_LIKE and not line.meta:
                line.restore()


def _prose(line: Line) -> bool:
    return line.kept and not line.short and line.text.endswith(PROSE_ENDS)


__all__ = ["rescue_offer_blocks"]
