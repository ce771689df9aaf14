"""A thing a table names after a person (a menu's 李鸿章杂碎, a prize's
徐悲鸿奖学金 in its cell): a cell is one item, so a name that opens it and runs
on into more Han text, with no title or speech verb between, is the start of
the thing's name. Where the text names the person elsewhere too, they stay."""

from __future__ import annotations

import re

from reader.core.people.cues import cue_after
from reader.core.people.names import is_han
from reader.core.people.table_columns import bar_cells
from reader.core.people.texts import only_there

_MIN_REST = 2  # (one character more may be a given name's: 李鸿 of 李鸿章)


def cell_namesakes(folded: str, forms: set[str]) -> set[str]:
    """The forms only ever written opening a longer Han cell of a table."""
    if "|" not in folded or not forms:
        return set()
    opened: dict[str, int] = {}
    for line in re.finditer(r"(?m)^[^\n]*\|[^\n]*$", folded):
        for start, _, cell in bar_cells(line.group(), line.start()):
            for form in forms:
                rest = cell[len(form) :]
                if (
                    cell.startswith(form)
                    and len(rest) >= _MIN_REST
                    and all(map(is_han, rest))
                    and not cue_after(folded, start + len(form))
                ):
                    opened[form] = opened.get(form, 0) + 1
    return only_there(folded, opened)
