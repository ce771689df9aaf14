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
folder's template, so a warm start counts a folder's template without
reading its files (see ``reader.core.corpus``).

A second table remembers each file's size, mtime and inode with its hash,
so a warm start stats files and reads and hashes only those that changed.
The fold and script tables (:mod:`reader.core.foldtable`) are stored too, so
a warm start never builds OpenCC.

The file lives in the user cache folder (``READER_CACHE_DIR`` overrides it).
It is written in WAL mode in short transactions, so two readers running at
once never corrupt it; a writer that finds the file locked for too long
skips that write (the cache is only ever a shortcut). A file that is not a
database, or another program's database, is discarded with one warning.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import re
import sqlite3
import sys
import time
from array import array
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from reader.core import paths
from reader.core.model import Article, Paragraphs
from reader.core.script import Script

# The stored layout; bump when it changes. Byte order is part of it, as the
# paragraph starts are stored as native 8-byte integers.
SCHEMA = f"reader-article-cache/4/{sys.byteorder}"
FILE_NAME = "articles.sqlite3"
# How long a writer waits for another instance's transaction.
BUSY_MS = 2000
# Rows are written in transactions of at most this many, or this often.
BATCH_ROWS = 200
BATCH_SECONDS = 0.5
PAGE_SIZE = 16384
# A file whose mtime is this close to the moment it was hashed may still be
# changing within one mtime tick: its stat is not trusted next time.
RACY_NS = 2_000_000_000

_ROOT_MODULE = "reader.core.corpus"

_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, ino INTEGER, digest TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS files_digest ON files (digest);
CREATE TABLE IF NOT EXISTS articles (
    digest TEXT NOT NULL, fingerprint TEXT NOT NULL, context TEXT NOT NULL,
    title TEXT NOT NULL, body TEXT NOT NULL, starts BLOB NOT NULL, script TEXT NOT NULL,
    source TEXT, author TEXT, date TEXT, extra TEXT NOT NULL);
