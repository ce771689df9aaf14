"""Lines shaped like a site's menu that the body quotes or names.

A table quoted in the body: rows of cells set apart by wide gaps (the
shape of a menu), right under a paragraph that introduces them with a colon
(…一张手写的表：) and over the paragraph that goes on. A site's menu sits
above the article or below it, never between two of its paragraphs. So
too one line wholly in quotation marks under such a paragraph (a slogan
on a blackboard: “1997·高三（4）班·还在路上”), and a bilingual name between
a paragraph and the body's own lines (the shop the post is about, over its
address): a masthead heads or closes the page.
"""

from __future__ import annotations

from typing import Final

from reader.core.junk_rules import Reason
from reader.core.line_features import unit_name
from reader.core.line_passes import Line

_NAVIGATION: Final = Reason.NAVIGATION
_COLONS: Final = ("：", ":")
_GAP: Final = "\u3000"
_ROWS: Final = 2  # (fewer rows make no table)
_QUOTES: Final = {"“": "”", "「": "」", "『": "』", '"': '"'}


def rescue_quoted_rows(lines: list[Line]) -> None:
    """Rows gone as a menu, of one count of cells, between a kept paragraph
    ending in a colon and a kept paragraph under them, come back; so does
    one quoted line under such a paragraph, and a name between a paragraph
    and kept lines."""
    n = len(lines)
    for i in range(n - 1):
        lead, row = lines[i], lines[i + 1]
        # (the cheap tests first: most lines are kept)
        if row.reason is not _NAVIGATION or row.meta or not lead.kept:
            continue
        text = row.text
        if not lead.text.endswith(_COLONS):
            if not lead.short and i + 2 < n and lines[i + 2].kept and _inside(lines, i) and unit_name(text):
                row.restore()
            continue
        if _QUOTES.get(text[0]) == text[-1] and len(text) > 2:
            row.restore()  # (however short the words that introduce it: 有一位校友写的是：)
            continue
        if lead.short:
            continue
        cells = text.count(_GAP)
        j = i + 1
        while j < n and lines[j].reason is _NAVIGATION and not lines[j].meta and lines[j].text.count(_GAP) == cells:
            j += 1
        if cells and j - i - 1 >= _ROWS and j < n and lines[j].kept and not lines[j].short:
            for line in lines[i + 1 : j]:
                line.restore()


def _inside(lines: list[Line], i: int) -> bool:
    """Line ``i``, a kept paragraph, is not the text's first: the body began above it."""
    return any(line.kept and not line.short for line in lines[:i])


__all__ = ["rescue_quoted_rows"]
