"""Items of a price board, a catch's price list or a recipe's ingredients (夏桑菊 $16, 江鱼仔(小) rm18.00,
班兰叶 10片): a line headed by a short Han term, a gap, then an amount (a price, or a number and a measure of
things or a weight), in a run of three such lines or more side by side whose other heads are mostly no
people found. A tea, a fish or a leaf named like a person is its row's item, as its neighbours are; a
donors' list (岑美华宗亲 $500) heads its rows with people and stays one. A form a person's cue leads or
follows at any mention stays a name. Used by :mod:`reader.core.people.extract`."""

from __future__ import annotations

import re

from reader.core.people.cues import cued_at
from reader.core.people.texts import starts

# A price (folded: RM is rm) or a number and a unit of weight, volume or things counted, never of people.
_AMOUNT = (
    r"(?:hk\$|nt\$|us\$|s\$|rm|mop|[$¥€£])\s?\d"
    r"|\d+(?:[./]\d+)?\s?(?:元|克|千克|公斤|斤|两|毫升|升|ml|kg|g|片|颗|粒|根|汤匙|茶匙|杯|包|块|罐|瓶|盒|个)"
)
# A row: an optional list mark, the head (with a short gloss in brackets: 江鱼仔(小)), a gap, the amount.
_ROW_RE = re.compile(rf"[-*•·]?[ \t]*([\u4e00-\u9fff]{{2,6}})(?:\([^()\n]{{1,6}}\))?[ \t]+(?:{_AMOUNT})")
_MIN_ROWS = 3
# The other heads of the run that may be people: at most this share.
_PEOPLE_SHARE = 1 / 3


def priced_items(folded: str, forms: set[str]) -> set[str]:
    """The forms of ``forms`` that head a row of a run of priced or measured rows of things."""
    if not forms:
        return set()
    things: set[str] = set()
    run: list[str] = []
    for line in [*folded.split("\n"), ""]:
        m = _ROW_RE.match(line)
        if m is not None:
            run.append(m.group(1))
            continue
        if len(run) >= _MIN_ROWS:
            things |= _things_of_run(run, forms)
        run = []
    return {f for f in things if not _cued(folded, f)}


def _things_of_run(heads: list[str], forms: set[str]) -> set[str]:
    found = [h for h in heads if h in forms]
    for head in found:
        others = [h for h in heads if h != head]
        people = sum(1 for h in others if any(f in h for f in forms))
        if others and people > _PEOPLE_SHARE * len(others):
            return set()  # (a donors' or a scorers' list: its heads are people)
    return set(found)


def _cued(folded: str, form: str) -> bool:
    return cued_at(folded, form, starts(folded, form))
