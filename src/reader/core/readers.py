"""File formats, one small table: a reader per suffix turns a file's bytes
into text for cleaning, with whatever metadata the format itself carries.

- ``.txt``: decoded text (any of the encodings ``reader.core.decoding`` knows);
- ``.md``: the same, with a YAML front matter block read for its title,
  author and date and taken out of the text;
- ``.html`` / ``.htm``: the page's main text, title, author, date and site
  name, by trafilatura (:mod:`reader.core.html_reader`, imported on first use).

A new format is one more entry in :data:`reader.core.formats.FORMATS`.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import cast

from reader.core.decoding import Decoded, decode_bytes
from reader.core.disputed_titles import latin_over_han
from reader.core.formats import FORMATS, format_of
from reader.core.headline import without_counter
from reader.core.markup_headings import subtitled, words_afresh, writes_more
from reader.core.metadata import Hints, clean_hint_author


@dataclass(frozen=True, slots=True)
class Page:
    """A file's text and what its format says about it."""

    text: str
    hints: Hints
    # Whether the text's lines count towards the folder's template lines
    # (a web page's extractor has already removed its template).
    plain: bool = True
    # Invalid bytes replaced by U+FFFD when the file was decoded.
    replaced: int = 0


Reader = Callable[[bytes, Path], Page]


def read_text(data: bytes, path: Path, decoded: Decoded | None = None) -> Page:
    """Plain text. ``decoded``: ``data`` already decoded (a folder's
    pre-pass did it), so no file is decoded twice."""
    decoded = decoded or decode_bytes(data)
    return Page(decoded.text, Hints(name=file_name(path)), replaced=decoded.replaced)


# YAML (--- key: value ---) or TOML (+++ key = value +++) front matter.
_FRONT_MATTER = re.compile(
    r"\A\ufeff?(?:---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)|\+\+\+[ \t]*\n(?P<toml>.*?)\n\+\+\+)[ \t]*(?:\n|\Z)",
    re.DOTALL,
)
_FIELD = re.compile(r"^(?P<key>[A-Za-z_]+)[ \t]*[:=][ \t]*(?P<value>.*?)[ \t]*$", re.MULTILINE)
# A YAML list's items under an empty key (author:\n  - "[[顾晨]]").
_YAML_ITEMS = re.compile(r"(?:\n[ \t]+-[ \t]+[^\n]*)+")
_ITEM = re.compile(r"\n[ \t]+-[ \t]+([^\n]*)")
_WIKI = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]")


def _front_fields(block: str) -> dict[str, str]:
    """key: value pairs of a front matter block; a key with a list under it
    gets its items joined by spaces, without quotes or wiki-link markup."""
    fields: dict[str, str] = {}
    for f in _FIELD.finditer(block):
        value = f.group("value").strip("'\" ")
        if not value and (items := _YAML_ITEMS.match(block, f.end())):
            value = " ".join(i.strip("'\" ") for i in _ITEM.findall(items.group(0)))
        fields.setdefault(f.group("key").lower(), _WIKI.sub(lambda m: m.group(1), value).strip("'\" "))
    return fields


def read_markdown(data: bytes, path: Path, decoded: Decoded | None = None) -> Page:
    """Markdown: front matter (``---`` ... ``---``, or TOML's ``+++``) gives title, author and
    date, and is not part of the article."""
    decoded = decoded or decode_bytes(data)
    text = decoded.text
    m = _FRONT_MATTER.match(text)
    if not m:
        return Page(text, Hints(name=file_name(path)), replaced=decoded.replaced)
    fields = _front_fields(m.group("body") or m.group("toml"))
    body = text[m.end() :]
    title, site = _heading_and_site(without_counter(fields.get("title", "")) or None, body)
    site = _masthead_site(site, body)
    # (a clipper's or a CMS's byline key names the writer too, maybe with a role word: 文／X)
    author = fields.get("author") or fields.get("authors") or clean_hint_author(fields.get("byline")) or None
    if author and site is None and title and (named := _SITE_AFTER.search(title)) and named.group(1) == author:
        # (the clipped title's site after its bar given as the author too: 译诗笔记 | 某某书简 by 某某书简;
        # the clipper took the site for the writer: the site, and no one; the page's one heading, the title)
        site, author = author, None
        if (h1 := _H1_LINE.search(body)) is not None and _H1_LINE.search(body, h1.end()) is None:
            title = h1.group(1)
    hints = Hints(
        title=title,
        label=_channel(fields.get("title") or None, site),
        source=site,
        author=author,
        date=fields.get("date") or fields.get("published") or None,
        name=file_name(path),
    )
    return Page(body, hints, replaced=decoded.replaced)


# The page's own heading (# 标题), and what a clipped <title> adds after it: a spaced bar and the site.
_H1_LINE = re.compile(r"^#[ \t]+(.+?)[ \t]*$", re.MULTILINE)
# (a bar may sit close to the title, spaced only before the site: 教案分享（可下载）| 某某)
_SITE_AFTER = re.compile(r"(?:\s+[-–—|｜_]|[|｜])\s+(\S.{0,30})")


