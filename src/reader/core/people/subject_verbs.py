"""What follows a name that says it is a clause's subject: a verb of two the dictionary lists (张骞|出使), one
the tagger reads with an aspect particle after it (王震|带着), or a word of two the tagger reads on its own
(玄奘|西行); none after a preposition of place (在波恩|交换: a city). Used by
:mod:`reader.core.people.name_shape`."""

from __future__ import annotations

from reader.core.people import lexicon
from reader.core.people.lexicon import WORD
from reader.core.people.names import is_han
from reader.core.people.texts import WordTags

# Aspect particles: after a verb, never after a name.
ASPECT = frozenset("了着")
# Words that take a person right after them: the agent of a passive (由,
# 被), the copula (是), the partner or receiver of an act (跟, 给, 替, 把).
TAKES_PERSON = frozenset("由被是跟给替把")
# Prepositions of place: a name after one is a place (在波恩交换).
AT_PLACE = frozenset("在于到从往赴")


def verb_next(folded: str, end: int) -> bool:
    """当年张骞出使西域: a verb of two characters starts right after the name
    (the subject and its act), so the name ends there; not after a preposition
    of place (在波恩交换: a city the dictionary also tags as a name)."""
    entry = lexicon.lookup(folded[end : end + 2])
    return entry is not None and entry.tag == "v" and entry.freq >= WORD and folded[end - 3 : end - 2] not in AT_PLACE


def acts_next(folded: str, start: int, end: int, word_tag: WordTags | None) -> bool:
    """A verb right after the name, the subject's act: one of two the dictionary lists (张骞|出使), or one
    character the tagger reads as a verb with an aspect particle after it, the name set apart before (是王震|带着
    十万官兵开出来; not 资料库里|躺了, a word's end and a place word)."""
    if verb_next(folded, end):
        return True
    word = word_tag.get(end) if word_tag is not None else None
    apart = not is_han(folded[start - 1 : start] or "。") or folded[start - 1] in TAKES_PERSON
    return apart and word == (end + 1, "v") and folded[end + 1 : end + 2] in ASPECT


def word_next(folded: str, end: int, word_tag: WordTags | None) -> bool:
    """The tagger reads a word of two or more characters right after the name, no noun (张飞|牛肉,
    白石|老人: a thing or a title named with it) and no name: a verb, a place word or a time word, the
    subject's (玄奘|西行, 鲁迅|笔下, 苏轼|当年); not after a preposition of place (在波恩|交换: a city)."""
    word = word_tag.get(end) if word_tag is not None else None
    return (
        word is not None
        and word[0] - end >= 2
        and word[1] in ("v", "vd", "s", "f", "TIME")
        and folded[end - 3 : end - 2] not in AT_PLACE
    )
