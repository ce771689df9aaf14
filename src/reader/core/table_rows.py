"""Tables flattened into lines: rows of cells apart by wide spaces (a
timetable, a clinic's hours) that each alone look like a site's menu.
``reader.core.cleaning.clean`` runs :func:`rescue_table_rows` among the
row rescues of :mod:`reader.core.row_rescues`.
"""

from __future__ import annotations

from reader.core.junk_rules import Reason
from reader.core.line_passes import CELL_GAP, LABEL_VALUE, Line

_TABLE_ROWS = 3


def rescue_table_rows(lines: list[Line]) -> None:
    """A table flattened into lines under a heading of the body (門診時間 /
    星期一　上午 甲　下午 乙 / 星期二　上午 丙 …): three rows or more split
    into cells, each led by its own first cell, sharing a word in every
    row (a column's 上午), or under a header row of short labels with as
    many cells in every row (a timetable). A site's menu rows share no
    word and have no header."""
    i = 0
    while i < len(lines):
        j = i
        # (a row on its own among them may not be judged yet: 星期五　上午 甲)
        while (
            j < len(lines)
            and lines[j].reason in (_TABLE_LIKE if j == i else (*_TABLE_LIKE, None))
            and not lines[j].meta
            # (a timetable's rows may be long: their header tells them, see _headed)
            and (lines[j].short or lines[j].reason is Reason.NAVIGATION)
        ):
            j += 1
        if j - i < _TABLE_ROWS:
            i = max(j, i + 1)
            continue  # (most lines: too few rows for a table)
        rows = lines[i:j]
        # (a kept heading right under the table is no row of it: 二、停运列车)
        while len(rows) > _TABLE_ROWS and rows[-1].kept and not _table(rows):
            rows.pop()
            j -= 1
        # (under a kept line with the body above it, not under a block of the page's: 上一篇 / 排行榜)
        above = i > 0 and lines[i - 1].kept and (not lines[i - 1].short or (i > 1 and lines[i - 2].kept))
        if len(rows) >= _TABLE_ROWS and above and any(r.bad for r in rows) and _table(rows):
            for row in rows:
                row.reason, row.own_rule, row.weak = None, False, False
            # (where to go and whom to call, right under the table and not
            # over more junk, belongs to its section: 治療室位置：… 聯絡電話：…)
            if (
                j + 1 < len(lines)
                and lines[j].reason is Reason.CONTACT
                and LABEL_VALUE.match(lines[j].text)
                and not lines[j + 1].bad
            ):
                lines[j].reason, lines[j].own_rule, lines[j].weak = None, False, False
        i = max(j, i + 1)


_TABLE_LIKE = (Reason.NAVIGATION, Reason.BETWEEN_BOILERPLATE)


def _table(rows: list[Line]) -> bool:
    cells = [[c for c in CELL_GAP.split(row.text) if c] for row in rows]
    if any(len(c) < 2 for c in cells) or len({c[0] for c in cells}) < len(cells):
        return False
    if not all(row.short for row in rows):
        return _headed(cells)
    words = [set(row.text.split()[1:]) for row in rows]
    return bool(set.intersection(*words)) or _headed(cells)


def _headed(cells: list[list[str]]) -> bool:
    """A header row of short labels (车次　始发站　终到站　开车时间) over
    rows with as many cells, each with a figure (C5821　合肥南　…　07:12):
    a timetable. A site's menu rows have no figures, nor the same count."""
    head, body = cells[0], cells[1:]
    width = len(head)
    return (
        width >= _COLUMNS
        and all(len(c) == width for c in body)
        and all(len(c) <= _LABEL and not any(ch.isdigit() for ch in c) for c in head)
        and all(any(ch.isdigit() for ch in "".join(row)) for row in body)
    )


_COLUMNS = 3
_LABEL = 6


# (a date or source row over the box dates and names the page)
_PERSON_ROWS = frozenset({"byline", "editor", "credit"})
# A field row's value is short: a name, a date, a place.
_FIELD_ROW = 40


def _field_row(line: Line | None) -> bool:
    return line is not None and line.kept and len(line.text) <= _FIELD_ROW and LABEL_VALUE.match(line.text) is not None


def keep_box_credits(lines: list[Line]) -> None:
    """A credit row in a box of label：value rows that stay (劇團：… /
    導演：鄧卓謙 / 演出日期：…, the facts of the show a review is about)
    is one of the box's fields, not the article's byline: it stays with
    its siblings, kept on both sides of it or two in a row on one."""
    for k, line in enumerate(lines):
        if (
            line.meta is None
            or line.meta.kind not in _PERSON_ROWS
            or line.reason is not None
            or len(line.text) > _FIELD_ROW
        ):
            continue
        if not LABEL_VALUE.match(line.text):
            continue
        above = _field_row(lines[k - 1]) if k else False
        below = _field_row(lines[k + 1]) if k + 1 < len(lines) else False
        if (
            (above and below)
            or (above and k > 1 and _field_row(lines[k - 2]))
            or (below and k + 2 < len(lines) and _field_row(lines[k + 2]))
        ):
            line.meta = None


__all__ = ["keep_box_credits", "rescue_table_rows"]
