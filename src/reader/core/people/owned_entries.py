"""Rows that give an entry and, in brackets, whose it is (最佳兜蘭：帶葉兜蘭（陳卓明）, 最具香氣獎：文心蘭「朱古力」
（李志安）): where most such rows' brackets hold a person found, what stands before the brackets is the entry (a
plant, a dish, a work), so a form read inside it (葉兜蘭, 文心蘭) is no one, unless a person's cue stands by it at
some mention or it is some row's owner."""

from __future__ import annotations

import re

from reader.core.people.cues import cued_at
from reader.core.people.texts import starts

# A row: a short label and a colon, the entry, then the owner in brackets closing the line.
_ROW_RE = re.compile(r"(?m)^[^\n:]{1,12}:[ \t]*(?P<entry>[^\n()]{1,20}?)[ \t]*\((?P<owner>[^\n()]{2,8})\)[ \t]*$")
# Rows enough to make a list of entries, not one line that happens to have the shape.
MIN_ROWS = 3


def owned_entries(folded: str, forms: set[str]) -> set[str]:
    """The forms of ``forms`` read only inside such rows' entries."""
    if "(" not in folded:
        return set()
    rows = list(_ROW_RE.finditer(folded))
    owners = {m.group("owner") for m in rows} & forms
    owned = [m for m in rows if m.group("owner") in owners]
    if len(owned) < MIN_ROWS or len(owned) * 2 < len(rows):
        return set()
    entries = "\n".join(m.group("entry") for m in owned)
    return {form for form in forms - owners if form in entries and not cued_at(folded, form, starts(folded, form))}
