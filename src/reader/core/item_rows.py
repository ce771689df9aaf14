"""Rows that head the items of a list, each with its sentence under it.

A newsletter's book list or a shop's picks give each item a row of facts
apart by bars or wide gaps (《书名》｜作者 著｜出版社｜页数｜价格) and a
sentence about it underneath. The bars make each row look like a menu, but
a menu is not followed, row after row, by a sentence of the body: rows of
one shape, each right above a kept sentence, are the body's own list. So
are rows of the same labels with their values (出版：… ｜ 頁數：…), each
between an item's kept head and its sentence: one item's data after another.
"""

from __future__ import annotations

from typing import Final

from reader.core.junk_rules import ROW_LIKE
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import Line, row_cells

_CELLS: Final = 3  # (a row of facts: three cells or more)
_ITEMS: Final = 2  # (a list: two items or more)
_LABEL: Final = 6  # (a label: a few characters before its colon)


def _cells(text: str) -> int:
    return len(row_cells(text))


def _sentence_under(lines: list[Line], i: int) -> bool:
    below = lines[i + 1] if i + 1 < len(lines) else None
    return below is not None and below.kept and not below.short and below.text.endswith(SENTENCE_END)


def rescue_item_rows(lines: list[Line]) -> None:
    """Rows of three cells or more, gone as a menu's or a counter's, that
    each sit right above a kept sentence, two of them or more in a run of
    row, sentence, row, sentence under a kept line, are the body's items."""
    # (the rows gone for their shape, found in one comprehension: most texts have few)
    rows = [k for k, line in enumerate(lines) if line.reason in ROW_LIKE and k > 0 and not line.meta]
    done = -1
    for i in rows:
        if i <= done or not lines[i - 1].kept or not _sentence_under(lines, i):
            continue
        cells = _cells(lines[i].text)
        run = [i]
        k = i + 2
        while k < len(lines) and lines[k].reason in ROW_LIKE and not lines[k].meta and _sentence_under(lines, k):
            run.append(k)
            k += 2
        done = k - 2
        if cells >= _CELLS and len(run) >= _ITEMS and all(abs(_cells(lines[r].text) - cells) <= 1 for r in run):
            for r in run:
                lines[r].restore()
    _rescue_label_rows(lines, rows)


def _labels(text: str) -> tuple[str, ...] | None:
    """The labels of a row whose every cell is a label and its value, or None."""
    if "：" not in text and ":" not in text:
        return None
    labels = []
    for cell in row_cells(text):
        label, colon, value = cell.replace(":", "：").partition("：")
        if not colon or not label or len(label) > _LABEL or not value.strip() or "：" in value:
            return None
        labels.append(label.strip())
    return tuple(labels) if len(labels) >= 2 else None


def _rescue_label_rows(lines: list[Line], rows: list[int]) -> None:
    """Rows of the same labels, each under a kept line and over a kept
    sentence, with nothing gone between one and the next: each item's data."""
    prev: tuple[int, tuple[str, ...]] | None = None
    run: list[int] = []
    for i in rows:
        if lines[i].reason not in ROW_LIKE or not lines[i - 1].kept or not _sentence_under(lines, i):
            continue
        labels = _labels(lines[i].text)
        if labels is None:
            continue
        if prev is None or prev[1] != labels or not all(x.kept for x in lines[prev[0] + 1 : i]):
            _restore(lines, run)
            run = []
        run.append(i)
        prev = (i, labels)
    _restore(lines, run)


def _restore(lines: list[Line], run: list[int]) -> None:
    if len(run) >= _ITEMS:
        for r in run:
            lines[r].restore()
