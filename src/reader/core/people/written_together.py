"""Two found names written together at every mention of the second are one name (蒙古族发电班长苏和巴特尔:
the rules read 苏和 and 巴特尔, and 苏和 alone later is the short form the text calls him by). Two
people's names are set apart in prose (、, 和, a space); a second part no common surname opens, never
written without the first, is the first one's rest (Mongolian, Tibetan, Japanese names in two parts).
Used by :mod:`reader.core.people.list_heads`.
"""

from __future__ import annotations

from reader.core.people import lexicon
from reader.core.people.names import is_han
from reader.core.people.texts import Proposal, starts
from reader.core.surnames import COMMON_SURNAMES

_LONGEST = 5  # (two parts of two or three: a longer run is a place spelt by sound, 赫韋拉蓋爾濟)


def written_together(folded: str, known: set[str]) -> list[Proposal]:
    han = {f for f in known if 2 <= len(f) <= 5 and all(is_han(c) for c in f)}
    found: list[Proposal] = []
    for second in han:
        if second[0] in COMMON_SURNAMES:
            continue  # (王明王芳: a surname opens a second person's name)
        ats = starts(folded, second)
        firsts = None
        for at in ats:
            here = {folded[at - k : at] for k in range(2, 6) if folded[at - k : at] in han}
            firsts = here if firsts is None else firsts & here
            if not firsts:
                break
        if not firsts:
            continue
        first = max(firsts, key=len)
        whole = first + second
        if len(whole) > _LONGEST or lexicon.is_common_word(whole):
            continue
        found += [Proposal(at - len(first), at + len(second), whole, True) for at in ats]
    return found
