"""The headline's shape: what a headline looks like on its own line.

A headline is short (about 8 to 60 characters), does not end like a
sentence, is not navigation, a handle or a credit line. Also the helpers
around it: a title without the site's name after it, a lead shortened to a
title, a heading's words, a dateline's date. Where headlines sit (as a
Markdown ``#`` heading, right before a byline or a date line, repeated in a
page's ``<title>``) is scored in ``title_choice``.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.wide_gaps import WIDE_GAP

_MAX_TITLE: Final = 64
_MIN_TITLE: Final = 2
# A shortened lead keeps at most this many characters.
_LEAD_TITLE: Final = 40
# A lead-in before a colon that is dropped from a lead title: "就在刚刚，噩耗传来："
_LEAD_IN: Final = 14
_LEAD_LABEL: Final = re.compile(r"^[【\[]([^】\]]{1,16})[】\]]\s*")
_SENTENCE: Final = re.compile(r"^.+?[。！？!?](?=[^。！？!?”」』\"']|$)|^.+$")
_CLAUSE_BREAKS: Final = "，,；;、：:"
MARKDOWN_HEADING: Final = re.compile(r"^#{1,6}\s+(.+?)(?:\s+#+)?$")
_NOT_HEADLINE_END: Final = tuple("。.，,：:；;、")
_CLOSING_QUOTES: Final = "」』”’\"'"
_NOT_HEADLINE: Final = re.compile(r"^(?:https?://|www\.)|[\\/]\w+\.\w{2,5}$|^\W*\d*\W*$")


def is_headline_shaped(line: str) -> bool:
    """Short, not a sentence or a clause that goes on (ends in 。 , ：),
    not a URL or a path."""
    return (
        _MIN_TITLE <= len(line) <= _MAX_TITLE
        and not line.endswith(_NOT_HEADLINE_END)
        # (a sentence that closes a quote: …他說：「真係好多謝你哋。」)
        and not (line[-1:] in _CLOSING_QUOTES and line.rstrip(_CLOSING_QUOTES).endswith("。"))
        # (its start asked first: past it only a path's slash can match, and most lines have none)
        and not (_NOT_HEADLINE.match(line) or (("/" in line or "\\" in line) and _NOT_HEADLINE.search(line)))
    )


_TEASED: Final = 8  # (another story's headline after a teaser's label is as long as a headline: 最新：3月號 is a field)


def banner_line(text: str) -> bool:
    """Over the headline, a banner's line: a call wholly in bold that exclaims
    (**…下載即送手洗一次！**, or **…報名開始！…送完即止。**: sentences, one ending
    with ！); or a teaser, a two-character label and its colon before another
    story's headline (熱門：某食堂7月菜單出爐，一餐只要30元, 最新：…)."""
    if text[2:3] in ("：", ":"):  # (string tests first: most lines have no colon there)
        rest = text[3:].strip()
        han = "\u3400" <= text[0] <= "\u9fff" and "\u3400" <= text[1] <= "\u9fff"
        return han and len(rest) >= _TEASED and "。" not in rest and is_headline_shaped(rest)
    end, inner = text[-3:-2], text[2:-2]
    exclaims = end in ("！", "!") or (end == "。" and ("！" in inner or "!" in inner))
    return text[:2] == "**" and text[-2:] == "**" and exclaims and "**" not in inner


# A user's handle: Latin lowercase words joined by dots or underscores
# (lin.yuehan_books, @chen_hsin), no Han and no spaces.
HANDLE: Final = re.compile(r"@[\w.]{2,30}|[a-z0-9]+(?:[._][a-z0-9]+)+")
# A label and its value (发布时间：2025年…, 浏览次数：4871; a score, 3:2, is none): two of
# them make a row of page metadata; one with a count or a bracketed control after it too.
_LABEL_VALUE: Final = re.compile(r"(?:^|(?<=\s))(?!\d+[:：]\d(?!\d))[^\s:：，。,]{1,8}[:：]\s*(?=\S)")
_LABEL_COUNT: Final = re.compile(r"^[^\s:：，。,]{1,8}[:：]\s*(?:\d[\d,.]*|[\[【［].{1,12}[\]】］])$")


# A date (2025-11-22, 2025年11月22日, 2025.11.22 09:30) and at most a short
# label beside it (｜街坊故事, （週四）, 社區 ·): a dateline, never a headline.
_DATE: Final = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号號]?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
_YEAR: Final = re.compile(r"\d{4}")
_DATED_LABEL: Final = re.compile(rf"[^\d\s]{{0,8}}\W*(?P<date>{_DATE})\W*[^\d\s]{{0,8}}\W*")


def dateline_date(line: str) -> str | None:
    """The date of a line that is a date and at most a short label beside
    it (2025-11-22｜街坊故事 gives 2025-11-22), or None."""
    text = line.strip()
    # (a labelled date, 日期：2025年12月3日, is a field: an event's, perhaps)
    # (no search for a year first: the anchored match fails within a few characters on prose, the search
    # scans a paragraph whole; a date line has its year anyway)
    m = _DATED_LABEL.fullmatch(text) if "：" not in text and ":" not in text[:6] else None
    return m.group("date") if m else None


# A section's name and its English (校園 CAMPUS, 特展 Special Exhibition): a label, not a headline.
BILINGUAL_LABEL: Final = re.compile(r"^[\u3400-\u9fff]{2,6}\s+[A-Za-z][A-Za-z&' -]{2,30}$")


