"""The names heading a numbered list's lines that each name a household or a
pair (1. 张建华、刘玉芳家庭（幸福里社区）——…, 9. 上官家庭：上官建军 上官文静
上官乐乐（和平新村）): the line's head, up to its bracket, dash or comma, is
its names joined by 、 or spaces, a collective word (家庭, 一家, 夫妇) after the
last one, a household's label before a colon. Adjacent lines make one run,
which vouches for its items where enough of them are people already."""

from __future__ import annotations

import re

from reader.core.people.names import CJK
from reader.core.people.texts import DOT

# A numbered line's head: what comes before its first bracket, dash, comma or
# full stop; a gloss in brackets (金正浩（김정호）、宋美玲家庭) is inside it
# while a 、 follows.
_HEAD_RE = re.compile(
    r"(?m)^[ \t\u3000]*\d{1,3}[.、．][ \t\u3000]*(?P<head>(?:[^\n（(—，,。]|[（(][^（()）\n]{1,24}[）)](?=、))+)"
)
# Words after the last name that say the names make one household or pair.
_COLLECTIVE = ("家庭", "一家", "夫妇", "夫婦")
_ITEM_RE = re.compile(rf"[{CJK}]{{2,8}}(?:{DOT}[{CJK}]{{1,8}})*")
_MIN_LINES = 3


def household_rows(folded: str) -> list[list[tuple[int, int, str]]]:
    """The names of each run of adjacent numbered lines whose heads join two
    names or more, or close with a collective word."""
    if "、" not in folded and "家" not in folded:
        return []
    runs: list[list[tuple[int, int, str]]] = []
    run: list[tuple[int, int, str]] = []
    lines = 0
    last_end = -2
    for m in _HEAD_RE.finditer(folded):
        if folded.rfind("\n", 0, m.start()) + 1 != last_end + 1:
            if lines >= _MIN_LINES:
                runs.append(run)
            run, lines = [], 0
        lines += 1
        line_end = folded.find("\n", m.end())
        last_end = len(folded) if line_end == -1 else line_end
        run += _items(m.start("head"), m.group("head"))
    if lines >= _MIN_LINES:
        runs.append(run)
    return [r for r in runs if r]


def _items(start: int, head: str) -> list[tuple[int, int, str]]:
    """The names of one head (a plain numbered list's single head is the other
    rolls': here a head joins names or names a household)."""
    label = max(head.rfind("："), head.rfind(":")) + 1
    body = head[label:]
    collective = body.endswith(_COLLECTIVE)
    if collective:
        body = body[: -len(next(w for w in _COLLECTIVE if body.endswith(w)))]
    parts = list(re.finditer(r"[^、 \t\u3000]+", body))
    if not collective and len(parts) < 2:
        return []
    items = []
    for m in parts:
        name = _ITEM_RE.match(m.group())
        if name is not None and name.end() in (len(m.group()), m.group().find("（"), m.group().find("(")):
            at = start + label + m.start()
            items.append((at, at + name.end(), name.group()))
    return items
