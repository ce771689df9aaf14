"""Where a name dot in a credit line joins one name (攝影：蘇尼爾·古隆) and where
it parts two (张明·李华). Used by :mod:`reader.core.people.credits`."""

from __future__ import annotations

from itertools import takewhile

from reader.core.folding import fold
from reader.core.people.names import TRANSLIT_CHARS, is_han, surname_length
from reader.core.people.texts import DOT

_CHINESE_MAX = 3  # (a Chinese name: a surname and one or two given characters)
_PART_MAX = 4


def dotted_joined(cut: str) -> str:
    """A name dot between transliteration characters (all but one in four) joins one name
    (攝影：蘇尼爾·古隆, 文 / 赛力克·加帕尔); so does one after a given name the table
    spells whole and no Chinese name could be, or whatever its shape before a part no surname opens
    (记者 古丽娜·吐尔洪), before a short part (责任编辑：迪丽努尔·肉孜:
    a Uyghur father's name outside the table; 知源百科·饮食文化专家组 is no name)."""
    out, *rest = cut.split(DOT)
    for part in rest:
        left, right = "".join(takewhile(is_han, reversed(out)))[::-1], "".join(takewhile(is_han, part))
        # (one in four may be no transliteration's: 赛力克·加帕尔's 力; 张明·李华 is two names)
        odd = sum(c not in TRANSLIT_CHARS for c in fold(left + right))
        joined = min(len(left), len(right)) >= 2 and (odd * 4 <= len(left + right) or _given(fold(left), right))
        out += ("\x00" if joined else DOT) + part  # (no separator: the pieces keep the line's positions)
    return out


def _given(left: str, right: str) -> bool:
    """A transliterated given name (each character the table's, no Chinese name's
    shape: a surname and one or two characters) before a last part of a name's length."""
    # (a Chinese name's shape parts two names only before another one: 古丽娜·吐尔洪, no surname after
    # the dot, is one Uyghur name; 张明·李华 two people)
    chinese = len(left) <= _CHINESE_MAX and 0 < surname_length(left, 0) < len(left) and surname_length(right, 0) > 0
    return len(right) <= _PART_MAX and all(c in TRANSLIT_CHARS for c in left) and not chinese


__all__ = ["dotted_joined"]
