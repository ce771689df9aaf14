"""A dated schedule closing an article (本月活動安排 / 12月3日（周三）：參觀小學
/ 12月10日（周三）：班級比賽 …): rows each led by a day, its weekday and a
colon, that read as a list of headlines after the body. A list of related
headlines writes no colon after a leading day. Run among the rescues of
:mod:`reader.core.pass_gates`.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.junk_rules import Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import Line, adjacent_runs

# A day (12月3日, 2026-12-03, 12/3), its weekday in brackets, a colon and what happens.
DATED_ROW: Final = re.compile(
    r"^(?:\d{1,2}月\d{1,2}[日号號]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}/\d{1,2})"
    r"\s*(?:[（(](?:周|週|星期)[一二三四五六日天][)）])?\s*[:：]\s*\S"
)
_ROWS: Final = 3
_DIGITS: Final = frozenset("0123456789")  # (a membership test: most lines start with none)
_HEAD: Final = 12  # (the schedule's heading is short)
_TAKEN: Final = frozenset({Reason.RELATED, Reason.BETWEEN_BOILERPLATE, Reason.NAVIGATION})


def rescue_dated_rows(lines: list[Line]) -> None:
    """Three dated rows or more in a row, gone as headlines or a menu, right
    under the body (or under a short heading right under it) stay, with
    their heading."""
    # (a row's shape is its text's and its metadata's, which no step here
    # changes: the rows in one sweep, then their runs)
    rows = [k for k, x in enumerate(lines) if x.text[:1] in _DIGITS and x.meta is None and DATED_ROW.match(x.text)]
    for i, j in adjacent_runs(rows):
        if j - i < _ROWS:
            continue
        run = lines[i:j]
        head = i - 1 if i and _heading(lines[i - 1]) else None
        above = (head if head is not None else i) - 1
        if above >= 0 and lines[above].kept and any(r.reason in _TAKEN for r in run):
            for row in run:
                if row.reason in _TAKEN:
                    row.restore()
            if head is not None and lines[head].reason in _TAKEN:
                lines[head].restore()


def _heading(line: Line) -> bool:
    text = line.text
    return line.meta is None and len(text) <= _HEAD and not text.endswith((*SENTENCE_END, "：", ":"))
