"""A table quoted in the body: rows of cells set apart by wide gaps (the
shape of a menu), right under a paragraph that introduces them with a colon
(…一张手写的表：) and over the paragraph that goes on. A site's menu sits
above the article or below it, never between two of its paragraphs.
"""

from __future__ import annotations

from reader.core.junk_rules import Reason
from reader.core.line_passes import Line

_NAVIGATION = Reason.NAVIGATION
_COLONS = ("：", ":")
_GAP = "\u3000"
_ROWS = 2  # (fewer rows make no table)


def rescue_quoted_rows(lines: list[Line]) -> None:
    """Rows gone as a menu, of one count of cells, between a kept paragraph
    ending in a colon and a kept paragraph under them, come back."""
    n = len(lines)
    for i in range(n - _ROWS - 1):
        lead = lines[i]
        # (the cheap tests first: most lines end otherwise)
        if not lead.text.endswith(_COLONS) or lines[i + 1].reason is not _NAVIGATION or lead.short or not lead.kept:
            continue
        cells = lines[i + 1].text.count(_GAP)
        j = i + 1
        while j < n and lines[j].reason is _NAVIGATION and not lines[j].meta and lines[j].text.count(_GAP) == cells:
            j += 1
        if cells and j - i - 1 >= _ROWS and j < n and lines[j].kept and not lines[j].short:
            for line in lines[i + 1 : j]:
                line.restore()


__all__ = ["rescue_quoted_rows"]
