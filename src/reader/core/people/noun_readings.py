"""A rule's name the tagger reads as one common noun at every mention: 专家：余震仍将持续 … 4级以上的余震 …
发生余震136次 (the aftershocks: 余 a surname, 震 a given character, a heading's 专家： the cue). The dictionary
lists the word (as a name too, noisily: 余震), and the tagger, reading the word whole as a noun wherever it is
written, twice or more, never once as a person, says what it is; a person named so twice is read as one at least
once, or named beside a verb that makes the tagger say so. Not where a role stands right before a mention, no
mark between (物理老师钟声也来了 … 下课钟声: a teacher named with a word, the text playing on it). Asked by
:mod:`reader.core.people.vetting` last."""

from __future__ import annotations

import bisect

from reader.core.people import lexicon
from reader.core.people.cues import cue_before
from reader.core.people.names import is_han
from reader.core.people.tagger import Spans
from reader.core.people.texts import Proposal, starts

_NOUN = "n"
_MENTIONS = 2


def nouns_read(proposals: list[Proposal], spans: Spans, folded: str) -> list[Proposal]:
    """``proposals`` without the forms the tagger reads as one noun at every one of two mentions or more."""
    if not spans.words:
        return proposals
    word_at = {s: (e, tag) for s, e, tag in spans.words}
    person_starts = [s for s, _ in spans.people]
    memo: dict[str, bool] = {}
    kept = []
    for p in proposals:
        if p.latin or word_at.get(p.start) != (p.end, _NOUN):
            kept.append(p)  # (read otherwise here: the text is not searched for it)
            continue
        if p.form not in memo:
            memo[p.form] = _noun_everywhere(p.form, folded, spans, word_at, person_starts)
        if not memo[p.form]:
            kept.append(p)
    return kept


def _noun_everywhere(
    form: str, folded: str, spans: Spans, word_at: dict[int, tuple[int, str]], person_starts: list[int]
) -> bool:
    if len(form) not in (2, 3) or not all(map(is_han, form)) or lexicon.lookup(form) is None:
        return False
    at = starts(folded, form)
    if len(at) < _MENTIONS or at[-1] + len(form) > spans.length:
        return False
    for s in at:
        if word_at.get(s) != (s + len(form), _NOUN) or (s > 0 and is_han(folded[s - 1]) and cue_before(folded, s)):
            return False
        i = bisect.bisect_right(person_starts, s + len(form) - 1) - 1
        if i >= 0 and spans.people[i][1] > s:
            return False  # (the tagger's person over it: not a noun here)
    return True
