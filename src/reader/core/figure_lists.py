"""Lists led by figures that went by their shape alone: a list of parts by
their numbers (10 主桿 / 20 側桿 / 21 竹節樞接部), a record's history by its
dates (2028-08-14 提出申請 / 2028-10-02 形式審查補正通知 / …). Each row reads
as a counter (a figure and a word), but the rows rise one after another under
a heading of their own inside the article, as a counter's or a menu's cells do
not. Run among the rescues of :mod:`reader.core.pass_gates`.
"""

from __future__ import annotations

import re
from itertools import compress
from operator import attrgetter
from typing import Final

from reader.core.junk_rules import SHAPE_ONLY, Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import Line, is_prose_start
from reader.core.table_rows import REACTION

# A row led by its figure, a part's number or a full date, then one short word or phrase:
# 10 主桿, 2028-10-02 形式審查補正通知 (a list of parts, a record's history).
_FIGURE_ROW: Final = re.compile(r"^(\d{1,4}|\d{4}([-/.])\d{1,2}\2\d{1,2})\s+[^\s\d]\S{0,11}$")
_FIGURE_ROWS: Final = 3
_REASON, _SHAPE = attrgetter("reason"), SHAPE_ONLY.__contains__
_HEAD: Final = 12  # (the list's heading is short)


def rescue_figure_lists(lines: list[Line]) -> None:
    """Three rows or more led by a figure, each then a word or a short phrase
    (10 主桿 / 20 側桿 / 21 竹節樞接部; 2028-08-14 提出申請 / 2028-10-02 …),
    gone by their shape, the figures rising row by row, under a short heading
    of their own, inside the article (its prose above, and a kept line of the
    body right over the heading or right under the rows): the article's list
    of parts or its record's history, not a counter's or a menu's cells. A
    list of other pages writes longer lines, or is headed as one; the page's
    counts name its reactions."""
    n = len(lines)
    # (the lines gone by shape found in C, then those led by a digit: most pages have few or none)
    gone = [k for k in compress(range(n), map(_SHAPE, map(_REASON, lines))) if lines[k].text[:1].isdigit()]
    done = 0
    for at, i in enumerate(gone):
        # (three digit-led rows gone in a row at least, asked of the indices first: most such lines stand alone)
        if i < done or i < 2 or at + 2 >= len(gone) or gone[at + 2] != i + 2:
            continue
        keys: list[tuple[int, ...]] = []
        j = i
        while j < n and lines[j].reason in SHAPE_ONLY and not lines[j].meta and (m := _FIGURE_ROW.match(lines[j].text)):
            if REACTION.search(lines[j].folded or lines[j].text):
                break  # (a count of the page's readers or reactions: 12 讚 / 30 分享)
            keys.append(tuple(int(x) for x in re.split(r"[-/.]", m.group(1))))
            j += 1
        done = j
        if j - i < _FIGURE_ROWS or any(len(k) != len(keys[0]) for k in keys) or keys != sorted(set(keys)):
            continue
        if not any(row.reason is Reason.COUNTER for row in lines[i:j]):
            continue  # (rows that read as counters: pass_gates runs this pass only where a line went as one)
        head = lines[i - 1]
        if not (_heading(head) and any(x.kept and is_prose_start(x) for x in lines[: i - 1])):
            continue
        if not ((lines[i - 2].kept and not lines[i - 2].short) or (j < n and lines[j].kept)):
            continue
        for row in lines[i:j]:
            row.restore()
        if not head.own_rule:
            head.restore()


def _heading(line: Line) -> bool:
    text = line.text
    return (
        (line.kept or line.reason in SHAPE_ONLY)
        and not line.meta
        and len(text) <= _HEAD
        and not text.endswith((*SENTENCE_END, "：", ":"))
        and _FIGURE_ROW.match(text) is None
    )


__all__ = ["rescue_figure_lists"]
