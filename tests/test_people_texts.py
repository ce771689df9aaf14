"""The small text helpers the people rules share (people/texts.py)."""

from __future__ import annotations

import random
import re

from reader.core.people.texts import occurrences, only_there, starts


def test_starts_finds_what_finditer_finds() -> None:
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice("王小明明明、，") for _ in range(rng.randrange(0, 30)))
        sub = "".join(rng.choice("王小明、") for _ in range(rng.randrange(1, 4)))
        assert starts(text, sub) == [m.start() for m in re.finditer(re.escape(sub), text)]


def test_starts_does_not_overlap() -> None:
    assert starts("明明明明明", "明明") == [0, 2]
    assert starts("王小明", "李") == []


def test_only_there_keeps_forms_counted_everywhere_they_occur() -> None:
    folded = "赞助商李宁、江小白。李宁说"
    counted = {"李宁": 1, "江小白": 1}
    assert only_there(folded, counted) == {"江小白"}
    assert occurrences(folded, {"李宁", "江小白"}) == {"李宁": 2, "江小白": 1}
