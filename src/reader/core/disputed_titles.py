"""The page's one <h1> when its markup words the page twice apart: the og:title
and the <title>'s headline hold neither the other (在兰州，会扎羊皮筏子的人还剩几个？
and 兰州筏子客：一门手艺只剩十个人会做_南岭周报), so neither is the headline
the page was cut from; the <h1>, a third wording that shares a run of two
letters with each (黄河上最后的羊皮筏子客), is the one the reader sees. So is a
Han heading under a markup title in Latin letters only (Slow Read Weekly #27, a
Portuguese og:title over a Macao paper's <h1>): the title names the page in
another language than the page's own.
:mod:`reader.core.html_reader` asks it after :func:`heading_title`'s rules."""

from __future__ import annotations

import re

from reader.core.han import is_han_char
from reader.core.markup_headings import letter_pairs, one_h1, site_named
from reader.core.markup_sites import page_title

_MIN_H1 = 4  # (a headline's characters at least, not a word)
# The <title>'s headline: its first part, before a bar, a spaced dash or an underscore
_FIRST_PART = re.compile(r"\s*[|｜_—–]\s*|\s+-\s+")
# What a title's start is read past: a tag in brackets (【樂評】), spaces and marks
_START = re.compile(r"^[【\[［][^】\]］]{1,8}[】\]］]|[\W_]+")
_SAME_START = 2


def disputed_h1(title: str, html: str) -> str | None:
    """The page's one <h1> when the extractor's ``title`` (the og:title) and the
    <title>'s headline word the page apart and the <h1> words it a third way."""
    if (h1 := one_h1(html)) is None or len(h1) < _MIN_H1 or site_named(h1, html):
        return None
    short = " ".join(title.split())
    if latin_over_han(short, h1):
        return h1
    lead = _FIRST_PART.split(" ".join(page_title(html).split()), maxsplit=1)[0]
    if len(lead) < _MIN_H1 or lead in short or short in lead or h1 in (short, lead):
        return None
    # (three starts apart, past a tag: an <h1> that opens as a title does, 弦與笙之間：另一場…
    # under 【樂評】弦與笙之間, is another piece's, or the title is cut from it)
    starts = {_START.sub("", x)[:_SAME_START] for x in (short, lead, h1)}
    pairs = letter_pairs(h1)
    return h1 if len(starts) == 3 and pairs & letter_pairs(short) and pairs & letter_pairs(lead) else None


def latin_over_han(title: str, heading: str) -> bool:
    """``title`` has no Han character and ``heading`` has: the page's heading in its own words."""
    return any(is_han_char(c) for c in heading) and not any(is_han_char(c) for c in title)


__all__ = ["disputed_h1", "latin_over_han"]
