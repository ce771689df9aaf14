"""A box of fields printed one line each: a short label on its own line and
its value on the next (a collection object's 年代 / 1936年, 尺寸 / 縱76厘米).

Such a box is the item's own data, but its lines look like junk one by
one: the labels are bare short words and the values a code or a size. Its
shape is the signal: label and value lines alternate, pair after pair, and
the box sits next to the body's prose.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.junk_rules import ROW_LIKE, SHAPE_ONLY, Reason
from reader.core.line_passes import Line

# A label: a few Han characters, nothing else (材質及技法, 尺寸).
_LABEL: Final = re.compile(r"[\u3400-\u9fff]{2,6}")
_LABEL_LONGEST: Final = 6  # (a cheap test before the pattern's)
_VALUE: Final = 40  # (a value longer than this is a paragraph)
_PAIRS: Final = 3  # (fewer pairs is a heading over a short line, not a box)
_HEADINGS: Final = 2  # (the body's headings between the box and its prose)


def _open(line: Line, reasons: frozenset[Reason] = SHAPE_ONLY) -> bool:
    return line.meta is None and (line.reason is None or line.reason in reasons)


def _pair(label: Line, value: Line) -> bool:
    return (
        len(label.text) <= _LABEL_LONGEST
        and _open(label)
        # (a value of spaced words goes as a menu row: App 內置 8 分鐘聽力測試)
        and _open(value, ROW_LIKE)
        and _LABEL.fullmatch(label.text) is not None
        and 0 < len(value.text) <= _VALUE
        and value.text != label.text
    )


def _prose_from(lines: list[Line], k: int, step: int) -> bool:
    """The first line from ``k`` on (a heading or two skipped) is a kept
    paragraph."""
    for _ in range(_HEADINGS + 1):
        if not 0 <= k < len(lines) or not lines[k].kept:
            return False
        if not lines[k].short:
            return True
        k += step
    return False


def _box(lines: list[Line], i: int, j: int) -> bool:
    pairs = [(lines[k], lines[k + 1]) for k in range(i, j, 2)]
    labels = {label.text for label, _ in pairs}
    # (a column of menu words pairs up too: a box's values are mostly not label-shaped)
    values = sum(_LABEL.fullmatch(value.text) is None for _, value in pairs)
    return len(labels) == len(pairs) and 2 * values > len(pairs)


def _heads(line: Line, above: Line) -> bool:
    return (
        line.reason is Reason.BETWEEN_BOILERPLATE
        and len(line.text) <= _LABEL_LONGEST
        and _LABEL.fullmatch(line.text) is not None
        and above.kept
        and not above.short
    )


def rescue_label_pairs(lines: list[Line]) -> None:
    """A run of label line / value line pairs next to the body's prose is
    the item's field box: its lines that went by their shape stay."""
    # (a box starts where three lines two apart are short enough to be labels, a cheap
    # test: most pages have no such run)
    short = {k for k, line in enumerate(lines) if len(line.text) <= _LABEL_LONGEST}
    after = 0
    for i in sorted(k for k in short if k + 2 in short and k + 4 in short):
        if i < after:
            continue
        j = i
        while j + 1 < len(lines) and _pair(lines[j], lines[j + 1]):
            j += 2
        if (
            (j - i) // 2 >= _PAIRS
            and any(line.reason in SHAPE_ONLY for line in lines[i:j])
            and _box(lines, i, j)
            and (_prose_from(lines, i - 1, -1) or _prose_from(lines, j, 1))
        ):
            # (a bare word right over the box, under a paragraph, is its heading: 規格)
            head = i - 1 if i > 1 and _heads(lines[i - 1], lines[i - 2]) else i
            for line in lines[head:j]:
                if line.reason is not None:
                    line.restore()
            after = j


def first_colon(text: str) -> int:
    """Where the first colon stands, full-width (：) or not (:); -1 if none."""
    return min((k for k in (text.find("："), text.find(":")) if k >= 0), default=-1)


__all__ = ["first_colon", "rescue_label_pairs"]
