"""A rule's name that the tagger reads as a clause: a one-character noun (区), then a verb
(采访区|回忆), or an adverb and the verb it qualifies (混合采访区|大方|承认: "openly admitted"); a noun of two
the dictionary lists as a word in use (全程, all the way), then a one-character verb and a preposition after it
(护士全程|守|在手术室: kept watch in): the subject's manner and act. Asked by :mod:`reader.core.people.vetting` of
a name written once."""

from __future__ import annotations

from reader.core.people import lexicon
from reader.core.people.cues import cue_after
from reader.core.people.tagger import Spans

# The tagger's adverbial adjective (大方, 坦然) and its verbs.
_ADVERB = "ad"
_VERBS = frozenset(["v", "vn"])
_NOUN, _VERB, _PREPOSITION = "n", "v", "p"


def noun_clause(spans: Spans, w: int, start: int, end: int, folded: str) -> bool:
    """The tagger's word ``w`` is the surname alone, a noun, and the rest of the name one word of two
    characters or more: a verb, where no cue follows (a title would make it a name: 区|回忆 is no cue);
    or an adverb right before a verb, which a speech verb may be (大方|承认)."""
    words = spans.words
    if _noun_verb_at(spans, w, start, end, folded):
        return True
    if w + 1 >= len(words) or words[w] != (start, start + 1, _NOUN):
        return False
    rest_start, rest_end, rest_tag = words[w + 1]
    if (rest_start, rest_end) != (start + 1, end) or rest_end - rest_start < 2:
        return False
    if rest_tag in _VERBS:
        return not cue_after(folded, end)
    after = words[w + 2] if w + 2 < len(words) else None
    return rest_tag == _ADVERB and after is not None and after[0] == end and after[2] == "v"


def _noun_verb_at(spans: Spans, w: int, start: int, end: int, folded: str) -> bool:
    """全程|守|在: the tagger's word ``w`` a noun of two from the name's start that the dictionary lists as a
    word in use, the last character a verb of its own, a preposition right after it."""
    words = spans.words
    if w + 2 >= len(words) or words[w] != (start, start + 2, _NOUN) or words[w + 1] != (start + 2, end, _VERB):
        return False
    return (
        end - start == 3
        and words[w + 2][2] == _PREPOSITION
        and lexicon.is_common_word(folded[start : start + 2], lexicon.WORD)
    )
