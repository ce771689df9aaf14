"""The first step of loading, which a warm start's titles wait for: the
article cache opened and the listing its last load of the paths saved read
(:func:`open_listing`), in a thread of its own if need be (:class:`Opening`):
the app starts it before its screen is composed, so the titles of a warm
start are in the first frame. Imports nothing heavy: the app imports it on
the UI thread; the cache's modules are imported in the opening thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

# A large listing's rest waits at most this long for the first frame.
FIRST_FRAME_WAIT_SECONDS = 1.0

if TYPE_CHECKING:
    from reader.core.article_cache import ArticleCache
    from reader.core.model import Article, Skipped
    from reader.session.load_events import Found


class Opened:
    """The first step of loading: the article cache opened and the listing
    of the paths that its last load of them saved (None: a cold start, or no
    cache), with the warnings they gave (the first ``opening`` of them from
    opening the cache)."""

    def __init__(self, cache: ArticleCache | None, warnings: list[str]) -> None:
        self.cache = cache
        self.listed: list[Article | Skipped] | None = None
        self.warnings = warnings
        self.opening = len(warnings)
        # Whether the listing is for the app's library, which takes in all
        # that is handed over before anything reads it: the loader then
        # hands over what of it the app did not take before its first frame
        # made ready (rest_found), each text's reload from its file set
        # ahead (Library._reload_from_files). Opened by Opening.
        self.for_library = False
        # The whole listing as one Found, made ready (rest_found) in the
        # opening thread for the app to take in before its first frame.
        self.whole: Found | None = None


def rest_found(items: list[Article | Skipped], roots: list[Path]) -> Found:
    """``items`` as one Found event, made ready (in the calling thread: the
    loader's, for what of a listing the app did not take before its first
    frame) to be taken in on the UI thread with no Python work per article: each
    text's reload from its file set, the articles' ids checked in order
    (if they are not, a plain Found)."""
    from reader.core.corpus import InOrder
    from reader.core.model import Article
    from reader.session.library import set_reloads
    from reader.session.load_events import Found, Ready

    articles = [item for item in items if isinstance(item, Article)]
    in_order = InOrder.of(articles)
    if in_order is None:
        return Found(tuple(items))
    set_reloads(articles, roots)
    return Found(tuple(items), Ready(in_order, tuple(item for item in items if not isinstance(item, Article))))


def open_listing(paths: Iterable[Path], first: Callable[[list[Article | Skipped], int], None] | None = None) -> Opened:
    """The cache opened and the listing read (:class:`Opened`); ``first``:
    see ``ArticleCache.listing`` (a large listing's first items, early)."""
    from reader.core.article_cache import ArticleCache

    warnings: list[str] = []
    cache = ArticleCache.open(warn=warnings.append)
    opened = Opened(cache, warnings)
    try:
        opened.listed = cache.listing(list(paths), first=first) if cache is not None else None
    except BaseException:
        if cache is not None:
            cache.close()
        raise
    return opened


class Opening:
    """:func:`open_listing` in a daemon thread of its own, started at once,
    so the app can start it before its screen is composed and list a warm
    start's titles in the first frame. :meth:`ready` waits at most so long
    for it; :meth:`take` waits until it is done and raises what it raised."""

    def __init__(self, paths: Iterable[Path]) -> None:
        self._paths = list(paths)
        self._done = threading.Event()
        # Set when done, or when a large listing's first items are built.
        self._some = threading.Event()
        self._opened: Opened | None = None
        self._first: tuple[list[Article | Skipped], int] | None = None
        self._go = threading.Event()
        self._error: BaseException | None = None
        from reader.core.idle_cores import cpu_ticks

        # (what the cores do from here on decides a cold start's early helper)
        self._since = cpu_ticks()
        threading.Thread(target=self._run, name="reader-opening", daemon=True).start()

    def _run(self) -> None:
        try:
            opened = open_listing(self._paths, first=self._first_built)
            opened.for_library = True
            if opened.listed is None and opened.cache is not None:
                from reader.core import early_count

                # A cold start: the helper may count the folder while the app starts.
                early_count.start(self._paths, opened.cache.path, self._since)
            if opened.listed is not None and self._first is None:
                # (the app takes it whole before its first frame: ready here)
                opened.whole = rest_found(opened.listed, self._paths)
            self._opened = opened
        except BaseException as exc:  # raised again by take(), in the loader
            self._error = exc
        finally:
            self._done.set()
            self._some.set()

    def _first_built(self, items: list[Article | Skipped], count: int) -> None:
        self._first = (items, count)
        self._some.set()
        # The rest are built once the first frame is drawn (go()), not while
        # it is composed and painted: both would share the GIL.
        self._go.wait(FIRST_FRAME_WAIT_SECONDS)

    def go(self) -> None:
        """Build the rest of a large listing now (the first frame is drawn)."""
        self._go.set()

    def ready(self, seconds: float = 0.0) -> Opened | None:
        """The cache and listing, if opened within ``seconds``."""
        return self._opened if self._done.wait(seconds) else None

    def first(self, seconds: float = 0.0) -> tuple[list[Article | Skipped], int] | None:
        """Within ``seconds``: a large listing's first items and how many it
        has, if they are built and the whole listing is not read yet (then
        :meth:`ready` gives it all), else None."""
        self._some.wait(seconds)
        return self._first if not self._done.is_set() else None

    def take(self) -> Opened:
        self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._opened is not None
        return self._opened


__all__ = ["Opened", "Opening", "open_listing", "rest_found"]
