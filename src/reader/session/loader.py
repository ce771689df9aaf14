"""Loading the corpus in the background, as a stream of events.

:func:`load_events` runs in a thread worker. Titles come first: every file
is read (from the article cache when it can be, see
:mod:`reader.core.article_cache`) and handed over in batches before any
other work, the first article at once. Then the people of the article on
screen, the search index, and everyone else's people, handed over in
batches too: each hand-over waits for the UI thread, so there are a few a
second, never one per article. The heavy core modules (jieba, OpenCC
tables) are imported here, inside the worker, never on the UI thread.
The app applies each event to its :class:`~reader.session.library.Library` on
the event loop.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from time import monotonic
from typing import TYPE_CHECKING

from reader.session.people_worker import Cancelled, PeopleProcess

if TYPE_CHECKING:
    from reader.core.article_cache import ArticleCache
    from reader.core.model import Article, Skipped
    from reader.core.people import ArticlePerson, PeopleIndex
    from reader.core.search_engine import SearchEngine

# Hand files and people over at most this often: the list grows visibly
# without a repaint (and a wait for the UI thread) per file.
BATCH_SECONDS = 0.05
# Articles longer than this wait until the search index is built, and are
# handed over alone. (Every article's people are found in the long-lived
# people child process, never here: the tagger's model stays out of the
# app, and a huge article cannot hold the app's GIL.)
LARGE_ARTICLE_CHARS = 200_000


@dataclass(frozen=True, slots=True)
class Found:
    items: tuple[Article | Skipped, ...]


@dataclass(frozen=True, slots=True)
class AllRead:
    pass


@dataclass(frozen=True, slots=True)
class PeopleFound:
    """The people of some articles: (article id, its people) each."""

    found: tuple[tuple[str, tuple[ArticlePerson, ...]], ...]


@dataclass(frozen=True, slots=True)
class PeopleDone:
    index: PeopleIndex


@dataclass(frozen=True, slots=True)
class IndexDone:
    index: SearchEngine


@dataclass(frozen=True, slots=True)
class Problem:
    """One step failed on one article; the rest goes on."""

    message: str


LoadEvent = Found | AllRead | PeopleFound | PeopleDone | IndexDone | Problem


def load_events(paths: Iterable[Path], cancelled: Callable[[], bool] = lambda: False) -> Iterator[LoadEvent]:
    """The corpus at ``paths``, piece by piece. ``cancelled`` is polled
    while a long step runs elsewhere, so quitting never waits for it."""
    from reader.core.article_cache import ArticleCache
    from reader.core.corpus import iter_corpus
    from reader.core.model import Article

    warnings: list[str] = []
    cache = ArticleCache.open(warn=warnings.append)
    shown = len(warnings)
    yield from (Problem(w) for w in warnings)
    articles: list[Article] = []
    batch: list[Article | Skipped] = []
    last = monotonic()
    people = _PeopleFinder(cancelled)
    try:
        people.start_if_none_cached()
        for item in iter_corpus(list(paths), cache):
            batch.append(item)
            if isinstance(item, Article):
                articles.append(item)
            # The first batch goes out BATCH_SECONDS after the start, with the
            # article on screen in it: from the cache that is often the whole
            # corpus, so the first article and every title share one turn of
            # the UI thread (alone, the first article's rendering would hold
            # up the rest).
            if monotonic() - last >= BATCH_SECONDS and articles:
                yield Found(tuple(batch))
                batch, last = [], monotonic()
                if cache is None or cache.misses:  # (warm: its check would delay the titles)
                    people.start_unless_cached(articles[0])  # the model loads while the rest is read
            if cancelled():
                return
        if cache is not None:
            cache.flush()
        # A cache that broke while being read (it warned once; loading went on).
        yield from (Problem(w) for w in warnings[shown:])
        if batch:
            yield Found(tuple(batch))
        yield AllRead()
        yield from _after_reading(people, articles, cache)
    finally:
        people.close()  # (cancelled while reading: the child started early goes too)
        # Closed after the index: it saves the fold tables the index completed.
        if cache is not None:
            cache.close()


def _after_reading(people: _PeopleFinder, articles: list[Article], cache: ArticleCache | None) -> Iterator[LoadEvent]:
    try:
        yield from _people_then_index(people, articles, cache)
    except Cancelled:
        return
    finally:
        people.close()  # the child and its model go when loading ends
    # Everyone's people merged here, in the worker: the sidebar's first look
    # at the corpus index would merge them on the UI thread (0.2 s at 2,000
    # articles, the longest stall of a warm start).
    len(people.index)
    yield PeopleDone(people.index)


def _people_then_index(
    people: _PeopleFinder, articles: list[Article], cache: ArticleCache | None
) -> Iterator[LoadEvent]:
    """The article on screen's people, the search index, everyone else's
    (short articles first, so most sidebars fill while a huge one is read).
    On a warm start the index comes first: restored from the search cache,
    it takes a fraction of the time the first people take."""
    warnings: list[str] = []

    def warn(message: str) -> None:
        # A cache that cannot be used says so once, not once per attempt.
        if message not in warnings:
            warnings.append(message)

    index = _restored_index(articles, warn)
    yield from (Problem(w) for w in warnings)
    if index is not None:
        yield IndexDone(index)
    first = articles[0] if articles else None
    if first is not None and first.chars < LARGE_ARTICLE_CHARS:
        yield from people.events([first])
    if index is None:
        shown = len(warnings)
        yield from _index_events(articles, warn)
        yield from (Problem(w) for w in warnings[shown:])
    if cache is not None:
        cache.close()
    fold_all = getattr(index, "fold_all", None)
    if callable(fold_all):
        # Restored texts are folded when first searched: fold them now,
        # before anyone types.
        fold_all(people.cancelled)
    rest = sorted(
        (a for a in articles if a is not first or first.chars >= LARGE_ARTICLE_CHARS), key=lambda a: (a.chars, a.id)
    )
    yield from people.events(rest)


def _restored_index(articles: list[Article], warn: Callable[[str], None]) -> SearchEngine | None:
    from reader.core.search_engine import cached_engine

    try:
        return cached_engine(articles, warn)
    except Exception:  # built the usual way, article by article
        return None


class _PeopleFinder:
    """The people of one article after another, into a corpus index: read
    from the people cache here, else found in one long-lived child process
    that holds the tagger (:class:`~reader.session.people_worker.PeopleProcess`).
    ``close`` ends the child."""

    def __init__(self, cancelled: Callable[[], bool]) -> None:
        self.cancelled = self._cancelled = cancelled
        self._process = PeopleProcess()
        self._checked = False  # whether the first article's cache was looked at

    @cached_property
    def index(self) -> PeopleIndex:
        # Made when first needed: the people package is not imported before the titles.
        from reader.core.people import PeopleIndex

        return PeopleIndex()

    def close(self) -> None:
        self._process.close()

    def start_if_none_cached(self) -> None:
        """Start the child (and its model) before the first file is read if
        no people are cached at all (a first launch): it loads the model
        while the corpus is read, not after the first article is."""
        from reader.core import paths

        # (reader.core.people.cache.cache_dir, without importing the people
        # package before the titles)
        if not (paths.cache_dir() / "people").is_dir():
            self._process.start(tables_later=True)

    def start_unless_cached(self, article: Article) -> None:
        """Start the child (and its model) now if the first article's people
        are not cached: a cold cache is a cold corpus, and its first sidebar
        should not wait for the model after every file is read."""
        from reader.core.people import cached_people

        if not self._checked and cached_people(article) is None:
            self._process.start()
        self._checked = True

    def events(self, articles: Iterable[Article]) -> Iterator[LoadEvent]:
        """The people of ``articles``, handed over a batch at a time."""
        from reader.core.people import cached_people_many

        batch: list[tuple[str, tuple[ArticlePerson, ...]]] = []
        last = monotonic()
        articles = list(articles)
        warnings: list[str] = []
        # Everyone's cached people in a few queries, not a read per article.
        cached = cached_people_many(articles, warnings.append)
        yield from (Problem(w) for w in warnings)
        for article, known in zip(articles, cached, strict=True):
            try:
                people = known if known is not None else self._process.find(article, self._cancelled)
                self.index.add(article, people)
            except Cancelled:
                raise
            except Exception as exc:  # one bad article must not cost the others their people
                yield Problem(f"Could not find the people in {article.id}: {exc}")
                continue
            batch.append((article.id, tuple(people)))
            if monotonic() - last >= BATCH_SECONDS or article.chars >= LARGE_ARTICLE_CHARS:
                yield PeopleFound(tuple(batch))
                batch, last = [], monotonic()
            if self._cancelled():
                raise Cancelled
        if batch:
            yield PeopleFound(tuple(batch))


def _index_events(articles: list[Article], warn: Callable[[str], None]) -> Iterator[LoadEvent]:
    """The search index, built and saved to the search cache (``warn`` is
    told if that cannot be used); one article that fails to index costs
    only itself."""
    from reader.core.search_engine import build_engine

    try:
        index = build_engine(articles, cache=True, warn=warn)
    except Exception:  # one article at a time, to say which failed
        index = build_engine()
        for article in articles:
            try:
                index.add(article)
            except Exception as exc:  # the others stay searchable
                yield Problem(f"Could not index {article.id} for search: {exc}")
    yield IndexDone(index)
