"""Loading the corpus in the background, as a stream of events.

:func:`load_events` runs in a thread worker: it reads the files (batched so
the list fills progressively without flooding the event loop), then builds
the search index, then finds the people of each article. The heavy core
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
    for item in iter_corpus(list(paths)):
        batch.append(item)
        if isinstance(item, Article):
            articles.append(item)
        if monotonic() - last >= BATCH_SECONDS:
            yield Found(tuple(batch))
            batch, last = [], monotonic()
    if batch:
        yield Found(tuple(batch))
    yield AllRead()
    # The index first: it is quick, and search waits for all of it. People
    # come article by article, the short ones first, so most sidebars fill
    # while a huge article is still being read.
    yield from _index_events(articles)
    yield from _people_events(sorted(articles, key=lambda a: (a.chars, a.id)), cancelled)


def _people_events(articles: list[Article], cancelled: Callable[[], bool]) -> Iterator[LoadEvent]:
    from reader.core.people import PeopleIndex, extract_people
    from reader.ui.people_worker import Cancelled, find_people_apart

    index = PeopleIndex()
    for article in articles:
        try:
            if article.chars < LARGE_ARTICLE_CHARS:
                people = extract_people(article)
            else:
                people = find_people_apart(article, cancelled)
            index.add(article, people)
        except Cancelled:
            return
        except Exception as exc:  # one bad article must not cost the others their people
            yield Problem(f"Could not find the people in {article.id}: {exc}")
            continue
        yield PeopleFound(article.id, tuple(people))
    yield PeopleDone(index)


def _index_events(articles: list[Article]) -> Iterator[LoadEvent]:
    from reader.core.search import SearchIndex

    index = SearchIndex()
    for article in articles:
        try:
            index.add(article)
        except Exception as exc:  # the others stay searchable
            yield Problem(f"Could not index {article.id} for search: {exc}")
    yield IndexDone(index)
