"""A source named inside an item's box of fields: a film's card (導演：/片長：/
語言：/出品：), a book's (书名：/定价：/出版：). Its 出品 or 出版 field names who
made the item, not who publishes the page; its 作者 wrote the item, not the page."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from reader.core.line_passes import Line
from reader.core.meta_records import Hints, MetaLine

# A field of a catalogue's or a product's box: 书名：《…》, 定价：68.00元, ISBN 978-…
BOX_FIELD: Final = re.compile(r"^(?:[\u3400-\u9fff]{2,4}\s*[:：]\s*\S|ISBN\b)")
# (three fields that state no metadata make a box; a news page's head row of
# 来源：/作者：/发布时间： is all metadata)
_BOX_ROWS: Final = 3


def _plain_field(line: Line) -> bool:
    return line.meta is None and BOX_FIELD.match(line.text.strip()) is not None


def _in_box(lines: list[Line], i: int) -> bool:
    """Whether the run of field lines around line ``i`` holds three or more
    that state no metadata."""
    rows = 0
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and (lines[j].meta is not None or BOX_FIELD.match(lines[j].text.strip())):
            rows += _plain_field(lines[j])
            j += step
    return rows >= _BOX_ROWS


def without_box_sources(metas: list[MetaLine], hints: Hints, lines: list[Line]) -> tuple[list[MetaLine], Hints]:
    """``metas`` and ``hints`` without the fielded sources (a line's, the
    markup blocks') that are rows of a box of fields below the first line of
    prose: an item's box inside the article (a page's own box of 索引号/
    发布机构/生成日期 sits over it)."""
    named = {m.source for m in metas if m.fielded and m.source and not m.author}
    if hints.field_source:
        named.add(hints.field_source)
    if not named:
        return metas, hints  # (the cheap test: most pages name no source in a field)
    boxed: set[str] = set()
    prose = next((i for i, line in enumerate(lines) if not line.short and line.meta is None), len(lines))
    for i in range(prose + 1, len(lines)):
        line = lines[i]
        meta, text = line.meta, line.text.strip()
        source = meta.source if meta is not None and meta.fielded and not meta.author else None
        if source is None and meta is None and hints.field_source and BOX_FIELD.match(text):
            source = hints.field_source if text.endswith(hints.field_source) else None  # (the markup's field)
        if source in named and _in_box(lines, i):
            boxed.add(source)
    if not boxed:
        return metas, hints
    if hints.field_source in boxed:
        hints = replace(hints, field_source=None)
    # (the row's date, if any, stays the page's)
    return [replace(m, source=None) if m.fielded and m.source in boxed and not m.author else m for m in metas], hints


def without_box_bylines(metas: list[MetaLine], lines: list[Line]) -> list[MetaLine]:
    """``metas`` without the bylines of a box of fields (书名：/作者：/出版：/定价：,
    a book's or a product's card: its 作者 wrote the book, not the page), when
    another line names a person."""
    if len(metas) < 2 or not any(m.author for m in metas):
        return metas
    boxed: set[int] = set()
    for i, line in enumerate(lines):
        if line.meta is None or line.meta.kind != "byline" or not line.meta.author:
            continue
        # (a field right above it and right below it: the byline is one of the box's rows)
        if 0 < i < len(lines) - 1 and all(
            other.meta is None and BOX_FIELD.match(other.text.strip()) for other in (lines[i - 1], lines[i + 1])
        ):
            boxed.add(id(line.meta))
    rest = [m for m in metas if id(m) not in boxed]
    return rest if boxed and any(m.author for m in rest) else metas


__all__ = ["BOX_FIELD", "without_box_bylines", "without_box_sources"]
