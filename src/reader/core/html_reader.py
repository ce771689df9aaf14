"""Saved web pages (``.html``, ``.htm``): the page's main text, title,
author, date and site name, by trafilatura (imported on first use: it is
heavy), with the blocks of the article it left out restored from the DOM
(:mod:`reader.core.html_dom`) and the metadata read as the page's markup
writes it (its <meta>, <title> and publishing time). The reader
:data:`reader.core.formats.FORMATS` names for both suffixes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from reader.core.cms_site import cms_site
from reader.core.decoding import decode_bytes
from reader.core.deed_rows import deed_row
from reader.core.disputed_titles import disputed_h1
from reader.core.event_dates import publication_date
from reader.core.headline import without_counter
from reader.core.html_dom import _CREDIT_BLOCK, _block_text, _date_over_headline, _restore_from_dom, labelled_date
from reader.core.markup_headings import heading_title
from reader.core.markup_sites import as_written as _as_written
from reader.core.markup_sites import grown_name
from reader.core.markup_sites import page_title as _page_title
from reader.core.meta_records import MetaLine
from reader.core.metadata import Hints, clean_hint_author, parse_meta_line
from reader.core.person_values import han_name_shaped
from reader.core.readers import Page, file_name

# Characters XML cannot hold (C0 controls but tab and line ends, lone
# surrogates, non-characters), which lxml refuses in the text it is given.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True, slots=True)
class HtmlPage(Page):
    """A saved web page's text, with the rows of its tables (cells apart by
    tabs) that the markup sets as a head (<th>): the view rules them off.
    (A class of its own, loaded with this module: a field of Page would cost
    every start its generated methods' compile, pages or not.)"""

    head_rows: frozenset[str] = frozenset()


def read_html(data: bytes, path: Path) -> Page:
    """A saved web page: trafilatura finds the main text and the metadata in
    the DOM. Comments and tables are left out."""
    import trafilatura  # heavy (lxml, jusText, dateparser helpers): load on first use

    decoded = decode_bytes(data)
    # (a stray control character, which browsers show as nothing, made
    # lxml refuse to edit the tree it had parsed: the page failed to open)
    html = _NOT_XML.sub("", decoded.text)
    try:
        doc = _extract(trafilatura, html)
    except Exception:
        doc = None
    if doc is None:
        return Page(_block_text(html), Hints(name=file_name(path)), plain=False, replaced=decoded.replaced)

    def get(key: str) -> Any:
        return doc.get(key) if isinstance(doc, dict) else getattr(doc, key, None)

    label, title = heading_title(_spaced_parts(without_counter(get("title") or "") or None), html)
    if title and label is None and title == get("title"):
        title = disputed_h1(title, html) or title  # (og:title and <title> apart: the page's <h1>)
    hints = Hints(
        title=title,
        label=label,
        source=_as_written(get("sitename"), html) or cms_site(html) or _title_site(title) or _owned_site(html),
        author=_hint_author(get("author") or _meta_author(html)),
        date=_with_time(publication_date(get("date") or None, html), html),
        name=file_name(path),
    )
    # trafilatura marks list items with "- "; the reader shows them as lines.
    text = _LIST_ITEM.sub("", get("text") or "")
    if _collapsed(text):
        # Its fallback can return the whole page as one line; the page's own
        # blocks are better, and cleaning removes what is not the article.
        text = _block_text(html) or text
    head_rows: set[str] = set()
    text, (credits, field_source, row, captions) = _restore_from_dom(html, text, head_rows)
    hints = replace(hints, credits=credits, field_source=field_source, captions=captions)
    if row is not None:
        hints = _with_row(hints, row)
    if hints.date is None and "<h1" in html:
        hints = replace(hints, date=_date_over_headline(html))
    if hints.date is None and ("<dt" in html or "<th" in html):
        hints = replace(hints, date=labelled_date(html))
    return HtmlPage(text, hints, plain=False, replaced=decoded.replaced, head_rows=frozenset(head_rows))


def _with_row(hints: Hints, row: MetaLine) -> Hints:
    """The page's fields row (来源：…　作者：融媒记者 X 通讯员 Y　发布时间：2025-11-28 17:46)
    completing what the extractor found: all the names the row gives after
    the one it took, the time of day of the same day."""
    author, date = hints.author, hints.date
    names = (row.author or "").split()
    if names and (author is None or (len(names) > 1 and names[0] == author and all(map(han_name_shaped, names)))):
        author = row.author
    if row.date and (date is None or (row.date.startswith(date) and len(row.date) > len(date))):
        date = row.date
    return replace(hints, author=author, date=date)


# An extraction that holds several paragraphs on one line.
_LONG_LINE = 100
_SENTENCE_ENDS = re.compile(r"[。！？!?][”」』\"]?\s+\S")


def _collapsed(text: str) -> bool:
    return any(len(line) > _LONG_LINE and len(_SENTENCE_ENDS.findall(line)) >= 2 for line in text.split("\n"))


# The latest date a page may give. htmldate's default is the machine's today,
# which made the same file's date depend on the day it was read (a page
# dated after the clock fell back to another date, and the cache kept it).
_LATEST = "2099-12-31"


def _extract(trafilatura: Any, html: str) -> Any:
    return trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        # Layout tables (forums, government sites) would come out as one
        # "| cell | cell |" line holding the whole article.
        include_tables=False,
        deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True, "max_date": _LATEST},
    )


