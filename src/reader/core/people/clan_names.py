"""Names that share a found name's clan part: the two-part names with no Chinese surname (Yi: a
clan name and a given name, 吉克索玛, 吉克阿妞, 吉克拉日 of the 吉克 clan) repeat their first two
characters across a family or a village, so a found four-character name of that shape vouches
for four characters its first two open elsewhere, where the tagger reads a person too and no
word of the dictionary or particle stands in the other two. Used by
:mod:`reader.core.people.extract`."""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.names import JAPANESE_SURNAMES, NOT_LAST, PARTICLES, is_han
from reader.core.people.texts import Proposal
from reader.core.surnames import COMPOUND_SURNAMES

_LENGTH = 4
# Modal verbs after a subject (会 can, 能, 要, 想, 肯, 敢): the short name's verb, never a given part's start.
_MODALS = frozenset("会能要想肯敢")
# How many clan parts per text are looked for (one pattern, one scan of the text).
MAX_CLANS = 64


def clan_names(folded: str, forms: set[str], words: list[tuple[int, int, str]]) -> list[Proposal]:
    """志愿者海来阿木 beside the found 海来阿芝, 阿西日哈一路 beside 阿西阿依: the four characters
    the clan part opens, the tagger reading a person over some of them and no word of its own
    running past their end (赤玉土|晒不干: the soil and a verb). General: the shared part, the
    length and the tagger decide, no word of any page."""
    clans = sorted({f[:2] for f in forms if _clan_shaped(f)})[:MAX_CLANS]
    if not clans or not words:
        return []
    covered = bytearray(len(folded) + 1)  # where the tagger reads a person
    person_words = set()
    for s, e, tag in words:
        if tag == "PER":
            covered[s:e] = b"\x01" * (e - s)
            person_words.add((s, e))
    crossing = {i for s, e, _ in words if e - s >= 2 for i in range(s, e - 1)}  # inside a word, not its end
    found: list[Proposal] = []
    for m in re.finditer("|".join(clans), folded):
        s = m.start()
        form = folded[s : s + _LENGTH]
        # (the tagger's person word exactly the last two vouches for their bounds, a place's name or
        # not: 阿爸才让扎西学剪羊毛 beside the found 才让东珠, 扎西 a place to the dictionary, 西学 a word)
        read = (s + 2, s + _LENGTH) in person_words
        if form in forms or not any(covered[s : s + _LENGTH]) or not _given_shaped(folded, s, form, read):
            continue
        if s + _LENGTH - 1 in crossing:
            continue  # (a word of the tagger's runs on from the last character)
        found.append(Proposal(s, s + _LENGTH, form, True))
    return found


def _clan_shaped(form: str) -> bool:
    """Four Han characters no dictionary lists whole or from the second on, whose first two are
    no compound or Japanese surname (欧阳佳明, 小林健太 are read by their own rules)."""
    return (
        len(form) == _LENGTH
        and all(is_han(c) for c in form)
        and form[:2] not in COMPOUND_SURNAMES
        and form[:2] not in JAPANESE_SURNAMES
        and lexicon.lookup(form) is None
        and lexicon.lookup(form[1:]) is None
    )


def _given_shaped(folded: str, start: int, form: str, read: bool = False) -> bool:
    """The last two characters a given name's: Han, no particle, no dictionary word, not glued to
    the next character as a word, the first before them not glued to the clan part as one; ``read``
    (the tagger reads the two as a person): whatever words the dictionary makes of them."""
    end = start + _LENGTH
    given = form[2:]
    if len(form) < _LENGTH or not all(is_han(c) for c in form) or any(c in PARTICLES for c in given):
        return False
    if given[0] in _MODALS:
        return False  # (次仁多吉 … 次仁会唱酒歌: the clan part alone, the short name, and a modal verb)
    if given[-1] in NOT_LAST or lexicon.lookup(form[1:]) is not None:
        return False
    if read:
        return not lexicon.is_common_word(form[1:3])
    if lexicon.lookup(given) is not None:
        return False
    return not lexicon.is_common_word(folded[end - 1 : end + 1]) and not lexicon.is_common_word(form[1:3])
