"""A table written as Markdown (| 名次 | 牛名 | 牛主 |, then |---|---|---|):
the rule under its first row says that row is the heading, and the bars
outside its cells leave empty cells at both ends of each row, no column's."""

from __future__ import annotations

from reader.core.end_boxes import PIPE_RULE

Cell = tuple[int, int, str]


def ruled_off(table: list[list[Cell]]) -> bool:
    """A rule row under the first row (|---|---|): that row is a heading."""
    return len(table) > 1 and PIPE_RULE.match("|".join(text for _, _, text in table[1])) is not None


def unruled(table: list[list[Cell]]) -> list[list[Cell]]:
    """``table`` as its cells: no rule row, no empty cells outside the outer bars."""
    if ruled_off(table):
        table = table[:1] + table[2:]
    if all(not row[0][2] for row in table):
        table = [row[1:] for row in table]
    if table[0] and all(not row[-1][2] for row in table):
        table = [row[:-1] for row in table]
    return table


__all__ = ["ruled_off", "unruled"]
