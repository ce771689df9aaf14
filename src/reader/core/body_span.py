"""The body's span: between the first and the last paragraph of prose.

Inside it, a short line is the article's own (a heading, a list's label, a
numbered section) unless something positive says it is junk: its own
shape, the folder's template, or junk on both sides. These passes take
back the lines that went only for being short next to junk.
"""

from __future__ import annotations

import itertools
import re

from reader.core.junk_rules import Reason
from reader.core.line_passes import Line, is_prose_start

# A numbered section heading: 01 现象, 02 排查过程, 3 解决 (a number, a
# space, a few words; no sentence).
_DIGITS = frozenset("0123456789")
_TAKEN_BACK = (Reason.BETWEEN_BOILERPLATE, Reason.COUNTER)
_SHAPE_ONLY = (Reason.BETWEEN_BOILERPLATE, Reason.COUNTER, Reason.CONTROLS, Reason.NAVIGATION, Reason.LINKS)
_SECTION_NUMBER = re.compile(r"^0?(\d{1,2})[\s.、．]\s*([^\d\s。！？，,；;：:][^。！？，,；;]{0,18})$")


def prose_span(lines: list[Line]) -> tuple[int, int] | None:
    """(first, last) index of a kept line of prose, or None."""
    first = next((i for i, line in enumerate(lines) if line.kept and is_prose_start(line)), None)
    if first is None:
        return None
    last = next(i for i in range(len(lines) - 1, first - 1, -1) if lines[i].kept and is_prose_start(lines[i]))
    return first, last


def keep_span_lines(lines: list[Line]) -> None:
    """Inside the body's span, short lines that went without evidence of
    their own come back:

    - a line that went only for its neighbours (no shape of its own) stays
      when the line right under it stays: a heading over its paragraph or
      its list (优点 / 缺点 over their points);
    - numbered section headings (01 … 02 … 03 …): at least three lines
      that count up by one, each with body text under it, are the
      article's sections even where one alone looks like a counter
      (02 排查过程).
    """
    span = prose_span(lines)
    if span is None:
        return
    first, last = span
    # (the lines these passes may take back: most pages have few or none)
    taken = [i for i in range(max(first - 1, 0), last) if lines[i].reason in _TAKEN_BACK]
    counters = False
    for i in taken:
        line = lines[i]
        if line.reason is Reason.BETWEEN_BOILERPLATE:
            if i > first and not line.own_rule and lines[i + 1].kept:
                line.reason = None
        elif line.text[:1] in _DIGITS:
            counters = True
    if not counters:
        return
    numbered: list[tuple[int, int]] = []
    for i in range(max(first - 1, 0), last):
        line = lines[i]
        if (
            line.text[:1] in _DIGITS
            and (line.reason is None or line.reason is Reason.COUNTER)
            and lines[i + 1].kept
            and (m := _SECTION_NUMBER.match(line.text))
        ):
            numbered.append((i, int(m.group(1))))
    run: list[int] = []
    prev = None
    for i, number in numbered:
        if prev is not None and number == prev + 1:
            run.append(i)
        else:
            _keep_run(lines, run)
            run = [i]
        prev = number
    _keep_run(lines, run)


def _keep_run(lines: list[Line], run: list[int]) -> None:
    # (adjacent lines that count up are a list, which other passes judge)
    if len(run) >= 3 and all(b - a > 1 for a, b in itertools.pairwise(run)):
        for i in run:
            if lines[i].reason is Reason.COUNTER:
                lines[i].reason, lines[i].own_rule = None, False


def keep_fenced_code(lines: list[Line]) -> None:
    """Lines between Markdown code fences (```excel … ```) are the article's
    code, whatever their shape (=F2&G2 looks like a counter): a shape-only
    verdict inside a fence is taken back."""
    inside = False
    for line in lines:
        if line.text.startswith("```"):
            inside = not inside
        elif inside and line.reason in _SHAPE_ONLY and not line.meta:
            line.reason = None


__all__ = ["keep_fenced_code", "keep_span_lines", "prose_span"]
