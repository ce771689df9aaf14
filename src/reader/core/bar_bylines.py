"""A byline row in cells that a bar or a dot parts (發布：date｜店長 吳建宏), read
cell by cell beside its date; and the Chinese part of a bilingual name."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Final

from reader.core.folding import fold
from reader.core.meta_records import MetaLine

_CELLS: Final = 4  # (a byline row is a few cells; a menu is more)
_NAME: Final = 12  # (a site's Chinese name)


def bar_byline(meta: MetaLine | None, line: str, parse: Callable[[str, str], MetaLine | None]) -> MetaLine | None:
    """A byline row in cells a bar or a dot parts (發布：date｜店長 吳建宏): ``meta``, what
    the whole row reads as (a date only, or None), with the writer a cell
    names beside the date, each cell read as ``cell｜date``; when the row read
    as nothing, the Chinese part of its first cell's bilingual name is the site."""
    # (or middle dots: 甜森林烘焙坊 Sweet Forest Bakery · 老板 黄诗琪 · 2026年12月30日)
    bar = "｜" if "｜" in line else "|" if "|" in line else "·"
    cells = [cell.strip() for cell in line.split(bar)]
    if not 2 <= len(cells) <= _CELLS or not all(cells):
        return meta
    dated = [cell for cell in cells if (got := parse(cell, fold(cell))) is not None and got.date and not got.author]
    if len(dated) != 1:
        return meta
    for k, cell in enumerate(cells):
        if cell is dated[0] or any(c.isdigit() for c in cell):
            continue
        joined = f"{cell}｜{dated[0]}"  # (not its dot: a name holds one, 慧敏·*发表于 read as one across it)
        got = parse(joined, fold(joined))
        # (a writer under a role or a label: a bare word or a category beside the date is the column's)
        if got is None or got.kind != "byline" or not got.author or got.author == cell or got.source:
            continue
        if "（" in got.author or "(" in got.author:
            continue
        if meta is not None:
            return replace(meta, kind="byline", author=got.author, credits=meta.credits + got.credits)
        site = chinese_name(cells[0]) if k > 0 else None
        return replace(got, source=site) if site else None
    return meta


def chinese_name(cell: str) -> str | None:
    """The Chinese part of a bilingual name (清源水站 Ching Yuan Water Sdn. Bhd.,
    仁安藥房 Farmácia Ian On: Latin letters, accented too, up to U+024F)."""
    first, *rest = cell.split()
    if not rest or not all(max(word) <= "\u024f" for word in rest) or len(first) > _NAME:
        return None
    return first if all("\u3400" <= c <= "\u9fff" for c in first) else None


__all__ = ["bar_byline", "chinese_name"]
