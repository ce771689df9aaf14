"""A roll of names set apart by spaces inside the body.

A line of short words apart by single spaces reads as a menu (首頁 新聞 體育
財經) and goes. A roll of names has the same shape (陳家寶 黃子軒 麥浩然 …
under 結業學徒名單); two signals tell it apart: its words are mostly three
characters long, as most Chinese full names are, where a menu's are mostly
two or four (新聞, 國際新聞); and it sits inside the body, a kept line on
either side of it, where a menu sits among the page's other furniture.
"""

from __future__ import annotations

from reader.core.han import HAN_RUN
from reader.core.junk_rules import Reason
from reader.core.line_passes import Line

_WORD_CHARS = (2, 4)  # (a name of two to four Han characters)
_MIN_WORDS = 4  # (fewer is a heading's pair, 新聞 體育, or a byline's)


def _roll(text: str) -> bool:
    words = text.split(" ")
    low, high = _WORD_CHARS
    if len(words) < _MIN_WORDS or not all(low <= len(w) <= high and HAN_RUN.fullmatch(w) for w in words):
        return False
    return sum(len(w) == 3 for w in words) * 4 >= len(words) * 3


def rescue_spaced_rolls(lines: list[Line]) -> None:
    """Take back a roll of names gone as a menu between two kept lines."""
    last = len(lines) - 1
    for i, line in enumerate(lines):
        # (the cheap tests first: most pages have menus, few have a roll)
        if (
            line.reason is _NAVIGATION
            and " " in line.text
            and 0 < i < last
            and lines[i - 1].kept
            and lines[i + 1].kept
            and _roll(line.text)
        ):
            line.restore()


_NAVIGATION = Reason.NAVIGATION  # (bound once: Reason.X is a slow lookup)


__all__ = ["rescue_spaced_rolls"]
