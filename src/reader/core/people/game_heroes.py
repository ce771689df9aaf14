"""A game's heroes a player is known for (招牌英雄是孙悟空和后羿, 擅长貂蝉、李信):
on a page that speaks of a game's 英雄, the names right after the word for
a hero, or after a verb of picking or mastering, listed with 、 和 与 及,
are the heroes a player picks, characters named after history or legend,
not people."""

from __future__ import annotations

import re

from reader.core.people.names import CJK

# The page speaks of heroes as a game's pieces.
_GAME_WORD = "英雄"
# The word for a hero (with 是, 为, a colon) or a verb of picking or
# mastering, then the list up to the clause's end.
_PICKS_RE = re.compile(
    rf"(?:英雄(?:是|为|為|有|[：:])|擅长|擅長|使用|拿手|选用|選用|本命)[\s\u3000]*([{CJK}、和与與及\s\u3000]{{2,40}})"
)
_SEPARATORS_RE = re.compile(r"[、和与與及\s\u3000]+")


def picked_heroes(folded: str, forms: set[str]) -> set[str]:
    """The forms a game page lists as a player's heroes."""
    if _GAME_WORD not in folded:
        return set()
    found = set()
    for m in _PICKS_RE.finditer(folded):
        found |= forms.intersection(_SEPARATORS_RE.split(m.group(1)))
    return found


__all__ = ["picked_heroes"]
