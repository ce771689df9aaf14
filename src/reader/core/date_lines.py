"""Dates as metadata lines write them: the patterns of a date line
(2023-06-18 09:30, 2024年6月14日 星期五 上午8:41, 11月3日, Feb 14, 2024,
a forum's C-style date), a date after a label or before an outlet, and
their ISO 8601 form. Used by :mod:`reader.core.metadata`; patterns see
folded lines.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.han import han_number

# A weekday after the date (2024年3月5日 週二) says nothing more.
DATE: Final = (
    r"(?:(?P<y>\d{4})\s*[-/.年]\s*)?(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*[(（]?(?:周|星期|礼拜)[一二三四五六日天][)）]?)?"
)
# (a time zone may come first: 2024-12-02 HKT 17:45; or ISO 8601's T, folded: 2029-04-18T10:00:00+08:00)
TIME: Final = (
    r"(?:t(?=\d))?"
    r"(?:(?:hkt|cst|bjt|utc|gmt)\s*)?(?:(?P<half>上午|下午|早上|晚上|中午|凌晨)\s*)?(?P<time>\d{1,2}:\d{2}(?::\d{2})?)"
)
MONTHS: Final = {
    m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)
}
MONTH: Final = r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
ENGLISH_DATE: Final = (
    rf"(?:{MONTH}\s+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+{MONTH.replace('mon', 'mon2')}),?\s+(?P<y>\d{{4}})"
)
# An outlet name next to a date: a few words, no sentence punctuation.
OUTLET: Final = r"(?P<outlet>[^\s,，。.:：!?！？;；()（）]{2,24}(?: [^\s,，。.:：!?！？;；()（）]{1,24}){0,2})"
DATE_LABEL: Final = (
    r"(?:(?:(?:发布|发表|更新|修改|编辑|首发)(?:于|时间|日期)?|时间|日期"
    r"|(?:posted|published|updated)(?:\s+on)?)[:：]?\s*)?"
)

# A count after the date: 阅读时间 3 分钟, 3 min read (a word, a figure, its unit)
_COUNT: Final = r"[^\d·•|｜]{0,8}\d{1,5}[^\d·•|｜]{0,10}"
LABELLED: Final = re.compile(r"^(?:发布|发表|更新|修改|编辑|首发|时间|日期|posted|published|updated)")
DATE_LINES: Final = (
    # (a note in brackets after it: （3/5 上午 11:30 更新）)
    re.compile(rf"^{DATE_LABEL}{DATE}(?:\s*{TIME})?(?:\s+{OUTLET})?(?:\s*[(（][^()（）]{{1,30}}[)）])?$"),
    re.compile(rf"^{OUTLET}\s+{DATE}(?:\s+{TIME})?$"),
    # (perhaps a count after a dot: 5 Mar 2029 · 阅读时间 3 分钟)
    re.compile(rf"^(?:(?:published|updated)(?: on)?:?\s*)?{ENGLISH_DATE}(?:\s*[·•|｜]\s*{_COUNT})?$"),
    # A forum's or a mail header's C-style date: 時間 Sun Nov  3 21:02:45 2024
    re.compile(
        rf"^{DATE_LABEL}(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+{MONTH},?\s+(?P<d>\d{{1,2}}),?\s+"
        r"(?P<time>\d{1,2}:\d{2}(?::\d{2})?)\s+(?P<y>\d{4})$"
    ),
)
# A date, then who wrote it after a dot or 由 / by.
DATE_THEN_NAME: Final = re.compile(
    rf"^{DATE_LABEL}{DATE}(?:\s*{TIME})?\s*(?:[·・•]\s*|\s(?:由|by)\s+)"
    # (or a role and a name: 2025-12-01 · 店长 阿木)
    rf"(?P<name>[^\s\d,，。:：!?！？;；()（）·・•]{{2,16}}(?: [^\s\d,，。:：!?！？;；()（）·・•]{{2,6}})?)$"
)


def date_then_name(folded: str) -> re.Match[str] | None:
    """``DATE_THEN_NAME.match(folded)``; every match has its dot, 由 or by,
    so a line with none of them (most date lines) is ruled out by `in`
    tests before the regex tries its dates."""
    if "·" in folded or "・" in folded or "•" in folded or "由" in folded or "by" in folded:
        return DATE_THEN_NAME.match(folded)
    return None


# A day, a month and a year: 28/11/2025 (the day first when it can be no month
# or the month can be no day; a month-first 11/28/2025 is left alone)
_DAY_FIRST: Final = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")


def day_first(text: str) -> tuple[int, int, str] | None:
    """Where ``text``'s day-first date stands (28/11/2025, as Hong Kong, Singapore
    and Malaysia write it) and that date in year-first order, the same length."""
    if "/" not in text or (dmy := _DAY_FIRST.search(text)) is None or int(dmy.group(2)) > _MONTHS:
        return None
    return dmy.start(), dmy.end(), f"{dmy.group(3)}-{dmy.group(2)}-{dmy.group(1)}"


# A clock before its day (15:30 2029/05/15): read as the day, then the clock
_TIME_FIRST: Final = re.compile(
    r"(?<!\d)(?<!\d:)(\d{1,2}:\d{2}(?::\d{2})?)(\s+)((?:19|20)\d{2}([-/.])\d{1,2}\4\d{1,2})(?![\d:])"
)


def time_first(text: str) -> tuple[int, int, str] | None:
    """Where ``text``'s clock before its day stands and the two in the usual order, the same length."""
    if (m := _TIME_FIRST.search(text)) is None:
        return None
    return m.start(), m.end(), f"{m.group(3)}{m.group(2)}{m.group(1)}"


