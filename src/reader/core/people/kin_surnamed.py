"""A child named before the parent who shares the surname (田希望的父親田志成說): a
surname and two characters that make a word (希望, 'hope') are no name on their
own, but the text's found person after 的 and a parent's or a child's word bears
the same surname, as a family's members do, so the three are a name. Used by
:mod:`reader.core.people.compound_kin`."""

from __future__ import annotations

import re

from reader.core.people.names import ADDRESS_SUFFIXES, CJK, NOT_IN_GIVEN_NAME, PARTICLES, is_han, surname_length
from reader.core.people.texts import Proposal

# A three-character form, 的, a kin word, then a name of three (whose surname is checked).
_KIN_OF_RE = re.compile(
    rf"([{CJK}]{{3}})的(?:父亲|母亲|爸爸|妈妈|儿子|女儿|哥哥|姐姐|弟弟|妹妹|孙子|孙女|侄子|侄女|祖父|爷爷)([{CJK}]{{3}})"
)


def kin_surnamed(folded: str, known: set[str]) -> list[Proposal]:
    """The forms before 的 and a kin word whose found relative after it shares their surname, opening
    their clause; and the forms after the kin word sharing the found person's surname before it
    (粘錦成的孫女粘玉蘭當晚: a rare surname the tables lack, 粘, read by no rule alone)."""
    if "的" not in folded:
        return []
    found = []
    for m in _KIN_OF_RE.finditer(folded):
        before, after = m.group(1), m.group(2)
        if before[0] != after[0] or (before in known) == (after in known):
            continue
        if before in known:
            form, start = after, m.start(2)
        elif not is_han(folded[m.start(1) - 1 : m.start(1)] or "。"):
            form, start = before, m.start(1)
        else:
            continue
        if (
            surname_length(form, 0) == 1
            and not form.endswith(ADDRESS_SUFFIXES)  # (李站长的女儿李思南: a surname and a title, the father's address)
            and all(is_han(c) and c not in PARTICLES and c not in NOT_IN_GIVEN_NAME for c in form[1:])
        ):
            found.append(Proposal(start, start + 3, form, True))
    return found
