"""Loading the corpus in the background, as a stream of events.

:func:`load_events` runs in a thread worker. Titles come first: every file
is read (from the article cache when it can be, see
:mod:`reader.core.article_cache`) and handed over in batches before any
other work, the first article at once. Then the people of the article on
screen, the search index, and everyone else's people, handed over in
batches too: each hand-over waits for the UI thread, so there are a few a
second, never one per article. The heavy core modules (jieba, OpenCC
tables) are imported here, inside the worker, never before the first frame.
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
        batch: list[tuple[str, tuple[ArticlePerson, ...]]] = []
        last = monotonic()
        for article in articles:
            try:
                people = self._process.people(article, self._cancelled)
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


# --------------------------------------------------------------------------
# Watching the opened folders once everything is loaded (issue 11, feature 3).

# Changes are gathered this long before they are applied, so saving a file
# in an editor (often several writes) is one change.
WATCH_DEBOUNCE_MS = 300


@dataclass(frozen=True, slots=True)
class Changed:
    """Files changed on disk while the app ran: new and edited articles (an
    edited one keeps its id), files now skipped, and the ids of articles
    whose file is gone or no longer loads; with the people of the new and
    edited articles, and the search engine already updated."""

    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...]
    removed: tuple[str, ...]
    people: tuple[tuple[str, tuple[ArticlePerson, ...]], ...]


def watch_events(
    paths: Iterable[Path],
    known: Callable[[], dict[Path, str]],
    engine: SearchEngine | None,
    people_index: PeopleIndex | None,
    stop: Callable[[], bool],
) -> Iterator[Changed]:
    """Changes under ``paths``, a batch at a time, until ``stop()``.

    ``known()`` maps each loaded article's file to its id, as the app has
    it now. The engine and the people index are updated here, in the
    worker; the app takes each :class:`Changed` into its library.
    """
    import threading

    from watchfiles import Change, watch

    roots = [Path(p) for p in paths]
    folders = [p for p in roots if p.is_dir()]
    files = [p for p in roots if p.is_file()]
    watched = folders + [f.parent for f in files]
    if not watched:
        return
    halt = threading.Event()

    def wanted(change: Change, name: str) -> bool:
        path = Path(name)
        if path.name.startswith("."):
            return False  # hidden files are never loaded (nor editors' swap files)
        return path in files or path.suffix.lower() in _watched_suffixes()

    for changes in watch(
        *watched,
        watch_filter=wanted,
        debounce=WATCH_DEBOUNCE_MS,
        stop_event=halt,
        rust_timeout=200,
        yield_on_timeout=True,
        raise_interrupt=False,
    ):
        if stop():
            halt.set()
            return
        if not changes:
            continue
        event = _apply_changes({Path(name) for _, name in changes}, roots, known(), engine, people_index)
        if event is not None:
            yield event


def _watched_suffixes() -> frozenset[str]:
    from reader.core.corpus import EXTENSIONS

    return EXTENSIONS


def _root_of(path: Path, roots: list[Path]) -> Path | None:
    for root in roots:
        if root == path:
            return root.parent
        if root.is_dir() and path.is_relative_to(root):
            if any(part.startswith(".") for part in path.relative_to(root).parts):
                return None  # a hidden folder: never loaded
            return root
    return None


def _apply_changes(
    paths: set[Path],
    roots: list[Path],
    known: dict[Path, str],
    engine: SearchEngine | None,
    people_index: PeopleIndex | None,
) -> Changed | None:
    from reader.core.article_cache import ArticleCache
    from reader.core.corpus import article_id, iter_corpus, unique_id
    from reader.core.model import Article

    articles: list[Article] = []
    skipped: list[Skipped] = []
    removed: list[str] = []
    taken = set(known.values())
    cache = ArticleCache.open(warn=lambda message: None)
    try:
        for path in sorted(paths):
            root = _root_of(path, roots)
            old_id = known.get(path)
            if root is None or not path.is_file():
                if old_id is not None:
                    removed.append(old_id)
                continue
            items = list(iter_corpus([path], cache))
            item = items[0] if items else None
            if isinstance(item, Article):
                # An edited file keeps its id; a new one gets its usual id.
                new_id = old_id or unique_id(article_id(path, root), taken)
                taken.add(new_id)
                articles.append(_with_id(item, new_id))
            else:
                if item is not None:
                    skipped.append(item)
                if old_id is not None:
                    removed.append(old_id)
    finally:
        if cache is not None:
            cache.close()
    if not (articles or skipped or removed):
        return None
    if engine is not None:
        from reader.core.search_engine import forget

        for article in articles:
            engine.add(article)
        for gone in removed:
            forget(engine, gone)
    people = list(_people_of(articles, people_index))
    if people_index is not None:
        from reader.core.search_engine import placeholder

        for gone in removed:
            people_index.add(placeholder(gone), [])  # no people: it counts for no one
    return Changed(tuple(articles), tuple(skipped), tuple(removed), tuple(people))


def _with_id(article: Article, new_id: str) -> Article:
    # iter_corpus named it relative to its own folder; ids are relative to the root.
    from dataclasses import replace

    return article if article.id == new_id else replace(article, id=new_id)


def _people_of(articles: list[Article], people_index: PeopleIndex | None) -> Iterator[tuple[str, tuple]]:
    # In a child process, as when loading: the tagger never loads in the app.
    with PeopleProcess() as process:
        for article in articles:
            try:
                people = process.people(article)
            except Exception:  # the article still reads; it just shows no people
                people = []
            if people_index is not None:
                people_index.add(article, people)
            yield article.id, tuple(people)
