"""A compound surname's name that a rule ran on into the next word
(由父亲司马强代签: 司马强代): the rule after a title reads two given
characters where the dictionary knows neither reading, but where the tagger,
reading the whole sentence, ends the person a character earlier and the
longer form runs on into the text with no break after it, the tagger's
shorter name is the person. And the other way, a compound surname's name read without its first
character (姓范名姜德明 beside 范姜德明). Used by :mod:`reader.core.people.extract`."""

from __future__ import annotations

from reader.core.people.cues import boundary_after
from reader.core.people.texts import Proposal
from reader.core.surnames import COMPOUND_SURNAMES


def compound_run_ons_cut(proposals: list[Proposal], people: list[tuple[int, int]], folded: str) -> list[Proposal]:
    """``proposals`` with each four-character compound-surname name cut to
    the tagger's three-character person at the same start."""
    tagged = set(people)
    out = []
    for p in proposals:
        cut = (p.start, p.end - 1)
        if (
            not p.latin
            and p.end - p.start == 4
            and p.form[:2] in COMPOUND_SURNAMES
            and cut in tagged
            and not boundary_after(folded, p.end)
        ):
            p = Proposal(p.start, p.end - 1, folded[p.start : p.end - 1], p.strong)
        out.append(p)
    return out


__all__ = ["compound_run_ons_cut"]


def compound_tails(forms: set[str]) -> set[str]:
    """The forms of ``forms`` that are another form's name with its compound surname's first character
    left off (姜德明 of 范姜德明, where the text says someone took 范 for the whole surname): a given name
    has at most two characters, so they are that person's name cut, no one of their own."""
    return {f[1:] for f in forms if 4 <= len(f) <= _LONGEST and f[:2] in COMPOUND_SURNAMES and f[1:] in forms}


# A compound surname and a given name of two.
_LONGEST = 4
