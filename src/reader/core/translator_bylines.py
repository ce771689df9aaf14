"""A translator's own byline as the page's writer.

A translated piece names its original (原文：…, 原作者：…, 原題：…) and its
translator beside it: the original's writer is the author, the translator a
credit. A translator who writes their own notes signs them as a translator
(译者 / 沈亦舟　2029年8月21日) with no original named anywhere on the page:
the one dated byline credits the page's only maker, its writer.
"""

from __future__ import annotations

from typing import Final

from reader.core.line_passes import Line
from reader.core.meta_records import MetaLine

_TRANSLATORS: Final = frozenset(("译者", "譯者"))
# (a label of the original the page translates: 原文：, 原作者：, 原著, 原题, 原題, 原载, 原載)
_ORIGINAL: Final = ("原文：", "原文:", "原作者", "原著", "原题", "原題", "原载", "原載")


def translator_as_writer(credits: tuple[tuple[str, str], ...], metas: list[MetaLine], lines: list[Line]) -> str | None:
    """The translator the page's only credit names, when a dated byline
    states it and no line of the page's own names an original (the site's
    rights note, 版权归原作者所有, is no page's line); else None."""
    if len(credits) != 1 or credits[0][0] not in _TRANSLATORS:
        return None
    name = credits[0][1]
    if not any(m.date and m.credits == credits for m in metas):
        return None
    if any(w in x.text for x in lines if x.reason is None for w in _ORIGINAL):  # (the page's lines, not the site's)
        return None
    return name


__all__ = ["translator_as_writer"]
