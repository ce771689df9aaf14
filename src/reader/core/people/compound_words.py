"""A compound surname and its given name the tagger reads as one word of another kind (北京姑娘|上官悦|负责翻译:
上官悦 read as a place word): three or four characters a compound surname opens, a word the dictionary does not
list, no character a given name never holds, and a verb the dictionary lists right after it, the clause's
subject. The tagger's own cut bounds the name; the other rules propose it only after a cue (姑娘上官悦说).
Used by :mod:`reader.core.people.extract`."""

from __future__ import annotations

from itertools import pairwise

from reader.core.people import lexicon
from reader.core.people.names import HARD_NOT_IN_GIVEN_NAME, PARTICLES, is_han
from reader.core.people.texts import Proposal
from reader.core.surnames import COMPOUND_SURNAMES

_VERBS = frozenset(["v", "vd"])
_NOT_READ = frozenset(["PER", "LOC", "ORG"])  # (the tagger's people are asked elsewhere, places never)


def compound_word_names(folded: str, words: list[tuple[int, int, str]]) -> list[Proposal]:
    found = []
    for (s, e, tag), (_, next_end, next_tag) in pairwise(words):
        if (
            not 3 <= e - s <= 4
            or tag in _NOT_READ
            or next_tag not in _VERBS
            or folded[s : s + 2] not in COMPOUND_SURNAMES
            or not _listed_verb(folded[e:next_end])
        ):
            continue
        form = folded[s:e]
        given = form[2:]
        if not all(map(is_han, form)) or any(c in HARD_NOT_IN_GIVEN_NAME or c in PARTICLES for c in given):
            continue
        if lexicon.lookup(form) is None and lexicon.lookup(form[1:]) is None:
            found.append(Proposal(s, e, form, True))
    return found


def _listed_verb(word: str) -> bool:
    """A verb of two characters or more the dictionary lists as one (负责; not 单于红|着脸, the tagger's run-on
    of an aspect particle and a noun: 红 was the verb)."""
    entry = lexicon.lookup(word) if len(word) >= 2 else None
    return entry is not None and entry.tag == "v" and entry.freq >= lexicon.WORD
