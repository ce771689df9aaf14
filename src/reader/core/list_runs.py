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

import re
from typing import Final

from reader.core.junk_rules import SHAPE_ONLY, Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import Line, in_prose
from reader.core.list_siblings import list_item

_GAPS: Final = ("\u3000", "  ")
# A list's item led by a bullet mark and a space, a name, then its figure: · 摺床 40張, • 毛毯 80條
# (compiled on first use, by re's cache: most pages have no such line)
_BULLET_ITEM: Final = r"[·•‧・▪●○■□◆◇-] [^\W\d_]{2,12} ?\d[\d,.]*\s?[^\W\d_]{0,3}"
# (a head over its list: a few words, no sentence's end, no colon's value after it)
_HEAD: Final = 8
# A list's head has words: a name, its date in brackets.
_WORDS: Final = 2


def _row(line: Line) -> bool:
    return line.short and not line.meta and list_item(line)


def _gone_row(line: Line) -> bool:
    return line.reason in SHAPE_ONLY and _row(line)


def _gap_row(line: Line) -> bool:
    return (line.kept or line.reason in SHAPE_ONLY) and _row(line) and any(gap in line.text for gap in _GAPS)


_ITEMS: Final = 2


def _bulleted(line: Line, mark: str) -> bool:
    """An item of a bulleted list (``mark``: its bullet and space) gone by shape alone."""
    return (
        line.text[:2] == mark
        and line.reason in SHAPE_ONLY
        and not line.meta
        and bool(re.fullmatch(_BULLET_ITEM, line.text))
    )


# (the marks _BULLET_ITEM opens with: a character's test before its match, most lines gone have none)
_MARKS: Final = frozenset("·•‧・▪●○■□◆◇-")


def _head(line: Line) -> bool:
    """A head, kept or gone only for its neighbours: a few words, no sentence."""
    if line.meta or not (line.kept or (line.reason is Reason.BETWEEN_BOILERPLATE and not line.own_rule)):
        return False
    return 0 < len(line.text) <= _HEAD and not line.text.endswith(SENTENCE_END) and line.text[-1:] not in "，,"


def rescue_list_runs(lines: list[Line]) -> None:
    """Rows gone by shape right under a kept row of their shape (one or
    more), or two or more under a kept label ending in a colon, come back;
    so does a head gone as a counter, when it is no row itself, right over
    two rows or more set apart by a wide gap (黑面琵鷺　312隻), and those rows
    with it; and so do two items or more led by one bullet mark, each a
    name and its figure (· 摺床 40張 / · 杯麪 6箱), right under a head
    (物資; kept, or gone only for its neighbours: it comes back with them),
    as a list's items: a counter's figure names no item, a menu's cells
    have no bullet. Inside the article only."""
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
        if line.text[:1] in _MARKS and _bulleted(line, line.text[:2]) and _head(above):
            j = i
            while j < n and _bulleted(lines[j], line.text[:2]):
                j += 1
            if j - i >= _ITEMS and in_prose(lines, i, j):
                for row in lines[i - 1 : j]:
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