def year_first(text: str) -> str:
    """``text`` with its day-first date in year-first order (:func:`day_first`): spans still align."""
    if (at := day_first(text)) is None:
        return text
    start, end, iso = at
    return text[:start] + iso + text[end:]


_MONTHS: Final = 12
_EDITED: Final = ("编辑", "修改", "更新")  # (a later edit's label, folded)


# A later edit's date leading the line, then the publishing label (编辑于 2029-07-08 12:05 · 发布于 2029-07-07 09:18)
_EDITED_FIRST: Final = re.compile(
    rf"(?:编辑|修改|更新)于?\s*[:：]?\s*{DATE}(?:\s*{TIME})?\s*[·・•|｜]\s*(?=(?:发布|发表|首发)[于时间日期:：\s]*\d)"
)


def published_after_edit(folded: str) -> int:
    """Where the publishing part starts on a line an edit's date leads (the page's
    date is when it was published, not last edited); 0 on any other line."""
    m = _EDITED_FIRST.match(folded) if folded.startswith(_EDITED) else None
    return m.end() if m else 0


def dated_writer(folded: str) -> re.Match[str] | None:
    """:func:`date_then_name`, or its match up to the writer when a column's
    word follows the name (2027年1月21日 ・ 梁詠芝 ・ 街坊故事)."""
    m = date_then_name(folded)
    if m is not None and folded.startswith(_EDITED) and " " not in m.group("name"):
        return None  # (after a later edit's label and the date, a word is the place the app shows: 编辑于 … · 陕西)
    # (date first, then a name and a column: the date's digits lead the line, a dot before the column)
    if m is None and folded[:1].isdigit():
        if cut := _before_column(folded):
            return DATE_THEN_NAME.match(folded, 0, cut)
        # (or a gap, not a dot, before the name and a labelled column after it: 2028-01-11 19:30　許雅婷
        # 　分類：澎湖; the gap read as the dot, the line's length and so the name's place kept)
        if folded.rfind(":") > folded.rfind(" ") > 0 and (cut := _before_label(folded)):
            gap = folded.rfind(" ", 0, cut)
            return DATE_THEN_NAME.match(f"{folded[:gap]}·{folded[gap + 1 : cut]}")
    return m


