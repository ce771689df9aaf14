"""A price list written one cell a line: an item's name, then its bare price
on the line under it (粘鞋底 / 10元, 輔助鎖（單面） / NT$1,000), pair after
pair. A bare price goes as a counter and the names between them as short
lines amid junk; the alternation is the signal: three bare prices or more,
each under a short name, make the list, its section heads and its unpriced
values (面议, 現場報價) with it.
"""

from __future__ import annotations

from reader.core.junk_rules import ROW_LIKE, Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import Line
from reader.core.price_rows import bare_price

# The reasons a cell of the list goes for: its shape, or a phrase in an item's
# name (电子锁（忘记密码）reads like a login prompt).
_GONE = ROW_LIKE | {Reason.LOGIN}
_PAIRS = 3  # (fewer priced pairs make no list)
_COUNTER = Reason.COUNTER  # (bound once: Reason.X is a slow lookup)
_NAME = 20  # (an item's name, its gloss in brackets and all)
_GAP = 5  # (lines between two bare prices: a name, or an unpriced pair and a section's head)
_CELL = 12  # (an unpriced value or a section's head is a word or two)


def rescue_price_pairs(lines: list[Line]) -> None:
    """Lines gone in a run of name / bare price pairs come back: from the
    name over the first price to the last price, every line between two
    prices short, without figures and no sentence."""
    prices = [i for i, line in enumerate(lines) if line.reason is _COUNTER and bare_price(line.text)]
    if len(prices) < _PAIRS:
        return  # (most texts)
    prices = [i for i, line in enumerate(lines) if not line.meta and bare_price(line.text)]
    runs: list[list[int]] = []
    for i in prices:
        last = runs[-1][-1] if runs else -_GAP
        if 2 <= i - last <= _GAP and _cells(lines, last + 1, i, _NAME if i - last == 2 else _CELL):
            runs[-1].append(i)
        elif i > 0 and _cells(lines, i - 1, i, _NAME):
            runs.append([i])
    for run in runs:
        if len(run) >= _PAIRS:
            start = run[0] - 1
            # (the list's first section head, right under the kept line that introduces the list)
            if start >= 2 and lines[start - 2].kept and _cells(lines, start - 1, start, _CELL, figures=False):
                start -= 1
            for line in lines[start : run[-1] + 1]:
                if line.reason in _GONE and not line.meta:
                    line.restore()


def _cells(lines: list[Line], start: int, end: int, most: int, figures: bool = True) -> bool:
    """Lines ``start`` to ``end - 1`` are short cells: names, heads, values;
    with figures only when one line (a name: 伊面（每包10粒）) and ``figures``."""
    return all(
        not line.meta
        and 0 < len(line.text) <= most
        and not line.text.endswith(SENTENCE_END)
        and not bare_price(line.text)
        and ((figures and end - start == 1) or not any(c.isdigit() for c in line.text))
        for line in lines[start:end]
    )


__all__ = ["rescue_price_pairs"]
