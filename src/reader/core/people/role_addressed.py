"""A name after a role whose first character is no surname the tables hold
(總教練幸正光 … 「幸教練」 … 幸正光說): the text also calls the person by that
character and the same role, set off as an address is, and writes the name
again; so the character is the surname and the name after the role a person's,
as 县长刀勇 … 刀县长 makes a rarer surname one. Used by
:mod:`reader.core.people.cued_names`.
"""

from __future__ import annotations

from reader.core.people import lexicon
from reader.core.people.names import BEFORE_CUES, NOT_IN_GIVEN_NAME, PARTICLES, is_han
from reader.core.people.texts import Proposal
from reader.core.surnames import SURNAMES

# Roles of two characters or more, longest first (as given_addressed reads them).
ROLES = tuple(sorted((c.lower() for c in BEFORE_CUES if len(c) >= 2), key=len, reverse=True))
# What may stand before an address of a surname and a role: a quote, a particle,
# or a verb of calling (叫他「幸教練」, 是幸教練).
_CALLED = frozenset("叫称喊是")


def role_addressed(folded: str) -> list[Proposal]:
    """Names after a role that the role also addresses by their first character."""
    found: list[Proposal] = []
    for role in ROLES:
        at = folded.find(role)
        while at != -1:
            start = at + len(role)
            at = folded.find(role, start)
            c = folded[start : start + 1]
            if not c or not is_han(c) or c in SURNAMES or c in NOT_IN_GIVEN_NAME:
                continue  # (a surname the tables hold: the shape rules read it)
            if any(c + r in folded for r in ROLES if len(r) > len(role) and r.endswith(role)):
                continue  # (c starts a longer role: 总|教练 beside 总教练)
            if not _addressed(folded, c + role, start):
                continue
            for length in (3, 2):
                form = folded[start : start + length]
                if (
                    len(form) == length
                    and all(is_han(ch) and ch not in PARTICLES for ch in form)
                    and folded.count(form) >= 2
                    and not lexicon.is_common_word(form)
                ):
                    found.append(Proposal(start, start + length, form, True))
                    break
    return found


def _addressed(folded: str, address: str, name_at: int) -> bool:
    """``address`` (a character and a role) written elsewhere, set off before."""
    at = folded.find(address)
    while at != -1:
        before = folded[at - 1 : at]
        if at != name_at and (not before or not is_han(before) or before in _CALLED | PARTICLES):
            return True
        at = folded.find(address, at + 1)
    return False


__all__ = ["role_addressed"]
