"""Title, source, author and date, read from the head of an article's text.

Scraped articles carry their metadata as lines: a byline (作者：…), a date
line (2024-05-28 19:40 第一财经), an outlet line (新智元報道), and the
headline somewhere among them. The rules here recognise those shapes; they
never look at file names.

Every pattern is matched against the *folded* line (Simplified, lowercase,
half-width; see ``reader.core.folding.fold``), which has the same length as
the original, so values are sliced from the original line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str
    source: str | None = None
    author: str | None = None
    date: str | None = None
    # The byline and credit lines as written (作者：…, （责任编辑：…）): the
    # people finder reads the names in them. Derived from the lines above.
    credits: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True, slots=True)
class MetaLine:
    """A line that states metadata rather than telling the story."""

    kind: str  # "byline", "editor", "date" or "source"
    source: str | None = None
    author: str | None = None
    date: str | None = None


# A weekday after the date (2024年3月5日 週二) says nothing more.
_DATE = (
    r"(?:(?P<y>\d{4})\s*[-/.年]\s*)?(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?:周|星期|礼拜)[一二三四五六日天])?"
)
_TIME = r"(?:(?P<half>上午|下午|早上|晚上|中午)\s*)?(?P<time>\d{1,2}:\d{2}(?::\d{2})?)"
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_MONTH = r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_ENGLISH_DATE = rf"(?:{_MONTH}\s+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+{_MONTH.replace('mon', 'mon2')}),?\s+(?P<y>\d{{4}})"
# An outlet name next to a date: a few words, no sentence punctuation.
_OUTLET = r"(?P<outlet>[^\s,，。.:：!?！？;；()（）]{2,24}(?: [^\s,，。.:：!?！？;；()（）]{1,24}){0,2})"

_DATE_LINES = (
    re.compile(rf"^(?:(?:发布|发表)?(?:时间|日期)[:：]\s*)?{_DATE}(?:\s+{_TIME})?(?:\s+{_OUTLET})?$"),
    re.compile(rf"^{_OUTLET}\s+{_DATE}(?:\s+{_TIME})?$"),
    re.compile(rf"^(?:(?:published|updated)(?: on)?:?\s*)?{_ENGLISH_DATE}$"),
)
# 作者：X / 文|X / 编辑：X / 来源：X, optionally in brackets, optionally with a date.
_ROLE_LINE = re.compile(
    r"^[(（【\[]?\s*(?P<role>作者|文|撰文|编辑|编者|责编|责任编辑|记者|编译|来源|出品|出处|策划|审校|校对|主笔)"
    r"\s*[:：|｜丨/]\s*(?P<value>[^。!?！？]{1,40}?)\s*[)）】\]]?$"
)
# 记者王小明／台北报导
_REPORTER_LINE = re.compile(r"^记者\s*(?P<value>[^\s/／|｜,，:：]{2,10})\s*(?:[/／|｜]\s*\S{1,8}?)?\s*(?:报道|报导)?$")
# By Jane Doe / By Jane Doe, Reuters: matched on the original line, since a
# name is capitalised ("By the end of the year" is a sentence).
_ENGLISH_BYLINE = re.compile(r"^By\s+(?P<value>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})(?:\s*(?:,|and|\|)\s*.{0,40})?$")
# (本文作者饭统戴老板，财经自媒体)
_AUTHOR_NOTE = re.compile(r"^[(（]\s*本文作者[:：]?\s*(?P<value>[^,，。)）]{1,20})[^)）]{0,40}[)）]$")
# 新智元报道 / 记者 X 报道: an outlet (or reporter) line.
_REPORT_LINE = re.compile(r"^(?P<value>[^\s,，。:：]{2,12})\s*(?:报道|报导|讯)$")
_TRAILING_DATE = re.compile(rf"\s+{_DATE}(?:\s+{_TIME})?$")

_EDITOR_ROLES = {"编辑", "编者", "责编", "责任编辑", "策划", "审校", "校对"}
_SOURCE_ROLES = {"来源", "出品", "出处"}


def parse_meta_line(line: str, folded: str) -> MetaLine | None:
    """What metadata ``line`` states, or None if it is not a metadata line."""
    if len(line) > 60:
        return None
    for pattern in _DATE_LINES:
        if (m := pattern.match(folded)) and (date := _format_date(m)):
            return MetaLine("date", source=_span(line, m, "outlet"), date=date)
    if m := _AUTHOR_NOTE.match(folded):
        return MetaLine("byline", author=_span(line, m, "value"))
    if m := _ROLE_LINE.match(folded):
        value, date = _split_date(line[m.start("value") : m.end("value")])
        role = m.group("role")
        if role in _SOURCE_ROLES:
            return MetaLine("byline", source=value, date=date)
        if role in _EDITOR_ROLES:
            return MetaLine("editor", author=value, date=date)
        return MetaLine("byline", author=value, date=date)
    if m := _REPORTER_LINE.match(folded):
        return MetaLine("byline", author=_span(line, m, "value"))
    if m := _ENGLISH_BYLINE.match(line):
        return MetaLine("byline", author=_span(line, m, "value"))
    if m := _REPORT_LINE.match(folded):
        return MetaLine("source", source=_span(line, m, "value"))
    return None


def merge(lines: list[MetaLine]) -> tuple[str | None, str | None, str | None]:
    """Source, author and date from metadata lines, first statement wins; an
    editor counts as the author only if no line names an author."""
    source = next((m.source for m in lines if m.source), None)
    author = next((m.author for m in lines if m.author and m.kind != "editor"), None)
    author = author or next((m.author for m in lines if m.author), None)
    date = next((m.date for m in lines if m.date), None)
    return source, author, date


def _span(line: str, m: re.Match[str], group: str) -> str | None:
    if m.groupdict().get(group) is None:
        return None
    return line[m.start(group) : m.end(group)].strip() or None


def _split_date(value: str) -> tuple[str | None, str | None]:
    """'刘杨楠 2024-05-28' -> ('刘杨楠', '2024-05-28')."""
    m = _TRAILING_DATE.search(value)
    if not m or not (date := _format_date(m)):
        return value.strip() or None, None
    return value[: m.start()].strip() or None, date


def _format_date(m: re.Match[str]) -> str | None:
    """ISO 8601 when the year is known (2024-05-28 19:40); otherwise the
    month and day as written (10月26日), since inventing a year is wrong.
    None if it is no calendar date (13/45 is a fraction, not a date)."""
    found = m.groupdict()
    if found.get("m"):
        month = int(found["m"])
    else:
        month = _MONTHS[(found.get("mon") or found["mon2"])[:3]]
    day, year = int(found.get("d") or found["d2"]), found.get("y")
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    text = f"{int(year):04d}-{month:02d}-{day:02d}" if year else f"{month}月{day}日"
    time = found.get("time")
    if time and found.get("half") in ("下午", "晚上"):
        hour, rest = time.split(":", 1)
        if int(hour) < 12:
            time = f"{int(hour) + 12}:{rest}"
    return f"{text} {time}" if time else text


# -- the headline --------------------------------------------------------------

_MAX_TITLE = 64
_MIN_TITLE = 2
# A shortened lead keeps at most this many characters.
_LEAD_TITLE = 40
# A lead-in before a colon that is dropped from a lead title: "就在刚刚，噩耗传来："
_LEAD_IN = 14
_LEAD_LABEL = re.compile(r"^[【\[]([^】\]]{1,16})[】\]]\s*")
_SENTENCE = re.compile(r"^.+?[。！？!?](?=[^。！？!?”」』\"']|$)|^.+$")
_CLAUSE_BREAKS = "，,；;、：:"
_MARKDOWN_TITLE = re.compile(r"^#\s+(.+?)(?:\s+#+)?$")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(.+?)(?:\s+#+)?$")
_NOT_HEADLINE_END = tuple("。.，,：:；;、")
_NOT_HEADLINE = re.compile(r"^(?:https?://|www\.)|[\\/]\w+\.\w{2,5}$|^\W*\d*\W*$")


def is_headline_shaped(line: str) -> bool:
    """Short, not a sentence or a clause that goes on (ends in 。 , ：),
    not a URL or a path."""
    return (
        _MIN_TITLE <= len(line) <= _MAX_TITLE
        and not line.endswith(_NOT_HEADLINE_END)
        and not _NOT_HEADLINE.search(line)
    )


def lead_title(paragraph: str) -> str:
    """A headline made from the article's first paragraph, for articles whose
    headline is not on a line of its own (000_*: the outlet line, the byline,
    then the 【新智元導讀】 lead).

    The lead's first sentence says what the article is about; a short lead-in
    before a colon ("就在剛剛,噩耗傳來:") and a bracketed label are not part of
    it. Longer sentences are cut at a clause break, with an ellipsis to show
    that they were cut; nothing is ever added.
    """
    text = _LEAD_LABEL.sub("", paragraph.strip())
    sentence = _SENTENCE.match(text).group(0).rstrip("。.，,：:；;、 ")
    for colon in ("：", ":"):
        head, sep, tail = sentence.partition(colon)
        if sep and len(head) <= _LEAD_IN and len(tail) >= _MIN_TITLE:
            sentence = tail
            break
    if len(sentence) <= _LEAD_TITLE:
        return sentence
    cut = max(sentence.rfind(ch, 0, _LEAD_TITLE) for ch in _CLAUSE_BREAKS)
    if cut >= _MIN_TITLE:
        return sentence[:cut] + "…"
    return sentence[: _LEAD_TITLE - 1] + "…"


def choose_title(
    lines: list[str],
    candidate: list[bool],
    meta: list[bool],
    kept: list[bool],
    head_end: int,
) -> tuple[str | None, list[int]]:
    """The headline among the first ``head_end`` lines, and the lines it uses.

    ``candidate`` marks lines no boilerplate rule rejected, ``meta`` the
    metadata lines, ``kept`` the lines that survive cleaning. In order:

    0. a Markdown level-one heading (# Title);
    1. a headline-shaped line repeated in the head (scrapers often keep both
       the page title and the article's own headline);
    2. a headline-shaped line right next to a byline or date line;
    3. the first headline-shaped line that survives cleaning.

    None when the head has no headline; the caller then uses
    :func:`lead_title` on the first paragraph.
    """
    head = [i for i in range(head_end) if candidate[i] and not meta[i] and is_headline_shaped(lines[i])]
    for i in head:
        if m := _MARKDOWN_TITLE.match(lines[i]):
            return m.group(1), [i]
    seen: dict[str, int] = {}
    for i in head:
        if lines[i] in seen:
            return _heading_text(lines[i]), [j for j in head if lines[j] == lines[i]]
        seen[lines[i]] = i
    for i in head:
        if _next_to_meta(i, meta, candidate, len(lines)):
            return _heading_text(lines[i]), [i]
    for i in head:
        if kept[i]:
            return _heading_text(lines[i]), [i]
    return None, []


def _heading_text(line: str) -> str:
    m = _MARKDOWN_HEADING.match(line)
    return m.group(1) if m else line


def _next_to_meta(i: int, meta: list[bool], candidate: list[bool], n: int) -> bool:
    """Whether the nearest lines around ``i`` that are not boilerplate include
    a metadata line."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < n and not candidate[j]:
            j += step
        if 0 <= j < n and meta[j]:
            return True
    return False


__all__ = [
    "MetaLine",
    "Metadata",
    "choose_title",
    "is_headline_shaped",
    "lead_title",
    "merge",
    "parse_meta_line",
]
