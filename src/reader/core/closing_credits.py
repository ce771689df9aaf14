"""The row of credits that closes an article: two or more ROLE：name pairs
on one line under its last paragraph, each name perhaps with its role in
brackets (a meeting's minutes signed 記錄：X（義務秘書）　核實：Y（主席）).
Between paragraphs such a row is the text's own (a motion's 動議：X　和議：Y,
over 議決：…), and in a list of rows it is one of them (a notice's family,
长子：X　长媳：Y over 孙子：…); right under the last paragraph and over a
heading, it is where the article ends."""

from __future__ import annotations

import re
from typing import Final

from reader.core.folding import fold
from reader.core.line_passes import HEAD_LINES, Line, last_kept
from reader.core.metadata import parse_meta_line

_PAIRS: Final = 2
_ROWS: Final = ("credit", "byline")
# (a box's heading and its lines, between the row and the page's closing junk)
_BOX_LINES: Final = 10
# A note on who the name is, in words, before a gap or the end: （義務秘書）
# (letters by category: a Han range's class costs some 12M instructions to compile)
_NOTE: Final = re.compile(r"(?<=[^\W\d_])[(（]([^\W\d_]{1,8})[)）](?=\s|$)")


def _heading_under(lines: list[Line], i: int) -> bool:
    """A prose paragraph right above line ``i`` and a heading (short, kept,
    no colon) right under it."""
    above, under = lines[i - 1], lines[i + 1]
    return above.kept and not above.short and under.kept and under.short and ":" not in (under.folded or ":")


def closing_credit_row(lines: list[Line]) -> int | None:
    """Where the row of two or more credits right under the last paragraph
    of prose is, when a heading stands under it: a few lines over the junk
    that ends the page (the box between them)."""
    n = len(lines)
    i = last_kept(lines)
    for k in range(i, max(i - _BOX_LINES, n - HEAD_LINES, 1) - 1, -1):
        line = lines[k]
        # (the cheap tests first: a row of pairs has two colons)
        if k == n - 1 or line.folded is None or line.folded.count(":") < _PAIRS:
            continue
        if line.reason is not None or not _heading_under(lines, k):
            continue
        # (a Han note only: a Latin one is a name, 新郎：李承翰（Kevin）)
        text = _NOTE.sub(lambda m: m.group() if m.group(1).isascii() else "", line.text)
        meta = line.meta or parse_meta_line(text, fold(text))
        # (a writer's role leading the row makes it a byline: 記錄：X　核實：Y, the minutes' recorder)
        return k if meta is not None and meta.kind in _ROWS and len(meta.credits) >= _PAIRS else None
    return None


__all__ = ["closing_credit_row"]
