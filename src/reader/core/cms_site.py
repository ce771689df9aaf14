"""The site's name a government or a portal CMS writes in its own meta
(<meta name="SiteName" content="…">; ContentSource when it names no other),
which trafilatura leaves out; completed by the page's rights line when that
gives the same name with its parent's before it (a unit's short name,
学生公寓管理中心, under 版权所有 © 某某大学学生公寓管理中心)."""

from __future__ import annotations

import re

_CMS_SITE = re.compile(
    r"<meta\s[^>]*?name=[\"'](?:SiteName|ContentSource)[\"'][^>]*?content=[\"']([^\"'<>]{2,40})[\"']",
    re.IGNORECASE,
)
# What stands before the name on a rights line: the mark, a year, then the parent's name.
_RIGHTS_THEN_PARENT = re.compile(
    r"(?:©|版权所有|版權所有|copyright)[\s\d©:：,-]*(?P<parent>[^\s<>©:：,，。|｜\d]{2,16})$", re.IGNORECASE
)
_SPAN = 32
_HEAD = 100_000


def cms_site(html: str) -> str | None:
    """The CMS's site name, in full when the page's rights line writes it so."""
    m = _CMS_SITE.search(html[:_HEAD])
    name = m.group(1).strip() if m else ""
    return (_in_full(name, html) or name) if name else None


def _in_full(name: str, html: str) -> str | None:
    """The longer name a rights line gives ``name``: its parent's, then it."""
    start = html.find(name)
    while start != -1:
        if (r := _RIGHTS_THEN_PARENT.search(html, max(0, start - _SPAN), start)) is not None:
            return r.group("parent") + name
        start = html.find(name, start + len(name))
    return None


__all__ = ["cms_site"]
