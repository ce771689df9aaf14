"""Short cells under a heading that says they are names (姓名) which the shape rules would not read
as names: a surname and a given name that make a word (黄金), end as a road or a place does (李山路),
or open with 和, the Naxi surname that is a conjunction in prose (和玉才, 和平). Under 姓名 the cell
is a name whatever word it makes, and 和 at a cell's start joins nothing."""

from __future__ import annotations

from collections.abc import Callable

from reader.core.people import lexicon
from reader.core.people.names import NOT_LAST, surname_length

# Surnames that are conjunctions in prose: no rule reads them there, but a cell opening with one is a name.
CONJUNCTION_SURNAMES = frozenset("和")


def word_named(text: str) -> bool:
    """A two- or three-character cell under 姓名 the shape rules miss but which is a name there."""
    if not 2 <= len(text) <= 3:
        return False
    if text[0] in CONJUNCTION_SURNAMES:
        return True
    return surname_length(text, 0) == 1 and (lexicon.is_common_word(text) or text[-1] in NOT_LAST)


def cell_vetted(form: str, not_a_name: Callable[[str], bool]) -> bool:
    """A cell under 姓名 passes the vetting, or its only objection is the end a road or a place has: a
    surname and two characters whose first two pass (李山路, named after a mountain road)."""
    if not not_a_name(form):
        return True
    return len(form) == 3 and surname_length(form, 0) == 1 and form[-1] in NOT_LAST and not not_a_name(form[:2])
