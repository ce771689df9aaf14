"""A surname and an everyday word (马金花: 金花 is a flower) is a name where
the text calls the person by the given part and a kin word, as neighbours do
(金花奶奶, 建平叔): no word takes a kin word after it; a rarer surname is one
where the text calls the person by it and the role written before the name
(县长刀勇 … 刀县长). Used by :mod:`reader.core.people.name_shape`.
"""

from __future__ import annotations

from reader.core.people import lexicon
from reader.core.people.cues import cue_before
from reader.core.people.names import BEFORE_CUES, KIN_ADDRESSES, is_han

# One kin character after a given name, before a clear end (建平叔，): 婆家 or 哥们 are words.
_KIN_ONE = frozenset("姐哥叔婶嫂伯姨")


def given_addressed(folded: str, given: str) -> bool:
    """``given`` followed somewhere by a kin word: 金花奶奶, 建平叔说."""
    at = folded.find(given)
    while at != -1:
        after = at + len(given)
        if folded.startswith(KIN_ADDRESSES, after) or (
            folded[after : after + 1] in _KIN_ONE and not is_han(folded[after + 1 : after + 2] or "a")
        ):
            return True
        at = folded.find(given, after)
    return False


def one_addressed(folded: str, given: str) -> bool:
    """A one-character ``given`` and a kin character opening a clause somewhere (。炳叔三年前過身):
    what neighbours call the person (Cantonese 炳叔, 蘭姐), whatever follows; not inside a word (大叔)."""
    at = folded.find(given)
    while at != -1:
        if folded[at + 1 : at + 2] in _KIN_ONE and not is_han(folded[at - 1 : at] or "a"):
            return True
        at = folded.find(given, at + 1)
    return False


# Roles of two characters or more, longest first: the one ending right before a name.
_ROLES = tuple(sorted((c.lower() for c in BEFORE_CUES if len(c) >= 2), key=len, reverse=True))


def surname_titled(folded: str, start: int, sl: int) -> bool:
    """陇川县县长刀勇 … 刀县长还宣布: a role's word right before the name, and the surname alone
    before that role elsewhere, as a report addresses an official or a teacher (王老师): the
    surname is one however rare, and the name after the role that person's."""
    role = next((r for r in _ROLES if folded.endswith(r, 0, start)), "")
    return bool(role) and folded.find(folded[start : start + sl] + role) != -1


def named_given(folded: str, start: int, given: str) -> bool:
    """儿子李向东: two given characters the dictionary lists as a person's name (向东), after a
    role or kin word, are the name's though one is a particle in prose (向, toward)."""
    entry = lexicon.lookup(given)
    return len(given) == 2 and entry is not None and entry.is_name and cue_before(folded, start)


__all__ = ["given_addressed", "named_given", "one_addressed", "surname_titled"]
