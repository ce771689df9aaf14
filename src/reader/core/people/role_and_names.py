"""和 as a surname (a Naxi one) right after a role: 队员和小勇回忆说 (team member He Xiaoyong recalled), 成员和丽萍、
木成林. The tagger reads 和 as "and" and the two characters after it as a person; but a role word right before 和
wants its own name, and the two after it are no full name (neither the first nor the second a common surname: 小勇,
丽萍), so nobody is there for "and" to join the role to. Not where a surname opens the two (队员和王明回忆说: the
members and Wang Ming) or closes them (队员和小王: Xiao Wang, a surname's address), nor where the name runs on
(a speech verb, a list mark or punctuation must follow)."""

from __future__ import annotations

from reader.core.people.cues import cue_after, cue_ends_at
from reader.core.people.names import is_han
from reader.core.people.texts import Proposal
from reader.core.surnames import COMMON_SURNAMES

_AND = "和"
_GIVEN = 2  # the given name's length the tagger reads after 和


def role_and_names(folded: str, people: list[tuple[int, int]]) -> list[Proposal]:
    """和 and the tagger's person of two right after a role word (队员|和|小勇): one name of three."""
    found = []
    for s, e in people:
        if e - s != _GIVEN or s < 2 or folded[s - 1] != _AND or not cue_ends_at(folded, s - 1):
            continue
        if folded[s] in COMMON_SURNAMES or folded[s + 1] in COMMON_SURNAMES:
            continue  # (队员和王明, 队员和小王: "and", then a name or a surname's address)
        nxt = folded[e : e + 1]
        if cue_after(folded, e) or not is_han(nxt or "。"):
            found.append(Proposal(s - 1, e, folded[s - 1 : e], True))
    return found
