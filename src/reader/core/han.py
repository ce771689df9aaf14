"""Han characters, as the rules test for them: the CJK Unified Ideographs
and their Extension A (U+3400-U+9FFF; the rare planes beyond are left to
the code-point tables). One range for every module that asks "is there a
Han character here"."""

from __future__ import annotations

import re

HAN_RANGE = "\u3400-\u9fff"
# One Han character anywhere: ``HAN.search(text)``.
HAN = re.compile(f"[{HAN_RANGE}]")
# A run of Han characters: ``HAN_RUN.fullmatch(word)``, ``HAN_RUN.sub("H", text)``
# (compiled once: a pattern over the range costs ~1 ms at every cold start).
HAN_RUN = re.compile(f"[{HAN_RANGE}]+")
# A run of two Han characters or more (a word's, not a lone character's).
HAN_WORD = re.compile(f"[{HAN_RANGE}]{{2,}}")
# Every two Han characters side by side, overlapping: ``HAN_PAIRS.findall(text)``
# (the pairs two texts share tell that they speak of the same thing).
HAN_PAIRS = re.compile(f"(?=([{HAN_RANGE}]{{2}}))")


def is_han_char(c: str) -> bool:
    """``c`` is one Han character of that range (a string test: no pattern)."""
    return "\u3400" <= c <= "\u9fff"


__all__ = ["HAN", "HAN_PAIRS", "HAN_RANGE", "HAN_RUN", "HAN_WORD", "is_han_char"]
