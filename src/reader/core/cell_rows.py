"""A two-cell row of a table as a page's text gives it: a short label, one
space, its short value (演出 灶腳劇團 / 時間 2027/04/05 19:30 / 地點 …, a
review's box of the show's facts). A date row among such rows is one more
fact of the box (when the show is on), not the page's date line.
"""

from __future__ import annotations

from reader.core.line_passes import Line

_LABEL = 6  # (a label is a word or two)
_VALUE = 30  # (a value longer than this is a sentence)


def cell_row(text: str) -> bool:
    """``text`` is a short label, one space, then its short value."""
    label, gap, value = text.partition(" ")
    if not gap or not 2 <= len(label) <= _LABEL or not 0 < len(value) <= _VALUE:
        return False
    return ":" not in label and "：" not in label


def boxed_row(lines: list[Line], i: int) -> bool:
    """Line ``i`` is such a row, between two kept rows of the same shape
    that state no metadata."""
    if not 0 < i < len(lines) - 1 or not cell_row(lines[i].text):
        return False
    return all(x.kept and x.meta is None and cell_row(x.text) for x in (lines[i - 1], lines[i + 1]))


__all__ = ["boxed_row", "cell_row"]
