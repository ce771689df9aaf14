"""A name its bearer spells out: 我姓高，名叫興 (a surname, then the given name after 名, 名叫 or
单名) is the person 高興 wherever the text writes it, whatever word it makes (高興 is
"glad"). Used by :mod:`reader.core.people.cued_names`."""

from __future__ import annotations

import re

from reader.core.people.names import CJK, PARTICLES, surname_length
from reader.core.people.texts import Proposal, starts

# 姓高，名叫興 / 姓林单名一个芳: one surname character, then the given name of one or two.
_STATED_RE = re.compile(
    rf"姓([{CJK}])[,，、]?(?:单名|名叫|名字叫|名)(?:一个|是|叫)?([{CJK}]{{1,2}}?)(?=[,，.。;；!！?？」”\s]|$)"
)


def stated_names(folded: str) -> list[Proposal]:
    """Every mention of a name the text spells out as a surname and a given name. General: the
    statement's shape, no wording of any page."""
    found: list[Proposal] = []
    for m in _STATED_RE.finditer(folded) if "姓" in folded else ():
        surname, given = m.group(1), m.group(2)
        if surname_length(surname, 0) != 1 or any(c in PARTICLES for c in given):
            continue
        form = surname + given
        found += [Proposal(s, s + len(form), form, True) for s in starts(folded, form)]
    return found
