"""Which lines that state metadata are the page's: not a date that says
when an event happens, not a row of the article's own records (作者：… 出版社：…
under each book of a list); and the handle or profile link right above a
post's date, which names who posted it. ``reader.core.cleaning`` asks them
when it settles each line's record.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from typing import Final

from reader.core.credit_roles import WRITER_ROLES
from reader.core.date_lines import DATE_IN_LINE, day_field, format_date
from reader.core.folding import fold
from reader.core.head_passes import NAME
from reader.core.headline import HANDLE
from reader.core.junk_rules import Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import Line
from reader.core.metadata import MetaLine, parse_meta_line
from reader.core.round_brackets import CLOSERS, last_open
from reader.core.tail_prose import SIGN_OFF_DATE

# (bound once: Reason.X goes through the enum type's attribute hook, ~80 ns a look-up)
_IS_HEADLINE: Final = Reason.HEADLINE

# A line's verdict before its record: (folded, junk reason, weak, metadata).
Verdict = tuple[str | None, Reason | None, bool, MetaLine | None]

_LABEL: Final = re.compile(r"(?:^|\s)([^\s:：]{1,6})\s*[:：]")
# (a role before a full-width slash: 文／叶晓雯　图／陈欣怡 under each book of a list; asked only of a line with one)
_SLASH_LABEL: Final = re.compile(r"(?:^|\s)([^\s:：／]{1,6})\s*／")


def record_rows(lines: list[Line], judged: Sequence[Verdict], prose: list[int], stating: list[int]) -> Container[int]:
    """Label：value lines between the body's first and last paragraphs
    that share a label with another such line of different values (作者：甲
    出版社：丙 … 作者：乙 出版社：丁, one under each book of a list): rows of the article's own
    records, not the page's metadata; and a credit in an item's box of fields
    (:func:`_spec_row`). ``stating``: the lines whose verdict states metadata, in order."""
    boxed = _SpecRows(lines, judged)
    if not prose:
        return boxed
    by_label: dict[str, list[int]] = {}
    # (only the lines that state metadata: the body between is most of the page)
    for i, meta in [(k, m) for k in stating if prose[0] < k < prose[-1] and (m := judged[k][3]) is not None]:
        named = meta.author is not None
        text = lines[i].text
        for label in set(_LABEL.findall(text) + (_SLASH_LABEL.findall(text) if "／" in text else [])):
            # (a clock's hour, 22:41, is no label of a row naming its poster: 楼主：X　2026-11-29 22:41
            # shares no field with the replies' times under it, which stay rows of the thread)
            if not (named and label.isdigit()):
                by_label.setdefault(label, []).append(i)
    boxed.rows |= {
        i
        for rows in by_label.values()
        if len(rows) >= 2 and len({lines[i].text for i in rows}) == len(rows)
        for i in rows
    }
    return boxed


class _SpecRows:
    """The rows of records, and (asked of a metadata line only when the caller
    asks: few lines are) the credits in an item's box of fields. It holds its
    set rather than being one: compiled code (mypyc) tests membership of a
    ``set`` directly, past an overridden ``__contains__``."""

    def __init__(self, lines: list[Line], judged: Sequence[Verdict]) -> None:
        self.rows: set[int] = set()
        self._lines, self._judged = lines, judged

    def __contains__(self, i: object) -> bool:
        if i in self.rows:
            return True
        if not isinstance(i, int) or (meta := self._judged[i][3]) is None or meta.kind not in ("credit", "date"):
            return False
        return _spec_row(self._lines, self._judged, i)


# One label and its short value (發行：金鷹唱片, 年份：1983)
_SPEC_ROW: Final = re.compile(r"[^\s:：]{1,6}\s*[:：]\s*[^:：]{1,30}")
_SPEC_OTHERS: Final = 2


def _spec_row(lines: list[Line], judged: Sequence[Verdict], i: int) -> bool:
    """Whether line ``i`` is a credit of a role the tables do not know (歌手：林月琪), or a date under a
    plain time label (聆訊日期：2026年10月14日) or named by its event (申請日：), in a box of label：value
    rows that state no metadata (發行：金鷹唱片, 年份：1983): a field of the item the page describes, no byline."""
    meta, text = judged[i][3], lines[i].text
    # (or a table's row, its cells one space apart: 演出 灶腳劇團 / 時間 2027/04/05 19:30 / 地點 …)
    cells = meta is not None and meta.kind == "date" and cell_row(text)
    if meta is None or not (cells or _SPEC_ROW.fullmatch(text)):
        return False
    if meta.kind == "date":
        label = text.partition(" ")[0] + "：" if cells else text
        if meta.source or meta.author or not (_PLAIN_TIME_LABEL.match(label) or day_field(label)):
            return False
    elif meta.kind != "credit" or len(meta.credits) != 1:
        return False
    if cells:  # (a row of the box on either side: the box goes on under the date, as no header's does)
        return 0 < i < len(lines) - 1 and all(judged[j][3] is None and cell_row(lines[j].text) for j in (i - 1, i + 1))
    others = 0
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and _SPEC_ROW.fullmatch(row := lines[j].text):
            if (m := judged[j][3]) is not None and not (m.kind == "date" and day_field(row)):  # (past 公告日：…)
                break
            others, j = others + (m is None), j + step
    return others >= _SPEC_OTHERS


# A two-cell row of a table as a page's text gives it: a short label, one space, its short value
# (演出 灶腳劇團 / 時間 2027/04/05 19:30 / 地點 …, a review's box of the show's facts): a date row
# among such rows is one more fact of the box, not the page's date line.
_CELL_LABEL: Final = 6  # (a label is a word or two)
_CELL_VALUE: Final = 30  # (a value longer than this is a sentence)


def cell_row(text: str) -> bool:
    """``text`` is a short label, one space, then its short value."""
    label, gap, value = text.partition(" ")
    if not gap or not 2 <= len(label) <= _CELL_LABEL or not 0 < len(value) <= _CELL_VALUE:
        return False
    return ":" not in label and "：" not in label


def boxed_row(lines: list[Line], i: int) -> bool:
    """Line ``i`` is such a row, between two kept rows of the same shape
    that state no metadata."""
    if not 0 < i < len(lines) - 1 or not cell_row(lines[i].text):
        return False
    return all(x.kept and x.meta is None and cell_row(x.text) for x in (lines[i - 1], lines[i + 1]))


def rescue_boxed_rows(lines: list[Line]) -> None:
    """A row of that shape gone as a control's words (入住／退房 15:00／11:00
    reads like 登入／註冊), between two kept rows of the shape (房型 四人和室 /
    停車 莊內免費): one more fact of the box. A run of such rows with figures,
    one gone as a count (軸距 2,770mm / 電池容量 72.5kWh), between two kept
    rows of the shape (a label glossed in brackets too: 續航里程（CLTC） 520km),
    is a spec table's middle: it comes back whole."""
    n, after = len(lines), -1
    for i in [k for k, line in enumerate(lines) if line.reason is _WIDGET or line.reason is _COUNT]:
        if lines[i].reason is _WIDGET:
            if not lines[i].meta and boxed_row(lines, i):
                lines[i].restore()
            continue
        if i <= after or not _figure_cell(lines[i]):
            continue
        top, j = i, i + 1
        while top > 1 and lines[top - 1].reason in _BOXED_GONE and _figure_cell(lines[top - 1]):
            top -= 1
        while j < n and lines[j].reason in _BOXED_GONE and _figure_cell(lines[j]):
            j += 1
        after = j
        if top > 0 and j < n and all(_kept_cell(x) for x in (lines[top - 1], lines[j])):
            for row in lines[top:j]:
                row.restore()


