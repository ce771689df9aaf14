"""A thing a table names after a person (a menu's 李鸿章杂碎, a prize's
徐悲鸿奖学金 in its cell): a cell is one item, so a name that opens it and runs
on into more Han text, with no title or speech verb between, is the start of
the thing's name. Where the text names the person elsewhere too, they stay."""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.cues import cue_after
from reader.core.people.names import ADDRESS_SUFFIXES, PARTICLES, TRANSLIT_CHARS, is_han, surname_length
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


# A thing named after a person the dictionary knows (a historical or famous one): a
# school's house, a cup (詹天佑社, 宋庆龄社).
_FAMOUS = 3  # (a two-character famous name opens many living people's: 李白 of 李白云)


def famous_namesakes(folded: str, forms: set[str]) -> set[str]:
    """Forms naming a thing after a person the dictionary lists: a single
    surname and three more characters whose first three the dictionary knows
    as the person (詹天佑社: no given name has three characters; not a
    transliteration's run, 麦尔维尔), or the person's name followed at every
    mention, with no cue, by one character a break ends (the name alone, as
    a person, stays; 彭定康時代, 韓德爾神劇 are the person's)."""
    out = set()
    for form in forms:
        if not all(map(is_han, form)) or surname_length(form, 0) != 1:
            continue
        if (len(form) == _FAMOUS + 1 and form[-1] not in TRANSLIT_CHARS and _famous(form[:_FAMOUS])) or (
            len(form) == _FAMOUS
            and _famous(form)
            and all(_thing_after(folded, s + len(form)) for s in starts(folded, form))
        ):
            out.add(form)
    return out


def _famous(name: str) -> bool:
    entry = lexicon.lookup(name)
    return entry is not None and entry.is_name


def _thing_after(folded: str, end: int) -> bool:
    if cue_after(folded, end) or folded[end : end + 1] in PARTICLES or folded.startswith(ADDRESS_SUFFIXES, end):
        return False  # (陳永福公: an address)
    return is_han(folded[end : end + 1] or "a") and not is_han(folded[end + 1 : end + 2] or "a")
