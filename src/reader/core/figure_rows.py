"""Rows of a price list that give each item a bare figure.

A buy-back or a market list states its unit once, in the sentence above
the list (单位：元/公斤), then gives each item a word and a figure with
decimals and nothing else (黄纸皮 1.35), in groups under short heads
(纸类, 金属类). Each row looks like a counter (a word next to a number)
and the heads, between such rows, like a menu's leftovers. A counter
does not come as rows of one shape under heads, between a paragraph of
the body above and a kept line below: such a block is the article's list.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.han import is_han_char
from reader.core.junk_rules import ROW_LIKE, Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import Line

# A price with its cents (1.35, 38.00): a count or a rating has none, or one digit.
_FIGURE: Final = re.compile(r"\d{1,5}\.\d\d")
_WORD: Final = 10  # (an item's name: a few characters)
_HEAD: Final = 6  # (a group's head: a word or two)
_ROWS: Final = 3
_COUNTER: Final = Reason.COUNTER


def _row(text: str) -> bool:
    """An item's word, one space, its figure: 废铁 2.20."""
    word, space, figure = text.rpartition(" ")
    return (
        bool(space)
        and 0 < len(word) <= _WORD
        and is_han_char(word[0])
        and " " not in word
        and not any(c.isdigit() for c in word.partition("（")[0])  # (a size in brackets: 整箱（30斤装）)
        and (word.endswith("）") or "（" not in word)
        and _FIGURE.fullmatch(figure) is not None
    )


def _head(text: str) -> bool:
    """A group's head: a few Han characters and nothing else (塑料类)."""
    return len(text) <= _HEAD and all(is_han_char(c) for c in text)


def _member(line: Line) -> bool:
    return (
        line.meta is None and (line.reason is None or line.reason in ROW_LIKE) and (_row(line.text) or _head(line.text))
    )


def _kept_below(lines: list[Line], end: int) -> bool:
    """A kept line below the block, past the heads of the next list."""
    while end < len(lines) and _head(lines[end].text):
        end += 1
    return end < len(lines) and lines[end].kept


def _paragraph(line: Line) -> bool:
    """A sentence of the body, or one that introduces the list (…公示如下：)."""
    return not line.short and (line.text.endswith(SENTENCE_END) or line.text.endswith("："))


def _under_head(lines: list[Line], start: int) -> bool:
    """Rows straight under a kept head (二、门市零售价) that is under a kept
    paragraph (the unit stated once, 单位：元/斤) or under a kept row of the
    same shape (the list's earlier part, under the head before)."""
    head = lines[start - 1]
    if not head.short or _row(head.text) or start < 2 or not (up := lines[start - 2]).kept:
        return False
    return _paragraph(up) or _row(up.text)


def rescue_figure_rows(lines: list[Line]) -> None:
    """A block of heads and ``word figure`` rows, three rows or more, led by
    a head, each head over rows, with a kept paragraph right above it and a
    kept line right below: the rows gone as counters and the heads between
    them come back."""
    i, n = 0, len(lines)
    while i < n:
        # (a row gone as a counter first: most lines are none)
        if lines[i].reason is not _COUNTER or not _row(lines[i].text):
            i += 1
            continue
        start, end = i, i + 1
        while start > 0 and _member(lines[start - 1]):
            start -= 1
        while end < n and _member(lines[end]):
            end += 1
        i = end
        while not _row(lines[end - 1].text):  # (a head that ends the block heads the next list)
            end -= 1
        block = lines[start:end]
        heads = [k for k, line in enumerate(block) if not _row(line.text)]
        if (
            heads[:1] not in ([0], [])  # (led by a head, or a list's rows straight under a kept line)
            or any(k + 1 in heads or k + 1 == len(block) for k in heads)  # (every head over a row)
            or len(block) - len(heads) < _ROWS
            or start == 0
            or not _kept_below(lines, end)
        ):
            continue
        above = lines[start - 1]
        if not (above.kept and (_paragraph(above) or (not heads and _under_head(lines, start)))):
            continue
        for line in block:
            if line.reason is not None:
                line.restore()


__all__ = ["rescue_figure_rows"]
