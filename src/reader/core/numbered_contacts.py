"""A numbered item of the article that gives a phone number (報名方式： /
一、電話預約：05-… / 二、線上報名：…): the site's contact rows sit in its
footer, under other junk, and are numbered by no one; a row whose number
the kept line under it carries on by one (一、 then 二、, 1. then 2.), with
the article kept above it (the list's lead-in or its item before), is an
item of the article's list, whatever it names."""

from __future__ import annotations

from reader.core.junk_rules import Reason
from reader.core.line_passes import Line
from reader.core.section_numbers import NUMBERED_ITEM, section_number

_CONTACT = Reason.CONTACT  # (bound once: an enum member's lookup is slow)
_LEADS = frozenset("一二三四五六七八九十0123456789")


def rescue_numbered_contacts(lines: list[Line]) -> None:
    """Contact rows numbered in the article's list (see the module's note) come back."""
    for i in range(1, len(lines) - 1):
        line = lines[i]
        if line.reason is not _CONTACT or line.meta or line.text[:1] not in _LEADS:
            continue
        if (n := _number(line.text)) is None or not lines[i - 1].kept:
            continue
        below = lines[i + 1]
        if below.kept and below.meta is None and _number(below.text) == n + 1:
            line.restore()


def _number(text: str) -> int | None:
    """一、 → 1, 2. → 2; None for a line no number leads."""
    if (m := NUMBERED_ITEM.match(text)) is not None:
        return int(m.group(1))
    return section_number(text)


__all__ = ["rescue_numbered_contacts"]
