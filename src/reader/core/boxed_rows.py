"""Boxes of facts as two-cell rows, a label, one space, its value (房型
四人和室 / 停車 莊內免費; a spec table's 軸距 2,770mm): rows that alone read as
a control's words or a counter, taken back between kept rows of the shape."""

from __future__ import annotations

from reader.core.junk_rules import Reason
from reader.core.line_passes import Line
from reader.core.meta_lines import boxed_row, cell_row
from reader.core.round_brackets import CLOSERS, last_open


def rescue_boxed_rows(lines: list[Line]) -> None:
    """A two-cell row (a label, one space, its value) gone as a control's words
    (入住／退房 15:00／11:00 reads like 登入／註冊), between two kept rows of the
    same shape (房型 四人和室 / 停車 莊內免費): one more fact of the box. A run
    of such rows with figures, gone as counts (軸距 2,770mm / 電池容量 72.5kWh),
    between two kept rows of the shape (a label glossed in brackets too:
    續航里程（CLTC） 520km), is a spec table's middle: it comes back whole."""
    n, after = len(lines), -1
    for i in [k for k, line in enumerate(lines) if line.reason in _BOXED_GONE]:
        if lines[i].reason is _WIDGET:
            if not lines[i].meta and boxed_row(lines, i):
                lines[i].restore()
            continue
        if i <= after or not _figure_cell(lines[i]):
            continue
        j = i + 1
        while j < n and lines[j].reason in _BOXED_GONE and _figure_cell(lines[j]):
            j += 1
        after = j
        if i > 0 and j < n and all(x.kept and not x.meta and _glossed_cell(x.text) for x in (lines[i - 1], lines[j])):
            for row in lines[i:j]:
                row.restore()


def _figure_cell(line: Line) -> bool:
    # (two cells only: a third is a score's other side, 祐漢街坊 58：77 望廈雄鷹)
    value = line.text.partition(" ")[2]
    return line.meta is None and " " not in value and cell_row(line.text) and any(ch.isdigit() for ch in value)


def _glossed_cell(text: str) -> bool:
    """A label：value cell row, its label perhaps glossed in round brackets."""
    label, _, value = text.partition(" ")
    if label.endswith(CLOSERS) and (cut := last_open(label)) > 0:
        text = f"{label[:cut]} {value}"
    return cell_row(text)


_WIDGET = Reason.WIDGET  # (bound once: Reason.X is a slow lookup)
_BOXED_GONE = frozenset({_WIDGET, Reason.COUNTER, Reason.BETWEEN_BOILERPLATE})


__all__ = ["rescue_boxed_rows"]
