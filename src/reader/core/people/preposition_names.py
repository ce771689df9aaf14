"""A preposition inside a rule's name: 被告向事主聲稱 (the defendant told the victim: 向 'to', 事主 the
victim), 辯方由資深大律師岑國樑代表 (the defence, by senior counsel 岑國樑: 由 'by'). The rules read a
surname (向, 方) and a given name there, cued by a role before (被告) or a title after (資深大律師, which is
the next name's); where the tagger reads the surname or the last given character as a preposition of its
own, and sees no person there, it is no name; unless the given part is a person's name the dictionary lists, too
rarely to be a word in use, and the text writes the whole twice or more (麻醉科主任仝海燕负责 … 仝海燕说: 仝, an old
form of 同 the tagger reads as "with", a rare surname; 海燕, a given name).
"""

from __future__ import annotations

import bisect

from reader.core.people import lexicon
from reader.core.people.names import surname_length
from reader.core.people.tagger import Spans
from reader.core.people.texts import DOT, Proposal

_PREPOSITION = "p"


_PERSON_NAME = "nr"
_TWICE = 2


def given_named_twice(folded: str, start: int, end: int) -> bool:
    """The surname of one character, then two the dictionary tags as a person's name, rarer than a word in use
    (海燕), the whole written twice or more: a rare surname the tagger reads as a function word (仝|海燕)."""
    if end - start != 3 or surname_length(folded, start) != 1:
        return False
    given = lexicon.lookup(folded[start + 1 : end])
    if given is None or given.tag != _PERSON_NAME or given.freq >= lexicon.WORD:
        return False
    return folded.count(folded[start:end]) >= _TWICE


def prepositions_read(proposals: list[Proposal], spans: Spans, folded: str) -> list[Proposal]:
    """``proposals`` without the names a preposition the tagger reads opens or ends (向|事主, 方|由)."""
    if not spans.words:
        return proposals
    starts = [w[0] for w in spans.words]
    kept = []
    for p in proposals:
        if not p.latin and DOT not in p.form and _preposition_in(p, spans, starts, folded):
            continue
        kept.append(p)
    return kept


def _preposition_in(p: Proposal, spans: Spans, starts: list[int], folded: str) -> bool:
    if p.end > spans.length or surname_length(p.form, 0) != 1:
        return False
    if any(s < p.end and p.start < e for s, e in spans.people):
        return False  # (the tagger sees a person here: 向明表示)
    if given_named_twice(folded, p.start, p.end):
        return False
    return _word_at(spans, starts, p.start, p.start + 1) or _word_at(spans, starts, p.end - 1, p.end)


def _word_at(spans: Spans, starts: list[int], start: int, end: int) -> bool:
    """The tagger reads exactly ``start``-``end`` as one preposition."""
    w = bisect.bisect_left(starts, start)
    return w < len(starts) and spans.words[w] == (start, end, _PREPOSITION)


__all__ = ["prepositions_read"]
