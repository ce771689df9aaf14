"""Rows of codes under a head (抽中編號（標準地段） / A003　A017　A021… /
B005　B012… / （其餘編號已張貼於…） / 抽中編號（高架種植箱） / H02　H05…): a
list of drawn numbers, plots or seats, several codes a row apart by wide
spaces, each a letter or two and digits. Alone each row looks like a counter
and the short lines between the rows like the page's furniture; under a kept
head of the body the run is a table, kept with the heads and notes between
its rows. Run by ``result_rows.keep_result_rows``, where a row's text holds
a wide space.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.junk_rules import Reason
from reader.core.line_passes import Line
from reader.core.wide_gaps import WIDE_GAP

# A code: a letter or two, then digits (A003, H02, B-12)
_CODE: Final = re.compile(r"[A-Za-z]{1,2}-?\d{2,5}")
_CELLS: Final = 3  # (a row of codes holds several)
_ROWS: Final = 2  # (one row alone may be a page's counters)
_BETWEEN: Final = 2  # (a head or a note between two rows of a run)
# (what a row's own shape or its place among junk takes it for; the folder's repeats stay gone)
_SHAPES: Final = frozenset({Reason.COUNTER, Reason.NAVIGATION, Reason.BETWEEN_BOILERPLATE, Reason.CONTROLS})


def _code_row(line: Line) -> bool:
    text = line.text
    if line.meta is not None or ("\u3000" not in text and "  " not in text):
        return False
    cells = WIDE_GAP.split(text.strip())
    return len(cells) >= _CELLS and all(_CODE.fullmatch(cell) for cell in cells)


def keep_code_rows(lines: list[Line]) -> None:
    """Runs of two code rows or more right under a kept short line (the
    head), with at most two short lines between one row and the next: all
    kept."""
    n, i = len(lines), 1
    while i < n:
        if not (_code_row(lines[i]) and lines[i - 1].kept and lines[i - 1].short):
            i += 1
            continue
        j = end = i + 1
        rows = 1
        while j < n:
            if _code_row(lines[j]):
                end = j = j + 1
                rows += 1
                continue
            gap = 0
            while j + gap < n and gap < _BETWEEN and lines[j + gap].short and not _code_row(lines[j + gap]):
                gap += 1
            if not gap or j + gap >= n or not _code_row(lines[j + gap]):
                break
            j += gap
        run = lines[i:end]
        if rows >= _ROWS and all(line.reason is None or line.reason in _SHAPES for line in run):
            for line in run:
                line.restore()
        i = end
