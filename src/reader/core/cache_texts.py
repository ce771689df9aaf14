"""Article texts left in the article cache, read when first asked for: one
at a time, in a connection of its own (:func:`read_text`, from any thread),
or many at once (:meth:`ArticleCache.fill`).
"""

from __future__ import annotations

import sqlite3
import threading
from array import array
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.cache_schema import BUSY_MS
from reader.core.model import Article, Paragraphs, TextGone

# Digests asked for in one query by ArticleCache.rows (well under SQLite's
# limit of bound parameters).
QUERY_KEYS = 500


class CacheTexts:
    """The text methods of :class:`~reader.core.article_cache.ArticleCache`."""

    if TYPE_CHECKING:  # (given by ArticleCache)
        path: Path
        lazy_texts: bool
        broken: bool
        contexts: dict[str, str]
        _fingerprint: str

        def _query(self, sql: str, args: tuple[object, ...] = ()) -> list[tuple[Any, ...]] | None: ...

    def _later(self, digest: str, context: str, sums: tuple[int, int]) -> Paragraphs:
        """Paragraphs whose text is left here under (digest, context), read
        when first asked for (in a connection of its own: from any thread),
        or with others by :meth:`fill`. Strict while ``lazy_texts``: a text
        gone meanwhile is :class:`TextGone` (else it reads as missed)."""
        return self._laters()(digest, context, sums)

    def _laters(self) -> Callable[[str, str, tuple[int, int]], Paragraphs]:
        """:meth:`_later` as it is now, for many texts (a warm start's
        listing): what it reads from fixed once, and each text's read a
        ``partial``, not a closure of four cells."""
        cache, fingerprint, strict, later = self.path, self._fingerprint, self.lazy_texts, Paragraphs.later

        def made(digest: str, context: str, sums: tuple[int, int]) -> Paragraphs:
            return later(
                partial(read_text, cache, fingerprint, digest, context), sums, (cache, digest, context), strict
            )

        return made

    def leave_texts(self, articles: Iterable[Article]) -> list[Article]:
        """Drop the texts these articles hold that this cache stores, each
        read from here when next asked for (:meth:`Paragraphs.leave`), as a
        warm start's are; the articles whose texts were dropped. Once their
        rows are written (:meth:`flush`)."""
        if self.broken:
            return []
        cache, fingerprint, contexts = self.path, self._fingerprint, self.contexts
        left: list[Article] = []
        for article in articles:
            held, digest = article.paragraphs, article.digest
            context = contexts.get(str(article.path))
            if context is None or not digest or not isinstance(held, Paragraphs):
                continue
            if held.leave(partial(read_text, cache, fingerprint, digest, context), (cache, digest, context)):
                left.append(article)
        return left

    def fill(self, articles: Iterable[Article]) -> None:
        """Read the texts these articles left in this cache and not read yet,
        a query per QUERY_KEYS of them. A text gone meanwhile, or another:
        :class:`TextGone` for articles built while ``lazy_texts``; any other
        reads its own later (and finds it missed)."""
        waiting: dict[tuple[str, str], list[Paragraphs]] = {}
        for article in articles:
            held = article.paragraphs
            if isinstance(held, Paragraphs) and not held.held and isinstance(held.key, tuple):
                cache, digest, context = held.key
                if cache == self.path:
                    waiting.setdefault((digest, context), []).append(held)
        digests = sorted({digest for digest, _ in waiting})
        for at in range(0, len(digests), QUERY_KEYS):
            chunk = digests[at : at + QUERY_KEYS]
            rows = self._query(
                "SELECT digest, context, body, starts FROM articles "
                f"WHERE fingerprint = ? AND digest IN ({', '.join('?' * len(chunk))})",
                (self._fingerprint, *chunk),
            )
            for digest, context, *body in rows or ():
                found = _body(tuple(body))
                if found is not None:
                    for held in waiting.pop((digest, context), ()):
                        held.give(*found)
        if any(held.strict for group in waiting.values() for held in group):
            raise TextGone(f"the article cache no longer holds {len(waiting)} of the texts")


def _body(row: tuple[Any, ...]) -> tuple[str, array[int]] | None:
    """(body, starts) of a row, None if they are not what was stored."""
    body, blob = row
    if not isinstance(body, str) or not isinstance(blob, bytes):
        return None
    starts = array("q")
    try:
        starts.frombytes(blob)
    except ValueError:
        return None
    return body, starts


# Each thread's read-only connection to each cache file: opening one costs
# ~1.2 ms, a read in an open one ~0.1 ms (a warm start reads no text before
# it is asked for: the search results' snippets read a few dozen).
_connections = threading.local()
TEXT_CACHE_KIB = 64


def read_text(cache: Path, fingerprint: str, digest: str, context: str) -> tuple[str, array[int]] | None:
    """An article's text and paragraph starts from the cache file, read in
    this thread's read-only connection (any thread may ask); None for an
    entry gone meanwhile (or an unreadable file): the text is then read
    from its file again. A row not found is looked for once more in a new
    connection (the file may have been replaced meanwhile)."""
    for fresh in (False, True):
        starts = array("q")
        try:
            row = _query_text(cache, fresh, (digest, fingerprint, context))
            if row is not None:
                starts.frombytes(row[1])
                return str(row[0]), starts
        except (sqlite3.Error, OSError, ValueError, TypeError):
            pass
    return None


def _query_text(cache: Path, fresh: bool, key: tuple[str, str, str]) -> tuple[Any, ...] | None:
    opened: dict[Path, sqlite3.Connection] = _connections.__dict__.setdefault("opened", {})
    db = opened.pop(cache, None)
    if db is not None and fresh:
        db.close()
        db = None
    if db is None:
        db = sqlite3.connect(f"{cache.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_MS / 1000)
        # A text is read once, then held or dropped: a page cache (2 MB by
        # default, per connection and so per thread) would only keep copies.
        db.execute(f"PRAGMA cache_size = -{TEXT_CACHE_KIB}")
    try:
        # (fetchall: a statement left unfinished would hold a read transaction open)
        rows = db.execute(
            "SELECT body, starts FROM articles WHERE digest = ? AND fingerprint = ? AND context = ?", key
        ).fetchall()
    except sqlite3.Error:
        db.close()
        raise
    opened[cache] = db
    return tuple(rows[0]) if rows else None


__all__ = ["QUERY_KEYS", "CacheTexts", "read_text"]