def _before_label(folded: str) -> int:
    """Where the name ends in date, name, then a labelled column (分類：澎湖); 0 for any other line."""
    k = folded.rfind(" ")
    column, head = folded[k + 1 :], folded[:k].rstrip()
    if k <= 0 or not 2 <= len(column) <= _COLUMN or column.find(":") < 1 or any(c.isdigit() for c in column):
        return 0
    name = head[head.rfind(" ") + 1 :]
    from reader.core.person_values import han_name_shaped  # (the names' tables: only for such a line)

    return len(head) if han_name_shaped(name) else 0


def _before_column(folded: str, count: bool = True) -> int:
    """Where the writer's name ends in date · name · column (2027年1月21日 ・
    梁詠芝 ・ 街坊故事): the last cell a short word that is no name, the one
    before it a name, perhaps a count after them (``count``: · 阅读约6分钟);
    0 for any other line."""
    k = max(folded.rfind("·"), folded.rfind("・"), folded.rfind("•"))
    if k <= 0:
        return 0  # (most lines: no dot)
    column, head = folded[k + 1 :].strip(), folded[:k].rstrip()
    if _A_DIGIT.search(column):
        # (a count in the last cell, 阅读约6分钟, after the column: the cells before it say it all;
        # or after the name itself, no column between: 2029年5月3日 · 陈诗敏 · 6 条留言)
        return (_before_column(head, False) or _named_cell(head)) if count else 0
    if not 2 <= len(column) <= _COLUMN:
        return 0
    name = head[max(head.rfind("·"), head.rfind("・"), head.rfind("•")) + 1 :].strip()
    from reader.core.person_values import han_name_shaped  # (the names' tables: only for such a line)

    return len(head) if han_name_shaped(name) and not han_name_shaped(column) else 0


def _named_cell(head: str) -> int:
    """The length of ``head`` when its last cell, after a dot, is a person's
    name (the name then a count: the count no column); 0 otherwise."""
    k = max(head.rfind("·"), head.rfind("・"), head.rfind("•"))
    from reader.core.person_values import han_name_shaped  # (the names' tables: only for such a line)

    return len(head) if k > 0 and han_name_shaped(head[k + 1 :].strip()) else 0


_COLUMN: Final = 8  # (a column's or a category's label is a word or two)
_A_DIGIT: Final = re.compile(r"\d")


# The date line that starts with a word (OUTLET, then the date), and a
# forum post's floor number before a name.
NAME_FIRST: Final = 1
FLOOR: Final = re.compile(r"^#\d+\s+")
BYLINE_DOTS: Final = ("·", "・", "•", "‧", "｜", "|")
# A date with a year anywhere in a short line, for account lines.
DATED: Final = (
    r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*[(（]?(?:周|星期|礼拜)[一二三四五六日天][)）]?)?"
)
DATE_IN_LINE: Final = re.compile(rf"(?<!\d){DATED}(?:\s*{TIME})?")
# The same year, month and day without the groups, for patterns that only test the shape.
YMD: Final = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"


TRAILING_DATE: Final = re.compile(rf"\s+{DATE}(?:\s+{TIME})?$")
# A date in Han numerals, as an office's notice writes it: 二〇二九年十月十五日
_HAN_DATE: Final = re.compile(
    r"([〇○零一二三四五六七八九]{4})\s*年\s*(十[一二]?|[一二三四五六七八九])\s*月"
    r"\s*([二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日"
)


def han_dates(text: str) -> str:
    """``text`` with its dates in Han numerals written in digits (二〇二九年十月十五日 → 2029年10月15日)."""
    return _HAN_DATE.sub(lambda m: "{}年{}月{}日".format(*(han_number(g) for g in m.groups())), text)


