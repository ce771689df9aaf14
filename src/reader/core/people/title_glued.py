"""A name the tagger starts one character early, on a title's last character
(老师|傅毛根生: 傅 ends 师傅 and is a surname too)."""

from __future__ import annotations

from reader.core.people import lexicon
from reader.core.people.cues import cue_before
from reader.core.people.names import AFTER_SUBJECT, NOT_LAST, PARTICLES, is_han
from reader.core.people.texts import CappedCounts
from reader.core.surnames import COMMON_SURNAMES


def title_glued(folded: str, start: int, end: int, count: CappedCounts) -> str | None:
    """The three characters one on from the tagger's (start, end) when its
    "surname" ends a word with the character before it (师傅) and the name
    starts after: "" to drop the tagger's form where that name, as long,
    occurs more often (毛根生 elsewhere); the name itself where the word is a
    title and the tagger's form runs into the next character (老師傅施金塗雕刻:
    施 a common surname, 塗 no word's end), or None: the tagger's form stands."""
    if end - start != 3 or start < 1 or not lexicon.is_common_word(folded[start - 1 : start + 1], lexicon.WORD):
        return None
    shifted = folded[start + 1 : end + 1]
    if len(shifted) != 3 or not all(is_han(c) for c in shifted):
        return None
    more, here = count(shifted), count(folded[start:end])
    if more is not None and here is not None and more > here:
        return ""
    if (
        cue_before(folded, start + 1)
        and shifted[0] in COMMON_SURNAMES
        and not any(c in NOT_LAST or c in PARTICLES or c in AFTER_SUBJECT for c in shifted[1:])
        and not lexicon.is_common_word(shifted[1:])
        and not lexicon.is_common_word(folded[end : end + 2])
    ):
        return shifted
    return None
