"""Label rows under a heading that went by its shape alone.

A team's line-up in a match report (1985屆陣容 / 門將：… / 後衛：… / 中場：…)
is a short heading over rows of a label and its names. The heading, a
number and a word, reads as a counter; a row of names spaced apart reads
as a menu; a short row between those then goes with its junk neighbours.
Among the body's paragraphs, with a row of it kept (or of a run under a
heading like it), the run is the body's, and so is its heading.
"""

from __future__ import annotations

from typing import Final

from reader.core.junk_rules import SHAPE_ONLY, Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import LABEL_VALUE, Line, in_prose
from reader.core.table_rows import reaction_count

_RUN: Final = 3  # (label rows at least: two are a pair, not a list)
_HEAD: Final = 12  # (a heading's characters at most)
# (a row of names spaced apart reads as a menu; inside such a run it is a field)
_ROW_GONE: Final = SHAPE_ONLY | {Reason.NAVIGATION}


def _heading(line: Line) -> bool:
    text = line.text
    return (
        line.reason in SHAPE_ONLY
        and line.meta is None
        and len(text) <= _HEAD
        and not text.endswith(SENTENCE_END)
        and not reaction_count(line)
    )


# (a label's characters: a longer one than LABEL_VALUE's eight, past a run's first row)
_LONG_LABEL: Final = 12
_NOT_LABEL: Final = frozenset(" \t\u3000:：，。【[［(（")


def _long_label(text: str) -> bool:
    """A row whose label runs past eight characters (收到作業本、字典及讀物：86本):
    one more row of a run its shorter rows began."""
    k = text.find("：")
    if k < 0:
        k = text.find(":")
    return 0 < k <= _LONG_LABEL and text[k + 1 :].strip() != "" and _NOT_LABEL.isdisjoint(text[:k])


def _frame(text: str) -> str:
    return "".join("#" if c.isdigit() else c for c in text)


def rescue_headed_label_runs(lines: list[Line]) -> None:
    """A heading gone by its shape alone over three label rows or more, gone
    by shape or as a menu, with the body's prose above and below: the
    heading and the rows stay when a row of the run is kept, or when a
    heading like it but for its digits (2011屆陣容 beside 2001屆陣容) heads
    such a run."""
    # (the heads first, a cheap test: most texts have none over a label row)
    heads = [i for i, line in enumerate(lines[:-1]) if _heading(line) and LABEL_VALUE.match(lines[i + 1].text)]
    runs = []
    for i in heads:
        j = i + 1
        while (
            j < len(lines)
            and lines[j].meta is None
            and (lines[j].kept or lines[j].reason in _ROW_GONE)
            and (LABEL_VALUE.match(lines[j].text) or (j > i + 1 and _long_label(lines[j].text)))
        ):
            j += 1
        if j - i > _RUN and in_prose(lines, i, j):
            runs.append((i, j, any(line.kept for line in lines[i + 1 : j])))
    sure = {_frame(lines[i].text) for i, _, kept in runs if kept}
    for i, j, kept in runs:
        if kept or _frame(lines[i].text) in sure:
            for line in lines[i:j]:
                line.restore()


__all__ = ["rescue_headed_label_runs"]
