"""A preposition inside a rule's name: 被告向事主聲稱 (the defendant told the victim: 向 'to', 事主 the
victim), 辯方由資深大律師岑國樑代表 (the defence, by senior counsel 岑國樑: 由 'by'). The rules read a
surname (向, 方) and a given name there, cued by a role before (被告) or a title after (資深大律師, which is
the next name's); where the tagger reads the surname or the last given character as a preposition of its
own, and sees no person there, it is no name.
"""

from __future__ import annotations

import bisect

from reader.core.people.names import surname_length
from reader.core.people.tagger import Spans
from reader.core.people.texts import DOT, Proposal

_PREPOSITION = "p"


def prepositions_read(proposals: list[Proposal], spans: Spans) -> list[Proposal]:
    """``proposals`` without the names a preposition the tagger reads opens or ends (向|事主, 方|由)."""
    if not spans.words:
        return proposals
    starts = [w[0] for w in spans.words]
    kept = []
    for p in proposals:
        if not p.latin and DOT not in p.form and _preposition_in(p, spans, starts):
            continue
        kept.append(p)
    return kept


def _preposition_in(p: Proposal, spans: Spans, starts: list[int]) -> bool:
    if p.end > spans.length or surname_length(p.form, 0) != 1:
        return False
    if any(s < p.end and p.start < e for s, e in spans.people):
        return False  # (the tagger sees a person here: 向明表示)
    return _word_at(spans, starts, p.start, p.start + 1) or _word_at(spans, starts, p.end - 1, p.end)


def _word_at(spans: Spans, starts: list[int], start: int, end: int) -> bool:
    """The tagger reads exactly ``start``-``end`` as one preposition."""
    w = bisect.bisect_left(starts, start)
    return w < len(starts) and spans.words[w] == (start, end, _PREPOSITION)


__all__ = ["prepositions_read"]
