"""A column of labelled rows set apart by full-width spaces: each line a rank
or a role (一等奖, 第二名, 副 爐 主, 爐　　主), then one to a few names (a pair
may be joined by ×, a prize's work may end the row: 一等奖　欧阳春华　欧阳小满
碱水豆沙粽; or short columns, a score and a prize: 第一名　黃金　13個聖筊　黃金一兩).
Rows of one shape stacked in a column are a roll; it vouches for its names,
words too (金星, 江山), when its labels are ranks (two the same but for a
numeral) or roles (half of them, two at least, end as a job does: 列车长　吉克阿依
/ 乘务员　冷冰　唐诗 / 检车员　何鑫) or two of its names are people already. Used
by :mod:`reader.core.people.rolls` with the full-width runs of one line."""

from __future__ import annotations

import re

from reader.core.people.names import CJK
from reader.core.people.table_columns import person_heading

_CELL_RE = re.compile(r"[^\u3000\n]+")
# A name cell: a name (maybe dotted), maybe glossed in brackets (紀林素珠（紀太）).
_ITEM_RE = re.compile(rf"([{CJK}]{{2,4}}|[{CJK}]{{2,6}}·[{CJK}]{{2,6}})(?:[（(][^()（）\n]{{1,30}}[)）])?")
# A label: Han characters, maybe spaced out (副 爐 主), six at most.
_LABEL_RE = re.compile(rf"[{CJK}](?: ?[{CJK}]){{1,5}}")
_KIN_RE = re.compile(rf"[{CJK}]{{1,2}}")  # (a pair's label: 子, 媳, 外孙)
_JOINERS = frozenset("×x&＆/／")
_NUMERAL_RE = re.compile(r"[一二三四五六七八九十\d]")
_MIN_ROWS = 2
_COLUMN = 10  # (the longest cell of a column after the names)
_CLAUSE_RE = re.compile(r"[，。！？；：,!?;:]")


Item = tuple[int, int, str]


def label_rows(plain: str, folded: str, known: set[str]) -> tuple[list[Item], list[list[Item]], set[int]]:
    """The names of the columns of ranked rows, and those of each column of
    other labelled rows two of whose names are known (spans in ``folded``);
    and where the names of rows of pairs start (a table's cells read apart)."""
    if "\u3000" not in plain:
        return [], [], set()
    ranks: list[Item] = []
    runs: list[list[Item]] = []
    block: list[tuple[str, list[tuple[int, int]]]] = []
    paired: set[int] = set()
    pos = 0
    for line in plain.split("\n"):
        rows = _pairs(line, pos) if "\u3000" in line else []
        paired.update(s for _, cells in rows for s, _ in cells)
        rows = rows or (_rows(line, pos) if "\u3000" in line else [])
        if not rows:
            _vouch(block, folded, known, ranks, runs)
            block = []
        else:
            block += rows
        pos += len(line) + 1
    _vouch(block, folded, known, ranks, runs)
    return ranks, runs, paired


def _rows(line: str, pos: int) -> list[tuple[str, list[tuple[int, int]]]]:
    row = _row(line, pos)
    return [row] if row is not None else []


def _pairs(line: str, pos: int) -> list[tuple[str, list[tuple[int, int]]]]:
    """A row of two pairs or more, each a label of one or two characters and a
    longer name (a family's 子　皇甫江　　媳　佐藤由美): a row for each pair."""
    cells = list(_CELL_RE.finditer(line))
    if len(cells) < 4 or len(cells) % 2:
        return []
    rows = []
    for label, name in zip(cells[::2], cells[1::2], strict=True):
        word, item = label.group().strip(), _ITEM_RE.fullmatch(name.group().strip())
        if item is None or not _KIN_RE.fullmatch(word) or len(word) >= len(item.group(1)):
            return []
        s = pos + name.start() + name.group().find(item.group(1))
        rows.append((word, [(s, s + len(item.group(1)))]))
    return rows


def _row(line: str, pos: int) -> tuple[str, list[tuple[int, int]]] | None:
    """A row's label and its name cells; None when the line has another shape."""
    cells = list(_CELL_RE.finditer(line))
    label = ""
    while cells and len(cells[0].group().strip()) == 1 and len(cells) > 1:  # (a label spaced out: 爐　　主)
        label += cells.pop(0).group().strip()
    if not label and cells:
        label = cells.pop(0).group().strip()
    if not _LABEL_RE.fullmatch(label) or not cells:
        return None
    items: list[tuple[int, int]] = []
    for i, m in enumerate(cells):
        cell = m.group()
        if cell.strip() in _JOINERS:
            continue
        start = m.start()
        for part in cell.split("、"):
            item = _ITEM_RE.fullmatch(part.strip())
            if item is None and i < len(cells) - 1:
                # (the names' cells over, the row's other columns may follow: a score, a prize;
                # a sentence's words are no row's cells)
                return (label, items) if items and _other_columns(cells[i:]) else None
            if item is not None:
                s = pos + start + part.find(item.group(1))
                items.append((s, s + len(item.group(1))))
            start += len(part) + 1
    return label, items


def _other_columns(cells: list[re.Match[str]]) -> bool:
    """Short cells with no sentence's punctuation (13個聖筊　黃金一兩)."""
    return all(len(m.group().strip()) <= _COLUMN and not _CLAUSE_RE.search(m.group()) for m in cells)


def _vouch(
    block: list[tuple[str, list[tuple[int, int]]]],
    folded: str,
    known: set[str],
    ranks: list[Item],
    runs: list[list[Item]],
) -> None:
    if len(block) < _MIN_ROWS:
        return
    items = [(s, e, folded[s:e]) for _, cells in block for s, e in cells]
    # (ranks: two labels the same but for their numeral, 一等奖 / 二等奖; not a menu's 周一早餐 / 周二午餐)
    shapes = [_NUMERAL_RE.sub("#", label) for label, _ in block if _NUMERAL_RE.search(label)]
    roles = sum(person_heading(label) for label, _ in block)
    if len(shapes) > len(set(shapes)) or (roles >= _MIN_ROWS and roles * 2 >= len(block)):
        ranks += items
    elif sum(form in known for _, _, form in items) >= 2:
        runs.append(items)


__all__ = ["label_rows"]
