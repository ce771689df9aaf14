"""Heads of a numbered series: 第1天 香港西九龍站 → 上饒站 → 婺源 over the
day's plan, 第2天 篁嶺曬秋 over the next. A head's words after its ordinal
may be short places joined by arrows, which read as a breadcrumb or a row of
buttons; but the ordinal says what it is when the page keeps another head of
the same series (第2天 …, 第4天 …) and the line heads kept text of its own.
No menu numbers its items in words (第#天), and no menu sits over a paragraph
beside its siblings in the body.
"""

from __future__ import annotations

from reader.core.junk_rules import ROW_LIKE
from reader.core.line_passes import Line

_ORDINAL = "第"
_NUMERALS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十")
_COUNTER_MAX = 2  # (the series' word after the numeral: 天, 站, 章, 部分)


def _series(text: str) -> tuple[str, str] | None:
    """第1天 … → ("天", "1"): the series word and the numeral of a line led by
    an ordinal and a space, or None."""
    if text[:1] != _ORDINAL:
        return None
    k = 1
    while k < len(text) and text[k] in _NUMERALS:
        k += 1
    head, _, rest = text.partition(" ")
    word = head[k:]
    if k == 1 or not rest or not 1 <= len(word) <= _COUNTER_MAX or not word.isalpha():
        return None
    return word, text[1:k]


def rescue_ordinal_heads(lines: list[Line]) -> None:
    """A head led by an ordinal (第1天 …), gone for its shape, over a kept
    line, comes back when another head of its series under another number
    is kept."""
    # (a cheap test first: most gone lines are not led by 第)
    gone = [
        i for i, line in enumerate(lines) if line.text[:1] == _ORDINAL and line.reason in ROW_LIKE and not line.meta
    ]
    if not gone:
        return
    kept: dict[str, set[str]] = {}
    for line in lines:
        if line.kept and line.text[:1] == _ORDINAL and (series := _series(line.text)):
            kept.setdefault(series[0], set()).add(series[1])
    for i in gone:
        series = _series(lines[i].text)
        if series is None or i + 1 >= len(lines) or not lines[i + 1].kept:
            continue
        if kept.get(series[0], set()) - {series[1]}:
            lines[i].restore()


__all__ = ["rescue_ordinal_heads"]
