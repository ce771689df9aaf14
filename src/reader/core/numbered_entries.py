"""Numbered entries, each over its own description (1號 陳芷晴 Chloe Chan over
22歲，來自…; 2號 … over …): a list of contestants, players, exhibits. Each
head alone is a few short words apart, a menu's shape; the numbering going on
by one over lines of the body says it is the article's list."""

from __future__ import annotations

import re
from typing import Final

from reader.core.junk_rules import ROW_LIKE
from reader.core.line_passes import Line

# An entry's number leads it: 3號 澹台月, 12号 李明
_ENTRY: Final = re.compile(r"^(\d{1,3})\s*[號号]\s*\S")
_MIN_ENTRIES: Final = 3


def rescue_numbered_entries(lines: list[Line]) -> None:
    """Heads numbered 1, 2, 3… each with body lines under it, gone as rows of a
    menu, come back: at least three in a row, only kept lines between them."""
    # (a cheap test first: most lines start with no figure)
    heads = [
        (k, int(m.group(1)))
        for k, line in enumerate(lines)
        if line.text[:1].isdigit() and (m := _ENTRY.match(line.text))
    ]
    run: list[int] = []
    for n, (k, number) in enumerate(heads):
        if run and not _follows(lines, heads[n - 1], (k, number)):
            _restore(lines, run)
            run = []
        run.append(k)
    _restore(lines, run)


def _follows(lines: list[Line], prev: tuple[int, int], head: tuple[int, int]) -> bool:
    (j, m), (k, n) = prev, head
    return n == m + 1 and k > j + 1 and all(line.kept for line in lines[j + 1 : k])


def _restore(lines: list[Line], run: list[int]) -> None:
    last = run[-1] if run else 0
    if len(run) < _MIN_ENTRIES or last + 1 >= len(lines) or not lines[last + 1].kept:
        return
    for k in run:
        if lines[k].reason in ROW_LIKE and not lines[k].meta:
            lines[k].restore()
