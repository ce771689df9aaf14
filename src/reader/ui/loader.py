"""Loading the corpus in the background, as a stream of events.

:func:`load_events` runs in a thread worker. Titles come first: every file
is read (from the article cache when it can be, see
:mod:`reader.core.article_cache`) and handed over in batches before any
other work, the first article at once. Then the people of the article on
screen, the search index, and everyone else's people, handed over in
batches too: each hand-over waits for the UI thread, so there are a few a
second, never one per article. The heavy core modules (jieba, OpenCC
tables) are imported here, inside the worker, never before the first frame.
The app applies each event to its :class:`~reader.ui.library.Library` on
the event loop.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from time import monotonic
from typing import TYPE_CHECKING

from reader.ui.people_worker import Cancelled

if TYPE_CHECKING:
    from reader.core.article_cache import ArticleCache
    from reader.core.model import Article, Skipped
    from reader.core.people import ArticlePerson, PeopleIndex
    from reader.core.search_engine import SearchEngine

# Hand files and people over at most this often: the list grows visibly
# without a repaint (and a wait for the UI thread) per file.
BATCH_SECONDS = 0.05
# Articles longer than this are searched for people in a child process: on
# them the finder holds the GIL for up to a second at a time, which would
# freeze the UI thread (measured: 0.8 s stalls on a 5 MB article).
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
    try:
        for item in iter_corpus(list(paths), cache):
            batch.append(item)
            if isinstance(item, Article):
                articles.append(item)
            # The first article is the one on screen: it goes out at once.
            if len(articles) == 1 and item is articles[0] or monotonic() - last >= BATCH_SECONDS:
                yield Found(tuple(batch))
                batch, last = [], monotonic()
            if cancelled():
                return
        if cache is not None:
            cache.flush()
        # A cache that broke while being read (it warned once; loading went on).
        yield from (Problem(w) for w in warnings[shown:])
        if batch:
            yield Found(tuple(batch))
        yield AllRead()
        yield from _after_reading(articles, cancelled, cache)
    finally:
        # Closed after the index: it saves the fold tables the index completed.
        if cache is not None:
            cache.close()


def _after_reading(articles: list[Article], cancelled: Callable[[], bool],
                   cache: ArticleCache | None) -> Iterator[LoadEvent]:
    people = _PeopleFinder(cancelled)
    try:
        # The article on screen gets its people first (from the people cache
        # this is a file read), then search, then everyone else: short
        # articles first, so most sidebars fill while a huge one is read.
        first = articles[0] if articles else None
        if first is not None and first.chars < LARGE_ARTICLE_CHARS:
            yield from people.events([first])
        yield from _index_events(articles)
        if cache is not None:
            cache.close()
        rest = sorted((a for a in articles if a is not first or first.chars >= LARGE_ARTICLE_CHARS),
                      key=lambda a: (a.chars, a.id))
        yield from people.events(rest)
    except Cancelled:
        return
    yield PeopleDone(people.index)


class _PeopleFinder:
    """The people of one article after another, into a corpus index."""

    def __init__(self, cancelled: Callable[[], bool]) -> None:
        from reader.core.people import PeopleIndex

        self.index = PeopleIndex()
        self._cancelled = cancelled

    def events(self, articles: Iterable[Article]) -> Iterator[LoadEvent]:
        """The people of ``articles``, handed over a batch at a time."""
        from reader.core.people import extract_people
        from reader.ui.people_worker import find_people_apart

        batch: list[tuple[str, tuple[ArticlePerson, ...]]] = []
        last = monotonic()
        for article in articles:
            try:
                if article.chars < LARGE_ARTICLE_CHARS:
                    people = extract_people(article)
                else:
                    people = find_people_apart(article, self._cancelled)
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


def _index_events(articles: list[Article]) -> Iterator[LoadEvent]:
    from reader.core.search_engine import build_engine

    index = build_engine()
    for article in articles:
        try:
            index.add(article)
        except Exception as exc:  # the others stay searchable
            yield Problem(f"Could not index {article.id} for search: {exc}")
    yield IndexDone(index)