def _figure_cell(line: Line) -> bool:
    # (two cells only: a third is a score's other side, 祐漢街坊 58：77 望廈雄鷹)
    value = line.text.partition(" ")[2]
    return line.meta is None and " " not in value and cell_row(line.text) and any(ch.isdigit() for ch in value)


def _kept_cell(line: Line) -> bool:
    return line.kept and not line.meta and _glossed_cell(line.text)


def _glossed_cell(text: str) -> bool:
    """A label：value cell row, its label perhaps glossed in round brackets."""
    label, _, value = text.partition(" ")
    if label.endswith(CLOSERS) and (cut := last_open(label)) > 0:
        text = f"{label[:cut]} {value}"
    return cell_row(text)


_WIDGET, _COUNT = Reason.WIDGET, Reason.COUNTER  # (bound once: Reason.X is a slow lookup)
_BOXED_GONE: Final = frozenset({_WIDGET, _COUNT, Reason.BETWEEN_BOILERPLATE})


# The roles of who made a piece: its words, its pictures, its layout (文案：小满　摄影：阿柚　排版：七七)
_MAKERS: Final = re.compile(
    r"文案|撰文|文字?|摄影?|图片?|插画|插图|绘图|排版|设计|美编|视频|剪辑|编辑|采访|整理|翻译|译"
)


