"""The page's date from its head when the metadata lines do not settle it:
a date alone on a line under the headline that a rule took for something
else, an issue heading's date in brackets, and the byline's date under the
headline over a top bar's today above it."""

from __future__ import annotations

import re
from typing import Final

from reader.core.date_lines import DATED, format_date
from reader.core.junk_rules import Reason
from reader.core.line_passes import Line, head_span
from reader.core.metadata import parse_meta_line
from reader.core.person_values import fold_text
from reader.core.round_brackets import CLOSERS

# (bound once: Reason.X goes through the enum type's attribute hook, ~80 ns a look-up)
_IS_HEADLINE: Final = Reason.HEADLINE

_HEAD: Final = 16
_DATE_LINE: Final = 40


def head_date(lines: list[Line]) -> str | None:
    """A date alone on a line from the headline down to the first paragraph
    of prose, that a rule took for something else (a menu's bar: 2025-11-22｜街坊故事),
    when no metadata line and no markup gives the date."""
    first, headline = head_span(lines, _HEAD)
    if headline is None:
        return _bracketed_date(lines[: first + 1])
    for line in lines[headline:first]:
        text = line.text.strip()
        if line.meta is not None or len(text) > _DATE_LINE or not text[:1].isdigit():
            continue
        meta = parse_meta_line(text, line.folded if line.folded is not None else fold_text(text))
        if meta is not None and meta.kind == "date" and meta.date and not meta.source and not meta.author:
            return meta.date
    return _bracketed_date(lines[: first + 1])


def under_headline(date: str | None, lines: list[Line]) -> str | None:
    """``date``, or when a line above the headline states it (a top bar's
    today: 今天是：2025年11月30日 星期日) the date a line between the headline
    and the first paragraph of prose states: the story's byline or info line."""
    if date is None:  # (asked before the walk: a page with no date line has nothing to weigh)
        return date
    headline = next((i for i, line in enumerate(lines[:_HEAD]) if line.reason is _IS_HEADLINE), None)
    if headline is None:
        return date
    if not any(line.meta is not None and line.meta.date == date for line in lines[:headline]):
        return date
    for line in lines[headline + 1 : headline + _UNDER]:
        if line.kept and not line.short:
            break
        if line.meta is not None and line.meta.date and line.meta.date[:1].isdigit():
            return line.meta.date
    return date


_UNDER: Final = 5


# A date with its year alone in brackets at a heading's end: 主日週刊　第2148期（2025年11月30日）
_BRACKETED: Final = re.compile(rf"[(（]\s*{DATED}\s*[)）]$")


def _bracketed_date(lines: list[Line]) -> str | None:
    """The date a short head line (down to the first line of prose) ends with in
    brackets (an issue's heading); a bracket that says more (（2025年12月7日起生效）)
    is a note, not the page's date."""
    for line in lines:
        text = line.text.strip()
        if line.meta is not None or len(text) > _DATE_LINE or not text.endswith(CLOSERS):
            continue
        if (m := _BRACKETED.search(fold_text(text))) and m.start() > 0 and (date := format_date(m)):
            return date
    return None


__all__ = ["head_date", "under_headline"]
