"""Evidence on the page that a four-character name is a married form
(羅陳美儀, 符陳秀英): the page calls the woman by the husband's surname and
太 (人稱羅太, 林太太), or another person bears that surname (her husband 林乐善,
her children 符家寶). With it, the married form stands where the shape
checks alone would not read it: after 的 or 夫人, or with a husband's surname
the common list lacks. Used by :mod:`reader.core.people.married_names`.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.people.cues import boundary_after
from reader.core.people.names import NICKNAME_PREFIXES, TRANSLIT_CHARS, is_han
from reader.core.surnames import SURNAMES


def married_form_evidence(folded: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """The husband's surname ``folded[start]`` names the woman with 太
    elsewhere, or starts another person's name outside ``start:end``."""
    husband = folded[start]
    if husband not in SURNAMES or husband in NICKNAME_PREFIXES:
        return False
    at = folded.find(husband + "太")
    while at >= 0:
        after = at + 2
        if at != start and (after >= len(folded) or folded[after] == "太" or boundary_after(folded, after)):
            return True
        at = folded.find(husband + "太", at + 1)
    return any(folded[s] == husband and _chinese_name(folded[s:e]) and not (start <= s < end) for s, e in spans)


def _chinese_name(form: str) -> bool:
    """A surname and two given characters, no transliteration (阿莫迪, 伊利亚)."""
    return len(form) == 3 and all(is_han(c) for c in form) and not all(c in TRANSLIT_CHARS for c in form)
