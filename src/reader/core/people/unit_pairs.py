"""A roster's row of units and names side by side (ICU 王海燕 外科 闻人思琪
产科 吴静怡): each name follows its ward or department, set apart by spaces.
The units vouch for the names after them, as one unit a line does in
:mod:`reader.core.people.rolls` (研发中心　高山), so no name need be known."""

from __future__ import annotations

import re

from reader.core.people.names import CJK

# Where a unit's name ends: a department, a ward, a centre, a team.
UNITS = ("部", "中心", "组", "科", "室", "处", "队", "系", "班", "所")
# A unit: Han characters ending as a unit does, or an abbreviation (ICU, CCU: folded to lower case).
_UNIT = rf"(?:[{CJK}]{{1,5}}(?:{'|'.join(UNITS)})|[a-z]{{2,5}})"
_GAP = r"[ \t\u3000]+"
_PAIR = rf"{_UNIT}{_GAP}[{CJK}]{{2,4}}"
# Two pairs or more, the whole line.
_ROW_RE = re.compile(rf"(?m)^[ \t\u3000]*{_PAIR}(?:{_GAP}{_PAIR})+[ \t\u3000]*$")
_NAME_RE = re.compile(rf"(?:^|(?<=[ \t\u3000])){_UNIT}{_GAP}([{CJK}]{{2,4}})(?=[ \t\u3000]|$)")


def unit_pairs(folded: str) -> list[list[tuple[int, int, str]]]:
    """The names of each row of unit and name pairs, one run a row."""
    runs = []
    for row in _ROW_RE.finditer(folded):
        names = [(row.start() + m.start(1), row.start() + m.end(1), m.group(1)) for m in _NAME_RE.finditer(row.group())]
        if len(names) >= 2:
            runs.append(names)
    return runs
