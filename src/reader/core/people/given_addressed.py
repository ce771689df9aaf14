"""A surname and an everyday word (马金花: 金花 is a flower) is a name where
the text calls the person by the given part and a kin word, as neighbours do
(金花奶奶, 建平叔): no word takes a kin word after it. Used by
:mod:`reader.core.people.name_shape`.
"""

from __future__ import annotations

from reader.core.people.names import KIN_ADDRESSES, is_han

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


__all__ = ["given_addressed", "one_addressed"]
