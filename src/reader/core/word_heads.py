"""One-word heads of the article's sections.

A short word next to junk is junk (a button, a label), and the text's first
lines after the headline are often junk. But an entry laid out in sections
under one-word heads (釋義 / 例句 / 近義詞) starts its first section right
under its own fields: a word alone whose siblings, words as short, each
head a section the body kept, heads a section too when the body goes on
right under it and a kept line sits right above it.
"""

from __future__ import annotations

from typing import Final

from reader.core.junk_rules import Reason
from reader.core.line_passes import Line

_HEAD: Final = 4  # (a one-word head is no longer)
_BOILER: Final = Reason.BETWEEN_BOILERPLATE  # (bound once: an enum member's lookup is slow)
_SIBLINGS: Final = 2  # (the entry's other heads: two or more)


def _word(line: Line) -> bool:
    return line.meta is None and 2 <= len(line.text) <= _HEAD and line.text.isalpha()


def rescue_word_heads(lines: list[Line]) -> None:
    """A word gone as a lone word between junk, with a kept line above it,
    the body's long line under it, and two or more kept words like it each
    over a kept line, heads a section of the body."""
    # (the short lines gone between junk first, in one comprehension: most are no word of a head)
    short = [i for i, line in enumerate(lines) if line.reason is _BOILER and len(line.text) <= _HEAD]
    gone = [
        i
        for i in short
        if 0 < i < len(lines) - 1
        and _word(lines[i])
        and lines[i - 1].kept
        and lines[i + 1].kept
        and not lines[i + 1].short
    ]
    if not gone:
        return
    heads = sum(1 for k in range(1, len(lines) - 1) if lines[k].kept and _word(lines[k]) and lines[k + 1].kept)
    if heads >= _SIBLINGS:
        for i in gone:
            lines[i].restore()
