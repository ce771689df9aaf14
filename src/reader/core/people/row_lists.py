"""A table whose rows each list a few names after a short label (a school's
prefects by class: 6C 山本结衣、李敏俊 / 5A 高山、梁晓彤, the tabs read as
spaces). One row holds two or three names, too few for its list to vouch
for an unknown one; the rows of one table are one list, and together they do.
Used by :mod:`reader.core.people.rolls`."""

from __future__ import annotations

import re

from reader.core.people.names import CJK

# A row: a short label (a class, a group: 6A, 二班), a space, then names
# joined by 、 or single spaces, each maybe glossed in brackets (folded to ASCII
# ones), to the line's end.
_NAME = rf"[{CJK}]{{2,8}}(?:·[{CJK}]{{1,8}})?(?:\([^()\n]{{1,30}}\))?"
_ROW_RE = re.compile(rf"(?m)^[^\s、]{{1,4}} (?P<names>{_NAME}(?:[、 ]{_NAME})+)$")
_MIN_ROWS = 3


def row_lists(folded: str) -> list[list[tuple[int, int, str]]]:
    """The names of each run of adjacent rows, as one list (gloss left out)."""
    runs: list[list[tuple[int, int, str]]] = []
    run: list[tuple[int, int, str]] = []
    rows = 0
    last_end = -2
    for m in _ROW_RE.finditer(folded):
        if m.start() != last_end + 1:
            if rows >= _MIN_ROWS:
                runs.append(run)
            run, rows = [], 0
        rows += 1
        pos = m.start("names")
        for part in re.split("[、 ]", m.group("names")):
            name = part.partition("(")[0]
            run.append((pos, pos + len(name), name))
            pos += len(part) + 1
        last_end = m.end()
    if rows >= _MIN_ROWS:
        runs.append(run)
    return runs


__all__ = ["row_lists"]
