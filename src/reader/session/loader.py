"""Loading the corpus in the background, as a stream of events.

:func:`load_events` runs in a thread worker. Titles come first: every file
is read (from the article cache when it can be, see
:mod:`reader.core.article_cache`) and handed over in batches before any
other work, the first article at once. Then the people of the article on
screen, the search index, and everyone else's people, handed over in
batches too: each hand-over waits for the UI thread, so there are a few a
second, never one per article. The heavy core modules (jieba, OpenCC
tables) are imported here, inside the worker, never on the UI thread.
What a warm start's check of the files revises is worked out in
:mod:`reader.session.listing_revision`.
The app applies each event (:mod:`reader.session.load_events`) to its
:class:`~reader.session.library.Library` on the event loop.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from pathlib import Path
from time import monotonic
from typing import TYPE_CHECKING, Generic, TypeVar

from reader.session.handover_pace import Pace
from reader.session.left_texts import leave_texts
from reader.session.listing_revision import patch_index, revised_listing
from reader.session.load_events import AllRead, Found, IndexDone, LoadEvent, PeopleDone, PeopleFound, Problem, Revised
from reader.session.opening import Opened, open_listing, rest_found
from reader.session.people_finder import LARGE_ARTICLE_CHARS, PeopleFinder, cleaning_beside, early_helper
from reader.session.people_worker import Cancelled

if TYPE_CHECKING:
    from reader.core.article_cache import ArticleCache
    from reader.core.listing_walk import Walk
    from reader.core.model import Article, Skipped
    from reader.core.people import ArticlePerson
    from reader.core.search_engine import SearchEngine

T = TypeVar("T")

# A warm start waits at most this long for its listed titles to be painted
# before it reads texts, restores the index and checks the files.
SHOWN_WAIT_SECONDS = 1.0


def load_events(
    paths: Iterable[Path],
    cancelled: Callable[[], bool] = lambda: False,
    titles_shown: Callable[[float], bool] | None = None,
    opened: Opened | None = None,
    listed_shown: int = 0,
    on_screen: Callable[[], str | None] = lambda: None,
) -> Iterator[LoadEvent]:
    """The corpus at ``paths``, piece by piece. ``cancelled`` is polled
    while a long step runs elsewhere, so quitting never waits for it.
    ``titles_shown(seconds)`` waits up to that long for the titles of a warm start
    to be on screen (the UI says when), so the rest of the loading does not
    compete for the GIL with the first frame and the titles' paint.
    ``opened``: the cache and listing, opened ahead (:class:`Opening`);
    ``listed_shown``: how many of its listed items are in the library
    already (the app took them before its first frame: all, or a large
    listing's first ones), so they are not handed over again;
    ``on_screen()``: the id of the article the reader has open, whose
    people are found before the others still waiting."""
    from reader.core.listing_walk import Walk
    from reader.core.model import Article

    paths = list(paths)
    if opened is None:
        opened = open_listing(paths)
    cache, listed, warnings = opened.cache, opened.listed, opened.warnings
    yield from (Problem(w) for w in warnings[: opened.opening])
    people = PeopleFinder(cancelled, on_screen)
    try:
        yield from (Problem(w) for w in warnings[opened.opening :])
        shown = len(warnings)
        walk: Walk | None = None
        if cache is not None and listed is not None:
            # A warm start: the titles the last load listed, before any text
            # is read or any file looked at; then the index restored for
            # them (keyed by each text's length and CRC, which the listing
            # holds); then the files are checked, and what changed is
            # patched into the index and handed over as one revision.
            if listed_shown < len(listed):
                rest = listed[listed_shown:]
                # (made ready here: the UI thread takes it in with no work per article)
                yield rest_found(rest, paths) if opened.for_library else Found(tuple(rest))
                yield AllRead()
            deadline = monotonic() + SHOWN_WAIT_SECONDS
            while titles_shown is not None and not titles_shown(0.05) and not cancelled() and monotonic() < deadline:
                pass
            index_warnings: list[str] = []
            first_listed = [item for item in listed if isinstance(item, Article)]
            cache.restore_tables()  # (the index folds with them: no OpenCC)
            # No text is read: the index is keyed and restored, and the
            # people read, by each text's length and CRC; a text is read
            # from the cache when first asked for (the open article's, the
            # search results' snippets), and one gone from the cache is read
            # from its file (Library). Held, the 2,000-article corpus's
            # texts were ~20 MB of the app's peak.
            index = _restored_index(first_listed, _once(index_warnings))
            yield from (Problem(w) for w in index_warnings)
            if index is not None:
                yield IndexDone(index)
            read: list[Article | Skipped] = []
            for event in _read(paths, cache, people, read, cancelled, warnings, shown):
                if isinstance(event, Problem):
                    yield event
            if cancelled():
                return
            articles, revised = revised_listing(listed, read)
            if revised is not None:
                if index is not None:
                    patch_index(index, revised)
                yield revised
            after = _after_reading(people, articles, cache, restored=(index,), roots=paths)
        else:
            read, revised = [], None
            # The files found before reading, with their stats: the listing
            # saved with them serves `reader search` too, while a walk finds
            # the same (a warm start's revision is saved without: its walk
            # would delay the check of every file).
            walk = Walk(paths) if cache is not None else None
            if cache is not None:
                # A cold load writes the cache once its index is built (the
                # rows, then the listing), not while the user waits for it.
                cache.hold_writes()
            yield from _read(paths, cache, people, read, cancelled, warnings, shown, flush=cache is None)
            if cancelled():
                return
            articles = [item for item in read if isinstance(item, Article)]
            yield AllRead()
            written = None if cache is None else _written_after(cache, paths, read, walk)
            after = _after_reading(people, articles, cache, written=written, roots=paths)
        if cache is not None and not cancelled() and revised is not None:
            cache.save_listing(paths, read, walk)
        yield from after
    finally:
        from reader.core import early_count

        early_count.drop()  # (a cold start's early helper no folder took)
        people.close()  # (cancelled while reading: the child started early goes too)
        # Closed after the index: it saves the fold tables the index completed.
        if cache is not None:
            cache.close()


def _read(
    paths: list[Path],
    cache: ArticleCache | None,
    people: PeopleFinder,
    read: list[Article | Skipped],
    cancelled: Callable[[], bool],
    warnings: list[str],
    shown: int,
    flush: bool = True,
) -> Iterator[LoadEvent]:
    """Every file read (through the cache), into ``read``, handed over in
    batches: the events to show them as they come. ``flush``: the cache's
    pending rows are written at the end (else later, by the caller)."""
    from reader.core.corpus import iter_corpus
    from reader.core.model import Article

    batch: list[Article | Skipped] = []
    first: Article | None = None
    pace = Pace()
    if not early_helper():  # (else at the first hand-over, at the lowest priority)
        people.start_if_none_cached()
    for item in iter_corpus(paths, cache):
        batch.append(item)
        read.append(item)
        if first is None and isinstance(item, Article):
            first = item
        # The first batch goes out BATCH_SECONDS after the start, with the
        # article on screen in it: from the cache that is often the whole
        # corpus, so the first article and every title share one turn of
        # the UI thread (alone, the first article's rendering would hold
        # up the rest). Later ones are paced (handover_pace).
        if first is not None and pace.due():
            yield Found(tuple(batch))
            batch = []
            pace.handed()
            busy = cleaning_beside()
            people.start_if_none_cached(busy)
            if cache is not None and cache.misses and not flush:
                people.start_for_cold_load(busy)  # (a cold load: nothing imported for a check)
            elif cache is None or cache.misses:  # (warm: its check would delay the titles)
                people.start_unless_cached(first)  # the model loads while the rest is read
        if cancelled():
            return
    if cache is not None and flush:
        cache.flush()
    # A cache that broke while being read (it warned once; loading went on).
    yield from (Problem(w) for w in warnings[shown:])
    if batch:
        yield Found(tuple(batch))


def _once(warnings: list[str]) -> Callable[[str], None]:
    """Keeps each message once: a cache that cannot be used says so once,
    not once per attempt."""

    def warn(message: str) -> None:
        if message not in warnings:
            warnings.append(message)

    return warn


def _written_after(
    cache: ArticleCache, paths: list[Path], read: list[Article | Skipped], walk: Walk | None
) -> Callable[[], None]:
    """What a cold load writes once its index is built: the rows held since
    it began, then the listing of what it read (which names them)."""

    def write() -> None:
        cache.hold_writes(False)
        cache.flush()
        cache.save_listing(paths, read, walk)

    return write


def _after_reading(
    people: PeopleFinder,
    articles: list[Article],
    cache: ArticleCache | None,
    restored: tuple[SearchEngine | None] | None = None,
    written: Callable[[], None] | None = None,
    roots: Sequence[Path] = (),
) -> Iterator[LoadEvent]:
    """The people and the index (``restored``: the index was tried already,
    and this is what came of it; ``written``: the cache's writes, run once
    the index is handed over)."""
    try:
        yield from _people_then_index(people, articles, cache, restored, written, roots)
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
    people: PeopleFinder,
    articles: list[Article],
    cache: ArticleCache | None,
    restored: tuple[SearchEngine | None] | None = None,
    written: Callable[[], None] | None = None,
    roots: Sequence[Path] = (),
) -> Iterator[LoadEvent]:
    """The article on screen's people, the search index, everyone else's
    (short articles first, so most sidebars fill while a huge one is read).
    The index comes first when it is restored from the search cache (a
    fraction of the time the first people take); when it is built, the
    people child finds the first article's people meanwhile (the loader
    only waits for its answer: they were found before the index, one after
    the other, ~0.2 s at 2,000 articles). Then ``written``."""
    warnings: list[str] = []
    warn = _once(warnings)
    if restored is None:
        index = _restored_index(articles, warn)
        yield from (Problem(w) for w in warnings)
        if index is not None:
            yield IndexDone(index)
    else:
        index = restored[0]
    first = people.on_screen_among(articles) or (articles[0] if articles else None)
    first_people = first is not None and first.chars < LARGE_ARTICLE_CHARS
    if index is None:
        meanwhile = _first_people(people, first) if first is not None and first_people else None
        shown = len(warnings)
        # (if this fails or is given up, the child is closed with the loader
        # and the thread ends with it)
        # (not looked up again when it was just tried for these very articles: ~0.03 s of a cold load)
        save_index = yield from _index_events(articles, warn, restore=restored is not None)
        found = meanwhile() if meanwhile is not None else []
        said = len(warnings)
        yield from (Problem(w) for w in warnings[shown:said])
        yield from found
        if not people.cancelled():
            save_index()  # (once it is handed over: searches need not wait for it)
            yield from (Problem(w) for w in warnings[said:])
    elif first is not None and first_people:
        yield from people.events([first])
    if written is not None and not people.cancelled():
        written()
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
    known, warned = leave_texts(cache, index, rest, first, list(roots))  # (read from the cache when asked for)
    yield from (Problem(w) for w in warned)
    yield from people.events(rest, known)


class _Meanwhile(Generic[T]):
    """A result made in a thread of its own while the loader does
    something else (the first article's people, found by the child process
    while the index is built here: that thread only pickles the article and
    waits)."""

    def __init__(self, make: Callable[[], T]) -> None:
        self._made: list[T] = []
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(make,), name="people-first", daemon=True)
        self._thread.start()

    def _run(self, make: Callable[[], T]) -> None:
        try:
            self._made.append(make())
        except BaseException as exc:  # (Cancelled too: raised in the loader)
            self._error = exc

    def result(self) -> T:
        """The result, once made; what stopped it is raised here."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._made[0]


