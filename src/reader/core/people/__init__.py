"""People: who each article mentions, with aliases merged across scripts and
languages, and the same people across the corpus.

Nothing heavy is imported here beyond the rules themselves; jieba's
dictionary and the name tagger's model are loaded on first use (from a
worker thread or the people child process, never the UI thread).
"""

from reader.core.people.extract import (
    cached_people,
    cached_people_many,
    extract_people,
    find_people,
    people_of,
)
from reader.core.people.index import PeopleIndex
from reader.core.people.model import ArticlePerson, CorpusPerson, Mention, Person

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
