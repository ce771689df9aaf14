"""A table of contents: lines that repeat the body's own heads in another form.

A page's contents widget (本文目錄 / 錯誤1　只看價格選鏡片 / 錯誤2　…) lists
the article's headings with a gap where the headings have their colon
(錯誤1：只看價格選鏡片). The twin of one line proves little; two lines or
more in a row, each with a kept heading elsewhere that differs only by its
separators, are a lookalike list of the body's heads: the page's
navigation, however short and headline-like its lines are.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from reader.core.junk_rules import Reason
from reader.core.line_passes import Line, adjacent_runs

# What a contents line and its heading may differ by: gaps, colons, enumeration marks.
_SEPARATORS: Final = re.compile(r"[\s:：、.．·・|｜-]+")
_HEAD: Final = 40  # (a heading is no longer than this)
_RUN: Final = 2


def _key(text: str) -> str:
    return _SEPARATORS.sub("", text)


def mark_contents(lines: list[Line], gapped: list[int], colons: list[int]) -> None:
    """Mark a run of two kept lines or more among ``gapped`` (short kept
    lines split by a gap) whose twins, kept headings among ``colons`` (short
    kept lines with a colon) with their own separators, stand elsewhere in
    the text."""
    if len(gapped) < _RUN or not colons:
        return
    # (the gapped lines must come in a run: most texts' few gapped lines do not)
    if not any(b == a + 1 for a, b in itertools.pairwise(gapped)):
        return
    heads: dict[str, str] = {}
    for k in colons:
        if len(text := lines[k].text) <= _HEAD and lines[k].kept:
            heads.setdefault(_key(text), text)
    if not heads:
        return
    twins = {i for i in gapped if (twin := heads.get(_key(lines[i].text))) is not None and twin != lines[i].text}
    for i, j in adjacent_runs(sorted(twins)):
        if j - i >= _RUN:
            for line in lines[i:j]:
                line.reason, line.own_rule = Reason.NAVIGATION, True


__all__ = ["mark_contents"]
