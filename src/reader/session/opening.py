"""The first step of loading, which a warm start's titles wait for: the
article cache opened and the listing its last load of the paths saved read
(:func:`open_listing`), in a thread of its own if need be (:class:`Opening`):
the app starts it before its screen is composed, so the titles of a warm
start are in the first frame. Imports nothing heavy: the app imports it on
the UI thread; the cache's modules are imported in the opening thread.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.article_cache import ArticleCache
    from reader.core.model import Article, Skipped


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


def open_listing(paths: Iterable[Path]) -> Opened:
    """The cache opened and the listing read (:class:`Opened`)."""
    from reader.core.article_cache import ArticleCache

    warnings: list[str] = []
    cache = ArticleCache.open(warn=warnings.append)
    opened = Opened(cache, warnings)
    try:
        opened.listed = cache.listing(list(paths)) if cache is not None else None
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
        self._opened: Opened | None = None
        self._error: BaseException | None = None
        threading.Thread(target=self._run, name="reader-opening", daemon=True).start()

    def _run(self) -> None:
        try:
            self._opened = open_listing(self._paths)
        except BaseException as exc:  # raised again by take(), in the loader
            self._error = exc
        finally:
            self._done.set()

    def ready(self, seconds: float = 0.0) -> Opened | None:
        """The cache and listing, if opened within ``seconds``."""
        return self._opened if self._done.wait(seconds) else None

    def take(self) -> Opened:
        self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._opened is not None
        return self._opened


__all__ = ["Opened", "Opening", "open_listing"]
