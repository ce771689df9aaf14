"""Names of things in a table that says where its people are.

A register written with bars (攤號 | 攤名 | 負責人 | 備註) heads the column of
its people with a person's word (負責人, 讲解员, 姓名); its other columns hold
what those people run, make or work at: a stall named after a person or a
legend (周董珍奶, 濟公茶), a workplace. A whole cell of such a column, a
name's shape and mentioned nowhere else, is the thing's name, not a person.
"""

from __future__ import annotations

import re

from reader.core.people.spaced_tables import things_beside_people
from reader.core.people.table_columns import headed_tables, person_heading
from reader.core.people.texts import starts

_HEADING = re.compile(r"[^\s\d]{1,6}")


def _heading_shape(text: str) -> bool:
    """A column's heading: a short word, no number, no spaces (攤名, 負責人)."""
    return _HEADING.fullmatch(text) is not None


def things_in_columns(folded: str, forms: set[str]) -> set[str]:
    """The forms of ``forms`` met only as whole cells of a table's columns
    not headed for people, in a table with a column headed for people."""
    cells: dict[str, set[int]] = {}
    for head, rows in headed_tables(folded):
        headings = [text for _, _, text in head]
        if not any(map(person_heading, headings)) or not all(map(_heading_shape, headings)):
            continue
        if any(f in h for h in headings for f in forms):
            continue  # (a first row naming people, or a number, is a row: the heading is elsewhere)
        for i, heading in enumerate(headings):
            if not person_heading(heading):
                for start, _, text in (row[i] for row in rows):
                    cells.setdefault(text, set()).add(start)
    listed = {form for form in forms if form in cells and all(s in cells[form] for s in starts(folded, form))}
    return listed | things_beside_people(folded, forms)


__all__ = ["things_in_columns"]
