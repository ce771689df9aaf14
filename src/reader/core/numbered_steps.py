"""Numbered steps of the article (1. 在App内点选…；/ 2. 资料齐全后…；/ 3. …。)
that went while the last step stayed.

One step can name an app or a form and read as a promotion, and the steps
under it then go as the promotion's block. The signal is the numbering: a
run of clauses numbered 1, 2, 3 … with no gap, right under a kept line and
ending in a kept step, is one list, and a list is kept or dropped whole.
Steps without numbers (a list's items) tell the same by their punctuation:
a lead-in's colon, the clauses' semicolons, the last one's full stop.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.junk_rules import Reason
from reader.core.line_passes import Line

# A step: its number, then a clause that ends like one (；。，;).
_STEP: Final = re.compile(r"^(\d{1,2})[.、．)]\s*\S.*[；。，;]$")
_STEPS: Final = 2  # (fewer numbered lines make no list)
# What a phrase or a promotion's block makes a step go for.
_TAKEN: Final = frozenset({Reason.PROMOTION, Reason.RELATED})
_AD: Final = Reason.PROMOTION
_BOILER: Final = Reason.BETWEEN_BOILERPLATE


def _number(line: Line) -> int:
    m = _STEP.match(line.text) if line.text[:1].isdigit() and not line.meta else None
    return int(m.group(1)) if m else 0


def rescue_numbered_steps(lines: list[Line]) -> None:
    """Steps numbered from 1 with no gap, under a kept line, whose last step
    stayed, come back where a phrase or a promotion's block took them."""
    n = len(lines)
    # (a list starts at a line led by 1: one sweep of first characters, most texts have none)
    for i in [k for k, line in enumerate(lines) if line.text[:1] == "1"]:
        if i == 0 or _number(lines[i]) != 1:
            continue
        j = i + 1
        while j < n and _number(lines[j]) == j - i + 1:
            j += 1
        # (a phrase took one of them: a promotion's block alone takes no steps back)
        run = lines[i : j - 1]
        if j - i >= _STEPS and lines[i - 1].kept and lines[j - 1].kept and any(x.weak or x.reason is _AD for x in run):
            for line in run:
                if line.weak or line.reason in _TAKEN:
                    line.restore()


# Steps written without numbers: a lead-in closed by a colon, clauses closed by
# semicolons, the last by a full stop (流程并不复杂： / 打开…；/ 扫描…二维码，…；/ 等…。).
_LEAD_ENDS: Final = ("：", ":")
_CLAUSE_ENDS: Final = ("；", ";")
_CLAUSES: Final = 2  # (the clauses a semicolon closes: with the last one, three steps at least)


def _open_step(line: Line) -> bool:
    """A step's line kept, or gone by a phrase or for the junk around it only."""
    return line.meta is None and (line.kept or line.weak or (line.reason is _BOILER and not line.own_rule))


def rescue_clause_steps(lines: list[Line]) -> None:
    """A sentence set out as steps, its lead-in closed by a colon, its clauses
    by semicolons and the last by a full stop (kept), comes back whole where a
    phrase took one clause (扫描…二维码，放入旧电池；) and the junk around
    took the others: a promotion's block writes no semicolons."""
    n = len(lines)
    done = -1
    # (a weak line closed by a semicolon opens the search: most texts have none)
    for i in [k for k, line in enumerate(lines) if line.weak and line.text.endswith(_CLAUSE_ENDS)]:
        if i <= done:
            continue
        a, b = i, i
        while a > 0 and lines[a - 1].text.endswith(_CLAUSE_ENDS) and _open_step(lines[a - 1]):
            a -= 1
        while b + 1 < n and lines[b + 1].text.endswith(_CLAUSE_ENDS) and _open_step(lines[b + 1]):
            b += 1
        done = b
        if b - a + 1 < _CLAUSES or a == 0 or b + 1 == n:
            continue
        lead, last = lines[a - 1], lines[b + 1]
        if (
            lead.text.endswith(_LEAD_ENDS)
            and _open_step(lead)
            and not lead.weak
            and last.kept
            and last.text[-1:] == "。"
        ):
            for line in lines[a - 1 : b + 1]:
                line.restore()


__all__ = ["rescue_clause_steps", "rescue_numbered_steps"]
