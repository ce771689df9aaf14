"""Round brackets as Chinese text mixes them, full-width and half-width:
a name's gloss, a price's note, a nickname's bracketed name."""

from __future__ import annotations

import re
from typing import Final

# What a text ends with when a bracketed note closes it.
CLOSERS: Final = ("）", ")")


def last_open(text: str) -> int:
    """Where the last opening round bracket of ``text`` is, of either width; -1 if none."""
    return max(text.rfind("（"), text.rfind("("))


# A bracketed note and all after it (黄金（人称“黄金叔”）, 卡洛斯·蘇沙（Carlos Sousa）).
_NOTE: Final = re.compile(r"[（(].*$")


def before_note(text: str) -> str:
    """``text`` without a bracketed note after it (a cell's name without its gloss)."""
    return _NOTE.sub("", text)


def without_short_note(title: str) -> str:
    """``title`` without a note of six characters at most closing it, …公告（已结束） (a title's status)."""
    at = last_open(title) if title.endswith(CLOSERS) else -1
    return title[:at] if at >= 0 and 1 <= len(note := title[at + 1 : -1]) <= 6 and not set(note) & _ROUND else title


_ROUND: Final = frozenset("（）()")


__all__ = ["CLOSERS", "before_note", "last_open", "without_short_note"]
