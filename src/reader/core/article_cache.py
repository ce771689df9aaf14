"""A persistent cache of loaded articles, in one SQLite file.

Reading and cleaning thousands of files on every start is what made the
reader slow to open; their results only change when a file's bytes or the
code that loads them change. So each cleaned article (title, metadata, text,
paragraph starts, script) is stored under

* the hash of the file's bytes,
* a fingerprint of the source of every module loading depends on, found by
  following the ``reader`` imports from :mod:`reader.core.corpus` (plus the
  versions of the libraries they import), so an edit to any of them, or a
  new one, makes old entries unused without anyone keeping a list, and
* a digest of any input cleaning gets beside the file itself, given by the
  caller: its file name and the folder's template lines it contains.

A third table holds, per file content, hashes of its lines that may be a
folder's template (:mod:`reader.core.cache_lines`).

A second table remembers each file's size, mtime and inode with its hash,
so a warm start stats files and reads and hashes only those that changed.
The fold and script tables (:mod:`reader.core.foldtable`) are stored too, so
a warm start never builds OpenCC.

Articles are built from their rows in :mod:`reader.core.cache_rows`, its
listing of a corpus is in :mod:`reader.core.cache_listing`, and texts read
when first asked for in :mod:`reader.core.cache_texts`.

The file lives in the user cache folder (``READER_CACHE_DIR`` overrides it).
It is written in WAL mode in short transactions, so two readers running at
once never corrupt it; a writer that finds the file locked for too long
skips that write (the cache is only ever a shortcut). A file that is not a
database, or another program's database, is discarded with one warning.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import time
from array import array
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from reader.core import paths
from reader.core.cache_lines import CacheLines
from reader.core.cache_listing import CacheListing
from reader.core.cache_rows import CacheRows
from reader.core.cache_schema import (
    BUSY_MS,
    FILE_NAME,
    PAGE_SIZE,
    SCHEMA,
    connect,
    discard,
    extra_json,
)
from reader.core.cache_texts import CacheTexts, read_text
from reader.core.code_fingerprint import loading_fingerprint, loading_modules
from reader.core.digests import content_digest, context_digest
from reader.core.listing_walk import RACY_NS
from reader.core.model import Article, TextGone
from reader.core.sqlite_files import open_cache, transaction

# Rows are written in transactions of at most this many, or this often.
BATCH_ROWS = 200
BATCH_SECONDS = 0.5
# While writes are held (a cold load, until its search index is built: see
# ArticleCache.hold_writes), at most this many rows wait. Each pending
# article row holds its article's text, which the loader holds anyway.
HELD_ROWS = 100_000
# They are written this many of each kind to a transaction.
HELD_BATCH_ROWS = 1_000
# And work left for then (ArticleCache.later) holds at most this many
# characters of files' texts (~30 MB; a cold load of 2,000 articles, ~8 M).
HELD_CHARS = 16_000_000
_ARTICLE_VALUES = ", ".join("?" * 13)


def _insert_rows(
    db: sqlite3.Connection,
    files: list[tuple[str, int, int, int, str]],
    articles: list[tuple[object, ...]],
    lines: list[tuple[str, str, int, bytes, bytes]],
) -> None:
    db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)", files)
    db.executemany(f"INSERT OR REPLACE INTO articles VALUES ({_ARTICLE_VALUES})", articles)
    db.executemany("INSERT OR REPLACE INTO lines VALUES (?, ?, ?, ?, ?)", lines)


def cache_file() -> Path:
    return paths.cache_dir() / FILE_NAME


# --------------------------------------------------------------------------


# Tables read from a cache, until foldtable takes them (see take_saved_tables).
_saved_tables: bytes | None = None


def offered_tables() -> bytes | None:
    """The fold and script tables a cache offered, not taken yet (left for
    :func:`take_saved_tables`)."""
    return _saved_tables


def take_saved_tables() -> bytes | None:
    """The fold and script tables a cache offered, once."""
    global _saved_tables
    data, _saved_tables = _saved_tables, None
    return data


def _warn_stderr(message: str) -> None:
    print(f"reader: warning: {message}", file=sys.stderr)


class ArticleCache(CacheRows, CacheListing, CacheTexts, CacheLines):
    """One open cache file. Use from one thread at a time."""

    def __init__(self, connection: sqlite3.Connection, path: Path, warn: Callable[[str], None]) -> None:
        self._db = connection
        self.path = path
        self._warn = warn
        self._fingerprint = loading_fingerprint()
        self._files: dict[str, tuple[int, int, int, str]] | None = None
        self._pending_files: list[tuple[str, int, int, int, str]] = []
        self._pending_articles: list[tuple[object, ...]] = []
        self._lines: dict[tuple[str, bool], tuple[array[int], array[int]]] | None = None
        self._pending_lines: list[tuple[str, str, int, bytes, bytes]] = []
        self._last_write = time.monotonic()
        self._held = False
        self._held_work: list[Callable[[], object]] = []
        self._held_chars = 0
        self._wrote = False
        self.broken = False
        self._closed = False
        self._damaged = False
        # Decoded ``extra`` columns by their JSON: most articles share a few
        # (no credits, no bylines), so each is parsed once per start.
        self._extras: dict[str, dict[str, Any]] = {}
        self.hits = self.misses = 0
        # Articles built with their text left in the cache, read when first
        # needed (Paragraphs.later, strict: a text gone meanwhile is
        # TextGone); see fill().
        self.lazy_texts = False
        # The context each file's article was served or stored under (by the
        # file's path), for saving the listing.
        self.contexts: dict[str, str] = {}
        # What :meth:`listing` listed, by file: (digest, context, article).
        # A file loaded under the same key is that article (no row is read).
        self.listed: dict[str, tuple[str, str, Article]] = {}

    # -- opening ---------------------------------------------------------

    @classmethod
    def open(cls, path: Path | None = None, warn: Callable[[str], None] = _warn_stderr) -> ArticleCache | None:
        """The cache at ``path`` (default: the user cache folder), created if
        absent; None, after one warning, if it cannot be used at all."""
        path = path or cache_file()
        return open_cache(path, lambda p: cls(connect(p), p, warn), "article cache", "loading without it", warn)

    # -- reading ---------------------------------------------------------

    def known_digest(self, path: Path, info: os.stat_result) -> str | None:
        """The content hash of ``path`` if its stat says it is unchanged."""
        if self._files is None:
            self._files = {}
            rows = self._query("SELECT path, size, mtime_ns, ino, digest FROM files")
            for p, size, mtime, ino, digest in rows or ():
                self._files[p] = (size, mtime, ino, digest)
        row = self._files.get(str(path))
        if row and row[:3] == (info.st_size, info.st_mtime_ns, info.st_ino):
            return row[3]
        return None

    def restore_tables(self) -> bool:
        """Offer the saved fold and script tables, if any fit this code, to
        :mod:`reader.core.foldtable`, which takes them when it is first used
        (so numpy is not imported before it is needed)."""
        global _saved_tables
        if "reader.core.foldtable" in sys.modules and sys.modules["reader.core.foldtable"].built():
            return True
        rows = self._query("SELECT data FROM tables WHERE fingerprint = ?", (self._fingerprint,))
        if rows:
            _saved_tables = rows[0][0]
        return bool(rows)

    # -- writing ---------------------------------------------------------

    def remember_file(self, path: Path, info: os.stat_result, digest: str, read_ns: int | None = None) -> None:
        """Keep the file's stat and digest (``read_ns``: when its bytes were
        read, if not just now: a stat that recent is not trusted)."""
        key = str(path)
        if self._files is not None and self._files.get(key) == (info.st_size, info.st_mtime_ns, info.st_ino, digest):
            return
        size = info.st_size
        if (time.time_ns() if read_ns is None else read_ns) - info.st_mtime_ns < RACY_NS:
            # It may still change within the same mtime: hash it next time
            # (the row still says its article is in use).
            size = -1
        self._pending_files.append((key, size, info.st_mtime_ns, info.st_ino, digest))
        self._maybe_flush()

    def store(self, article: Article, context: str) -> None:
        if not article.digest:
            return
        self._pending_articles.append(
            (
                article.digest,
                self._fingerprint,
                context,
                article.title,
                article.text,
                article.paragraph_starts.tobytes(),
                article.script.value,
                article.source,
                article.author,
                article.date,
                extra_json(article),
                *article.text_sums,
            )
        )
        self._maybe_flush()

    def hold_writes(self, held: bool = True) -> None:
        """Keep the rows stored from now on in memory until :meth:`flush`
        (or :meth:`close`) instead of writing them every BATCH_SECONDS: a
        cold load writes them once its search index is built, not while the
        user waits for it. The same rows either way; ``held=False`` writes in
        batches again."""
        self._held = held

    @property
    def holding(self) -> bool:
        """Whether writes are held (:meth:`hold_writes`)."""
        return self._held

    def later(self, work: Callable[[], object], chars: int) -> bool:
        """Run ``work`` (which stores rows) at the next :meth:`flush` if
        writes are held and the texts held for such work stay within
        HELD_CHARS with its ``chars``; False if it is to be done now."""
        if not self._held or self._held_chars + chars > HELD_CHARS:
            return False
        self._held_work.append(work)
        self._held_chars += chars
        return True

    def _maybe_flush(self) -> None:
        pending = len(self._pending_files) + len(self._pending_articles) + len(self._pending_lines)
        if self._held:
            if pending >= HELD_ROWS:
                self.flush()
            return
        if pending >= BATCH_ROWS or time.monotonic() - self._last_write >= BATCH_SECONDS:
            self.flush()

    def flush(self) -> None:
        held, self._held_work, self._held_chars = self._held_work, [], 0
        for work in held:
            work()
        self._last_write = time.monotonic()
        files, articles, lines = self._pending_files, self._pending_articles, self._pending_lines
        self._pending_files, self._pending_articles, self._pending_lines = [], [], []
        # (rows held for a while go in several short transactions: another
        # instance never waits for one as long as the whole)
        for at in range(0, max(len(files), len(articles), len(lines)), HELD_BATCH_ROWS):
            if self.broken:
                return
            end = at + HELD_BATCH_ROWS
            self._write(partial(_insert_rows, files=files[at:end], articles=articles[at:end], lines=lines[at:end]))

    def close(self) -> None:
        """Write what is pending, save the tables, drop entries nothing uses."""
        if self._closed:
            return
        self._closed = True
        # Tables are saved only if this process built them (never imported here).
        foldtable = sys.modules.get("reader.core.foldtable")
        self.flush()
        if not self.broken and self._wrote:
            fingerprint = self._fingerprint

            def tidy(db: sqlite3.Connection) -> None:
                db.execute("DELETE FROM articles WHERE fingerprint != ?", (fingerprint,))
                db.execute("DELETE FROM articles WHERE digest NOT IN (SELECT digest FROM files)")
                db.execute("DELETE FROM lines WHERE fingerprint != ?", (fingerprint,))
                db.execute("DELETE FROM lines WHERE digest NOT IN (SELECT digest FROM files)")
                db.execute("DELETE FROM tables WHERE fingerprint != ?", (fingerprint,))
                db.execute("DELETE FROM listings WHERE fingerprint != ?", (fingerprint,))

            self._write(tidy)
        if not self.broken and foldtable is not None and foldtable.built():
            # Saved again when this process learned more code points.
            data = foldtable.export()
            have = self._query("SELECT length(data) FROM tables WHERE fingerprint = ?", (self._fingerprint,))
            if have is not None and (not have or have[0][0] < len(data)):
                self._write(
                    lambda db: db.execute("INSERT OR REPLACE INTO tables VALUES (?, ?)", (self._fingerprint, data))
                )
        with contextlib.suppress(sqlite3.Error):
            self._db.close()
        if self._damaged:
            # A damaged file would fail every later start the same way; the
            # next one starts a new cache (another instance reading it now
            # was failing on it too).
            discard(self.path)

    def __enter__(self) -> ArticleCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing --------------------------------------------------------

    def _query(self, sql: str, args: tuple[object, ...] = ()) -> list[tuple[Any, ...]] | None:
        if self.broken:
            return None
        try:
            return self._db.execute(sql, args).fetchall()
        except sqlite3.OperationalError:
            return None  # locked or busy: this time, load without the cache
        except sqlite3.DatabaseError as exc:
            self._fail(f"is damaged ({exc})", damaged=True)
            return None

    def _write(self, work: Callable[[sqlite3.Connection], object]) -> None:
        try:
            transaction(self._db, work)
            self._wrote = True
        except sqlite3.OperationalError:
            pass  # another instance holds the lock, or the disk is full: skip
        except sqlite3.DatabaseError as exc:
            self._fail(f"is damaged ({exc})", damaged=True)

    def _fail(self, reason: str, damaged: bool = False) -> None:
        if not self.broken:
            self.broken = True
            then = "discarding it" if damaged else "loading the rest without it"
            self._warn(f"article cache {self.path} {reason}; {then}")
        self._damaged = self._damaged or damaged


__all__ = [
    "BUSY_MS",
    "FILE_NAME",
    "PAGE_SIZE",
    "SCHEMA",
    "ArticleCache",
    "TextGone",
    "cache_file",
    "content_digest",
    "context_digest",
    "loading_fingerprint",
    "loading_modules",
    "read_text",
]
