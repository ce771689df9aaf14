"""Korean names glossed in Hangul: 金在勋（김재훈）, 朴敏英（박민영）. The
bracket spells the Han name syllable by syllable, so the Han characters
before it are a Korean's name even where one of them is a particle to the
Chinese rules (在); a word glossed in Hangul (首尔（서울）) opens with no surname."""

from __future__ import annotations

from reader.core.people.names import is_han, surname_length
from reader.core.people.texts import Proposal

_OPEN = ("（", "(")
_CLOSE = "）)"


def _hangul(text: str) -> bool:
    return bool(text) and all("\uac00" <= c <= "\ud7a3" for c in text)


def korean_glossed(folded: str) -> list[Proposal]:
    """The Han names right before a bracket holding as many Hangul syllables."""
    found: list[Proposal] = []
    for bracket in _OPEN:
        at = folded.find(bracket)
        while at >= 0:
            close = at + 1
            while close < len(folded) and close - at <= 5 and folded[close] not in _CLOSE:
                close += 1
            gloss = folded[at + 1 : close]
            start = at - len(gloss)
            if (
                close < len(folded)
                and 2 <= len(gloss) <= 4
                and _hangul(gloss)
                and start >= 0
                and all(is_han(c) for c in folded[start:at])
                # (three syllables is a name's shape; two, a place's too: 金浦（김포）)
                and (len(gloss) == 3 or not is_han(folded[start - 1 : start] or " "))
                and surname_length(folded, start) == 1
            ):
                found.append(Proposal(start, at, folded[start:at], True))
            at = folded.find(bracket, at + 1)
    return found
