"""Round brackets as Chinese text mixes them, full-width and half-width:
a name's gloss, a price's note, a nickname's bracketed name."""

from __future__ import annotations

import re

# What a text ends with when a bracketed note closes it.
CLOSERS = ("）", ")")


def last_open(text: str) -> int:
    """Where the last opening round bracket of ``text`` is, of either width; -1 if none."""
    return max(text.rfind("（"), text.rfind("("))


# A bracketed note and all after it (黄金（人称“黄金叔”）, 卡洛斯·蘇沙（Carlos Sousa）).
_NOTE = re.compile(r"[（(].*$")


def before_note(text: str) -> str:
    """``text`` without a bracketed note after it (a cell's name without its gloss)."""
    return _NOTE.sub("", text)


__all__ = ["CLOSERS", "before_note", "last_open"]
