"""One person doing a one-character act to another, both read by the tagger (李白送汪伦的诗: Li Bai
seeing Wang Lun off): the subject and the object vouch for each other, as a place or a thing gives no
one a send-off. Used by :mod:`reader.core.people.name_shape` (a famous name the dictionary lists, acting)
and :mod:`reader.core.people.vouched_once` (its object, at one mention). And one idolized (从小崇拜科比，): a verb
of admiring someone right before a name spelt by sounds, whatever word the dictionary files it as."""

from __future__ import annotations

from reader.core.people.names import PARTICLES, is_han
from reader.core.people.texts import WordTags

_PERSON = "PER"
_VERB = "v"
# Verbs that do nothing to anyone: a copula, having, a place's (圣大卫是威尔斯的守护圣人: Wales, a saint's
# country the tagger reads a person).
_NO_ACTS = frozenset("是为有在到去来往成像")
# How long the subject may be (two to four characters).
_SUBJECTS = (2, 3, 4)


def acts_on_person(folded: str, end: int, word_tag: WordTags | None) -> bool:
    """A one-character verb the tagger reads right after the name, then a person it reads (李白|送|汪伦)."""
    if word_tag is None or word_tag.get(end) != (end + 1, _VERB) or folded[end] in _NO_ACTS:
        return False
    person = word_tag.get(end + 1)
    return person is not None and person[1] == _PERSON


def acted_on(folded: str, start: int, end: int, word_tag: WordTags | None) -> bool:
    """A person the tagger reads, then a one-character verb right before the name (李白|送|汪伦), whose end
    is clear (punctuation or a particle after: 汪伦的诗; not 送汪伦回家, where the object may run on)."""
    if word_tag is None or start < 1 or word_tag.get(start - 1) != (start, _VERB) or folded[start - 1] in _NO_ACTS:
        return False
    if is_han(folded[end : end + 1] or "a") and folded[end] not in PARTICLES:
        return False
    return any(word_tag.get(start - 1 - n) == (start - 1, _PERSON) for n in _SUBJECTS)


# Verbs of looking up to someone: their object is a person (a church's 主日崇拜 is a service, no name after it).
_ADMIRING = ("崇拜", "仰慕", "敬仰")


def admired(folded: str, start: int, end: int, word_tag: WordTags | None) -> bool:
    """自己从小崇拜科比，: the tagger reads a verb of admiring right before the name and the name's end is clear
    (punctuation or a particle after it): the one looked up to, a person."""
    if word_tag is None or start < 2 or word_tag.get(start - 2) != (start, _VERB):
        return False
    nxt = folded[end : end + 1]
    return folded[start - 2 : start] in _ADMIRING and (not is_han(nxt or "a") or nxt in PARTICLES)
