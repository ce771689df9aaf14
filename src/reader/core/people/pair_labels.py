"""Labels of a line of pairs (冠军 方向（58分12秒）、亚军 扎西顿珠、季军 吕薇薇; 冠军 田甜　亚军 江河　季军 宋词):
each pair a short word, one space, then a name, the pairs apart by 、 or full-width spaces. When one
label is a role's word (冠军), the words in its place are labels too (季军), not people."""

from __future__ import annotations

import re

from reader.core.people.cues import cue_ends_at
from reader.core.people.names import is_han

# A label: two to four letters (Han, asked after) after the line's start, a colon, 、 or a full-width space,
# then one space and a name's first letter. (No Han class: its compile would cost every process.)
_LABEL_RE = re.compile(r"(?m)(?:^|(?<=[:：、\u3000]))([^\W\d_]{2,4}) (?=[^\W\d_])")
_MIN_PAIRS = 2
_OPENERS = ("", "\n", ":", "：", "、", "\u3000")


def pair_labels(plain: str, spans: list[tuple[int, int]]) -> set[int]:
    """Where the labels of each line of pairs start, of the lines where one of ``spans`` (the items found)
    stands as a label does (``plain``: the text unfolded, its full-width spaces kept). Only those lines
    are read: most texts have none."""
    n, lines = len(plain), set()
    for start, end in spans:
        if end + 1 < n and plain[end] == " " and is_han(plain[end + 1]) and plain[start - 1 : start] in _OPENERS:
            lines.add(plain.rfind("\n", 0, start) + 1)
    out: set[int] = set()
    for line in lines:
        stop = plain.find("\n", line)
        found = [
            m
            for m in _LABEL_RE.finditer(plain, line, n if stop < 0 else stop)
            if all(map(is_han, m.group(1) + plain[m.end()]))
        ]
        if len(found) >= _MIN_PAIRS and any(cue_ends_at(m.group(1), len(m.group(1))) for m in found):
            out |= {m.start() for m in found}
    return out


__all__ = ["pair_labels"]
