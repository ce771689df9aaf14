"""What stays under the site's long notice at the page's end.

A site sets its notice in sentences (a liability disclaimer, an anti-fraud
reminder) under the article, and under it only its own furniture: a
customer's testimonial, a call to follow it, a list of its other posts, its
address row, then the copyright. The position says so: a notice that reads
as prose and went as the site's statement, with the article's prose above
it, a few kept lines under it and junk to the page's end. Those few lines
are the page's, not the article's (a notice amid the article has many of
the article's lines under it, or its prose, and they stay).
"""

from __future__ import annotations

from typing import Final

from reader.core.junk_rules import Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import PROSE, Line, is_prose_start

_NOTICE: Final = PROSE  # (a notice in sentences is no shorter)
_UNDER: Final = 3  # (the site's furniture under its notice is a few lines)
_DISCLAIMER: Final = Reason.DISCLAIMER  # (bound once: an enum member's lookup is slow)


def mark_after_site_notice(lines: list[Line]) -> bool:
    """The few kept lines between the page's last long notice and its end,
    which is junk, go as the page's footer (see the module's note). True if it marked any."""
    if not lines:
        return False
    # (the article runs to the end, in sentences: nothing under a notice is the page's alone; a
    # page may end in the site's rows instead, no sentence among them: its address, hours, a browser note)
    rows_end = lines[-1].kept
    # (one walk up from the end, left as soon as the lines under any notice are too many:
    # most pages' feet are the article's last lines, or a metadata line, and no notice)
    longer, k = 0, -1
    for i in range(len(lines) - 1, 0, -1):
        line = lines[i]
        if line.meta is not None:
            return False
        if line.reason is None:
            if rows_end and line.text.endswith(SENTENCE_END):
                return False
            # (a form's words and buttons are short and count for nothing: 立即预约)
            longer += not line.short
            if longer > _UNDER:
                return False
        elif line.reason is _DISCLAIMER and _in_sentences(line):
            k = i
            break
    under = [x for x in lines[k + 1 :] if x.kept] if k > 0 else []
    # (the article's prose above the notice, as much of it as the longer lines under it)
    if under and _prose_above(lines, k, max(longer, 1)):
        for x in (*under, *_rows_over(lines, k)):
            x.reason = Reason.PAGE_FOOTER
        return True
    return False


def _rows_over(lines: list[Line], k: int) -> list[Line]:
    """The few short rows, no sentence, right over the notice at ``k`` and
    under other junk (a related link, print and back buttons under the
    attachments): the page's too, set between its junk."""
    rows: list[Line] = []
    for x in reversed(lines[max(0, k - _UNDER - 1) : k]):
        if x.reason is not None:
            return rows if x.meta is None else []
        if x.meta is not None or not x.short or x.text.endswith(SENTENCE_END):
            return []
        rows.append(x)
    return []


def _prose_above(lines: list[Line], k: int, wanted: int) -> bool:
    for x in lines[:k]:
        if x.kept and is_prose_start(x):
            wanted -= 1
            if not wanted:
                return True
    return False


def _in_sentences(line: Line) -> bool:
    # (a copyright row is long too, but no sentence: no clause, no full stop)
    return len(line.text) >= _NOTICE and is_prose_start(line)


__all__ = ["mark_after_site_notice"]
