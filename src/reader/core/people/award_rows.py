"""A prize list's rows: each line an award, then who won it (金奖　　马小花（…）,
最快出碗奖：　　杨光明). Two such lines or more in a row make a list of winners,
so each row's value is a person even where the name is a word (杨光明, 白云),
as a roster's rank vouches for the name before it."""

from __future__ import annotations

import re

from reader.core.people.names import CJK

# An item: a name, maybe dotted (吐尔逊·阿不力孜), an optional gloss in brackets, and
# optionally the winning work's title (黄金城〈关公夜读春秋〉).
_NAME = rf"[{CJK}]{{2,6}}·[{CJK}]{{2,6}}|[{CJK}]{{2,4}}"
_ITEM = rf"(?:{_NAME})(?:\([^()\n]{{1,24}}\))?(?:[〈《][^〈《〉》\n]{{1,24}}[〉》])?"
# The award (no space inside, 奖 last; a colon may follow), a space, then items joined by 、 to
# the line's end. A short tier without 奖 (佳作, 优胜) counts beside two award rows in its run.
_ROW_RE = re.compile(
    rf"(?m)^(?:[^\s:]{{0,10}}(?P<prize>奖)|[{CJK}]{{2,4}}):?[ \t]+(?P<run>{_ITEM}(?:、{_ITEM})*)[ \t]*\n?"
)
_NAME_RE = re.compile(_NAME)
_MIN_ROWS = 2


def award_rows(folded: str) -> list[tuple[int, int, str]]:
    """The winners of each run of adjacent award rows."""
    if "奖" not in folded:
        return []
    items: list[tuple[int, int, str]] = []
    run: list[tuple[int, int, str]] = []
    rows, last_end = 0, -1  # (rows: the run's rows naming a prize)
    for m in _ROW_RE.finditer(folded):
        if m.start() != last_end:
            items += run if rows >= _MIN_ROWS else []
            run, rows = [], 0
        rows += m["prize"] is not None
        pos = m.start("run")
        for part in m["run"].split("、"):
            name = _NAME_RE.match(part)
            if name is not None:
                run.append((pos, pos + name.end(), name.group()))
            pos += len(part) + 1
        last_end = m.end()
    return items + (run if rows >= _MIN_ROWS else [])


__all__ = ["award_rows"]
