"""A surname and a title used as an address (岑醫師, 王教授) is the one person
of that surname the article names in full (撰文：註冊中醫師 岑靜儀 … 岑醫師提醒).
"""

from __future__ import annotations

from reader.core.folding import fold
from reader.core.people.cues import cue_before
from reader.core.people.display import is_latin
from reader.core.people.elder_addresses import ELDER
from reader.core.people.model import ArticlePerson, Person
from reader.core.people.names import ADDRESS_SUFFIXES, BEFORE_CUES, surname_length

# (and an elder's address, 汤老 for 汤国梁)
_ADDRESSES = frozenset(ADDRESS_SUFFIXES) | frozenset(c for c in BEFORE_CUES if len(c) >= 2) | {ELDER}


def _address_surname(form: str) -> str | None:
    """The surname of ``form`` when the rest is a title or an address."""
    sl = surname_length(form, 0)
    return form[:sl] if sl and form[sl:] in _ADDRESSES else None


def _full_surname(form: str) -> str | None:
    sl = surname_length(form, 0)
    return form[:sl] if sl and 1 <= len(form) - sl <= 2 and form[sl:] not in _ADDRESSES else None


def _role_named(person: ArticlePerson, folded: str) -> bool:
    return any(cue_before(folded, m.start) for m in person.mentions if m.start < len(folded))


def addresses_merged(people: list[ArticlePerson], folded: str = "") -> list[ArticlePerson]:
    """Each person known only by surname + title joins the one person with
    that surname whose full name the article gives; with two or more such
    people (or none) the address stays as it is. A form a role word stands
    before (中场孟冠军: a player whose given name is a title's word) is a
    full name, no address: an address is no role's name."""
    han = [[fold(a) for a in p.person.aliases if not is_latin(a)] for p in people]
    addressed: dict[int, str] = {}
    for i, forms in enumerate(han):
        surnames = {_address_surname(f) for f in forms}
        if (
            forms
            and len(surnames) == 1
            and (surname := surnames.pop()) is not None
            and not _role_named(people[i], folded)
        ):
            addressed[i] = surname
    if not addressed:
        return people
    full: dict[str, list[int]] = {}
    for i, forms in enumerate(han):
        if i not in addressed:
            for s in {x for f in forms if (x := _full_surname(f))}:
                full.setdefault(s, []).append(i)
    merged = list(people)
    gone: set[int] = set()
    for i, surname in addressed.items():
        owners = full.get(surname, [])
        if len(owners) != 1:
            continue
        j = owners[0]
        a, b = merged[j], people[i]
        person = Person(
            a.person.key,
            a.person.name,
            a.person.aliases + tuple(x for x in b.person.aliases if x not in a.person.aliases),
            a.person.context or b.person.context,
        )
        mentions = tuple(sorted(a.mentions + b.mentions, key=lambda m: m.start))
        merged[j] = ArticlePerson(person, mentions, a.credits + b.credits)
        gone.add(i)
    result = [p for i, p in enumerate(merged) if i not in gone]
    result.sort(key=lambda p: -p.count)
    return result
