"""A table's one unnamed cell under a person's heading that the prose names with its row: in a table
written with bars whose column a heading says holds people (选手, 姓名) and whose other cells are all
found people, three or more, a two-character cell no surname table opens (妥当, a Yugur surname and a
word, 'proper') is a person where a sentence outside the table writes it beside another cell of its
row (4｜妥当｜裕固族｜大河乡 … 第四名的妥当来自大河乡). Used by :mod:`reader.core.people.rolls`."""

from __future__ import annotations

import re

from reader.core.people.names import is_han
from reader.core.people.table_columns import bar_cells, person_heading
from reader.core.people.texts import Proposal

# A block of lines written with two bars or more (folded: full-width bars are |).
_TABLE_RE = re.compile(r"(?m)(?:^[^\n|]*\|[^\n|]*\|[^\n]*(?:\n|$)){4,}")
_SENTENCE_ENDS = re.compile(r"[。！？!?\n]")
_MIN_FOUND = 3


def row_echoed(folded: str, known: set[str]) -> list[Proposal]:
    """The cells so named, one per column at most."""
    if "|" not in folded:
        return []
    found: list[Proposal] = []
    for m in _TABLE_RE.finditer(folded):
        rows, pos = [], m.start()
        for line in m.group().split("\n"):
            if line:
                rows.append(bar_cells(line, pos))
            pos += len(line) + 1
        if len({len(row) for row in rows}) != 1:
            continue
        for i, (_, _, heading) in enumerate(rows[0]):
            cells = [row[i] for row in rows[1:]]
            unknown = [k for k, c in enumerate(cells) if c[2] not in known]
            if not person_heading(heading) or len(unknown) != 1 or len(cells) - 1 < _MIN_FOUND:
                continue
            start, end, form = cells[unknown[0]]
            if len(form) != 2 or not all(map(is_han, form)):
                continue
            others = {c[2] for c in rows[1 + unknown[0]] if len(c[2]) >= 2 and c[2] != form and any(map(is_han, c[2]))}
            if _echoed(folded, form, others, m.start(), m.end()):
                found.append(Proposal(start, end, form, True))
    return found


def _echoed(folded: str, form: str, others: set[str], table_start: int, table_end: int) -> bool:
    """A sentence outside the table that writes ``form`` and one of ``others``."""
    at = folded.find(form)
    while at != -1:
        if not table_start <= at < table_end:
            left = max((s.end() for s in _SENTENCE_ENDS.finditer(folded, max(0, at - 100), at)), default=at - 100)
            right_m = _SENTENCE_ENDS.search(folded, at, at + 100)
            sentence = folded[max(0, left) : right_m.start() if right_m else at + 100]
            if any(o in sentence for o in others):
                return True
        at = folded.find(form, at + len(form))
    return False
