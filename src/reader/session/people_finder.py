"""The people of the loaded articles, found one article after another and
handed over in batches (:class:`PeopleFinder`), for the loader
(:mod:`reader.session.loader`)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from reader.session.handover_pace import Pace
from reader.session.load_events import LoadEvent, PeopleFound, Problem
from reader.session.people_worker import Cancelled, PeopleProcess

if TYPE_CHECKING:
    from reader.core.model import Article
    from reader.core.people import ArticlePerson, PeopleIndex

# Articles longer than this wait until the search index is built, and are
# handed over alone. (Every article's people are found in the long-lived
# people child process, never here: the tagger's model stays out of the
# app, and a huge article cannot hold the app's GIL.)
LARGE_ARTICLE_CHARS = 200_000


class PeopleFinder:
    """The people of one article after another, into a corpus index: read
    from the people cache here, else found in one long-lived child process
    that holds the tagger (:class:`~reader.session.people_worker.PeopleProcess`).
    ``close`` ends the child."""

    def __init__(self, cancelled: Callable[[], bool], on_screen: Callable[[], str | None] = lambda: None) -> None:
        self.cancelled = self._cancelled = cancelled
        self._on_screen = on_screen
        self._process = PeopleProcess()
        self._checked = False  # whether the first article's cache was looked at
        # No people cache at all when loading began (a first launch), or a
        # cold load (start_for_cold_load): the child reads and fills it, and
        # nothing here reads it before the index.
        self.none_cached = False
        self._some_cached = False  # (the people cache folder was found: a later launch)

    @cached_property
    def index(self) -> PeopleIndex:
        # Made when first needed: the people package is not imported before the titles.
        from reader.core.people import PeopleIndex

        return PeopleIndex()

    def close(self) -> None:
        self._process.close()

    def start_if_none_cached(self, busy: bool = False) -> None:
        """Start the child (and its model) as the first articles are handed
        over if no people are cached at all (a first launch): it loads the
        model while the rest of the corpus is read, not after it."""
        if self._checked or self._some_cached:
            return  # (asked at each hand-over: the cache folder is looked at once)
        from reader.core import paths

        # (reader.core.people.cache.cache_dir, without importing the people
        # package before the titles)
        if not (paths.cache_dir() / "people").is_dir():
            self.none_cached = self._checked = True
            self._process.start(tables_later=True, busy=busy)
        else:
            self._some_cached = True

    def start_unless_cached(self, article: Article) -> None:
        """Start the child (and its model) now if the first article's people
        are not cached: a cold cache is a cold corpus, and its first sidebar
        should not wait for the model after every file is read."""
        if self._checked:
            return  # (the people package not imported for nothing: ~0.3 s of a cold load's CPU)
        from reader.core.people import cached_people

        if cached_people(article) is None:
            self._process.start()
        self._checked = True

    def start_for_cold_load(self, busy: bool = False) -> None:
        """Start the child (and its model) unchecked: the first article was
        cleaned now, so the corpus is cold and some of its people are to be
        found after the index in any case. The child reads the people cache
        itself (:meth:`found`), so nothing here imports the people package
        before the index is built: checking the first article's people here
        (:meth:`start_unless_cached`) cost ~0.3 s of the loader's CPU while
        the user waited for search, and reading them while the index was
        built took the same from it."""
        if self._checked:
            return
        self.none_cached = self._checked = True
        self._process.start(busy=busy)

    def on_screen_among(self, articles: Sequence[Article]) -> Article | None:
        """The article the reader has open, if it is one of ``articles``."""
        wanted = self._on_screen()
        return next((a for a in articles if a.id == wanted), None) if wanted is not None else None

    def found(self, article: Article) -> list[ArticlePerson]:
        """The article's people from the child alone (it reads the people
        cache itself): nothing is imported or read here, so a cold load's
        index is built meanwhile without competing for the GIL (the people
        package's import and the cache's fingerprint: ~0.3 s of CPU)."""
        return self._process.find(article, self._cancelled)

    def events(
        self, articles: Iterable[Article], ahead: Sequence[list[ArticlePerson] | None] | None = None
    ) -> Iterator[LoadEvent]:
        """The people of ``articles``, handed over a batch at a time;
        ``ahead``: each one's people found already (:meth:`found`), or None
        where they are still to be read or found."""
        from reader.core.people import cached_people_many

        batch: list[tuple[str, tuple[ArticlePerson, ...]]] = []
        pace = Pace()
        articles = list(articles)
        warnings: list[str] = []
        # Everyone's cached people in a few queries, not a read per article.
        cached = list(ahead) if ahead is not None else cached_people_many(articles, warnings.append)
        yield from (Problem(w) for w in warnings)
        for article, known, wanted in _on_screen_first(articles, cached, self._on_screen):
            try:
                people = known if known is not None else self._process.find(article, self._cancelled)
                self.index.add(article, people)
            except Cancelled:
                raise
            except Exception as exc:  # one bad article must not cost the others their people
                yield Problem(f"Could not find the people in {article.id}: {exc}")
                continue
            batch.append((article.id, tuple(people)))
            if wanted or pace.due() or article.chars >= LARGE_ARTICLE_CHARS:
                yield PeopleFound(tuple(batch))
                batch = []
                pace.handed()
            if self._cancelled():
                raise Cancelled
        if batch:
            yield PeopleFound(tuple(batch))


def _on_screen_first(
    articles: Sequence[Article], known: Sequence[list[ArticlePerson] | None], on_screen: Callable[[], str | None]
) -> Iterator[tuple[Article, list[ArticlePerson] | None, bool]]:
    """Each article with its people if known, in order, except that the one
    the reader has open (asked before each) comes next while still waiting,
    marked so its people are handed over at once."""
    place = {article.id: k for k, article in enumerate(articles)}
    done = [False] * len(articles)
    ahead = 0  # (every article before this one is done)
    while True:
        k = place.get(on_screen() or "")
        wanted = k is not None and not done[k]
        if not wanted:
            while ahead < len(articles) and done[ahead]:
                ahead += 1
            if ahead == len(articles):
                return
            k = ahead
        assert k is not None
        done[k] = True
        yield articles[k], known[k], wanted


def early_helper() -> bool:
    """A helper process was started to count and clean this cold start's
    folder on the other core (:mod:`reader.core.early_count`: not imported
    yet, no load through the cache has begun)."""
    early = sys.modules.get("reader.core.early_count")
    return early is not None and early.started()


def cleaning_beside() -> bool:
    """A helper process cleans beside this one: the cold load has both cores
    busy, and the people child's model (~0.5 s of CPU) loads on what they
    leave idle, not on the cleaning's time. (Asked once the first files are
    cleaned: a helper is started before, if at all; cold_pool is imported
    by a cold load only.)"""
    pool = sys.modules.get("reader.core.cold_pool")
    return pool is not None and pool.cleaning_beside()


__all__ = ["LARGE_ARTICLE_CHARS", "PeopleFinder", "cleaning_beside", "early_helper"]
