"""A name with no Chinese surname spelt by sound, a character for each word of
its Latin gloss, after a role set off by a bar or a space (厨师｜觉敏（Kyaw Min）:
a Burmese name, as 昂山素季 spells Aung San Suu Kyi) or after a nationality
(緬甸籍的敏昂（Min Aung）) or a country one comes from (来自缅甸的觉温（Kyaw Win）).
The role or the nationality and the gloss together say a person; a dictionary word is still a word. Used by
:mod:`reader.core.people.english`'s bracket rule."""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.cues import cue_before
from reader.core.people.names import is_han

_SET_OFF = frozenset("|｜ ")
# A nationality (緬甸籍, 印尼籍的) says a person as a role does: only people hold one.
_NATIONALITY = ("籍的", "籍")
# Where one comes from, a place of a few characters (来自缅甸的): only people (and goods) come from a country,
# and a gloss of a given and a family name says which.
_FROM_RE = re.compile(r"来自[\u4e00-\u9fff]{1,5}的$")
_FROM_REACH = 8


def sound_spelt(folded: str, end: int, words: int) -> tuple[int, int] | None:
    """The span of the ``words`` characters ending at ``end`` when they are such a name, else None."""
    start = end - words
    if not 2 <= words <= 4 or start < 1:
        return None
    nationality = folded.endswith(_NATIONALITY, 0, start)  # (緬甸籍的敏昂（Min Aung）)
    nationality = nationality or _FROM_RE.search(folded, max(0, start - _FROM_REACH), start) is not None
    if not nationality and folded[start - 1] not in _SET_OFF:
        return None
    if not all(map(is_han, folded[start:end])) or lexicon.is_common_word(folded[start:end]):
        return None
    return (start, end) if nationality or cue_before(folded, start) else None
