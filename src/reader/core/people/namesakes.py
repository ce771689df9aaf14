"""A thing a table names after a person (a menu's 李鸿章杂碎, a prize's
徐悲鸿奖学金 in its cell): a cell is one item, so a name that opens it and runs
on into more Han text, with no title or speech verb between, is the start of
the thing's name. Where the text names the person elsewhere too, they stay.

The same in running text, where a thing's head is glued to the name: a pond,
a shop or a noodle dish whose last character is the form's own (包公塘, 郭锦记,
车仔面), or a dish's head after the name (李鸿章杂碎); kept where a title or
a speech verb follows some mention, or where the name stands alone too."""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.cues import cue_after
from reader.core.people.names import is_han, surname_length
from reader.core.people.table_columns import bar_cells
from reader.core.people.texts import only_there, starts

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


# A pond's, a shop's and a noodle dish's last character: no given name ends in one.
_THING_ENDS = frozenset("塘记面")
# A dish's head glued after the name it is named after (李鸿章杂碎).
_DISH_AFTER = ("杂碎",)


def glued_namesakes(folded: str, forms: set[str]) -> set[str]:
    """The forms that are always a thing's name in the text (包公塘, 李鸿章杂碎)."""
    counted: dict[str, int] = {}
    for form in forms:
        if len(form) < 2 or not all(map(is_han, form)):
            continue
        own = len(form) >= 3 and form[-1] in _THING_ENDS and surname_length(form, 0) < len(form) - 1
        for at in starts(folded, form):
            end = at + len(form)
            if cue_after(folded, end):
                counted[form] = -1  # 郭锦记说: a person after all
                break
            # (记得, 面前: the last character starts a word with the next, the name ended before it)
            glued = (
                end == len(folded) or not lexicon.is_common_word(folded[end - 1 : end + 1])
                if own
                else folded.startswith(_DISH_AFTER, end)
            )
            if glued:
                counted[form] = counted.get(form, 0) + 1
    return only_there(folded, {f: n for f, n in counted.items() if n > 0})
