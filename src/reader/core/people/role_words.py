"""A role read as a name: a surname-led noun for a person (马主, a horse's
owner: 馬 is a surname) written right before someone's full name, as a title
is (由馬主司徒婉芬小姐所起); or a craft's practitioner (花艺家小林由纪子). The
name after it says the word is the role, not a person of its own."""

from __future__ import annotations

from reader.core.people import lexicon
from reader.core.people.table_columns import person_heading
from reader.core.people.texts import starts

_NAME_MIN = 3  # (a full name after it: a surname and a given name)
_IST = "家"
_CHIEF = "长"


def role_words(folded: str, forms: set[str]) -> set[str]:
    """The two-character forms of ``forms`` that the dictionary knows as a noun for
    a person (an agent's or an owner's ending) and that some mention writes right
    before another form of three characters or more."""
    roles = {f for f in forms if (len(f) == 2 and _heads(f) and _noun(f)) or _practitioner(f)}
    become = _become(folded, forms) if _BECOME in folded else set()
    if not roles:
        return become
    names = tuple(f for f in forms if len(f) >= _NAME_MIN)
    return become | {f for f in roles if any(folded.startswith(names, s + len(f)) for s in starts(folded, f))}


_BECOME = "成为"
_CLAUSE_ENDS = frozenset("，。；！？,;!?、\n")


def _become(folded: str, forms: set[str]) -> set[str]:
    """三度成為包山王；: what one becomes, a form closing the clause right after 成为, is a title (a
    champion's, 包山王) no person: one becomes someone's wife or the next 姚明, never a person bare."""
    return {
        f
        for f in forms
        if any(
            folded.endswith(_BECOME, 0, s) and folded[s + len(f) : s + len(f) + 1] in _CLAUSE_ENDS
            for s in starts(folded, f)
        )
    }


def _heads(form: str) -> bool:
    """An agent's noun, or the chief of a unit (段长, 站长: 长 after the unit; 段 is a surname too)."""
    return person_heading(form) or form[-1] == _CHIEF


def _practitioner(form: str) -> bool:
    """A craft's noun and 家, one who practises it (花艺家, 陶艺家): the dictionary may lack the whole."""
    return len(form) == 3 and form[-1] == _IST and _noun(form[:2])


def _noun(form: str) -> bool:
    entry = lexicon.lookup(form)
    return entry is not None and entry.tag == "n"


__all__ = ["role_words"]
