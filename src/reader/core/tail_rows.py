"""Rows after the story's last paragraph that are the site's, by their
shape and what they name: the schedule of a LATER event (第十週賽程 11/29 /
08:00　A vs B, under a head naming a week or a day after the page's own) and
a row of the site's sponsors or partners (贊助廠商：甲　乙　丙, names the
story never says). The article's own results or lists after its last
paragraph name the page's day and its own subjects, and stay. A thread's
replies quoted at the page's end, each led by a later floor, go too.
``reader.core.cleaning.clean`` runs it on every text: it walks the tail only.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.comment_posts import floor_post
from reader.core.han import han_number, is_han_char
from reader.core.junk_rules import Reason
from reader.core.line_passes import HEAD_LINES, Line
from reader.core.signatures import title_and_name
from reader.core.tail_prose import SIGN_OFF_DATE
from reader.core.wide_gaps import WIDE_GAP

_ENDS: Final = ("。", "！", "？", "…", "」", "”", "!", "?")
# A row of a schedule: its clock time, a gap, what happens (08:00　赤崁夜貓 vs 安平海風)
_CLOCK_ROW: Final = re.compile(r"\d{1,2}:\d{2}(?:\u3000|\s)\s*\S")
# A day (11/29, 11月29日) or a round (第十週, 第3轮) a head or the page names
_DAY: Final = re.compile(r"(?<![\d/])(\d{1,2})\s*[/月]\s*(\d{1,2})(?![\d/])")
_PAGE_DAY: Final = re.compile(r"\d{4}\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_ROUND: Final = re.compile(r"第([\d一二三四五六七八九十]{1,3})([週周轮輪期场場届屆])")
# A label and three names or more apart by wide gaps: 贊助廠商：甲　乙　丙
_NAME_ROW: Final = re.compile(
    r"[^\s:：，。]{2,6}[:：]\s*([^\s，。、；]{2,12}(?:(?:\u3000|\s{2,})[^\s，。、；]{2,12}){2,})"
)
_HEAD: Final = 30
_ROWS: Final = 2


def mark_tail_rows(lines: list[Line]) -> None:
    """After the story's last paragraph: a later event's schedule and a row of names the story never says go."""
    _mark_tail_replies(lines)
    k = len(lines) - 1
    while k >= 0:
        line = lines[k]
        if line.reason is None and line.meta is None and not line.short and line.text.endswith(_ENDS):
            break
        k -= 1
    if k < 0:
        return
    if lines[-1].reason is not None:  # (the page's footer closes the text)
        _after_sign_off(lines, k)
    if k + 1 < len(lines) and lines[k + 1].reason is _BOILER and _signs_as_author(lines, lines[k + 1].text):
        lines[k + 1].restore()  # (the writer's sign-off under the last paragraph, amid the page's junk: 慧敏)
    story: str | None = None
    i = k + 1
    while i < len(lines):
        line = lines[i]
        text = line.text
        if line.reason is not None or line.meta is not None or not text:
            i += 1
            continue
        if text[0].isdigit() and ":" in text[1:3] and _CLOCK_ROW.match(text):
            i = _schedule(lines, i, k)
            continue
        if ("：" in text or ":" in text) and (m := _NAME_ROW.fullmatch(text)):
            story = story if story is not None else "".join(x.text for x in lines[: k + 1] if x.kept)
            if not any(name in story for name in WIDE_GAP.split(m.group(1))):
                line.reason = Reason.PAGE_FOOTER
        i += 1


_BOILER: Final = Reason.BETWEEN_BOILERPLATE  # (bound once: an enum member's lookup is slow)
_FLOOR_LEADS: Final = "0123456789#"
_REPLY_WORD: Final = 3  # (a reply's word before its floor: 回复 #2 …, Re: #2 …)


def _mark_tail_replies(lines: list[Line]) -> None:
    """A thread's replies quoted at the page's end, each led by a later floor
    and its poster (回复 #2 浪花朵朵：…, 3楼 阿明：…), with only the page's junk
    under them, go with the comments, however sentence-like their words. A
    ranked list's entries (#1 …, #2 …) at the article's end start at #1: they stay;
    replies led by the word for replying may start at the first (回复 1#　鸟市小王：…)."""
    k = len(lines) - 1
    while k >= 0 and (lines[k].reason is not None or lines[k].meta is not None):
        k -= 1  # (the page's junk at its end first)
    if k == len(lines) - 1:
        return  # (a kept last line: no footer closes the text, most pages' end)
    run = []
    while k >= 0 and lines[k].kept and (floor := _reply_floor(lines[k].text)) is not None:
        if floor < 2 and lines[k].text[:1] in _FLOOR_LEADS:
            return  # (the list's first entry: an article's ranked list)
        run.append(lines[k])
        k -= 1
    if k >= 0 and _reply_floor(lines[k].text) is not None:
        return  # (one more such row, gone for its own rule, over the run: the article's own list)
    for line in run:
        line.reason = Reason.RELATED


def _reply_floor(text: str) -> int | None:
    """The floor of a reply led by it (2樓　阿明：…, #2 阿明：…), perhaps after a
    short word for replying (回复 #2 阿明：…); None for any other line."""
    if text[:1] not in _FLOOR_LEADS:  # (a character test first: most lines are led by no floor)
        word, _, rest = text.partition(" ")
        if len(word) > _REPLY_WORD or any(c.isdigit() for c in word):
            return None
        text = rest
    if text[:1] not in _FLOOR_LEADS or not floor_post(text):
        return None
    digits = "".join(c for c in text.split(None, 1)[0] if c.isdigit())
    return int(digits) if digits else None


_GIVEN: Final = (2, 4)  # (a given name of two Han characters, or a full name up to four)


def _signs_as_author(lines: list[Line], text: str) -> bool:
    """``text`` is the writer's name, or its given name, that a byline above
    the story states (林慧敏 · 2027年8月6日 over the post, 慧敏 under it)."""
    if not _GIVEN[0] <= len(text) <= _GIVEN[1] or not all(map(is_han_char, text)):
        return False
    return any(
        (meta := line.meta) is not None and meta.author is not None and meta.author.endswith(text)
        for line in lines[:HEAD_LINES]
    )


_REACH: Final = 3  # (a notice's sign-off sits this close under its last paragraph)
_SIGN_OFF: Final = 24
_NAME: Final = 4  # (an organisation's name is no shorter)
_PUNCT: Final = re.compile(r"[，,。：:；;！？!?、（）()]")


def _after_sign_off(lines: list[Line], last: int) -> None:
    """A notice's sign-off under its last paragraph (福全里街坊福利會 理事會
    謹啟, 迅邦速运), led by the name the page's masthead gives: the kept lines
    after it are the site's boxes (office hours, other notices, a tracking
    widget), not the notice's, when the page's footer closes the text (a
    signature, a copy list, a translation closing the text stay)."""
    end = last + 1 + _REACH if last + 1 + _REACH < len(lines) else len(lines)
    if (sign_off := next((k for k in range(last + 1, end) if _signs(lines, k)), None)) is not None:
        below = lines[sign_off + 1] if sign_off + 1 < len(lines) else None
        if below is not None and below.reason is None and title_and_name(below) is not None:
            # (the person signing for it under the name, 主席 盧國輝: the sign-off's own line)
            sign_off += 1
            below = lines[sign_off + 1] if sign_off + 1 < len(lines) else None
        if (
            below is not None
            and below.reason is None
            and sign_off + 2 < len(lines)
            and len(below.text) <= _SIGN_OFF
            and not _PUNCT.search(below.text)
            and SIGN_OFF_DATE.fullmatch(lines[sign_off + 2].text)
        ):
            # (the office under the school, over the date: 材料学院 / 研究生办公室 / 2027年12月10日)
            sign_off += 1
            below = lines[sign_off + 1]
        if below is not None and below.reason is None and SIGN_OFF_DATE.fullmatch(below.text):
            sign_off += 1  # (the signer's date under the signer, 2027年2月9日: the sign-off's own line)
        for line in lines[sign_off + 1 :]:
            if line.reason is None and line.meta is None:
                line.reason = Reason.PAGE_FOOTER


def _signs(lines: list[Line], k: int) -> bool:
    text = lines[k].text
    if lines[k].reason is not None or lines[k].meta is not None or len(text) > _SIGN_OFF or _PUNCT.search(text):
        return False
    name = text.split()[0]
    # (the masthead: junk lines over the body's first paragraph)
    first = next((i for i, line in enumerate(lines) if line.reason is None and not line.short), 0)
    return len(name) >= _NAME and any(line.reason is not None and line.text.startswith(name) for line in lines[:first])


def _schedule(lines: list[Line], i: int, end: int) -> int:
    """Rows of clock times from line ``i`` under a head naming a later day or round: they go. The line after them."""
    j = i + 1
    while j < len(lines) and (t := lines[j].text)[:1].isdigit() and _CLOCK_ROW.match(t):
        j += 1
    head = lines[i - 1]
    if j - i >= _ROWS and head.meta is None and len(head.text) <= _HEAD and _later(head.text, lines, end):
        for line in (head, *lines[i:j]):
            if line.meta is None:
                line.reason = Reason.RELATED
    return j


def _later(head: str, lines: list[Line], end: int) -> bool:
    """``head`` names a day after the page's date, or a round after the one the story names."""
    if (day := _DAY.search(head)) is not None:
        page = next(
            (m for line in lines[:end] if line.meta and line.meta.date and (m := _PAGE_DAY.search(line.meta.date))),
            None,
        )
        if page is not None:
            return (int(day.group(1)), int(day.group(2))) > (int(page.group(1)), int(page.group(2)))
    if (nth := _ROUND.search(head)) is not None:
        for line in lines[:end]:
            for m in _ROUND.finditer(line.text):
                if m.group(2) == nth.group(2):
                    return han_number(nth.group(1)) > han_number(m.group(1))
    return False


__all__ = ["mark_tail_rows"]
