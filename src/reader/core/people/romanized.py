"""A dotted name glossed by its romanization in brackets right after it
(達海·伊斯瑪哈單（Dahai Ismahasan）): the gloss spells one Latin word per
part, which vouches for the Han parts as written, even where a part holds
characters outside the transliteration table (an indigenous or a Uyghur name).
"""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.names import ADDRESS_SUFFIXES
from reader.core.people.texts import DOT

# A bracketed run of Latin words, hyphens and apostrophes allowed (the folded
# text is lower case and its brackets are narrow).
_GLOSS_RE = re.compile(r"\(\s*([a-z][a-z'\-]*(?:[ .·][a-z][a-z'\-]*)*)\s*\)")


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
