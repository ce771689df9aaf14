"""A forum's floor labels on a post's header row: 楼主 (the thread's first
post) and 2楼, #3 (a reply's place in the thread). The label is the row's
place, never a name: on the first post's row it is no source; a row led by
a reply's floor is a reply's header, whose name and time are not the
page's."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.meta_records import MetaLine

# (a floor's number and its mark, either script: 2楼, 12 樓, #3, 3#)
_REPLY_FLOOR = re.compile(r"(?:\d{1,4}\s*[楼樓#]|#\s*\d{1,4})")
# A reply's header row led by its floor (**2楼** 某某 · 发表于 …; its emphasis first)
REPLY_HEAD = re.compile(r"[*_\s]*(?:\d{1,4}\s*[楼樓#]|#\s*\d{1,4})[*_]*\s")
_POSTER_FLOOR = frozenset(("楼主", "樓主"))


def off_the_floor(meta: MetaLine) -> MetaLine | None:
    """``meta`` without a floor label taken for a name; None for a reply's header."""
    if meta.author and _REPLY_FLOOR.fullmatch(meta.author):
        return None
    if meta.source in _POSTER_FLOOR:
        return replace(meta, source=None)
    return meta


__all__ = ["REPLY_HEAD", "off_the_floor"]
