"""A forum's floor labels on a post's header row: 楼主 (the thread's first
post) and 2楼, #3 (a reply's place in the thread). The label is the row's
place, never a name: on the first post's row it is no source; a row led by
a reply's floor is a reply's header, whose name and time are not the
page's."""

from __future__ import annotations

from dataclasses import replace

from reader.core.meta_records import MetaLine

_POSTER_FLOOR = frozenset(("楼主", "樓主"))


def off_the_floor(meta: MetaLine) -> MetaLine | None:
    """``meta`` without a floor label taken for a name; None for a reply's header."""
    author = meta.author
    if author and ("楼" in author or "樓" in author or "#" in author) and is_reply_floor(author):
        return None
    if meta.source in _POSTER_FLOOR:
        return replace(meta, source=None)
    return meta


def is_reply_floor(word: str) -> bool:
    """A floor's number and its mark: 2楼, 12 樓, #3, 3# (string tests: a regex costs its compile)."""
    word = word.replace(" ", "")
    digits = word[1:] if word[:1] == "#" else word[:-1] if word[-1:] in "楼樓#" else ""
    return 0 < len(digits) <= 4 and digits.isdigit()


def reply_head(text: str) -> bool:
    """A row led by a reply's floor, its emphasis aside: **2楼** 某某 · 发表于 …"""
    first = text.lstrip("*_ ").partition(" ")[0].rstrip("*_")
    return is_reply_floor(first)


__all__ = ["is_reply_floor", "off_the_floor", "reply_head"]
