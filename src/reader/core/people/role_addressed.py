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
from reader.core.people.texts import Proposal, every_start
from reader.core.surnames import SURNAMES

# Roles of two characters or more, longest first (as given_addressed reads them).
ROLES = tuple(sorted((c.lower() for c in BEFORE_CUES if len(c) >= 2), key=len, reverse=True))


def _longer_roles() -> dict[str, tuple[str, ...]]:
    """The longer roles each role ends (总教练 for 教练), in ROLES' order: read
    off each role's own ends (a pair test of every two roles took ~12 ms at import)."""
    longer: dict[str, list[str]] = {role: [] for role in ROLES}
    for r in ROLES:
        for k in range(1, len(r) - 1):
            if (end := r[k:]) in longer:
                longer[end].append(r)
    return {role: tuple(rs) for role, rs in longer.items()}


_LONGER = _longer_roles()
# What may stand before an address of a surname and a role: a quote, a particle,
# or a verb of calling (叫他「幸教練」, 是幸教練).
_CALLED = frozenset("叫称喊是")


def role_addressed(folded: str) -> list[Proposal]:
    """Names after a role that the role also addresses by their first character."""
    found: list[Proposal] = []
    # Every place of every role, overlapping ones too: a character and a role
    # (an address, or a longer role's start) are read off the character
    # before a place of the role, not searched for again at each mention.
    places = {role: every_start(folded, role) for role in ROLES}
    befores = {role: {folded[at - 1 : at] for at in at_} for role, at_ in places.items() if at_}
    for role in ROLES:
        places_here = places[role]
        if not places_here:
            continue
        longer = [befores[r] for r in _LONGER[role] if r in befores]
        addressed: dict[str, list[int]] | None = None
        size, next_start = len(role), 0
        for at in places_here:
            if at < next_start:
                continue  # (the role's mentions are read left to right, not overlapping)
            start = next_start = at + size
            c = folded[start : start + 1]
            if not c or not is_han(c) or c in SURNAMES or c in NOT_IN_GIVEN_NAME:
                continue  # (a surname the tables hold: the shape rules read it)
            if any(c in chars for chars in longer):
                continue  # (c starts a longer role: 总|教练 beside 总教练)
            if addressed is None:
                addressed = _addresses(folded, places_here)
            if not any(q != start for q in addressed.get(c, ())):
                continue  # (the address is written nowhere else, set off before)
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


def _addresses(folded: str, places: list[int]) -> dict[str, list[int]]:
    """Where each character heads the role at ``places`` as an address set off before."""
    addressed: dict[str, list[int]] = {}
    for p in places:
        if p > 0 and _set_off(folded, p - 1):
            addressed.setdefault(folded[p - 1], []).append(p - 1)
    return addressed


def _set_off(folded: str, at: int) -> bool:
    """An address at ``at`` set off before: the text's start, no Han character,
    a particle or a verb of calling."""
    before = folded[at - 1 : at]
    return not before or not is_han(before) or before in _CALLED | PARTICLES


__all__ = ["role_addressed"]
