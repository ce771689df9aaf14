"""A child named before the parent who shares the surname (田希望的父親田志成說): a
surname and two characters that make a word (希望, 'hope') are no name on their
own, but the text's found person after 的 and a parent's or a child's word bears
the same surname, as a family's members do, so the three are a name. Used by
:mod:`reader.core.people.compound_kin`."""

from __future__ import annotations

import re

from reader.core.people.names import ADDRESS_SUFFIXES, CJK, NOT_IN_GIVEN_NAME, PARTICLES, is_han, surname_length
from reader.core.people.texts import Proposal

# A three-character form opening its clause, 的, a kin word, then a name of three (whose surname is checked).
_KIN_OF_RE = re.compile(
    rf"(?<![{CJK}])([{CJK}]{{3}})的(?:父亲|母亲|爸爸|妈妈|儿子|女儿|哥哥|姐姐|弟弟|妹妹)([{CJK}]{{3}})"
)


def kin_surnamed(folded: str, known: set[str]) -> list[Proposal]:
    """The forms before 的 and a kin word whose found relative after it shares their surname."""
    if "的" not in folded:
        return []
    return [
        Proposal(m.start(1), m.end(1), form, True)
        for m in _KIN_OF_RE.finditer(folded)
        if (form := m.group(1)) not in known
        and m.group(2) in known
        and surname_length(form, 0) == 1
        and form[0] == m.group(2)[0]
        and not form.endswith(ADDRESS_SUFFIXES)  # (李站长的女儿李思南: a surname and a title, the father's address)
        and all(is_han(c) and c not in PARTICLES and c not in NOT_IN_GIVEN_NAME for c in form[1:])
    ]