def is_furniture_shaped(line: str) -> bool:
    """A line that is page furniture by its shape, never a headline: a
    handle, a row of labelled values (发布时间：… 浏览次数：… 字号：…), a
    label with a count or a control after it, a date with a short label
    (2025-11-22｜街坊故事)."""
    text = line.strip()
    if HANDLE.fullmatch(text):
        return True
    if (_YEAR.search(text) and _DATED_LABEL.fullmatch(text)) or BILINGUAL_LABEL.match(text):
        return True
    if ":" not in text and "：" not in text:
        return False  # (a label's colon in neither rule below: most lines have none)
    if _LABEL_COUNT.match(text):
        return True
    return len(_LABEL_VALUE.findall(text)) >= 2


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
    first = _SENTENCE.match(text)
    sentence = (first.group(0) if first else text).rstrip("。.，,：:；;、 ")
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


# A title with the site's name after it: 标题_新浪财经_新浪网, 标题 - 生活 - 站名,
# 标题｜星島頭條. The separators need spaces, except the unambiguous ones.
_SITE_SUFFIX: Final = re.compile(r"\s*(?:_|\s[-–—|]\s|｜|\s\|)\s*")


def strip_site(title: str, site: str | None = None) -> str:
    """``title`` without the site's name after it. With ``site`` (a page's
    og:site_name), only that name and what follows it go, or, the name
    leading the title, all but its last part; without, the part before the
    first separator is the title when it is long enough."""
    if (
        site is None
        and "_" not in title
        and "-" not in title
        and "|" not in title
        and "｜" not in title
        and "–" not in title
        and "—" not in title
    ):
        return title  # (no separator _SITE_SUFFIX splits at: nothing to split off, as most lines)
    parts = _SITE_SUFFIX.split(title)
    if len(parts) < 2:
        # (a bare hyphen before the site's name: 标题-临江市消防救援支队)
        if site and len(site) >= 2 and title.endswith(site) and title[: -len(site)].endswith(_BARE_SEPARATORS):
            stem = title[: -len(site)].rstrip("".join(_BARE_SEPARATORS) + " ")
            return stem if len(stem) >= _MIN_LEAD_STEM else title
        return title
    if site:
        for k in range(1, len(parts)):
            if site in parts[k] or parts[k] in site:
                return _SITE_SUFFIX.split(title, maxsplit=k)[0] if k > 1 else parts[0]
        # (the site's name first, then its column, then the headline: 某區公所 - 最新消息 - 標題)
        if parts[0] == site and len(parts[-1]) >= _MIN_LEAD_STEM:
            return parts[-1]
        return title
    return parts[0] if len(parts[0]) >= _MIN_LEAD_STEM else title


_MIN_LEAD_STEM: Final = 6


# A counter in brackets leading a <title>: the site's notices, page chrome (12 封私信 / 80 条消息), (3)
_COUNTED: Final = r"\d[\d,]*\+?\s*[^\d()（）/]{1,6}"  # (a number and its noun: 12 封私信)
_COUNTER_LEAD: Final = re.compile(rf"[(（]\d[\d,]*\+?(?:\s*[^\d()（）/]{{1,6}}(?:\s*/\s*{_COUNTED})*)?[)）]\s+(?=\S)")


def without_counter(title: str) -> str:
    """``title`` without a bracketed counter before it (12 封私信 / 80 条消息) 为什么…？, (3) 某某"""
    if title[:1] not in "(（" or (m := _COUNTER_LEAD.match(title)) is None:
        return title  # (a string test first: most titles open with no bracket)
    return title[m.end() :]


_BARE_SEPARATORS: Final = ("-", "–", "—", "|", "·")


# A line that says it is the title: 标题：…, 標題 [問卦] …, Title: …
TITLE_LABEL: Final = re.compile(r"^(?:标题|標題|题目|題目|title)(?:\s*[:：]\s*|\s+)(?=\S)", re.IGNORECASE)


_FIGURE: Final = re.compile(r"\d")
_FIGURE_PART: Final = 10


def is_figure_row(text: str) -> bool:
    """Three parts or more set apart by wide gaps, two of them with figures
    (沙田　11月30日（日）　距開跑 1日 20小時), or two short parts each led by
    a figure (4.8分　1.2万人做过): a widget's row of values."""
    if "\u3000" not in text and "  " not in text:
        return False
    parts = WIDE_GAP.split(text)
    if len(parts) == 2:
        # (two short parts each led by a figure: a rating and a count, 4.8分　1.2万人做过)
        return all(len(part) <= _FIGURE_PART and part[:1].isdigit() for part in parts)
    return len(parts) >= 3 and sum(1 for part in parts if _FIGURE.search(part)) >= 2


def shown_part(title: str, head: list[str]) -> str | None:
    """The one part of ``title`` between its separators (a column's label, the
    headline, the site's name) that a Markdown heading of the page's ``head``
    shows alone: the headline; the other parts are the page's labels."""
    parts = _SITE_SUFFIX.split(title)
    if len(parts) < 2:
        return None
    shown = {heading_text(text) for text in head if text[:1] == "#"}
    return next((part for part in parts if len(part) >= _MIN_LEAD_STEM and part in shown), None)


def heading_text(line: str) -> str:
    m = MARKDOWN_HEADING.match(line)
    if m:
        return m.group(1)
    m = TITLE_LABEL.match(line)
    return line[m.end() :] if m else line


__all__ = [
    "BILINGUAL_LABEL",
    "HANDLE",
    "MARKDOWN_HEADING",
    "TITLE_LABEL",
    "dateline_date",
    "heading_text",
    "is_figure_row",
    "is_furniture_shaped",
    "is_headline_shaped",
    "lead_title",
    "shown_part",
    "strip_site",
    "without_counter",
]