def staff_credits(meta: MetaLine) -> bool:
    """Whether a credit line between paragraphs names who made the article
    (two roles or more, one of making it: 文案：小满　摄影：阿柚), not a heading
    (解法一：互斥锁) nor an event's people (主讲：王大明　主持：李小红)."""
    return len(meta.credits) >= 2 and any(
        role in WRITER_ROLES or _MAKERS.fullmatch(fold(role)) for role, _ in meta.credits
    )


# A span of time (14:30—16:30, 11月3日至5日): an event's time, never the
# instant a page was published.
_TIME_SPAN: Final = re.compile(
    r"\d{1,2}:\d{2}\s*(?:[-–—~～至到]|－)+\s*\d{1,2}:\d{2}"
    r"|\d\s*[日号號]?\s*(?:[—–~～至到]|－)+\s*(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号號]"
    # (days written with slashes or dots: 2025/11/14–11/16, 11.14-16)
    r"|\d{1,2}[/.]\d{1,2}\s*(?:[-—–~～至到]|－)+\s*(?:\d{1,2}[/.])?\d{1,2}(?![\d:])"
)
# A 时间：/日期：/地点： label, not a publishing one (发布时间, 成文日期),
# leading the line or one of its parts (采访时间：…, 主讲人：王大明　时间：12月6日).
_YEAR: Final = re.compile(r"\d{4}")
_PLAIN_TIME_LABEL: Final = re.compile(
    r"(?:^|\s)(?!发布|發布|發佈|发表|發表|更新|修改|编辑|編輯|首发|首發|出版|成文|刊登|上线|上線)"
    r"[^\s:：\d]{0,4}(?:时间|時間|日期|地点|地點)\s*[:：]"
)


def event_time(
    line: Line, meta: MetaLine, i: int, prose: list[int], texts: Sequence[str] = (), dated: bool = False
) -> bool:
    """A date line that states when something happens, not when the page
    was published: a span of time, a day without a year over a row of one
    (the line below, of ``texts``: 12月12日（周六） / 钢琴1—4级　8:30—17:30　…, a schedule's day
    head), a bare time label after the body has begun or under a line that
    gave the page's date (``dated``), or a date without a
    publishing label (发布于, 编辑于) between two paragraphs of the body (a
    page's date sits above the story or under it)."""
    below = texts[i + 1] if i + 1 < len(texts) else ""
    # (the cheap tests first: the line below may be a long paragraph)
    if not meta.source and (_TIME_SPAN.search(line.text) or (not _YEAR.search(line.text) and _TIME_SPAN.search(below))):
        return True
    if not meta.source and _recurs_below(line.text, i, texts):
        return True
    if not prose or i <= prose[0]:
        # (a 日期： row under the line that gave the page's date, or right under its date alone: the event's day)
        return bool(i) and not meta.source and _time_labelled(line.text) and (dated or _lone_publish_date(texts[i - 1]))
    if not meta.source and _time_labelled(line.text):
        return True
    # (the signer right under the last paragraph, or under one row after it: 联系人：…)
    # (the page's date line above it: over the body, or among the head's lines a Latin name took for prose)
    if prose[-1] + 2 <= i <= prose[-1] + _SIGN_ROWS and _restated_sign_off(
        line.text, meta, texts[i - 1], texts[: max(prose[0], min(i - 1, _HEAD_ROWS))]
    ):
        return True
    # (报名截止 12月1日 names no outlet; nor does 总分 9.2)
    return i < prose[-1] and not _PUBLISHED.match(line.folded or fold(line.text))


def _time_labelled(text: str) -> bool:
    """A plain time label in ``text`` (a string test first: the search tries every position of the line)."""
    return (
        ("：" in text or ":" in text) and any(w in text for w in _TIME_WORDS) and bool(_PLAIN_TIME_LABEL.search(text))
    )


_TIME_WORDS: Final = ("时间", "時間", "日期", "地点", "地點")  # (_PLAIN_TIME_LABEL's words)


def _lone_publish_date(text: str) -> bool:
    """A line that states when the page was published and nothing else."""
    folded = fold(text)
    return (
        _PUBLISHED.match(folded) is not None and (m := parse_meta_line(text, folded)) is not None and m.kind == "date"
    )


