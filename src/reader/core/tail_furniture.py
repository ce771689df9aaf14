"""The page's furniture after the body: from the first junk line after the
body's last statement, the short lines that are not statements (buttons, a
question to the reader, a poster's name), when most of that tail is junk.
"""

from __future__ import annotations

from typing import Final

from reader.core.end_boxes import is_heading
from reader.core.junk_rules import Reason
from reader.core.line_passes import LIST_ITEM, PROSE, Line


def mark_tail_furniture(lines: list[Line]) -> None:
    """The page after the body: from the first junk line after the last
    statement of the body, short lines that are not statements (buttons,
    a question to the reader, a poster's name) go when most of that tail is
    junk. Lines between the body and that first junk line (a sign-off) stay."""
    last = next((i for i in range(len(lines) - 1, -1, -1) if _ends_body(lines[i])), None)
    if last is None:
        return
    first_junk = next((i for i in range(last + 1, len(lines)) if lines[i].bad), None)
    if first_junk is None:
        return
    tail = lines[first_junk:]
    junk = sum(1 for line in tail if line.bad or line.meta)  # (dates in a list of other posts)
    if len(tail) < _TAIL_MIN or junk < _TAIL_SHARE * len(tail):
        return
    bad = [line.bad for line in tail]
    for k, line in enumerate(tail):
        if (
            line.kept
            and len(line.text) < PROSE
            and not line.text.endswith(_STATEMENT_END)
            # (a list or a heading after a picture is the article's)
            and not LIST_ITEM.match(line.text)
            and not is_heading(line.text)
            and not line.text.startswith(("—", "-", "－"))  # a sign-off: — 以宁
            and ((k > 0 and bad[k - 1]) or (k + 1 < len(tail) and bad[k + 1]))
        ):
            line.reason = Reason.PAGE_FOOTER


_TAIL_MIN: Final = 4
_TAIL_SHARE: Final = 2 / 3
# (any sentence stays, a question or an exclamation too: the article may end on one)
_STATEMENT_END: Final = ("。", ".", "」", "”", "！", "!", "？", "?", "…", "）", ")")


def _ends_body(line: Line) -> bool:
    return line.kept and not line.short and line.text.endswith(("。", "！", "!", "…", "」", "”"))


__all__ = ["mark_tail_furniture"]
