"""The search index's block signatures, kept between runs in one SQLite file.

Building the index is mostly hashing every character pair of the corpus into
the block filter (:mod:`reader.core.blockfilter`); on a warm start the texts
are the same as last time, so the filter is too. It is stored under a key
made of every indexed text (length and CRC, in order), the fold table and a
fingerprint of the filter's code (see ``reader.core.search._content_key``),
so a changed, added or removed article, or new filter code, is a miss and the
index is built and saved again. The folded texts are stored with it (reading
them back is several times faster than folding); block offsets follow from
the text lengths.

The filter's words (tens of megabytes; hundreds at 20,000 articles) are a
file of their own beside the database, one per entry, named by its key and
checked by its size, mtime and inode recorded in the entry. A restored
filter maps that file read-only instead of reading it: a search reads a few
of its pages, so only those are ever in the process's memory. Each file is
written under a temporary name and renamed into place; a file no entry
names is removed by the next save.

The file sits beside the article cache in the user cache folder, in WAL
mode, so two instances never corrupt it; a writer that finds it locked
skips the write. A file that is not this cache is discarded with one warning.
Only the few most recently used corpora are kept.

Large corpora's tantivy indexes are folders beside this file
(:mod:`reader.core.tantivy_folders`).
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
import sqlite3
import sys
import tempfile
import time
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core import paths, sqlite_files
from reader.core.tantivy_folders import TANTIVY_DIR, TantivyFolders

if TYPE_CHECKING:
    from reader.core.blockfilter import FileWords

SCHEMA = f"reader-search-cache/3/{sys.byteorder}"
FILE_NAME = "search.sqlite3"
# Corpora whose filters are kept (the least recently used go first), and
# how stale a filter's time of use may get before a load writes it anew.
KEEP = 3
USED_EVERY = 3600.0
# A words file no entry names is removed once it is this old (younger, it
# may be another instance's, whose entry is being written).
ORPHAN_SECONDS = 60.0
WORDS_SUFFIX = ".words"

_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- words: the stat (size, mtime_ns, inode) of the file holding the filter's
-- words, as text; folded: every folded text, UTF-16-LE one after another;
-- ends: where each ends in it (native 8-byte integers).
CREATE TABLE IF NOT EXISTS filters (
    key TEXT PRIMARY KEY, blocks INTEGER NOT NULL, words TEXT NOT NULL, used REAL NOT NULL,
    folded BLOB NOT NULL, ends BLOB NOT NULL);
"""


def cache_file() -> Path:
    return paths.cache_dir() / FILE_NAME


@cache
def filter_fingerprint() -> str:
    """Changes when the code that fills the filter (or Python's Unicode
    data, which folds characters outside the BMP) changes."""
    from reader.core import blockfilter

    digest = hashlib.sha256(SCHEMA.encode())
    digest.update(Path(blockfilter.__file__).read_bytes())
    digest.update(sys.version.encode())
    return digest.hexdigest()[:24]


@cache
def tantivy_fingerprint() -> str:
    """Changes when what the tantivy engine writes into its index changes
    (its schema, how a text becomes tokens), not when only its searching
    does."""
    from reader.core import tantivy_index

    digest = hashlib.sha256(SCHEMA.encode())
    digest.update(tantivy_index.index_fingerprint().encode())
    return digest.hexdigest()[:24]


def _warn_stderr(message: str) -> None:
    print(f"reader: warning: {message}", file=sys.stderr)


@dataclass(frozen=True, slots=True)
class Saved:
    """A saved index: its filter (``blocks`` blocks, the words as
    :meth:`BlockFilter.export` gave them: the words file, read a row at a
    time, or b"" for no blocks) and each text folded, in order."""

    blocks: int
    words: bytes | FileWords
    folded: list[str]