def _heading_and_site(title: str | None, body: str) -> tuple[str | None, str | None]:
    """A front matter's title that is the page's ``# `` heading and, after
    a spaced bar, the site's name (東昇戲院 - 香港地方百科 over # 東昇戲院):
    the heading is the title, the rest names the site; of more parts (a
    project's or a channel's name, then the site), the last."""
    if not title or (h1 := _H1_LINE.search(body)) is None:
        return title, None
    head = h1.group(1)
    if head != title and title.startswith(head) and (site := _SITE_AFTER.fullmatch(title[len(head) :])):
        return head, _last_part(site.group(1).strip())
    # (the heading writes the title whole and more, a lead and a colon before it: 向儿子拜师：五十岁学扭魔方
    # over 五十岁学扭魔方 | 某报; the heading is the title, the rest after the bar names the site)
    site = _SITE_AFTER.search(title)
    short = title[: site.start()] if site else title
    # (or the one heading words the title afresh: the page shows it; the rest after the bar names the site)
    if (head != title and writes_more(short, head)) or (
        _H1_LINE.search(body, h1.end()) is None
        and (
            words_afresh(short, head)
            or _names_section(short, head, body[: h1.start()])
            or (site is not None and subtitled(short, head, _last_part(site.group(1).strip())))
            or _read_as_heading(short, head)
        )
    ):
        named = _last_part(site.group(1).strip()) if site else None
        # (no site in a part that dates the post: Fook Lung Herbal Tea - 貼文 | 2029-07-21)
        return head, named if named and not any(c.isdigit() for c in named) else None
    return title, None


_HEADING_START = 4  # (a headline's characters at least, that the title opens with)


def _read_as_heading(short: str, head: str) -> bool:
    """The page's one heading is the title its reader sees when the markup's title ``short``
    names the page in Latin letters only over a Han heading (Slow Read Weekly #27 over
    # 第27期｜在台南…), or opens with the heading whole and adds an aside (雨一直没停（江边的雨季）影评
    over # 雨一直没停)."""
    if len(head) >= _HEADING_START and short.startswith(head):
        return True
    return latin_over_han(short, head)


_SECTION = (2, 8)  # (a section's label over the heading: a word or two)


def _names_section(short: str, head: str, above: str) -> bool:
    """The title names the section the page's label line over its one heading
    gives (十一月聚会记录 over 聚会记录 / # 一本写组屋的小说…): the section's
    name, perhaps with its month; the heading, no shorter, names the piece."""
    if len(head) < len(short):
        return False
    labels = (x.strip() for x in above.splitlines())
    return any(_SECTION[0] <= len(x) <= _SECTION[1] and x != short and x in short for x in labels)


def _channel(title: str | None, site: str | None) -> str | None:
    """The part a clipped title sets between the headline and the site's name
    (第一份工作滿一年心得 | 工作板 | 拾卡 ShiCard): a board's or a channel's, no source."""
    if not title or not site or not title.endswith(site):
        return None
    parts = list(_SITE_AFTER.finditer(title[: -len(site)].rstrip(" -–—|｜_")))
    return parts[-1].group(1).strip() if parts else None


_MASTHEAD_ITEMS = 3  # (the site's name and two menu items at least: 知否　首页　发现)
_SECTION_WORD = 2  # (a section's word after the site's name in the title: 专栏, 频道)


def _masthead_site(site: str | None, body: str) -> str | None:
    """The site's name as the page's masthead writes it, first in its menu line, when the
    title's adds a section's word to it (知否专栏 over 知否　首页　发现: the platform, not its column)."""
    first = body.lstrip().split("\n", 1)[0].split()
    if site and len(first) >= _MASTHEAD_ITEMS and site.startswith(first[0]):
        return first[0] if len(first[0]) >= 2 and 0 < len(site) - len(first[0]) <= _SECTION_WORD else site
    return site


def _last_part(name: str) -> str:
    """The last of a title's parts after its bars: the site's name."""
    while more := _SITE_AFTER.search(name):  # (one pattern for both: each compiled costs)
        name = more.group(1).strip()
    return name


def reader_for(path: Path) -> Reader | None:
    """The reader for ``path``'s suffix (``reader.core.formats``' table, the
    one source), or None for a format we do not read."""
    found = FORMATS.get(path.suffix.lower())
    return _load_reader(found.reader) if found is not None else None


@cache
def _load_reader(name: str) -> Reader:
    module, _, function = name.partition(":")
    return cast(Reader, getattr(importlib.import_module(module), function))


def read_decoded(data: bytes, path: Path, decoded: Decoded) -> Page:
    """A plain file (text or Markdown) whose bytes are decoded already."""
    return read_markdown(data, path, decoded) if format_of(path) == "markdown" else read_text(data, path, decoded)


def file_name(path: Path) -> str:
    return path.name.partition(".")[0] if path.name.startswith(".") else path.stem


__all__ = ["Page", "Reader", "file_name", "read_decoded", "read_markdown", "read_text", "reader_for"]
