"""Names set apart by full-width spaces inside a line: 村务监督委员会成员　金星
白云　方圆　列席见证, 點心部：翁大光（光哥，主廚）　麥兆　伍福. A writer sets a
roll's names apart so, never the words of a sentence; so when a person already
found stands in the run, the run's other items are people too, even those that
are words (白云, 方圆, 容易)."""

from __future__ import annotations

import re

from reader.core.people.names import CJK

# A cell between full-width spaces (a roll typed into columns may use runs of them).
_CELL_RE = re.compile(r"[^\u3000\n]+")
# (an item may be a dotted name, or glossed in another script: 金美善（김미선）, 艾米丽·卡特（Emily Carter）;
# a gloss in Han is a role, 胡建平（主任医师）, and the row a roster's under its label: 周四)
_ITEM_RE = re.compile(rf"([{CJK}]{{2,4}}|[{CJK}]{{2,6}}·[{CJK}]{{2,6}})(?:\([^()\n{CJK}]{{1,30}}\))?")
# The name a line's first cell ends with, after its label: 點心部：翁大光（光哥，主廚）.
_LEAD_RE = re.compile(rf"(?:^|[:：])[ \t]*([{CJK}]{{2,4}})(?:[（(][^（()）]*[)）])?$")
_MIN_ITEMS = 3


def wide_runs(plain: str, folded: str, known: set[str]) -> list[list[tuple[int, int, str]]]:
    """Runs of three or more items apart by full-width spaces (in ``plain``:
    folding makes them spaces), one of them a person found already (the
    line's first cell may end with it, after a label)."""
    if "\u3000" not in plain:
        return []
    runs: list[list[tuple[int, int, str]]] = []
    pos = 0
    for line in plain.split("\n"):
        if "\u3000" in line.strip("\u3000 "):
            runs += _line_runs(line, folded[pos : pos + len(line)], pos, known)
        pos += len(line) + 1
    return runs


def _line_runs(line: str, folded: str, pos: int, known: set[str]) -> list[list[tuple[int, int, str]]]:
    runs: list[list[tuple[int, int, str]]] = []
    run: list[tuple[int, int, str]] = []
    for m in _CELL_RE.finditer(line):
        cell = folded[m.start() : m.end()].strip(" \t")
        start = m.start() + folded[m.start() : m.end()].find(cell)
        item = _ITEM_RE.fullmatch(cell)
        if item:
            run.append((pos + start, pos + start + item.end(1), item.group(1)))
            continue
        if cell.isdigit() and len(cell) <= 2:  # (a rank before each name: 1　郑一鸣　2　田小禾　3　巴图孟和)
            continue
        if len(run) >= _MIN_ITEMS and any(form in known for _, _, form in run):
            runs.append(run)
        run = []
        # (a cell that is no item may end with a known name, a run's first: 點心部：翁大光（光哥，主廚）;
        # or with any name after its label's colon, a known one further on: 二等奖：曲比阿果　马海木乃　邓远)
        lead = _LEAD_RE.search(cell)
        if lead and (lead.group(1) in known or cell[lead.start() : lead.start() + 1] in ":："):
            s = start + lead.start(1)
            run = [(pos + s, pos + s + len(lead.group(1)), lead.group(1))]
    if len(run) >= _MIN_ITEMS and any(form in known for _, _, form in run):
        runs.append(run)
    return runs


__all__ = ["wide_runs"]
