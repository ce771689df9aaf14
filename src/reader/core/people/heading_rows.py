"""Whether a table's first row is its heading, not a row of people: a row of labels of one series
(冠军 | 亚军 | 季军), a row over a column of numbers (入行年份 over 1988), or a row with a cell that says its
column holds names (姓名 | 崗位 | 花名: every cell of it heads its column, 花名 'nickname' too). Used by
:mod:`reader.core.people.table_columns`."""

from __future__ import annotations

from reader.core.people.column_labels import Cell

# A heading that says its cells are names (部门 | 姓名).
NAME_HEADINGS = frozenset(("姓名", "名字"))


def names_heading(text: str) -> bool:
    """姓名, 名字, 教练姓名: a heading over names."""
    return text in NAME_HEADINGS or text.endswith("姓名")


def heading_row(table: list[list[Cell]]) -> bool:
    """The table's first row heads it: a series, over numbers, or over names."""
    return series_heading(table[0]) or _numbers_headed(table) or any(names_heading(text) for _, _, text in table[0])


def _numbers_headed(table: list[list[Cell]]) -> bool:
    """A first row over a column of numbers with none of its own (入行年份 over
    1988, 2016): the table's heading, its cells labels (師承), no names."""
    return any(
        not any(c.isdigit() for c in head) and all(any(c.isdigit() for c in row[i][2]) for row in table[1:])
        for i, (_, _, head) in enumerate(table[0])
    )


def series_heading(row: list[Cell]) -> bool:
    """A row of labels of one series: three or more of its cells end with the
    same character (冠军 | 亚军 | 季军, 一等奖 | 二等奖 | 三等奖), which the
    names of one row of people do not."""
    ends = [text[-1] for _, _, text in row if len(text) >= 2]
    return any(ends.count(end) >= 3 for end in set(ends))
