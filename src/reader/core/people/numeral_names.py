"""A given name made of numerals (马七十三, named for a grandparent's age at the birth; 朱五四): the
tagger reads such a name whole at one mention and stops inside the number at another (马七十|三, 马六),
and the shape rules, which take a numeral for no given name's character, read none of it."""

from __future__ import annotations

from reader.core.people.names import surname_length
from reader.core.people.texts import Proposal, starts

_NUMERALS = frozenset("一二三四五六七八九十")
# What counts or dates a number (马六十三岁, 朱五十年): the "name" is a surname and a quantity.
_UNITS = frozenset("岁歲年月日号號个個人元块塊米斤次天位名家户戶条條张張倍分秒点點届屆期周週")
_MAX_GIVEN = 3


def numeral_names(folded: str, spans: list[tuple[int, int]]) -> list[Proposal]:
    """A span the tagger reads as a person, a one-character surname and numerals only, read on over the
    numerals after it: the whole, written twice or more, never before a unit, is a name of numerals."""
    found: list[Proposal] = []
    checked: dict[str, bool] = {}
    for s, e in spans:
        given = folded[s + 1 : e]
        if surname_length(folded, s) != 1 or not given or any(c not in _NUMERALS for c in given):
            continue
        k = e
        while k < len(folded) and folded[k] in _NUMERALS and k - s - 1 < _MAX_GIVEN:
            k += 1
        whole = folded[s:k]
        if k - s - 1 < 2 or folded[k : k + 1] in _NUMERALS or folded[s - 1 : s] in _NUMERALS:
            continue
        if whole not in checked:
            at = starts(folded, whole)
            checked[whole] = len(at) >= 2 and all(folded[a + len(whole) : a + len(whole) + 1] not in _UNITS for a in at)
        if checked[whole]:
            found.append(Proposal(s, k, whole, True))
    return found
