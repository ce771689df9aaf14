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


def pair_labels(plain: str) -> set[int]:
    """Where the labels of each line of pairs start (``plain``: the text unfolded, its full-width spaces kept)."""
    return {m.start() for m in _paired(plain)}


def _paired(plain: str) -> list[re.Match[str]]:
    if " " not in plain:
        return []
    lines: dict[int, list[re.Match[str]]] = {}
    for m in _LABEL_RE.finditer(plain):
        if not all(map(is_han, m.group(1) + plain[m.end()])):
            continue
        lines.setdefault(plain.rfind("\n", 0, m.start()), []).append(m)
    return [
        m
        for found in lines.values()
        if len(found) >= _MIN_PAIRS and any(cue_ends_at(m.group(1), len(m.group(1))) for m in found)
        for m in found
    ]


__all__ = ["pair_labels"]