-- Rows are articles, kilobytes each: a rowid table with the key in an index
-- of its own (a WITHOUT ROWID table would carry the bodies in its key b-tree).
CREATE UNIQUE INDEX IF NOT EXISTS articles_key ON articles (digest, fingerprint, context);
CREATE TABLE IF NOT EXISTS tables (fingerprint TEXT PRIMARY KEY, data BLOB NOT NULL);
-- Per file content: 64-bit hashes of its template-candidate lines (counted
-- for the folder's template) and of the lines cleaning looks up (probed),
-- sorted native 8-byte integers. plain: read as text (1) or as a web page (0).
CREATE TABLE IF NOT EXISTS lines (
    digest TEXT NOT NULL, fingerprint TEXT NOT NULL, plain INTEGER NOT NULL,
    counted BLOB NOT NULL, probed BLOB NOT NULL, PRIMARY KEY (digest, fingerprint, plain));
"""


def cache_file() -> Path:
    return paths.cache_dir() / FILE_NAME


def content_digest(data: bytes) -> str:
    """The hash articles are keyed by (also ``Article.digest``)."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def context_digest(lines: object) -> str:
    """A digest of the input cleaning gets beside the file (e.g. a folder's
    template lines); empty for none. Sets are digested in sorted order."""
    if not lines:
        return ""
    items = sorted(lines) if isinstance(lines, (set, frozenset)) else list(lines)  # type: ignore[call-overload]
    digest = hashlib.blake2b(digest_size=16)
    for item in items:
        digest.update(str(item).encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


# --------------------------------------------------------------------------
# The fingerprint of the loading code.

_FROM = re.compile(r"^\s*from\s+(reader(?:\.\w+)*)\s+import\s+(\([^)]*\)|[^\n]+)", re.M)
_IMPORT = re.compile(r"^\s*import\s+([\w.]+(?:\s*,\s*[\w.]+)*)", re.M)
_OTHER_FROM = re.compile(r"^\s*from\s+(\w+)[\w.]*\s+import\s", re.M)
_NAME = re.compile(r"\w+")


def _module_file(name: str, root: Path) -> Path | None:
    parts = name.split(".")[1:]
    base = root.joinpath(*parts)
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def loading_modules(start: str = _ROOT_MODULE) -> tuple[dict[str, Path], set[str]]:
    """Every ``reader`` module that ``start`` imports, directly or not (by
    reading their source, imports inside functions included), and the
    top-level names of the other libraries they import."""
    import reader

    root = Path(reader.__file__).parent
    found: dict[str, Path] = {}
    libraries: set[str] = set()
    pending = [start]
    while pending:
        name = pending.pop()
        if name in found:
            continue
        path = _module_file(name, root)
        if path is None:
            continue
        found[name] = path
        source = path.read_text("utf-8")
        for package, names in _FROM.findall(source):
            pending.append(package)
            # ``from reader.core import cleaning`` names a module.
            pending.extend(f"{package}.{n}" for n in _NAME.findall(names) if n != "as")
        for group in _IMPORT.findall(source):
            for module in re.split(r"\s*,\s*", group):
                (pending.append(module) if module.startswith("reader.") else libraries.add(module.split(".")[0]))
        libraries.update(m for m in _OTHER_FROM.findall(source) if m != "reader")
    libraries -= set(sys.stdlib_module_names) | {"__future__", "reader"}
    return found, libraries


def _version(library: str) -> str:
    """The installed version of a library, from its dist-info folder's name
    (what importlib.metadata would read, without its start-up cost)."""
    from importlib.util import find_spec

    try:
        spec = find_spec(library)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.origin:
        return "?"
    origin = Path(spec.origin)
    site = origin.parent.parent if origin.name == "__init__.py" else origin.parent
    wanted = re.sub(r"[-_.]+", "_", library).lower()
    try:
        for entry in os.scandir(site):
            name, _, version = entry.name.removesuffix(".dist-info").partition("-")
            if entry.name.endswith(".dist-info") and re.sub(r"[-_.]+", "_", name).lower() == wanted:
                return version
    except OSError:
        pass
    return f"?{origin.stat().st_mtime_ns if origin.exists() else ''}"


@cache
def loading_fingerprint() -> str:
    """Changes whenever the source of a module loading depends on changes,
    or the version of a library it imports."""
    modules, libraries = loading_modules()
    digest = hashlib.sha256(SCHEMA.encode())
    for name in sorted(modules):
        digest.update(name.encode() + b"\0" + modules[name].read_bytes() + b"\0")
    for library in sorted(libraries):
        digest.update(f"{library}={_version(library)}\0".encode())
    return digest.hexdigest()[:24]


# --------------------------------------------------------------------------


# Tables read from a cache, until foldtable takes them (see take_saved_tables).
_saved_tables: bytes | None = None


def take_saved_tables() -> bytes | None:
    """The fold and script tables a cache offered, once."""
    global _saved_tables
    data, _saved_tables = _saved_tables, None
    return data


def _warn_stderr(message: str) -> None:
    print(f"reader: warning: {message}", file=sys.stderr)


class ArticleCache:
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
        self._wrote = False
        self.broken = False
        self._closed = False
        self._damaged = False
        self.hits = self.misses = 0

    # -- opening ---------------------------------------------------------

    @classmethod
    def open(cls, path: Path | None = None, warn: Callable[[str], None] = _warn_stderr) -> ArticleCache | None:
        """The cache at ``path`` (default: the user cache folder), created if
        absent; None, after one warning, if it cannot be used at all."""
        path = path or cache_file()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            warn(f"article cache unavailable ({exc.strerror or exc}); loading without it")
            return None
        for attempt in (1, 2):
            try:
                return cls(_connect(path), path, warn)
            except _Foreign as exc:
                reason = str(exc)
            except sqlite3.DatabaseError as exc:
                reason = f"unreadable ({exc})"
            except OSError as exc:
                reason = f"unreadable ({exc.strerror or exc})"
            if attempt == 1:
                if not _discard(path):
                    break
                warn(f"article cache {path} was {reason}; discarded it and starting a new one")
        warn(f"article cache {path} cannot be used ({reason}); loading without it")
        return None

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

    def article(self, digest: str, context: str, article_id: str, path: Path) -> Article | None:
        """The article cached for these bytes and cleaning input, or None."""
        rows = self._query(
            "SELECT title, body, starts, script, source, author, date, extra FROM articles "
            "WHERE digest = ? AND fingerprint = ? AND context = ?",
            (digest, self._fingerprint, context),
        )
        if not rows:
            self.misses += 1
            return None
        title, body, blob, script, source, author, date, extra = rows[0]
        try:
            starts = array("q")
            starts.frombytes(blob)
            article = Article(
                id=article_id,
                path=path,
                title=title,
                paragraphs=Paragraphs(body, starts),
                script=Script(script),
                source=source,
                author=author,
                date=date,
                digest=digest,
                **_extra_fields(extra),
            )
        except (ValueError, TypeError, AttributeError) as exc:
            self._fail(f"holds a bad entry ({exc})", damaged=True)
            return None
        self.hits += 1
        return article

    def line_hashes(self, digest: str, plain: bool) -> tuple[array[int], array[int]] | None:
        """The stored (counted, probed) line hashes of these bytes, or None."""
        if self._lines is None:
            self._lines = {}
            sql = "SELECT digest, plain, counted, probed FROM lines WHERE fingerprint = ?"
            rows = self._query(sql, (self._fingerprint,))
            for d, p, counted, probed in rows or ():
                pair = array("Q"), array("Q")
                try:
                    pair[0].frombytes(counted)
                    pair[1].frombytes(probed)
                except (ValueError, TypeError):
                    continue  # a bad row: counted again
                self._lines[(d, bool(p))] = pair
        return self._lines.get((digest, plain))

    def store_lines(self, digest: str, plain: bool, counted: array[int], probed: array[int]) -> None:
        if self._lines is not None:
            self._lines[(digest, plain)] = (counted, probed)
        self._pending_lines.append((digest, self._fingerprint, int(plain), counted.tobytes(), probed.tobytes()))
        self._maybe_flush()

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

    def remember_file(self, path: Path, info: os.stat_result, digest: str) -> None:
        key = str(path)
        if self._files is not None and self._files.get(key) == (info.st_size, info.st_mtime_ns, info.st_ino, digest):
            return
        size = info.st_size
        if time.time_ns() - info.st_mtime_ns < RACY_NS:
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
                _extra_json(article),
            )
        )
        self._maybe_flush()

    def _maybe_flush(self) -> None:
        pending = len(self._pending_files) + len(self._pending_articles) + len(self._pending_lines)
        if pending >= BATCH_ROWS or time.monotonic() - self._last_write >= BATCH_SECONDS:
            self.flush()

    def flush(self) -> None:
        self._last_write = time.monotonic()
        files, articles, lines = self._pending_files, self._pending_articles, self._pending_lines
        self._pending_files, self._pending_articles, self._pending_lines = [], [], []
        if self.broken or not (files or articles or lines):
            return
        self._write(
            lambda db: (
                db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)", files),
                db.executemany("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", articles),
                db.executemany("INSERT OR REPLACE INTO lines VALUES (?, ?, ?, ?, ?)", lines),
            )
        )

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
            _discard(self.path)

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
            self._db.execute("BEGIN IMMEDIATE")
            try:
                work(self._db)
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
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