_LIST_ITEM = re.compile(r"^- (?=\S)", re.MULTILINE)
# A bracket the extractor left open after a name: 鍾立衡（本院某中心副研究員
_OPEN_NOTE = re.compile(r"\s*[(（][^()（）]*$")
_NAME_LIST = re.compile(r"\s*;\s*")


def _hint_author(value: str | None) -> str | None:
    """The author the extractor found, read as a credit line when it is one
    (文：某某媒体部　图：孔令杰: a photographer's credit is never the author),
    without a note in a bracket it left open."""
    if not value:
        return None
    value = _OPEN_NOTE.sub("", value.strip()) or value
    if ";" in value and 1 < len(names := _NAME_LIST.split(value)) <= 4 and all(map(han_name_shaped, names)):
        return " ".join(names)  # (the markup's several authors, as trafilatura joins them: 贾明远; 宁筱)
    marked = any(c in value for c in ":：/／|｜")
    if ";" in value and not marked:
        # (the page's slash, as trafilatura joins the parts: 文字記者 X　攝影記者 Y; 花蓮報導)
        value, marked = value.replace("; ", " / "), True
    if len(value) <= _CREDIT_BLOCK and marked:
        from reader.core.folding import fold

        meta = parse_meta_line(value, fold(value))
        if meta is not None and meta.credits:
            return clean_hint_author(meta.author) if meta.author else None
        if credits := deed_row(value):  # (the byline's row without its date: 團長 X 記｜照片：副團長 Y｜)
            return credits[0][1]
    return clean_hint_author(value)


# The author's keys in a page's <meta>: the standard one, Open Graph's, and
# those of common publishing tools (Dublin Core, Parse.ly, Sailthru).
_AUTHOR_KEYS = r"author|article:author|parsely-author|dc\.creator|dcterms\.creator|sailthru\.author|byl"
# <meta name="author" content="…">, either attribute first (trafilatura rejects some one-word CJK names).
_META_AUTHOR = re.compile(
    rf"<meta\s[^>]*?(?:name|property)=[\"'](?:{_AUTHOR_KEYS})[\"'][^>]*?content=[\"']([^\"'<>]{{1,60}})[\"']"
    rf"|<meta\s[^>]*?content=[\"']([^\"'<>]{{1,60}})[\"'][^>]*?(?:name|property)=[\"'](?:{_AUTHOR_KEYS})[\"']",
    re.IGNORECASE,
)


# The publishing time in a page's markup: article:published_time,
# datePublished (JSON-LD), publishdate, pubdate; ISO date, then a time.
_PUBLISHED_AT = re.compile(
    r"(?:published_time|datePublished|publishdate|pubdate|publish_date)[\"']?[^<>{}]{0,40}?"
    r"(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})",
    re.IGNORECASE,
)
_INVISIBLE_PARTS = re.compile(r"<(script|style|head)\b.*?</\1\s*>|<[^>]*>", re.DOTALL | re.IGNORECASE)


def _with_time(date: str | None, html: str) -> str | None:
    """trafilatura's date (a day) with the time of day the page's markup
    gives for the same day (2025-09-05 -> 2025-09-05 06:30), when the page
    also shows that time to its reader (06:30, or 5:00 AM for 05:00): a
    time only in the markup may be a server's clock in another zone."""
    if not date or len(date) != 10:
        return date
    m = _PUBLISHED_AT.search(html[:100_000])
    if not m or m.group(1) != date:
        return date
    hour, minute = int(m.group(2)), m.group(3)
    shown = rf"(?<![\d:])0?{hour}:{minute}(?::\d\d)?(?![\d:])"  # (its seconds may follow: 21:00:00+08:00)
    if hour > 12:
        shown = rf"(?:{shown}|(?<![\d:]){hour - 12}:{minute}\s*(?:pm|p\.m\.))"
    visible = _INVISIBLE_PARTS.sub(" ", html[:200_000])
    return f"{date} {hour:02d}:{minute}" if re.search(shown, visible, re.IGNORECASE) else date


