"""An article's people as the people cache holds them, read without the
finder's rules (a warm start takes everyone's people from here, and never
imports the rules, jieba or the tagger)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reader.core.model import Article
from reader.core.people import cache
from reader.core.people.model import ArticlePerson
from reader.core.people.registry import registry


def cached_people(article: Article) -> list[ArticlePerson] | None:
    """The article's people from the cache, or None: never loads the tagger."""
    return cache.load(article, registry().fingerprint)


def cached_people_many(
    articles: Sequence[Article], warn: Callable[[str], None] | None = None
) -> list[list[ArticlePerson] | None]:
    """:func:`cached_people` of each article, read from the cache in a few
    queries; ``warn`` hears once that the cache cannot be used."""
    return cache.load_many(articles, registry().fingerprint, warn)
