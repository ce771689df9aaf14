"""A roll typed as a column of labelled rows: each line a short label (a role
or a rank, maybe spaced out to the column's width: 副 爐 主, 爐　　主, 佳　作),
then a few short cells apart by full-width spaces (names, a pair joined by ×,
a prize's work): 頭　　旗　尤明德 / 一等奖　欧阳春华　欧阳小满　　碱水豆沙粽. Alone
a row looks like a menu; a menu is no run of such rows set under a line of
the body and part kept already or followed by the body's prose. Run by
``result_rows.keep_result_rows``.
"""

from __future__ import annotations

import re

from reader.core.junk_rules import Reason
from reader.core.line_passes import Line

# A row: the label (Han characters, maybe apart by spaces), a full-width space, then the cells.
_ROW_RE = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]{0,2}[\u4e00-\u9fff]){1,5}\u3000+(?P<cells>\S.*)")
_GAP_RE = re.compile(r"\u3000+")
# (a name's gloss in brackets is no part of its cell: 邱水木（大家叫他水木伯）)
_GLOSS_RE = re.compile(r"[（(][^（()）\u3000]{1,30}[)）]")
_CELL = 12
_LINE = 60
_NOT_IN_CELL = re.compile(r"[。，：:！？；!?]")
_ROWS = 3


def _row(line: Line) -> bool:
    """A labelled row's shape (its verdict aside)."""
    text = line.text.strip()
    if line.meta is not None or len(text) > _LINE or "\u3000" not in text:
        return False
    m = _ROW_RE.fullmatch(text)
    if m is None:
        return False
    cells = _GAP_RE.split(_GLOSS_RE.sub("", m["cells"]))
    return all(len(c) <= _CELL and not _NOT_IN_CELL.search(c) and not c.isdigit() for c in cells)


def keep_labelled_rows(lines: list[Line], shapes: frozenset[Reason]) -> None:
    """Restore each run of three or more labelled rows (two under a line ending
    in a colon) under a kept line, one of them kept already or the body's prose
    after them, when what dropped the others is only their shape (``shapes``)."""
    n, i = len(lines), 1
    while i < n:
        if not lines[i - 1].kept or not _row(lines[i]):
            i += 1
            continue
        j = i + 1
        while j < n and _row(lines[j]):
            j += 1
        run = lines[i:j]
        after = j < n and lines[j].kept and not lines[j].short
        # (two rows make a roll under a line that announces it: 名单如下：)
        announced = len(run) >= 2 and lines[i - 1].text.rstrip().endswith(("：", ":"))
        if (
            (len(run) >= _ROWS or announced)
            and (after or any(line.kept for line in run))
            and all(line.reason is None or line.reason in shapes for line in run)
        ):
            for line in run:
                line.restore()
        i = j
