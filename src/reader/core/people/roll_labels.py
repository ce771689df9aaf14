"""Labels a roll writes in its names' place: the labels of a line of pairs (see
:mod:`reader.core.people.pair_labels`), and the heads of a roll's sections, one
opening each line before its names (女高音　梁美恩　何嘉欣 / 女低音　譚詠詩　關小敏 /
男高音　區天朗　何安). Sections are kinds of one thing and are named so, by one
head word (音, 部, 组, 班): when most lines of a block open with a head of one
length ending in one letter, those heads are labels. Names down a column share
their last letter only by chance, never most of a block's. A cell further along a
line shaped as its head (头棍　韩德山　　边棍　于海洋: one length, one last letter),
where nothing reads the head as a name, is a label as the head is."""

from __future__ import annotations

import re

from reader.core.people.names import CJK
from reader.core.people.pair_labels import pair_labels

_SPACES = " \t\u3000"
_HEAD_RE = re.compile(rf"[{CJK}]{{2,6}}")
_MIN_SECTIONS = 3
_MAX_BLOCK = 60  # lines looked at each way (a long roll's block costs no more)


def roll_labels(plain: str, spans: list[tuple[int, int]]) -> set[int]:
    """Where the labels among ``spans`` (the items found) start: pairs' labels and sections' heads."""
    return pair_labels(plain, spans) | section_heads(plain, spans)


def section_heads(plain: str, spans: list[tuple[int, int]]) -> set[int]:
    """The starts of ``spans`` that head a line of a block whose lines mostly open alike."""
    out: set[int] = set()
    starts = {s for s, _ in spans}
    for start, end in spans:
        line_start = plain.rfind("\n", 0, start) + 1
        if plain[end : end + 1] not in ("\u3000", " "):
            continue
        if plain[line_start:start].strip(_SPACES):
            if _like_line_head(plain, line_start, start, end, starts):
                out.add(start)
            continue
        stop = plain.find("\n", end)
        if not plain[end : len(plain) if stop < 0 else stop].strip(_SPACES):
            continue  # (nothing after it on its line: a heading, a roll's one name)
        if _heads_block(plain, line_start, end - start, plain[end - 1]):
            out.add(start)
    return out


def _like_line_head(plain: str, line_start: int, start: int, end: int, starts: set[int]) -> bool:
    """The cell at ``start`` follows a space and has the length and last letter of its line's
    first cell, which no item found starts (a label: 头棍 of 头棍　韩德山　　边棍)."""
    if plain[start - 1] not in _SPACES:
        return False
    text = plain[line_start:start]
    head_start = line_start + len(text) - len(text.lstrip(_SPACES))
    head = text.split(maxsplit=1)[0]
    return (
        head_start not in starts
        and len(head) == end - start
        and head[-1] == plain[end - 1]
        and _HEAD_RE.fullmatch(head) is not None
    )


def _heads_block(plain: str, line_start: int, length: int, last: str) -> bool:
    """Most of the rows of the block around the line at ``line_start`` (the lines
    next to it that open with a short word, then more cells) open with a head of ``length`` ending in ``last``."""
    alike = rows = 0
    for step in (-1, 1):
        pos = line_start if step == 1 else line_start - 1
        for _ in range(_MAX_BLOCK):
            if step == 1:
                stop = plain.find("\n", pos)
                line = plain[pos : len(plain) if stop < 0 else stop]
            else:
                if pos <= 0:
                    break
                begin = plain.rfind("\n", 0, pos) + 1
                line, stop = plain[begin:pos], begin - 1
            cells = line.strip(_SPACES).split(maxsplit=1)
            if len(cells) != 2 or not _HEAD_RE.fullmatch(cells[0]):
                break
            rows += 1
            alike += len(cells[0]) == length and cells[0][-1] == last
            if stop < 0:
                break
            pos = stop + 1 if step == 1 else stop
    return alike >= _MIN_SECTIONS and alike * 4 >= rows * 3


__all__ = ["roll_labels", "section_heads"]
