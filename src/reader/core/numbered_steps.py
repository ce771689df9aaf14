"""Numbered steps of the article (1. 在App内点选…；/ 2. 资料齐全后…；/ 3. …。)
that went while the last step stayed.

One step can name an app or a form and read as a promotion, and the steps
under it then go as the promotion's block. The signal is the numbering: a
run of clauses numbered 1, 2, 3 … with no gap, right under a kept line and
ending in a kept step, is one list, and a list is kept or dropped whole.
"""

from __future__ import annotations

import re

from reader.core.junk_rules import Reason
from reader.core.line_passes import Line

# A step: its number, then a clause that ends like one (；。，;).
_STEP = re.compile(r"^(\d{1,2})[.、．)]\s*\S.*[；。，;]$")
_STEPS = 2  # (fewer numbered lines make no list)
# What a phrase or a promotion's block makes a step go for.
_TAKEN = frozenset({Reason.PROMOTION, Reason.RELATED})
_AD = Reason.PROMOTION


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


__all__ = ["rescue_numbered_steps"]
