"""A meta line that names the organisation and then its desk (发布：某洗车连锁
运营部｜2026-12-22, 某練習場　營運部｜2026年12月30日): the desk is a part of
the publisher, neither the page's source nor its author; the name before it
is the publisher."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from reader.core.compiled_reposts import compiled_repost
from reader.core.meta_records import MetaLine
from reader.core.person_values import is_unit

_NAME_MIN: Final = 3  # (the organisation before it is no single word of two)
_LABEL_MARKS: Final = ("：", ":")


def desk_after_name(meta: MetaLine, line: str) -> MetaLine:
    """``meta`` with the organisation before its desk as the source, and no
    author when the parse took the organisation for one (nor when its only
    writer compiled the body's notice: ``compiled_reposts``)."""
    meta = compiled_repost(meta)
    desk = meta.source or ""
    if not is_unit(desk):
        return meta  # (most lines: no desk)
    at = line.find(desk)
    before = line[:at].split() if at > 0 else []
    if not before:
        return meta
    name = before[-1]
    for mark in _LABEL_MARKS:
        name = name.rpartition(mark)[2]  # (a label before it: 发布：)
    if len(name) < _NAME_MIN or name.isascii() or is_unit(name):
        return meta
    if meta.author == name:
        credits = tuple(pair for pair in meta.credits if pair[1] != name)
        return replace(meta, source=name, author=None, credits=credits)
    return replace(meta, source=name)