def _first_people(people: PeopleFinder, first: Article) -> Callable[[], list[LoadEvent]]:
    """The first article's people, found while the index is built: their
    events, once the index is handed over. With no people cache at all (a
    first launch), the child finds them (it reads and fills the cache
    itself) and the people package is imported here only after the index;
    else they are read from the cache, or found, meanwhile."""
    if not people.none_cached:
        return _Meanwhile(lambda: list(people.events([first]))).result
    found = _Meanwhile(lambda: people.found(first))

    def events() -> list[LoadEvent]:
        try:
            known: list[list[ArticlePerson] | None] = [found.result()]
        except Cancelled:
            raise
        except Exception:  # (found again, or said to have failed, as any article)
            known = [None]
        return list(people.events([first], known))

    return events


def _restored_index(articles: list[Article], warn: Callable[[str], None]) -> SearchEngine | None:
    from reader.core.search_engine import cached_engine

    try:
        return cached_engine(articles, warn)
    except Exception:  # built the usual way, article by article
        return None


def _index_events(
    articles: list[Article], warn: Callable[[str], None], restore: bool = True
) -> Generator[LoadEvent, None, Callable[[], None]]:
    """The search index, built and handed over; returns its saving to the
    search cache, for later (``warn`` is told if that cannot be used;
    ``restore``: the search cache is looked in first). One article that
    fails to index costs only itself."""
    from reader.core.search_engine import build_engine, build_engine_saved_later

    save: Callable[[], None] = lambda: None  # noqa: E731
    try:
        index, save = build_engine_saved_later(articles, warn=warn, restore=restore)
    except Exception:  # one article at a time, to say which failed
        index = build_engine()
        for article in articles:
            try:
                index.add(article)
            except Exception as exc:  # the others stay searchable
                yield Problem(f"Could not index {article.id} for search: {exc}")
    yield IndexDone(index)
    return save


__all__ = [
    "AllRead",
    "Found",
    "IndexDone",
    "LoadEvent",
    "PeopleDone",
    "PeopleFound",
    "Problem",
    "Revised",
    "load_events",
]
