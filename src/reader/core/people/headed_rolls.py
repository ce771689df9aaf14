"""Rolls under a heading that calls them one: a line ending in 名单, 名录 or 名册
(附：结业学员名单（部分）, 歷任校長名錄) over a line of items joined by 、 or over
rows of two cells set apart by one bar (陳光明｜1975－1990). The heading says
the items are names, so a list half full of people already is read as one full
of them (Tibetan names with no surname: 仁增, 才让东智; a name that is a word
under its surname: 陳光明). Used by :mod:`reader.core.people.rolls`."""

from __future__ import annotations

import re

from reader.core.people.names import CJK

Cell = tuple[int, int, str]

# The heading: a short line ending in a roll's word, a bracketed note (（部分）) and a colon allowed after it;
# blank lines may follow it.
_HEADING_RE = re.compile(r"(?m)^[^\n]{0,24}名[单录册](?:\([^)\n]{1,8}\))?:?[ \t\u3000]*\n(?:[ \t\u3000]*\n)*")
_ITEM = rf"[{CJK}]{{2,8}}(?:·[{CJK}]{{2,8}})?"
# A whole line of items joined by 、 (three or more), a full stop allowed at its end.
_JOINED_LINE_RE = re.compile(rf"[ \t\u3000]*({_ITEM}(?:、{_ITEM}){{2,}})[。.]?[ \t\u3000]*(?:\n|$)")
# A row of two cells set apart by one bar, its first cell a name (陈光明|1975-1990).
_BAR_ROW_RE = re.compile(rf"[ \t\u3000]*({_ITEM})[ \t\u3000]*\|[^|\n]+(?:\n|$)")
_MIN_ROWS = 3


def headed_rolls(folded: str) -> list[list[Cell]]:
    """The items of each 、 line or column of bar rows right under a roll's heading."""
    if "名" not in folded:
        return []
    rolls: list[list[Cell]] = []
    for heading in _HEADING_RE.finditer(folded):
        at = heading.end()
        if line := _JOINED_LINE_RE.match(folded, at):
            pos, items = line.start(1), []
            for part in line.group(1).split("、"):
                items.append((pos, pos + len(part), part))
                pos += len(part) + 1
            rolls.append(items)
            continue
        rows: list[Cell] = []
        while row := _BAR_ROW_RE.match(folded, at):
            rows.append((row.start(1), row.end(1), row.group(1)))
            at = row.end()
        if len(rows) >= _MIN_ROWS:
            rolls.append(rows)
    return rolls
