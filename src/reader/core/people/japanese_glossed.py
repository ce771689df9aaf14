"""Japanese names glossed in kana: 小林由纪子（こばやし ゆきこ）. A reading in two
kana words, the family name's and the given name's, is a person's; a place's
or a thing's reading is one word (东京（とうきょう）). The Han name before the
bracket starts with a surname of the Japanese table, a role may come before it
(花艺家小林由纪子). A reading in romaji (安田美和（Yasuda Miwa）) says as much where a role
ends right before the Han name, which bounds it when the table lacks the surname."""

from __future__ import annotations

import re

from reader.core.people.cues import cue_ends_at
from reader.core.people.names import JAPANESE_SURNAMES, is_han
from reader.core.people.texts import Proposal

_GLOSS_RE = re.compile(r"[（(][\u3041-\u30ff]{1,8}[ \u3000][\u3041-\u30ff]{1,8}[）)]")
# Two romaji words (folded to lower case): syllables of consonants and a vowel, or a syllabic n.
_ROMAJI_RE = re.compile(r"[（(](?:[bcdfghjkmnprstwyz]{0,2}[aeiou]|n)+ (?:[bcdfghjkmnprstwyz]{0,2}[aeiou]|n)+[）)]")
_ROMAJI_NAME = (3, 4, 5)  # (a surname of two and a given name of one to three)
_LONGEST = 6  # (a surname of three and a given name of three: 佐佐木由纪子)


def japanese_glossed(folded: str) -> list[Proposal]:
    """The Han names right before a bracket holding a two-word kana reading."""
    found: list[Proposal] = []
    for m in _GLOSS_RE.finditer(folded):
        at = m.start()
        # (the longest name first: a role's characters before it hold no Japanese surname)
        for start in range(max(0, at - _LONGEST), at - 2):
            form = folded[start:at]
            sl = 3 if form[:3] in JAPANESE_SURNAMES else 2 if form[:2] in JAPANESE_SURNAMES else 0
            if sl and 1 <= len(form) - sl <= 3 and all(is_han(c) for c in form):
                found.append(Proposal(start, at, form, True))
                break
    for m in _ROMAJI_RE.finditer(folded):
        at = m.start()
        named = next((at - n for n in _ROMAJI_NAME if at >= n and cue_ends_at(folded, at - n)), None)
        if named is not None and all(is_han(c) for c in folded[named:at]):
            found.append(Proposal(named, at, folded[named:at], True))
    return found


__all__ = ["japanese_glossed"]
