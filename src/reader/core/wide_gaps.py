"""Where a row's items part: ideographic spaces, or two spaces or more
(日期　服务时间　备注). Its own module: the reading view draws such rows as a
table at startup, and the cleaning rules' modules cost milliseconds to import."""

from __future__ import annotations

import re
from typing import Final

WIDE_GAP: Final = re.compile(r"\u3000+|\s{2,}")


def has_wide_gap(text: str) -> bool:
    """Whether ``text`` may hold a wide gap: two substring scans, no match.
    (Cleaning's passes write the test inline: a call costs more there.)"""
    return "\u3000" in text or "  " in text


__all__ = ["WIDE_GAP", "has_wide_gap"]
