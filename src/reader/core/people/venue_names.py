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


__all__ = ["hall_after"]
