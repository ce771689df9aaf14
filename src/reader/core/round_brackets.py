"""Round brackets as Chinese text mixes them, full-width and half-width:
a name's gloss, a price's note, a nickname's bracketed name."""

from __future__ import annotations

# What a text ends with when a bracketed note closes it.
CLOSERS = ("）", ")")


def last_open(text: str) -> int:
    """Where the last opening round bracket of ``text`` is, of either width; -1 if none."""
    return max(text.rfind("（"), text.rfind("("))


__all__ = ["CLOSERS", "last_open"]
