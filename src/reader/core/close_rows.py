"""Paragraphs set as rows: a record's short label：value rows (公告號：M621894 /
申請號：112208845, 時間：… / 地點：… / 費用：…) and a list's short items
(• 營業時間：早上7點至下午1點, 1. 準備材料) are set close, with no blank line
after them, as a table's rows are. A run of two or more, each short; a row
that ends a sentence is a speaker's turn (陳太：要唔要裝扶手？) or prose and
keeps its blank line, and a list of long items keeps theirs too, for reading.
Every list item, long or short, hangs its wrapped lines under its text, past
its mark. The text is shown as written: only the spacing changes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.core.markdown_view import Rendered
from reader.core.offsets import OffsetMap

# A field's label: six characters at most before its colon, no clock time (8:00-12:00).
_FIELD = re.compile(r"(?!\d+[：:])[^\s：:*|]{1,6}[：:]\s*\S")
# A list item's mark: a bullet and a space, or a number with its stop (1. 2、 (3) （4）).
_ITEM_SHAPE = r"\s*(?:[-*+•·・▪◦●○■□]\s|\d{1,2}[.)．、]\s?\S|[（(]\d{1,2}[）)])"
_ITEM = re.compile(_ITEM_SHAPE)
# Where an item's text starts: past its mark and the spaces after it.
_MARK = re.compile(r"\s*(?:[-*+•·・▪◦●○■□]|\d{1,2}[.)．、]|[（(]\d{1,2}[）)])\s*")
_SHORT = 40
_TURN_ENDS = "。！？!?…"


_ITEM_LINE = re.compile("^" + _ITEM_SHAPE, re.MULTILINE)


def has_list_items(text: str) -> bool:
    """Whether a line of ``text`` opens as a list item (laid out as a row, so a long text of them is slow)."""
    return _ITEM_LINE.search(text) is not None


def set_rows(paragraphs: Sequence[str], shown: list[Rendered] | None) -> list[Rendered] | None:
    """``shown`` (None: each paragraph as written) with every close run's
    rows but its last set tight and every list item hung past its mark;
    None still if there is neither."""
    runs = close_runs(paragraphs, shown)
    items = [k for k, text in enumerate(paragraphs) if _ITEM.match(text) and (shown is None or not shown[k].cells)]
    if not runs and not items:
        return shown
    shown = as_written(paragraphs) if shown is None else shown
    for start, end in runs:
        for k in range(start, end - 1):
            shown[k] = replace(shown[k], tight=True)
    for k in items:
        # (as a row's second cell: its wrapped lines hang under it; the mark as shown, • for -)
        if (mark := _MARK.match(shown[k].text)) and 0 < mark.end() < len(shown[k].text):
            shown[k] = replace(shown[k], cells=(0, mark.end()))
    return shown


def as_written(paragraphs: Sequence[str]) -> list[Rendered]:
    """Each paragraph shown as written."""
    return [Rendered(p, OffsetMap()) for p in paragraphs]


def close_runs(paragraphs: Sequence[str], shown: Sequence[Rendered] | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of two short fields or more, or of two
    short list items or more, none a table's row."""
    runs: list[tuple[int, int]] = []
    start, kind = 0, None
    for i, text in enumerate([*paragraphs, ""]):
        text = text.strip()
        now = None
        if 0 < len(text) <= _SHORT and (shown is None or not shown[i].cells):
            if _ITEM.match(text):
                now = "item"
            elif text[-1] not in _TURN_ENDS and _FIELD.match(text):
                now = "field"
        if now != kind:
            if kind is not None and i - start >= 2:
                runs.append((start, i))
            start, kind = i, now
    return runs


__all__ = ["as_written", "close_runs", "has_list_items", "set_rows"]