def fold_digits(text: str) -> str:
    return text.translate(FULLWIDTH_DIGITS)


FULLWIDTH_DIGITS: Final = {0xFF10 + i: str(i) for i in range(10)}


def split_date(value: str) -> tuple[str | None, str | None]:
    """'刘杨楠 2024-05-28' -> ('刘杨楠', '2024-05-28')."""
    m = TRAILING_DATE.search(value)
    if not m or not (date := format_date(m)):
        return value.strip() or None, None
    return value[: m.start()].strip() or None, date


def format_date(m: re.Match[str]) -> str | None:
    """ISO 8601 when the year is known (2024-05-28 19:40); otherwise the
    month and day as written (10月26日), since inventing a year is wrong.
    None if it is no calendar date (13/45 is a fraction, not a date)."""
    found = m.groupdict()
    get = found.get
    month = get("m")
    month = int(month) if month else MONTHS[(get("mon") or found["mon2"])[:3]]
    day, year = int(get("d") or found["d2"]), get("y")
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year and (len(year) != _YEAR or not year.isascii()):
        year = f"{int(year):04d}"  # (a year in other digits; four ASCII digits are their own form)
    text = f"{year}-{_PADDED[month]}-{_PADDED[day]}" if year else f"{month}月{day}日"
    time = get("time")
    if not time:
        return text
    # 24-hour clock with two digits (上午8:41 is 08:41, 晚上9:35 is 21:35)
    hour, rest = time.split(":", 1)
    h = int(hour)
    if h < 12 and get("half") in ("下午", "晚上"):
        h += 12
    after = m.string[m.end() : m.end() + _AMPM]
    if "m" in after or "M" in after:  # (am or pm after it: no other character lowers to an m)
        h = _clock_half(after, h)
    return f"{text} {_PADDED[h] if h < len(_PADDED) else h}:{rest}"


_YEAR: Final = 4
# Two digits for a month, a day or an hour (an int's format spec, :02d, costs more than the rest of the date)
_PADDED: Final = tuple(f"{i:02d}" for i in range(128))


_AMPM: Final = 5  # (" p.m." after the clock)


def _clock_half(after: str, hour: int) -> int:
    """The hour on a 24-hour clock when an English am/pm follows the time
    (2027年2月5日 6:20PM is 18:20, 12:05 a.m. 00:05); read after the match,
    so what a date line's pattern takes stays as it was."""
    word = after.lstrip().lower().replace(".", "")
    half = word[:2]
    if half not in ("am", "pm") or word[2:3].isalpha() or not 1 <= hour <= 12:
        return hour
    return hour % 12 + (12 if half == "pm" else 0)


# What the page's own day is labelled by: 发布日期, 更新时间, 出版日期, 公告日期 (上载: 上传 as Hong Kong writes it).
_PUBLISHING: Final = tuple("发布 发表 更新 修改 编辑 首发 出版 公告 公布 刊登 刊出 上传 上载 发文".split())
_LABEL_CHARS: Final = 6  # (a date's label: 崇拜日期, 上载)


def _label_before(folded: str, start: int, end: int) -> str:
    """The Han label whose colon ends right before ``end`` (spaces between), no
    earlier than ``start``: 崇拜日期 of …｜崇拜日期：; "" for none."""
    k = len(folded[start:end].rstrip()) + start - 1
    if k < start or folded[k] not in ":：":
        return ""
    j = k
    while j > start and k - j < _LABEL_CHARS and "\u3400" <= folded[j - 1] <= "\u9fff":
        j -= 1
    return folded[j:k].strip()


def published_past_event(folded: str, first: re.Match[str]) -> str | None:
    """The day a publishing label gives further along a row whose ``first``
    date an event's label names (崇拜日期：2029年3月11日｜上载：2029年3月14日): the
    page's own day; None when the first date's label is no event's."""
    if not event_label(_label_before(folded, 0, first.start())):
        return None
    for d in DATE_IN_LINE.finditer(folded, first.end()):
        if _label_before(folded, first.end(), d.start()).startswith(_PUBLISHING):
            return format_date(d)
    return None


