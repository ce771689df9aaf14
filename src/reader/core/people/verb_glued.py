"""A name in use the tagger read into the one-character verb before it (收音機日日播|羅文, "played Roman
Tam on the radio"; 请|李白): the tagger's word is a verb of three characters the dictionary does not
list, its last two a person's name the dictionary lists (rarer than an everyday word) that a common
surname opens, the head and that surname no word, and the clause ends right after it (punctuation or
a particle): the verb's object is that person. Used by :mod:`reader.core.people.extract`."""

from __future__ import annotations

from reader.core.people import lexicon
from reader.core.people.names import PARTICLES, is_han
from reader.core.people.texts import Proposal
from reader.core.surnames import COMMON_SURNAMES

_VERB = "v"
_WORD = 3


def verb_glued_names(folded: str, words: list[tuple[int, int, str]]) -> list[Proposal]:
    found = []
    for s, e, tag in words:
        if tag != _VERB or e - s != _WORD or folded[s + 1] not in COMMON_SURNAMES:
            continue
        if not all(map(is_han, folded[s:e])) or lexicon.lookup(folded[s:e]) or lexicon.lookup(folded[s : s + 2]):
            continue
        entry = lexicon.lookup(folded[s + 1 : e])
        if entry is None or not entry.is_name or not lexicon.LISTED <= entry.freq < lexicon.FREQUENT:
            continue
        nxt = folded[e : e + 1]
        if not nxt or not (is_han(nxt) or nxt.isalnum()) or nxt in PARTICLES:
            found.append(Proposal(s + 1, e, folded[s + 1 : e], True))
    return found
