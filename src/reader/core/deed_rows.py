"""A byline row of parts apart by bars, the first the writer's name and
what they did, maybe under their role (團長 某甲 記, 某甲 撰文), each other a
credit's label and its person, maybe under their role too (照片：副團長 某乙),
before the date: the writer is the page's author, the others its credits.
A date line's reading counts the row's words and reads no one past three."""

from __future__ import annotations

import re
from typing import Final

from reader.core.pair_lines import role_pairs
from reader.core.person_values import WRITES, han_name_shaped, name_then_role, role_and_name

_BAR: Final = re.compile(r"\s*[|｜]\s*")
_PARTS: Final = 4  # (the writer's, a photographer's or two, the date's: a row of more is no byline)


def deed_row(head: str) -> tuple[tuple[str, str], ...] | None:
    """The (role, name) credits of ``head``, a dated line's words before
    its date, the writer's first, when it is such a row; else None."""
    parts = [p for p in _BAR.split(head.strip()) if p]
    if not 1 < len(parts) < _PARTS or not (writer := name_then_role(parts[0])) or writer[0] not in WRITES:
        return None
    credits = [writer]
    for part in parts[1:]:
        label, colon, value = part.replace(":", "：").partition("：")
        value = value.strip()
        person = role_and_name(value) if " " in value else (("", value) if han_name_shaped(value) else None)
        if not colon or person is None:
            return None
        pair = role_pairs(f"{label.strip()}：{person[1]}")
        if pair is None or pair.kind != "credit" or len(pair.credits) != 1:
            return None
        credits.append(pair.credits[0])
    return tuple(credits)


__all__ = ["deed_row"]
