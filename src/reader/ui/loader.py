"""Loading the corpus in the background, as a stream of events.

:func:`load_events` runs in a thread worker: it reads the files (batched so
the list fills progressively without flooding the event loop), then finds
the people of the first article, builds the search index, and finds the
people of the others. The heavy core
modules (jieba, OpenCC tables) are imported here, inside the worker, never
before the first frame. The app applies each event to its
:class:`~reader.ui.library.Library` on the event loop.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from time import monotonic
from typing import TYPE_CHECKING

from reader.ui.people_worker import Cancelled

if TYPE_CHECKING:
    from reader.core.model import Article, Skipped
    from reader.core.people import ArticlePerson, PeopleIndex
    from reader.core.search import SearchIndex

# Hand files over at most this often: the list grows visibly without a
# repaint per file.
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
    article_id: str
    people: tuple[ArticlePerson, ...]


@dataclass(frozen=True, slots=True)
class PeopleDone:
    index: PeopleIndex


@dataclass(frozen=True, slots=True)
class IndexDone:
    index: SearchIndex


@dataclass(frozen=True, slots=True)
class Problem:
    """One step failed on one article; the rest goes on."""

    message: str


LoadEvent = Found | AllRead | PeopleFound | PeopleDone | IndexDone | Problem


def load_events(paths: Iterable[Path], cancelled: Callable[[], bool] = lambda: False) -> Iterator[LoadEvent]:
    """The corpus at ``paths``, piece by piece. ``cancelled`` is polled
    while a long step runs elsewhere, so quitting never waits for it."""
    from reader.core.corpus import iter_corpus
    from reader.core.model import Article

    articles: list[Article] = []
    batch: list[Article | Skipped] = []
    last = monotonic()
    people = _PeopleFinder(cancelled)
    first: Article | None = None
    try:
        for item in iter_corpus(list(paths)):
            batch.append(item)
            if isinstance(item, Article):
                articles.append(item)
                if first is None:
                    # The first article is the one on screen: it goes out at
                    # once, with its people, before the rest is read.
                    first = item
                    yield Found(tuple(batch))
                    batch, last = [], monotonic()
                    if first.chars < LARGE_ARTICLE_CHARS:
                        yield from people.events(first)
                    continue
            if monotonic() - last >= BATCH_SECONDS:
                yield Found(tuple(batch))
                batch, last = [], monotonic()
        if batch:
            yield Found(tuple(batch))
        yield AllRead()
        # Search waits for the whole index, which is quick, so it comes
        # before most people. Then the short articles first, so most
        # sidebars fill while a huge one is still being read.
        yield from _index_events(articles)
        for article in sorted(articles, key=lambda a: (a.chars, a.id)):
            if article is not first or first.chars >= LARGE_ARTICLE_CHARS:
                yield from people.events(article)
    except Cancelled:
        return
    yield PeopleDone(people.index)


class _PeopleFinder:
    """The people of one article after another, into a corpus index."""

    def __init__(self, cancelled: Callable[[], bool]) -> None:
        from reader.core.people import PeopleIndex

        self.index = PeopleIndex()
        self._cancelled = cancelled

    def events(self, article: Article) -> Iterator[LoadEvent]:
        from reader.core.people import extract_people
        from reader.ui.people_worker import find_people_apart

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
            return
        yield PeopleFound(article.id, tuple(people))


def _index_events(articles: list[Article]) -> Iterator[LoadEvent]:
    from reader.core.search import SearchIndex

    index = SearchIndex()
    for article in articles:
        try:
            index.add(article)
        except Exception as exc:  # the others stay searchable
            yield Problem(f"Could not index {article.id} for search: {exc}")
    yield IndexDone(index)