# A <title> with the channel and the site after it: 标题_协会动态_华夏茶产业协会
_TITLE_PARTS = re.compile(r"\s*(?:_|\s[-–—|]\s|｜)\s*")
_SITE_PART = re.compile(r"[\u3400-\u9fff][\u3400-\u9fffA-Za-z0-9]{1,19}")


# A hyphen between two Han characters, as a <title>'s parts may be joined:
# 标题-栏目-站名
_UNSPACED_PART = re.compile(r"(?<=[\u3400-\u9fff）」》”])-(?=[\u3400-\u9fff])")
_MIN_TITLE_PART = 8


def _spaced_parts(title: str | None) -> str | None:
    """A <title> whose headline, channel and site are joined by bare
    hyphens, written with spaced ones (the separator every rule knows):
    only with two name-shaped parts or more after a headline-long one."""
    if not title:
        return title
    parts = _UNSPACED_PART.split(title)
    if len(parts) >= 3 and len(parts[0]) >= _MIN_TITLE_PART and all(_SITE_PART.fullmatch(part) for part in parts[1:]):
        return " - ".join(parts)
    return title


def _title_site(title: str | None) -> str | None:
    """The site's name at the end of a page's <title>, when the title has
    the article's headline, a channel and the site (three parts or more)."""
    parts = _TITLE_PARTS.split(title or "")
    return parts[-1] if len(parts) >= 3 and _SITE_PART.fullmatch(parts[-1]) else None


# The last part of a <title> of two (标题--榆州市中心血站, 标题 - 站名, and a bare
# hyphen or dash after Han: 标题-临江市消防救援支队, 标题—站名)
_LAST_PART = re.compile(
    r"(?:\s*(?:--|——|_|｜|\|)\s*|\s[-–—]\s|(?<=[\u3400-\u9fff）」》”])[-–—])"
    # (perhaps its English name after it: 福記蠔場 Fook Kee Oyster Farm)
    r"(?P<name>[\u3400-\u9fff][\u3400-\u9fffA-Za-z0-9]{1,19})(?:\s+[A-Z][A-Za-z.&' ]{2,40})?\s*$"
)
# A name the page's rights line states: 某某 版权所有, © 2025 某某, 版权所有：某某, 主办单位：某某
_RIGHTS_AFTER = re.compile(r"\s*(?:版权所有|版權所有|all rights)", re.IGNORECASE)
_RIGHTS_BEFORE = re.compile(
    r"(?:©|copyright|\(c\)|版权所有|版權所有|主办单位|主辦單位|主办|主辦)[\s\d:：,-]*$", re.IGNORECASE
)
_RIGHTS_SPAN = 24


def _owned_site(html: str) -> str | None:
    """The <title>'s own site name, or the longer one the page writes whole more
    often, its place before it (© 2028 桃園市觀音區農會 under …- 觀音區農會)."""
    name = _owned_title_site(html)
    return (grown_name(name, html) or name) if name and len(name) <= _SHORT_SITE else name


_SHORT_SITE = 6


def _owned_title_site(html: str) -> str | None:
    """The site's name after a <title>'s headline (two parts: 标题--榆州市中心血站),
    when the page's logo or rights line names it too (alt="榆州市中心血站",
    榆州市中心血站 版权所有), or both write it whole with the body it belongs to
    before it: the page repeats its own name; a channel's name (标题 - 新闻中心)
    it does not own."""
    m = _LAST_PART.search(_page_title(html))
    if m is None:
        return None
    name = m.group("name")
    if f'alt="{name}"' in html or f"alt='{name}'" in html:
        return name  # (the logo's image names it: <img src="/logo.png" alt="榆州市中心血站">)
    start = html.find(name)
    while start != -1:
        end = start + len(name)
        if _RIGHTS_AFTER.match(html, end, end + _RIGHTS_SPAN) or _RIGHTS_BEFORE.search(
            html, max(0, start - _RIGHTS_SPAN), start
        ):
            return name
        # (or writes it whole, the body it belongs to before it, in its rights line and its logo:
        # 沅江师范学院学生公寓管理中心 of …-学生公寓管理中心)
        if (
            (lead := _LEAD_BODY.search(html, max(0, start - _LEAD_CHARS), start))
            and _RIGHTS_BEFORE.search(html, max(0, lead.start() - _RIGHTS_SPAN), lead.start())
            and f'alt="{(whole := html[lead.start() : end])}"' in html
        ):
            return whole
        start = html.find(name, end)
    return None


_LEAD_CHARS = 10  # (the body's name before the unit's: 沅江师范学院)
_LEAD_BODY = re.compile(rf"[\u3400-\u9fff]{{2,{_LEAD_CHARS}}}$")


def _meta_author(html: str) -> str | None:
    m = _META_AUTHOR.search(html[:100_000])
    if not m:
        return None
    value = (m.group(1) or m.group(2) or "").strip()
    return None if "://" in value else value or None


__all__ = ["read_html"]
