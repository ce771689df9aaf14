"""A dotted name glossed by its romanization in brackets right after it
(達海·伊斯瑪哈單（Dahai Ismahasan）): the gloss spells one Latin word per
part, which vouches for the Han parts as written, even where a part holds
characters outside the transliteration table (an indigenous or a Uyghur name).
"""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.cues import cue_ends_at
from reader.core.people.names import ADDRESS_SUFFIXES, PARTICLES, is_han
from reader.core.people.texts import DOT

# A bracketed run of Latin or Cyrillic words (a Mongolian name: батмөнх цэдэн),
# hyphens and apostrophes allowed (the folded text is lower case and its
# brackets are narrow); Latin letters with diacritics spell as plain ones do
# (a Serbian name: dragan petrović; a Vietnamese one: nguyễn).
_LETTER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f\u1e00-\u1effа-яёөү"
_GLOSS_RE = re.compile(rf"\(\s*([{_LETTER}][{_LETTER}'\-]*(?:[ .·][{_LETTER}][{_LETTER}'\-]*)*)\s*\)")


def romanized_after(folded: str, m_start: int, m_end: int) -> bool:
    """The dotted group at ``m_start:m_end`` is followed by a bracketed
    romanization with as many words as the group has parts."""
    m = _GLOSS_RE.match(folded, m_end)
    if m is None:
        return False
    words = re.split(r"[ .·]", m.group(1))
    return len(words) == folded.count(DOT, m_start, m_end) + 1


def address_ended(folded: str, last: int, m_end: int) -> bool:
    """The last part ends in an address the gloss does not spell (庫馬爾先生（Rajesh Kumar）),
    unless the part is a word as a whole (聖地牙哥, Santiago: its 哥 spells a sound)."""
    return folded[last:m_end].endswith(ADDRESS_SUFFIXES) and lexicon.lookup(folded[last:m_end]) is None


# The longest first part the gloss vouches for outside the table (巴特孟赫).
_FIRST_MAX = 4


def glossed_start(folded: str, m_start: int, first_dot: int, start: int) -> int:
    """Where a glossed name's first part starts when the table's characters
    leave one of it (赫 of 巴特孟赫·策登（Батмөнх Цэдэн）): the gloss
    spells the part, so it runs back over Han characters to a particle, a cue's
    end or the run's start (来自蒙古国的巴特孟赫), four at most."""
    if first_dot - start != 1:
        return start
    k = start
    while (
        k > m_start
        and first_dot - k < _FIRST_MAX
        and is_han(folded[k - 1])
        and folded[k - 1] not in PARTICLES
        and not cue_ends_at(folded, k)
    ):
        k -= 1
    # (no particle or cue set it off: a clause before the name, keep the table's start)
    return k if k == m_start or folded[k - 1] in PARTICLES or cue_ends_at(folded, k) else start
