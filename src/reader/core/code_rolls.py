"""A roll of codes set apart by spaces inside the body.

A line of short cells apart by spaces reads as a menu and goes. A roll of
ticket, entry or receipt numbers has the same shape (No. 00871　No. 02290 …
under 安慰奖); two signals tell it apart: every cell is one code of one shape
(the same letters before it, as many digits, three or more: a pager's
numbers are one or two digits long), its numbers no run (an archive menu's
years count up one by one); and a kept line a few lines above starts with a
code of that very shape (No. 04417　55寸智能电视一台): the page lists such
codes in its body. No menu's items are all codes of the page's own shape.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from reader.core.line_passes import Line

_CODE: Final = re.compile(r"([A-Za-z]{0,4}\.? ?#?)(\d{3,10})")
_CELLS: Final = 3  # (fewer is a heading's pair or a byline's)
_ABOVE: Final = 12  # (how far above a kept row of the same code may be: the list's rows and heads)
_WIDE: Final = "\u3000"


def _shape(cell: str) -> tuple[str, int, int] | None:
    m = _CODE.fullmatch(cell)
    return (m.group(1).rstrip(". #").lower(), len(m.group(2)), int(m.group(2))) if m else None


def _roll_shape(text: str) -> tuple[str, int] | None:
    """The one code shape of a row of three or more codes whose numbers are no run."""
    cells = [c.strip() for c in (text.split(_WIDE) if _WIDE in text else re.split(r" {2,}", text)) if c.strip()]
    if len(cells) < _CELLS:
        return None
    shapes = [_shape(c) for c in cells]
    if None in shapes or len({s[:2] for s in shapes if s}) != 1:
        return None
    numbers = [s[2] for s in shapes if s]
    if all(b - a == 1 for a, b in itertools.pairwise(numbers)):
        return None  # (a count up, 2021 2022 2023: an archive's menu)
    first = shapes[0]
    return (first[0], first[1]) if first else None


def _led_by(text: str, shape: tuple[str, int]) -> bool:
    head = text.split(_WIDE, 1)[0].strip() if _WIDE in text else text
    m = _CODE.match(head)
    return m is not None and (m.group(1).rstrip(". #").lower(), len(m.group(2))) == shape


def code_roll(lines: list[Line], i: int) -> bool:
    """Line ``i``, gone as a menu, is a row of codes under a kept row led by a code of its shape."""
    text = lines[i].text
    # (the cheap tests first: a menu's cells are words)
    if not text[:1].isascii() or not text[-1:].isdigit() or not (shape := _roll_shape(text)):
        return False
    return any(above.kept and _led_by(above.text, shape) for above in lines[max(0, i - _ABOVE) : i])


__all__ = ["code_roll"]
