"""Names the tagger did not tag, found by a title right before them and the
tagger's word edges around a surname and a given name (老板易长青站在).
"""

from __future__ import annotations

from reader.core.people import lexicon
from reader.core.people.cues import (
    cue_before,
)
from reader.core.people.names import (
    HARD_NOT_IN_GIVEN_NAME,
    SOFT_FIRST_ONLY,
    is_han,
    surname_length,
)
from reader.core.people.texts import Proposal, Texts

# What the tagger reads right after a name that has ended: a verb, a
# preposition, an adverb, a conjunction, a particle, punctuation.
_ENDS_NAME_TAGS = frozenset(["v", "vd", "p", "d", "c", "u", "w", "xc"])
# What the tagger reads inside a place, an organisation, a date or a number.
# (nor a verb, a preposition, a pronoun: 主任连忙走过去 is an adverb and a verb)
_NOT_IN_NAME_TAGS = frozenset(
    ["LOC", "ORG", "TIME", "m", "q", "w", "nw", "nz", "PER", "v", "vd", "vn", "p", "c", "u", "xc", "r"]
)
# A "given name" the dictionary knows as one of these is the next word (父亲管果园).
_CONTENT_TAGS = frozenset(["n", "vn", "v", "nz", "ns", "nt", "s", "f", "a", "an", "t", "m", "q"])


def titled_names(t: Texts, words: list[tuple[int, int, str]]) -> list[Proposal]:
    """老板易长青站在, 译者万一新自俄文: a title right before, a surname and
    two given characters whose edges are the tagger's word edges, and a verb
    or a function word after. The tagger read no person (长青 and 万一 are
    words too); its word edges say where the name ends, and a given name that
    is a common noun or verb (父亲管果园) is the next word instead."""
    folded = t.folded
    starts = {w[0]: k for k, w in enumerate(words)}
    found: list[Proposal] = []
    for k, (start, _, _) in enumerate(words):
        sl = surname_length(folded, start)
        if not 1 <= sl <= 2 or not cue_before(folded, start) or _glued_left(folded, start):
            continue
        end = start + sl + 2
        n = starts.get(end)
        if n is None or not all(words[j][2] not in _NOT_IN_NAME_TAGS for j in range(k, n)):
            continue
        if words[n][2] not in _ENDS_NAME_TAGS:
            continue
        form, given = folded[start:end], folded[start + sl : end]
        if not all(is_han(c) and c not in HARD_NOT_IN_GIVEN_NAME for c in given) or given[-1] in SOFT_FIRST_ONLY:
            continue
        entry, given_entry = lexicon.lookup(form), lexicon.lookup(given)
        if entry is not None or (given_entry is not None and given_entry.tag in _CONTENT_TAGS):
            continue
        found.append(Proposal(start, end, form, True))
    return found


def _glued_left(folded: str, start: int) -> bool:
    return start > 0 and lexicon.is_common_word(folded[start - 1 : start + 1], lexicon.WORD)


__all__ = ["titled_names"]