def _restated_sign_off(text: str, meta: MetaLine, signer: str, head: Sequence[str]) -> bool:
    """A bare date right under the signer under the body's last paragraph
    (特此通告。/ the unit / 2027年1月26日) that says again the day a date line
    above the body gave: the sign-off's own line, the page's date stated."""
    if meta.date is None or meta.source or meta.author or not SIGN_OFF_DATE.fullmatch(text):
        return False
    if len(signer) > _SIGNER or signer.endswith(SENTENCE_END):
        return False
    year = meta.date[:4]
    # (the head's line is the page's date line itself, not a date in a row of codes)
    return any(
        (m := DATE_IN_LINE.search(folded := fold(t)))
        and (format_date(m) or "").startswith(meta.date)
        and (stated := parse_meta_line(t, folded))
        and stated.date
        for t in head
        if year in t  # (a cheap test first: the year's digits, as a date line writes them)
    )


_SIGNER: Final = 30  # (a signer's line: a unit or a name, never a sentence)
# (the sign-off's date under the last paragraph, past a contact's rows and a signer of two lines)
_SIGN_ROWS: Final = 6
_HEAD_ROWS: Final = 12  # (the page's date line sits among its first lines)


# A day and a clock, nothing else, without a year (11月30日 18:20, 11/30 18:20)
_DAY_CLOCK: Final = re.compile(r"\d{1,2}\s*[月/.-]\s*\d{1,2}\s*日?\s*(?:[上下]午)?\s*\d{1,2}:\d{2}")
_DIGITS: Final = re.compile(r"\d+")


def _recurs_below(text: str, i: int, texts: Sequence[str]) -> bool:
    """A day and a clock alone on its line, the same shape again further
    down: the time of each update of a live page, not the page's date."""
    if not _DAY_CLOCK.fullmatch(text):
        return False
    shape = _DIGITS.sub("0", text)
    return any(_DAY_CLOCK.fullmatch(t) and _DIGITS.sub("0", t) == shape for t in texts[i + 1 :])


_PUBLISHED: Final = re.compile(
    r"(?i)^\W*(?:发布|发表|更新|修改|编辑|首发|刊登|刊出|出版|发行|posted|published|updated|last)"
)


# A line that is one link to a person's profile: [沈文绮](https://site.example/@wenqi)
_PROFILE_LINK: Final = re.compile(
    r"^\[(?P<name>[^\]]{2,24})\]\(https?://[^)\s]*(?:/@|/user|/author|/people|/u/)[^)]*\)$"
)


def poster(text: str) -> str | None:
    """Who a line right above a post's date names: a handle, the name of a
    link to a profile, or a linked name after a role in bold (the poster's row)."""
    if HANDLE.fullmatch(text):
        return text.lstrip("@")
    m = _PROFILE_LINK.match(text) or (_ROLE_LINK.match(text) if text.startswith("**") else None)
    return m.group("name") if m and NAME.fullmatch(m.group("name")) else None


# A role in bold and a link to the person: **楼主** [老樊看鸟](https://…/space-uid-20871.html)
_ROLE_LINK: Final = re.compile(r"^\*\*[\u3400-\u9fff]{1,4}\*\*\s*\[(?P<name>[^\]]{2,24})\]\(https?://[^)\s]*\)$")


def outlets_below_body(lines: list[Line]) -> set[str]:
    """Names beside a date (no field, no byline) on lines below the
    article's first paragraph of prose."""
    # (the body starts below the headline: a long line above it is the page's, 地址：…　開放時間：…)
    top = next((i for i, line in enumerate(lines[:_HEADLINE_REACH]) if line.reason is _IS_HEADLINE), 0)
    first = next(
        (i for i, line in enumerate(lines) if i > top and line.reason is None and line.meta is None and not line.short),
        len(lines),
    )
    return {
        m.source
        for line in lines[first + 1 :]
        if (m := line.meta) is not None and m.kind == "date" and m.source and not m.fielded
    }


# The headline sits within this many lines of the top.
_HEADLINE_REACH: Final = 16


__all__ = [
    "Verdict",
    "boxed_row",
    "cell_row",
    "event_time",
    "outlets_below_body",
    "poster",
    "record_rows",
    "rescue_boxed_rows",
    "staff_credits",
]
