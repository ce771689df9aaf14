"""Rows of the article's own lists that went by their shape alone, taken
back by the list around them.

A short row of a name and a reading (pH 6.6, KH 3, S　約130–145cm) reads
as a counter or a menu's cell, and a list's head with a date in brackets
(四草濕地（11/15 調查）) as a counter. The signal is their place: under a
kept row of the same shape or a kept label that introduces them (水質參數 /
温度 24℃ / pH 6.6; 尺碼參考：/ S　…), or, for a head, over kept rows of a
list, with the article's prose above and below. The page's furniture has
no kept list around it.
"""

from __future__ import annotations

from reader.core.junk_rules import SHAPE_ONLY, Reason
from reader.core.line_passes import Line, in_prose
from reader.core.list_siblings import list_item

_GAPS = ("\u3000", "  ")
# A list's head has words: a name, its date in brackets.
_WORDS = 2


def _row(line: Line) -> bool:
    return line.short and not line.meta and list_item(line)


def _gone_row(line: Line) -> bool:
    return line.reason in SHAPE_ONLY and _row(line)


def _gap_row(line: Line) -> bool:
    return (line.kept or line.reason in SHAPE_ONLY) and _row(line) and any(gap in line.text for gap in _GAPS)


def rescue_list_runs(lines: list[Line]) -> None:
    """Rows gone by shape right under a kept row of their shape (one or
    more), or two or more under a kept label ending in a colon, come back;
    so does a head gone as a counter, when it is no row itself, right over
    two rows or more set apart by a wide gap (黑面琵鷺　312隻), and those rows
    with it. Inside the article only."""
    n = len(lines)
    # (the lines gone by shape, found in one sweep: most pages have few or none)
    gone = [k for k, line in enumerate(lines) if line.reason in SHAPE_ONLY]
    done = 0
    for i in gone:
        if i < done or i == 0:
            continue
        line = lines[i]
        above = lines[i - 1]
        # (a kept line above first: most lines gone by shape stand in a block of junk)
        kept_above = above.reason is None and above.meta is None
        if kept_above and _gone_row(line) and (_row(above) or above.text.endswith(("：", ":"))):
            j = i
            while j < n and _gone_row(lines[j]):
                j += 1
            if (j - i >= 2 or _row(above)) and in_prose(lines, i, j):
                for row in lines[i:j]:
                    row.restore()
            done = j
            continue
        if (
            line.reason is Reason.COUNTER
            and not any(gap in line.text for gap in _GAPS)
            and sum(ch.isalpha() for ch in line.text) >= _WORDS
            and i + 2 < n
            and _gap_row(lines[i + 1])
            and _gap_row(lines[i + 2])
            and in_prose(lines, i, i + 1)
        ):
            j = i + 1
            while j < n and _gap_row(lines[j]):
                j += 1
            for row in lines[i:j]:
                row.restore()
            done = j


__all__ = ["rescue_list_runs"]
