"""People: who each article mentions, with aliases merged across scripts and
languages, and the same people across the corpus.

The finder's rules (``extract``) are imported only when people are found:
a warm start reads everyone's people from the cache and builds the index
with the light modules alone (``cached``, ``index``, ``model``). jieba's
dictionary and the name tagger's model are loaded on first use (from a
worker thread or the people child process, never the UI thread).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reader.core.people.cached import cached_people, cached_people_many
from reader.core.people.index import PeopleIndex
from reader.core.people.model import ArticlePerson, CorpusPerson, Mention, Person

if TYPE_CHECKING:
    from reader.core.people.extract import extract_people, find_people, people_of

# The finder's entry points, imported with the rules on first use.
_FINDER = frozenset({"extract_people", "find_people", "people_of"})


def __getattr__(name: str) -> Any:
    if name in _FINDER:
        from reader.core.people import extract

        return getattr(extract, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ArticlePerson",
    "CorpusPerson",
    "Mention",
    "PeopleIndex",
    "Person",
    "cached_people",
    "cached_people_many",
    "extract_people",
    "find_people",
    "people_of",
]