class IndexStore:
    """One open search cache. Use from one thread at a time."""

    def __init__(self, connection: sqlite3.Connection, path: Path, warn: Callable[[str], None] = _warn_stderr) -> None:
        self._db = connection
        self.path = path
        self.warn = warn

    @classmethod
    def open(cls, path: Path | None = None, warn: Callable[[str], None] = _warn_stderr) -> IndexStore | None:
        """The cache at ``path`` (default: the user cache folder), created if
        absent; None, after one warning, if it cannot be used."""
        path = path or cache_file()
        return sqlite_files.open_cache(
            path, lambda p: cls(_connect(p), p, warn), "search cache", "building the index without it", warn
        )

    def load(self, key: str) -> Saved | None:
        """What was saved under ``key``, or None."""
        try:
            row = self._db.execute(
                "SELECT rowid, blocks, used, ends, words FROM filters WHERE key = ?", (key,)
            ).fetchone()
            if row is None:
                return None
            rowid, blocks, used, ends_blob, stat = row
            words = self._words(key, stat, blocks)
            if words is None:
                return None
            ends = array("q")
            ends.frombytes(ends_blob)
            folded = []
            # Read as blobs: a SELECT of the column copies megabytes through
            # SQLite's row values, ten times slower.
            with self._db.blobopen("filters", "folded", rowid, readonly=True) as blob:
                at = 0
                for end in ends:
                    folded.append(blob.read(end - at).decode("utf-16-le", "surrogatepass"))
                    at = end
        except (sqlite3.Error, ValueError, TypeError, UnicodeDecodeError):
            return None
        if not isinstance(used, float) or time.time() - used > USED_EVERY:
            self._write(lambda db: db.execute("UPDATE filters SET used = ? WHERE key = ?", (time.time(), key)))
        return Saved(blocks, words, folded) if isinstance(blocks, int) else None

    def words_path(self, key: str) -> Path:
        return self.path.with_name(f"{self.path.name}-{key}{WORDS_SUFFIX}")

    def load_filter(self, key: str) -> tuple[int, bytes | FileWords] | None:
        """Only the filter saved under ``key`` (blocks, words), or None."""
        try:
            row = self._db.execute("SELECT blocks, words FROM filters WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            return None
        if row is None or not isinstance(row[0], int):
            return None
        words = self._words(key, row[1], row[0])
        return None if words is None else (row[0], words)

    def _words(self, key: str, stat: object, blocks: object) -> bytes | FileWords | None:
        """The words file of ``key``, read a row at a time when searched
        (``FileWords``), if it is the very file the entry recorded (else
        None: it was damaged or replaced)."""
        if not blocks:
            return b""
        from reader.core.blockfilter import FileWords

        try:
            file = open(self.words_path(key), "rb")  # noqa: SIM115 (FileWords owns it)
        except OSError:
            return None
        try:
            info = os.fstat(file.fileno())
            if stat != _stat_text(info) or not info.st_size:
                file.close()
                return None
            return FileWords(file)
        except (OSError, ValueError):
            file.close()
            return None

    def save(self, key: str, blocks: int, words: Iterable[bytes | memoryview], folded: list[str]) -> None:
        """Save the index of ``key``: its filter of ``blocks`` blocks (the
        words in pieces, as :meth:`BlockFilter.export_chunks` gives them)
        and its folded texts."""
        stat = self._write_words(key, words) if blocks else ""
        if stat is None:
            return
        # Encoded twice (sized, then written), never all at once.
        sizes = [len(text.encode("utf-16-le", "surrogatepass")) for text in folded]
        ends = array("q", itertools.accumulate(sizes, initial=0))[1:]
        row = (key, blocks, stat, time.time(), sum(sizes), ends.tobytes())

        def put(db: sqlite3.Connection) -> None:
            cursor = db.execute("INSERT OR REPLACE INTO filters VALUES (?, ?, ?, ?, zeroblob(?), ?)", row)
            # Written text by text: never all the folded texts encoded at once.
            with db.blobopen("filters", "folded", cursor.lastrowid or 0) as blob:
                for text in folded:
                    blob.write(text.encode("utf-16-le", "surrogatepass"))
            db.execute(
                "DELETE FROM filters WHERE key NOT IN (SELECT key FROM filters ORDER BY used DESC LIMIT ?)", (KEEP,)
            )
            # (corpus listings were kept here once; the article cache keeps the one listing now)
            db.execute("DROP TABLE IF EXISTS listings")

        self._write(put)
        self._remove_orphans()

    def _write_words(self, key: str, words: Iterable[bytes | memoryview]) -> str | None:
        """Write the words file of ``key`` (under a temporary name, then
        renamed into place); its stat as the entry records it, or None."""
        target = self.words_path(key)
        try:
            fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
            try:
                with os.fdopen(fd, "wb") as file:
                    for chunk in words:
                        file.write(chunk)
                    file.flush()
                    info = os.fstat(file.fileno())
                os.replace(temp, target)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temp)
                raise
        except OSError:
            return None  # a full disk or a read-only folder: the cache is only a shortcut
        return _stat_text(info)

    def _remove_orphans(self) -> None:
        """Remove the words files no entry names (old enough not to be
        another instance's, about to be named)."""
        try:
            keys = {row[0] for row in self._db.execute("SELECT key FROM filters")}
        except sqlite3.Error:
            return
        prefix = f"{self.path.name}-"
        with contextlib.suppress(OSError):
            for entry in os.scandir(self.path.parent):
                name = entry.name
                if name.startswith(".") and name.startswith(f".{prefix}"):
                    key = None  # a temporary file left by a crash
                elif name.startswith(prefix) and name.endswith(WORDS_SUFFIX):
                    key = name[len(prefix) : -len(WORDS_SUFFIX)]
                else:
                    continue
                if key not in keys:
                    with contextlib.suppress(OSError):
                        if time.time() - entry.stat().st_mtime > ORPHAN_SECONDS:
                            os.unlink(entry.path)

    @property
    def tantivy(self) -> TantivyFolders:
        """The tantivy indexes kept beside this file."""
        return TantivyFolders(self.path.parent / TANTIVY_DIR, self.warn)

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._db.close()

    def __enter__(self) -> IndexStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _write(self, work: Callable[[sqlite3.Connection], object]) -> None:
        # Locked by another instance, disk full, damaged: the cache is only a shortcut.
        with contextlib.suppress(sqlite3.Error):
            sqlite_files.transaction(self._db, work)


def _stat_text(info: os.stat_result) -> str:
    return f"{info.st_size} {info.st_mtime_ns} {info.st_ino}"


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite_files.connect(path, _TABLES, SCHEMA, 65536)  # filters are megabytes each


__all__ = [
    "IndexStore",
    "Saved",
    "cache_file",
    "filter_fingerprint",
    "tantivy_fingerprint",
]
