"""A country and its city joined by a name dot (日本・大阪, 法國・巴黎) in a maker's or a player's
gloss: both parts are places, which no transliterated name's parts are; a unit's measure word
and a dot after a number or a rate's slash (26.50元/平方米·采暖期) join a price and its term."""

from __future__ import annotations

from reader.core.people import lexicon
from reader.core.people.texts import DOT


def dotted_places(folded: str, start: int, end: int) -> bool:
    """Whether every dot-joined part of ``folded[start:end]`` is a place's word."""
    parts = folded[start:end].split(DOT)
    return len(parts) >= 2 and all((e := lexicon.lookup(p)) is not None and e.tag == "ns" for p in parts)


# What a measure word follows in a quantity or a rate (3平方米, 元/平方米).
_QUANTITY_BEFORE = frozenset("0123456789/／")


def dotted_measure(folded: str, start: int, end: int) -> bool:
    """Whether ``folded[start:end]`` opens with a measure word (lexicon tag q) that
    ends at its first dot, right after a number or a slash: a unit, no name."""
    first = folded[start:end].split(DOT, 1)[0]
    entry = lexicon.lookup(first)
    return entry is not None and entry.tag == "q" and start > 0 and folded[start - 1] in _QUANTITY_BEFORE


__all__ = ["dotted_measure", "dotted_places"]
