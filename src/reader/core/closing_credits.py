"""The row of credits that closes an article: two or more ROLE：name pairs
on one line under its last paragraph (a meeting's minutes signed 記錄：X
核實：Y, a feature's 文：X　攝：Y). Between paragraphs such a row is the
text's own (a motion's 動議：X　和議：Y); the last one in the page's tail,
with a box after it, is where the article ends."""

from __future__ import annotations

from reader.core.line_passes import HEAD_LINES, Line
from reader.core.metadata import parse_meta_line

_PAIRS = 2


def closing_credit_row(lines: list[Line]) -> int | None:
    """Where the last kept row of two or more credits in the page's tail is."""
    n = len(lines)
    for i in range(n - 1, max(n - HEAD_LINES, 0) - 1, -1):
        line = lines[i]
        # (the cheap test first: a row of pairs has two colons)
        if line.folded is None or line.folded.count(":") < _PAIRS or not line.kept:
            continue
        meta = parse_meta_line(line.text, line.folded)
        if meta is not None and meta.kind == "credit" and len(meta.credits) >= _PAIRS:
            return i
    return None


__all__ = ["closing_credit_row"]
