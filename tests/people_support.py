"""What the people-finder tests ask of ``find_people``: the names it gives
a text, or every form (alias) of them, as written or folded to one script."""

from __future__ import annotations

from reader.core.folding import fold
from reader.core.people import find_people


def names_in(text: str) -> set[str]:
    """The name of each person found in ``text``."""
    return {p.person.name for p in find_people(text)}


def aliases_in(text: str) -> set[str]:
    """Every form of every person found in ``text``."""
    return {a for p in find_people(text) for a in p.person.aliases}


def folded_aliases_in(text: str) -> set[str]:
    """The same, each folded (Traditional and Simplified compare equal)."""
    return {fold(a) for p in find_people(text) for a in p.person.aliases}
