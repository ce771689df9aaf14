"""A table of two cells a row, label then value, right under the headline or
the byline: the record's fact box (演唱 | 蔡淑真 / 作詞 | 王金池 / 專輯 | 《鹹風》,
a song's; 片名 / 導演 / 片長, a film's).

Its rows are short, so between the byline and the next gone line (a share
bar) each goes as a line amid junk. The signal is the shape and the place:
three rows or more copied with one tab each, every one led by a different
short label of Han words, starting right under the page's headline or its
byline, where a page sets the facts of what it is about. A site's furniture
there (a share bar, a counter, a menu) goes by its own shape, never only by
its neighbours, and is no run of labelled cells.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.junk_rules import Reason
from reader.core.line_passes import Line

_LABEL: Final = re.compile(r"[\u3400-\u9fff]{2,6}")
_ROWS: Final = 3  # (fewer rows is a line or two beside the byline, not a box)
_VALUE: Final = 40  # (a longer value is a sentence)
_ROW_LONGEST: Final = 6 + 1 + _VALUE  # (a cheap test before the tab's)
_HEAD: Final = (Reason.HEADLINE,)


def _open(line: Line) -> bool:
    """Gone only for its neighbours: short, amid junk."""
    return line.reason is Reason.BETWEEN_BOILERPLATE and not line.own_rule and line.meta is None


def _under_head(line: Line) -> bool:
    return line.reason in _HEAD or line.meta is not None


def keep_field_tables(lines: list[Line], text: str) -> None:
    """Rows of a two-cell table of labels and values right under the headline
    or the byline stay: the record's facts. ``text`` is the text as written
    (cleaning's lines have the tabs made spaces)."""
    n, i = len(lines), 1
    rows: dict[str, str] | None = None  # (each one-tab line's label, by its text without whitespace)
    while i < n:
        if not (_open(lines[i]) and _under_head(lines[i - 1]) and len(lines[i].text) <= _ROW_LONGEST):
            i += 1
            continue
        j = i
        while j < n and _open(lines[j]) and len(lines[j].text) <= _ROW_LONGEST:
            j += 1
        if j - i >= _ROWS:
            if rows is None:
                rows = {"".join(r.split()): r.split("\t")[0].strip() for r in text.split("\n") if r.count("\t") == 1}
            labels = [rows.get("".join(line.text.split())) for line in lines[i:j]]
            # (the box ends at its first row that is no labelled cell pair)
            k = next((k for k, label in enumerate(labels) if label is None or not _LABEL.fullmatch(label)), len(labels))
            if k >= _ROWS and len(set(labels[:k])) == k:
                for line in lines[i : i + k]:
                    line.restore()
        i = j