class _Foreign(Exception):
    """The file is a database, but not this cache."""


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=BUSY_MS / 1000, isolation_level=None, check_same_thread=False)
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
        # Larger pages: an article of a few kilobytes spans fewer of them.
        # Only takes effect while the file is new (before WAL is set).
        db.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        names = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not names:
            # One transaction: another instance never sees the tables without
            # the schema row (and would take the file for a foreign one).
            db.executescript(
                f"BEGIN IMMEDIATE; {_TABLES} INSERT OR IGNORE INTO meta VALUES ('schema', '{SCHEMA}'); COMMIT;"
            )
            names = {"meta"}
        if "meta" not in names:
            raise _Foreign("another program's database")
        row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if row is None or row[0] != SCHEMA:
            raise _Foreign(f"written in another format ({row[0] if row else 'unknown'})")
        return db
    except BaseException:
        db.close()
        raise


def _discard(path: Path) -> bool:
    """Remove a cache file and its WAL companions; False if it cannot be."""
    try:
        for suffix in ("", "-wal", "-shm"):
            candidate = path.with_name(path.name + suffix)
            if candidate.is_dir() and not candidate.is_symlink():
                return False
            candidate.unlink(missing_ok=True)
    except OSError:
        return False
    return True


# Article fields with columns of their own (or given by the caller); every
# other field travels in the row's JSON ``extra``, so a field added to
# Article is cached without a schema change here.
_COLUMNS = frozenset({"id", "path", "title", "paragraphs", "script", "source", "author", "date", "digest"})


def _extra_json(article: Article) -> str:
    extra = {f.name: getattr(article, f.name) for f in dataclasses.fields(article) if f.name not in _COLUMNS}
    return json.dumps(extra, ensure_ascii=False)


def _tuples(value: object) -> object:
    """JSON lists back to the tuples Article holds."""
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


def _extra_fields(extra: str) -> dict[str, Any]:
    known = {f.name for f in dataclasses.fields(Article)}
    loaded = json.loads(extra)
    if not isinstance(loaded, dict):
        raise ValueError("extra is not an object")
    return {k: _tuples(v) for k, v in loaded.items() if k in known}


__all__ = ["ArticleCache", "cache_file", "content_digest", "context_digest", "loading_fingerprint"]
