"""A list whose label is a person's role (委员：高峰、罗马、金成哲（朝鲜族）): the
label says what its items are, so each is a person even where its name is a
place's or a word (罗马), as a roster's rank vouches for the name before it."""

from __future__ import annotations

import re

from reader.core.people.cues import cue_ends_at
from reader.core.people.names import CJK

# An item: two to four Han characters and an optional gloss in brackets.
_ITEM = rf"[{CJK}]{{2,4}}(?:[（(][^（()）\n]{{1,24}}[）)])?"
# The label at a line's start, its colon, then three items or more joined by
# 、 up to the line's end.
_LABELLED_RE = re.compile(rf"(?m)^(?P<label>[{CJK}]{{2,6}})[:：](?P<run>{_ITEM}(?:、{_ITEM}){{2,}})$")
_NAME_RE = re.compile(rf"[{CJK}]{{2,4}}")


def role_listed(folded: str) -> list[tuple[int, int, str]]:
    """The names of each list in ``folded`` that a person's role labels."""
    items = []
    for m in _LABELLED_RE.finditer(folded):
        if not cue_ends_at(m["label"], len(m["label"])):
            continue
        pos = m.start("run")
        for part in m["run"].split("、"):
            name = _NAME_RE.match(part)
            if name is not None:
                items.append((pos, pos + name.end(), name.group()))
            pos += len(part) + 1
    return items
