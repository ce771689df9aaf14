"""A column's label written into each of its cells: a results table's row
(男子短板｜冠军 白浪｜亚军 大野翔太｜季军 张凯翔) puts the rank before each name,
so down a column every cell opens with the same word (亚军 大野翔太, 亚军 艾拉·汤普森,
亚军 铃木健二): that word labels the column, and no person stands first in every
row with someone else after them."""

from __future__ import annotations

Cell = tuple[int, int, str]
_MIN_ROWS = 3  # (two rows opening alike may be chance)


def labels_off(rows: list[list[Cell]]) -> list[Cell]:
    """The names of a column, given each row's parts, without the first part
    when every row repeats it before another."""
    first = {parts[0][2] if len(parts) >= 2 else None for parts in rows}
    label = first.pop() if len(rows) >= _MIN_ROWS and len(first) == 1 else None
    return [c for parts in rows for c in (parts[1:] if label else parts)]


__all__ = ["labels_off"]
