"""The script a text is written in, and its detection.

Detection works per character through the code-point tables of
:mod:`reader.core.foldtable` (built from OpenCC's own conversions).
"""

from __future__ import annotations

from enum import StrEnum


class Script(StrEnum):
    """The script a text is written in, as detected."""

    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"
    MIXED = "mixed"
    # No character that differs between the scripts (English, or only shared Han).
    NONE = "none"

    @property
    def label(self) -> str:
        """How the script is named to a reader; empty when there is none."""
        return {"simplified": "简体", "traditional": "繁體", "mixed": "简繁混合", "none": ""}[self.value]


def detect_script(*texts: str) -> Script:
    """Detect by ratio: characters only Traditional has against characters
    only Simplified has. A Traditional text with a few stray Simplified
    characters (as scraped pages often have) is still Traditional. Several
    texts count as one (no copy of them joined is made)."""
    from reader.core.foldtable import mark_counts

    trad = simp = 0
    for text in texts:
        t, s = mark_counts(text)
        trad, simp = trad + t, simp + s
    total = trad + simp
    if total == 0:
        return Script.NONE
    share = trad / total
    if share >= 0.8:
        return Script.TRADITIONAL
    if share <= 0.2:
        return Script.SIMPLIFIED
    return Script.MIXED
