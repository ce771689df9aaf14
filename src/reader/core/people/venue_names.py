"""A hall named after a person (李政道报告厅, 邵逸夫音乐厅, 鲁迅科学馆): the
name, then a noun saying what the hall is for, then a hall's character. The
noun and the character need not make a dictionary word (报告厅 is none),
so the shape is read instead of a list of halls."""

from __future__ import annotations

from reader.core.people import lexicon

# The last character of a hall, a building or a venue.
_HALLS = frozenset("厅堂馆楼")
_NOUN_LEN = 2


def hall_after(folded: str, end: int) -> bool:
    """A noun of two characters and a hall's character follow ``end``."""
    if folded[end + _NOUN_LEN : end + _NOUN_LEN + 1] not in _HALLS:
        return False
    word = lexicon.lookup(folded[end : end + _NOUN_LEN])
    return word is not None and ((word.tag.startswith("n") and word.tag != "nr") or word.tag == "vn")


# A hall, a clan's house, a merchant house or a pharmacy named so (王三畏堂, 同仁堂).
_HALL_OWNS = "堂的"


def hall_named(folded: str, end: int) -> bool:
    """盐商王三畏堂的账房: 堂 and 的 right after a name the tagger stopped before 堂: the house named after
    someone (a merchant house, a pharmacy, a clan's hall) owns what follows, no person of that name does
    (a given name ending in 堂, 李明堂的, is read whole by the tagger)."""
    return folded.startswith(_HALL_OWNS, end)


__all__ = ["hall_after", "hall_named"]
