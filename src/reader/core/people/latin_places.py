"""Latin forms that name a place, a facility or a class, not a person (Box Hill 火车站, Upper Thomson
训练场, 由Glen Waverley出发, 集合点系Eagles Nest个停车场, 交收地点:Box Hill, Reformer Pilates 初级): told by the
Chinese word right after a mention (a station, a ground, a road, departing from it, a class's level
or kind) or the label of a place right before it, where no person's cue stands beside any mention
(Mandy 老师, Tom 说). Used by :mod:`reader.core.people.place_context`.
"""

from __future__ import annotations

from reader.core.people.cues import cue_after, cue_before
from reader.core.people.texts import starts

# What a place, a facility or a class is called after its name (folded), a measure word allowed first.
_AFTER = (
    "火车站",
    "车站",
    "站",
    "训练场",
    "停车场",
    "球场",
    "商场",
    "广场",
    "公园",
    "大道",
    "大马路",
    "路",
    "街",
    "出发",
    "一带",
    "初级",
    "中级",
    "高级",
    "基础",
    "课程",
    "核心",
    "传统",
)
_MEASURES = "个嘅的"
# Labels of where (folded), and prepositions of coming from.
_BEFORE = ("地点:", "地址:", "地点：", "集合点系", "集合点是", "由", "从")
_SPACES = " \u3000"


def latin_places(folded: str, forms: set[str]) -> set[str]:
    """The Latin forms of ``forms`` (as written; ``folded`` is lower case) named as a place or a class."""
    found = set()
    for form in forms:
        if not form.isascii() or not any(c.isalpha() for c in form):
            continue
        low = form.lower()
        spans = [(s, s + len(low)) for s in starts(folded, low)]
        ends = [(s, _skip(folded, e)) for s, e in spans]
        if not spans or any(cue_before(folded, _back(folded, s)) or cue_after(folded, e) for s, e in ends):
            continue
        if any(_named_place_after(folded, e) or folded.endswith(_BEFORE, 0, _back(folded, s)) for s, e in ends):
            found.add(form)
    return found


def _skip(folded: str, at: int) -> int:
    while at < len(folded) and folded[at] in _SPACES:
        at += 1
    return at


def _back(folded: str, at: int) -> int:
    while at > 0 and folded[at - 1] in _SPACES:
        at -= 1
    return at


def _named_place_after(folded: str, at: int) -> bool:
    if folded[at : at + 1] and folded[at] in _MEASURES:
        at += 1
    return folded.startswith(_AFTER, at)