# A second day after a date, its dash first (—3月18日, ~18日, 至2029年3月18日): the date is a span's start.
_SPAN_END: Final = re.compile(r"\s*[—–~至到-]\s*(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日")


def day_span(folded: str, end: int) -> bool:
    """The date that ends at ``end`` of ``folded`` opens a span of days (3月12日—3月18日)."""
    return _SPAN_END.match(folded, end) is not None


def event_label(label: str) -> bool:
    """A date's label (folded) that names another day than the page's:
    答辩日期, 截止日期 (not 发布日期, nor a bare 日期)."""
    return 2 < len(label) <= 6 and label.endswith(("日期", "时间")) and not label[:-2].endswith(_PUBLISHING)


# A publishing label's words (a day field so named is the page's own day: 發佈日：)
_PUBLISHING_WORDS: Final = tuple(
    "发布 發布 發佈 发表 發表 更新 修改 编辑 編輯 首发 首發 出版 成文 刊登 上线 上線".split()
)
_DAY_LABEL: Final = 5


def day_field(text: str) -> bool:
    """``text`` opens with a day field named by its event (申請日：, 截止日：), no publishing label."""
    label = text[: max(text.find("："), text.find(":"))].rstrip()
    return 2 <= len(label) <= _DAY_LABEL and label[-1] == "日" and not label.startswith(_PUBLISHING_WORDS)


_REVISED: Final = ("修改", "更新", "编辑")
_LABEL_GAP: Final = 6  # (the label, 于/时间, its colon)


def revised_date(folded: str) -> str | None:
    """The date right after a revision's label past the line's start (建立：…｜修改：2029年11月5日 上午1:08)."""
    k = max(folded.find(word, 2) for word in _REVISED)
    d = DATE_IN_LINE.search(folded, k) if k > 0 else None
    return format_date(d) if d and d.start() - k <= _LABEL_GAP else None


# A date of the Republic of China's calendar, its year named so (民國118年3月5日); a weekday after it (folded).
_NAMED_ROC: Final = re.compile(r"(?:中华)?民国\s*1[01]\d\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_WEEKDAY: Final = re.compile(r"\s*(?:(?:星期|礼拜)[一二三四五六日天]|[(（][一二三四五六日][)）])?\s*")


def named_roc(line: str, folded: str, alone: bool = False) -> str | None:
    """The date in ``line`` whose year is named the Republic's (民國118年3月5日), as
    written (no year of ours invented); ``alone``: only if the line is that date
    (and its weekday) and nothing else, named 民國 (a page's date line), not 中華民國."""
    m = _NAMED_ROC.search(folded)
    if m is None or not (1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(2)) <= 31):
        return None
    if alone and (m.start() or folded[0] == "中" or not _WEEKDAY.fullmatch(folded, m.end())):
        return None  # (中華民國… alone: a notice's formal sign-off under its signer, the notice's own line)
    return line[m.start() : m.end()]


__all__ = [
    "BYLINE_DOTS",
    "DATE",
    "DATED",
    "DATE_IN_LINE",
    "DATE_LABEL",
    "DATE_LINES",
    "DATE_THEN_NAME",
    "ENGLISH_DATE",
    "FLOOR",
    "FULLWIDTH_DIGITS",
    "LABELLED",
    "MONTH",
    "MONTHS",
    "NAME_FIRST",
    "OUTLET",
    "TIME",
    "TRAILING_DATE",
    "YMD",
    "date_then_name",
    "dated_writer",
    "day_field",
    "day_first",
    "day_span",
    "event_label",
    "fold_digits",
    "format_date",
    "han_dates",
    "named_roc",
    "published_after_edit",
    "published_past_event",
    "revised_date",
    "split_date",
    "year_first",
]
