"""The headline a page's JSON-LD states ("headline": "…"): the page's own
word on its title, for the reader to weigh against the other marks."""

from __future__ import annotations

import json
import re

# The first "headline" string in the page (a JSON string, escapes and all).
_HEADLINE = re.compile(r'"headline"\s*:\s*("(?:[^"\\]|\\.)*")')


def ld_headline(html: str) -> str | None:
    """The JSON-LD headline, spaces collapsed; None without one."""
    if (m := _HEADLINE.search(html)) is None:
        return None
    try:
        value = json.loads(m.group(1))
    except ValueError:
        return None
    return " ".join(value.split()) if isinstance(value, str) else None


# The page's own record in its JSON-LD: a page or an article type and its "name" or "headline"
# in the same object (no nested object between: a publisher's or a breadcrumb's "name" is not it)
# (patterns, compiled by re's cache on first use: only an HTML page with one asks them)
_LD_OWN = (
    r'"@type"\s*:\s*"(?:\w*Page|\w*Article|BlogPosting|Report)"[^{}]*?"(?:name|headline)"\s*:\s*("(?:[^"\\]|\\.)*")'
    r'|"(?:name|headline)"\s*:\s*("(?:[^"\\]|\\.)*")[^{}]*?"@type"\s*:\s*"(?:\w*Page|\w*Article|BlogPosting|Report)"'
)
# A content system's meta tag for the article's own title (<meta name="ArticleTitle" content="…">)
_META_TITLE = r'(?i)<meta\s+name="ArticleTitle"\s+content="([^"]*)"'


def markup_headlines(html: str) -> set[str]:
    """The headlines the page's markup states besides its <title> and og:title: its JSON-LD
    headline, the name its JSON-LD gives the page or the article itself, and a content
    system's article-title meta tag; spaces collapsed."""
    found: set[str] = set()
    if (head := ld_headline(html)) is not None:
        found.add(head)
    if "ld+json" in html:
        for m in re.finditer(_LD_OWN, html):
            try:
                value = json.loads(m.group(1) or m.group(2))
            except ValueError:
                continue
            if isinstance(value, str):
                found.add(" ".join(value.split()))
    if "ArticleTitle" in html:
        found.update(" ".join(m.group(1).split()) for m in re.finditer(_META_TITLE, html))
    return found


__all__ = ["ld_headline", "markup_headlines"]
