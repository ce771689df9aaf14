"""A name its bearer spells out: 我姓高，名叫興 (a surname, then the given name after 名, 名叫 or
单名) is the person 高興 wherever the text writes it, whatever word it makes (高興 is
"glad"); so is a given name stated as what someone named a person (他阿公給他取名小鼓) where the
text writes it right after a surname (國小生洪小鼓). Used by :mod:`reader.core.people.cued_names`."""

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
    return found + _named_given(folded)


# 給他取名小鼓，/ 为她起名叫晓露: a person (他, 她, a child) named, then two given characters and a stop.
_NAMED_RE = re.compile(
    rf"(?:他|她|儿子|女儿|孙子|孙女|孩子)(?:取名|起名)(?:叫|为)?([{CJK}]{{2}})(?=[,，.。;；!！?？」”\s])"
)


def _named_given(folded: str) -> list[Proposal]:
    """Each mention of a given name someone gave a person written right after one surname character
    (洪小鼓 … 他阿公給他取名小鼓): the person's full name. General: the naming says the two are a given
    name, the surname before them says whose; a pet is named with 它 or its kind, not a person's word."""
    found: list[Proposal] = []
    for m in _NAMED_RE.finditer(folded) if "名" in folded else ():
        given = m.group(1)
        if any(c in PARTICLES for c in given):
            continue
        for at in starts(folded, given):
            s = at - 1
            # (not a compound surname's second character: 歐陽小鼓 is another name)
            if s < 1 or surname_length(folded, s) != 1 or folded[s] in PARTICLES or surname_length(folded, s - 1) == 2:
                continue
            found.append(Proposal(s, at + 2, folded[s : at + 2], True))
    return found
