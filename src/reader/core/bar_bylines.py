"""A byline row in cells a bar parts: the site, the date and the writer in
any order (發布：2026年12月20日｜店長 吳建宏, 清源水站 Ching Yuan Water Sdn.
Bhd.｜2026年12月17日｜文：黄丽珊). The row as a whole may read as a date
only, or as nothing (a bilingual name first); each cell beside the date
is read as a byline of its own, as ``name｜date`` reads."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from reader.core.folding import fold
from reader.core.meta_records import MetaLine

_CELLS = 4  # (a byline row is a few cells; a menu is more)
_NAME = 12  # (a site's Chinese name)


def bar_byline(meta: MetaLine | None, line: str, parse: Callable[[str, str], MetaLine | None]) -> MetaLine | None:
    """``meta`` (what the whole row states: a date with no writer, or None)
    with the writer a cell of the row names beside the date; and, when the
    row stated nothing, the site its first cell names in Chinese before its
    English (``parse`` reads a line's metadata: ``metadata.parse_meta_line``)."""
    bar = "｜" if "｜" in line else "|"
    cells = [cell.strip() for cell in line.split(bar)]
    if not 2 <= len(cells) <= _CELLS or not all(cells):
        return meta
    dated = [cell for cell in cells if (got := parse(cell, fold(cell))) is not None and got.date and not got.author]
    if len(dated) != 1:
        return meta
    for k, cell in enumerate(cells):
        if cell is dated[0] or any(c.isdigit() for c in cell):
            continue
        joined = f"{cell}{bar}{dated[0]}"
        got = parse(joined, fold(joined))
        # (the writer under a role or a label, 店長 吳建宏, 文：黄丽珊: a bare word beside the date may be the column's)
        # (and a byline's, not a category's beside the date, 分类：… · 磨刀笔记; a name alone, no note in brackets)
        if got is None or got.kind != "byline" or not got.author or got.author == cell or got.source:
            continue
        if "（" in got.author or "(" in got.author:
            continue
        if meta is not None:
            return replace(meta, kind="byline", author=got.author, credits=meta.credits + got.credits)
        site = _chinese_name(cells[0]) if k > 0 else None
        return replace(got, source=site) if site else None
    return meta


def _chinese_name(cell: str) -> str | None:
    """The Chinese part of a bilingual name (清源水站 Ching Yuan Water Sdn. Bhd.)."""
    first, *rest = cell.split()
    if not rest or not all(word.isascii() for word in rest) or len(first) > _NAME:
        return None
    return first if all("\u3400" <= c <= "\u9fff" for c in first) else None


__all__ = ["bar_byline"]
