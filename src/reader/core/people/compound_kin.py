"""Relatives who share a rare compound surname (第五永康 … 其女第五晓燕): once
the text names one person with a compound surname the tagger seldom reads
(第五 is also "fifth"), the same surname after a kinship character or a
title, before two more given characters, names a relative, where those
characters are no word and the name ends at a boundary. The found person is
the evidence that the two characters are a surname here, not a numeral or
a word (司空见惯)."""

from __future__ import annotations

from reader.core.people import lexicon
from reader.core.people.cues import boundary_after, cue_before
from reader.core.people.kin_surnamed import kin_surnamed
from reader.core.people.names import KIN_CHARACTERS, NOT_IN_GIVEN_NAME, is_han
from reader.core.people.texts import Proposal, starts
from reader.core.surnames import COMPOUND_SURNAMES

_GIVEN = 2
# What a relative is to the person named before (其女, 之子, 其妻): the character before the name.


def compound_kin(folded: str, known: set[str]) -> list[Proposal]:
    """Other names with the compound surname of a known three- or four-character form."""
    surnames = {f[:2] for f in known if 3 <= len(f) <= 4 and f[:2] in COMPOUND_SURNAMES}
    found = []
    for surname in sorted(surnames):
        # (no compound surname repeats its character: the non-overlapping starts are all of them)
        for at in starts(folded, surname):
            end = at + 2 + _GIVEN
            form = folded[at:end]
            given = form[2:]
            if (
                form not in known
                and (folded[at - 1 : at] in KIN_CHARACTERS or cue_before(folded, at))
                and form[:3] not in known
                and lexicon.lookup(form) is None
                and len(given) == _GIVEN
                and all(is_han(c) and c not in NOT_IN_GIVEN_NAME for c in given)
                and not lexicon.is_common_word(given)
                and not lexicon.is_common_word(form[1:3])
                and boundary_after(folded, end)
                and not (at and is_han(folded[at - 1]) and lexicon.is_common_word(folded[at - 1 : at + 1]))
            ):
                found.append(Proposal(at, end, form, True))
    return found + kin_surnamed(folded, known)  # (田希望的父親田志成: a child's name under the parent's surname)


__all__ = ["compound_kin"]
