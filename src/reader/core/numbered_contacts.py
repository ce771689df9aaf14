"""A numbered item of the article that gives a phone number (報名方式： /
一、電話預約：05-… / 二、線上報名：…): the site's contact rows sit in its
footer, under other junk, and are numbered by no one; a row whose number
the kept line under it carries on by one (一、 then 二、, 1. then 2.), with
the article kept above it (the list's lead-in or its item before), is an
item of the article's list, whatever it names."""

from __future__ import annotations

import re
from typing import Final

from reader.core.date_lines import YMD
from reader.core.junk_rules import Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import LABEL_VALUE, Line
from reader.core.section_numbers import NUMBERED_ITEM, resumes_sections, section_number
from reader.core.table_rows import LABEL_MARK

_CONTACT: Final = Reason.CONTACT  # (bound once: an enum member's lookup is slow)
_LEADS: Final = frozenset("一二三四五六七八九十0123456789#")  # (# : a Markdown heading numbered, ## 三、…)


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


_SECTION_LINES: Final = 10  # (a section's kept lines over its contact row: a few)
_PHONE_DIGITS: Final = 7
_DATE_ALONE: Final = re.compile(YMD + r"\s*日?")
_ITEM: Final = (
    48  # (a section's row or rule is no wider, in Han characters: a wider line is a paragraph, a notice's close)
)
_WIDE: Final = "\u2e80"  # (from here on a character is as wide as a Han one; a Latin letter is half as wide)


def _item_sized(text: str) -> bool:
    """``text`` no wider than a section's row or rule (an English line of the
    same words as a Han one takes about twice its characters)."""
    return len(text) <= _ITEM or len(text) + sum(c >= _WIDE for c in text) <= 2 * _ITEM


def rescue_section_close_contact(lines: list[Line]) -> None:
    """A lone contact row (one label, a phone: 查询电话：05-…) right under the
    kept rows of a numbered section (四、游客须知 / its rules) whose head
    carries on the article's kept numbering (四、 after a kept 三、) closes
    that section: a site's contact block sits in its footer under other
    junk, several rows, under no numbered head of the article."""
    n = len(lines)
    for i in range(2, n):
        line = lines[i]
        if line.reason is not _CONTACT or line.meta or (i + 1 < n and lines[i + 1].reason is _CONTACT):
            continue
        text = line.text
        if sum(c.isdigit() for c in text) < _PHONE_DIGITS or len(LABEL_MARK.findall(text)) != 1:
            continue
        if not LABEL_VALUE.match(text):
            continue
        k = i - 1
        # (the section's rows only: a paragraph, a sign-off's date alone, is the notice's close)
        while k > max(0, i - _SECTION_LINES) and (x := lines[k]).kept and x.meta is None and _item_sized(x.text):
            if x.text[:1] in _LEADS and section_number(x.text) is not None:
                break
            if x.text[:1].isdigit() and _DATE_ALONE.fullmatch(x.text.strip()):
                break
            k -= 1
        head = lines[k]
        if k < i - 1 and head.kept and not head.text.endswith(SENTENCE_END) and resumes_sections(lines, k, k):
            line.restore()


def _number(text: str) -> int | None:
    """一、 → 1, 2. → 2; None for a line no number leads."""
    if (m := NUMBERED_ITEM.match(text)) is not None:
        return int(m.group(1))
    return section_number(text)


__all__ = ["rescue_numbered_contacts", "rescue_section_close_contact"]
