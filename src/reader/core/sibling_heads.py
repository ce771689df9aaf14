"""Rows under sibling heads: heads that differ only in their numeral
(大一班（…） … 大二班（…） … 大三班（…）) each open a group of the same kind,
so a row gone as a menu or by shape in one group's slot, while the rows in
the other groups' slots stay, is that group's content, not a site's menu.
"""

from __future__ import annotations

import re

from reader.core.junk_rules import ROW_LIKE
from reader.core.line_passes import Line

# A head's frame: up to its first bracket or colon, each numeral a #.
_NUMERAL = re.compile(r"[一二三四五六七八九十0-9０-９甲乙丙丁]")
_FRAME_END = re.compile(r"[（(:：]")
_FRAME = 8  # (a group's head is short before its gloss: 大二班, 第3组)
_HEAD = 24  # (and short in all)


def _frame(line: Line) -> str | None:
    """大二班（班主任：欧阳小雨） → 大#班; None for a line no group head."""
    text = line.text.strip()
    if not line.kept or len(text) > _HEAD:
        return None
    head = _FRAME_END.split(text, maxsplit=1)[0]
    if not 2 <= len(head) <= _FRAME or not _NUMERAL.search(head):
        return None
    return _NUMERAL.sub("#", head)


def rescue_sibling_rows(lines: list[Line]) -> None:
    """A row gone as a menu or by shape right between two sibling heads,
    when an earlier sibling's row (right under it) stayed, comes back."""
    frames = [_frame(line) for line in lines]
    for i in range(1, len(lines) - 1):
        line, frame = lines[i], frames[i - 1]
        if frame is None or line.reason not in ROW_LIKE or line.meta is not None or frames[i + 1] != frame:
            continue
        if any(frames[j] == frame and lines[j + 1].kept and frames[j + 1] is None for j in range(i - 1)):
            line.restore()
