"""A roll of names set apart by spaces inside the body.

A line of short words apart by single spaces reads as a menu (首頁 新聞 體育
財經) and goes. A roll of names has the same shape (陳家寶 黃子軒 麥浩然 …
under 結業學徒名單); two signals tell it apart: its words are mostly three
characters long, as most Chinese full names are, where a menu's are mostly
two or four (新聞, 國際新聞), or a transliterated name's dotted parts
(艾力·吐尔洪), which no menu word has; and it sits inside the body, a kept
line on either side of it, where a menu sits among the page's other
furniture. A head that counts the people (计算机应用专业（10人）) over as many
names says the same of a roll with more two-character names; and such a
head, gone as a counter, is the list's head.
"""

from __future__ import annotations

from reader.core.han import HAN_RUN
from reader.core.junk_rules import Reason
from reader.core.line_passes import Line
from reader.core.round_brackets import last_open

_WORD_CHARS = (2, 4)  # (a name of two to four Han characters)
_MIN_WORDS = 4  # (fewer is a heading's pair, 新聞 體育, or a byline's)
_DOT = "·"  # (between a transliterated name's parts: 艾力·吐尔洪)
_WIDE = "\u3000"  # (a full-width space: a Chinese page's roll may set its names apart with it)


def _name(word: str) -> bool:
    """A Chinese full name's shape, or a transliteration's dotted Han parts."""
    if _DOT in word:
        return all(part and HAN_RUN.fullmatch(part) for part in word.split(_DOT))
    return _WORD_CHARS[0] <= len(word) <= _WORD_CHARS[1] and HAN_RUN.fullmatch(word) is not None


def _names(text: str, sep: str) -> list[str]:
    """The names of a list apart by ``sep``, or none if one is no name."""
    words = text.split(sep)
    return words if len(words) >= _MIN_WORDS and all(_name(w) for w in words) else []


def _counted(text: str) -> int:
    """The count of people a head ends with (会计专业（12人）: 12), or 0."""
    if text[-2:] not in ("人）", "人)", "名）", "名)"):
        return 0
    k = last_open(text)
    digits = text[k + 1 : -2].strip()
    return int(digits) if k > 0 and digits.isdigit() else 0


def _roll(text: str, head: str) -> bool:
    words = _names(text, " " if " " in text else _WIDE)
    if not words:
        return False
    return (
        sum(len(w) == 3 or _DOT in w for w in words) * 4 >= len(words) * 3
        or _counted(head) == len(words)
        or _announces(head)
    )


# A sentence of the body announcing what follows (…为五月出生的九位老人举办集体生日会。本月寿星：):
# a menu never comes under one.
_ANNOUNCE_MIN = 20


def _announces(head: str) -> bool:
    return len(head) >= _ANNOUNCE_MIN and head[-1] in ":：" and "。" in head


def rescue_spaced_rolls(lines: list[Line]) -> None:
    """Take back a roll of names gone as a menu between two kept lines, and
    a head counting its people gone as a counter over a kept list of as many."""
    last = len(lines) - 1
    for i, line in enumerate(lines):
        # (the cheap tests first: most pages have menus, few have a roll)
        reason = line.reason
        if (
            reason is _NAVIGATION
            and (" " in line.text or _WIDE in line.text)
            and 0 < i < last
            and lines[i - 1].kept
            and lines[i + 1].kept
            and _roll(line.text, lines[i - 1].text)
        ):
            line.restore()
        elif reason is _COUNTER and i < last and (n := _counted(line.text)) and lines[i + 1].kept:
            below = lines[i + 1].text
            if len(_names(below, "、")) == n or len(_names(below, " ")) == n:
                line.restore()


_NAVIGATION, _COUNTER = Reason.NAVIGATION, Reason.COUNTER  # (bound once: Reason.X is a slow lookup)


__all__ = ["rescue_spaced_rolls"]
