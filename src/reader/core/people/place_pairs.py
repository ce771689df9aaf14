"""A country and its city joined by a name dot (日本・大阪, 法國・巴黎) in a maker's or a player's
gloss: both parts are places, which no transliterated name's parts are."""

from __future__ import annotations

from reader.core.people import lexicon
from reader.core.people.texts import DOT


def dotted_places(folded: str, start: int, end: int) -> bool:
    """Whether every dot-joined part of ``folded[start:end]`` is a place's word."""
    parts = folded[start:end].split(DOT)
    return len(parts) >= 2 and all((e := lexicon.lookup(p)) is not None and e.tag == "ns" for p in parts)


__all__ = ["dotted_places"]
