"""Han characters, as the rules test for them: the CJK Unified Ideographs
and their Extension A (U+3400-U+9FFF; the rare planes beyond are left to
the code-point tables). One range for every module that asks "is there a
Han character here"."""

from __future__ import annotations

import re
from typing import Final

HAN_RANGE: Final = "\u3400-\u9fff"
# One Han character anywhere: ``HAN.search(text)``.
HAN: Final = re.compile(f"[{HAN_RANGE}]")
# A run of Han characters: ``HAN_RUN.fullmatch(word)``, ``HAN_RUN.sub("H", text)``
# (compiled once: a pattern over the range costs ~1 ms at every cold start).
HAN_RUN: Final = re.compile(f"[{HAN_RANGE}]+")
# A run of two Han characters or more (a word's, not a lone character's).
HAN_WORD: Final = re.compile(f"[{HAN_RANGE}]{{2,}}")
# Every two Han characters side by side, overlapping: ``HAN_PAIRS.findall(text)``
# (the pairs two texts share tell that they speak of the same thing).
HAN_PAIRS: Final = re.compile(f"(?=([{HAN_RANGE}]{{2}}))")


def is_han_char(c: str) -> bool:
    """``c`` is one Han character of that range (a string test: no pattern)."""
    return "\u3400" <= c <= "\u9fff"


_DIGITS: Final = {c: n for n, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "○": 0}


def han_number(text: str) -> int:
    """第十週's 10, 第二十三轮's 23, 第3期's 3."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return sum(_DIGITS.get(c, 0) * 10**p for p, c in enumerate(reversed(text)))
    tens, _, ones = text.partition("十")
    return (_DIGITS.get(tens, 1) if tens else 1) * 10 + (_DIGITS.get(ones, 0) if ones else 0)


__all__ = ["HAN", "HAN_PAIRS", "HAN_RANGE", "HAN_RUN", "HAN_WORD", "han_number", "is_han_char"]
