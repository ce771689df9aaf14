"""The file of a cache kept in SQLite (the article cache, the search cache):
how it is opened (pragmas, its tables made in one transaction, a foreign
file or another format told apart, and discarded with one warning line
when it is not the cache: :func:`open_cache`) and how it is thrown away."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

# How long a writer waits for another instance's transaction (a batch of
# cleaned articles on a busy two-core machine can hold the lock for seconds).
BUSY_MS = 5000
# Tries at opening a file another instance is making (0.1 s, 0.2 s, …).
_OPEN_RETRIES = 5
_OPEN_PAUSE = 0.1


class Foreign(Exception):
    """The file is a database, but not this cache."""


def connect(path: Path, tables: str, schema: str, page_size: int) -> sqlite3.Connection:
    """``path`` opened in WAL mode with ``tables`` made if the file is new;
    :class:`Foreign` if it is another program's database or ``schema`` is
    not the one it was written in."""
    db = sqlite3.connect(path, timeout=BUSY_MS / 1000, isolation_level=None, check_same_thread=False)
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
        # Only takes effect while the file is new (before WAL is set).
        db.execute(f"PRAGMA page_size = {page_size}")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        names = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not names:
            # One transaction: another instance never sees the tables without
            # the schema row (and would take the file for a foreign one).
            db.executescript(
                f"BEGIN IMMEDIATE; {tables} INSERT OR IGNORE INTO meta VALUES ('schema', '{schema}'); COMMIT;"
            )
            names = {"meta"}
        if "meta" not in names:
            raise Foreign("another program's database")
        row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if row is None or row[0] != schema:
            raise Foreign(f"written in another format ({row[0] if row else 'unknown'})")
        return db
    except BaseException:
        db.close()
        raise


def open_cache(
    path: Path, opened: Callable[[Path], T], what: str, without: str, warn: Callable[[str], None]
) -> T | None:
    """``opened(path)`` (which connects to the file and wraps it), with the
    folder made first; None, after one warning line, if it cannot be used.

    A file that is not this cache (another program's database, another
    format, not a database at all) is discarded, said once, and a new one
    started; one locked by another instance for too long (or on a full
    disk) is left alone. ``what`` names the cache in the warning ("article
    cache") and ``without`` says what happens instead ("loading without it").
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        warn(f"{what} unavailable ({exc.strerror or exc}); {without}")
        return None
    reason = ""
    busy = 0
    attempt = 1
    while attempt <= 2:
        try:
            return opened(path)
        except Foreign as exc:
            reason = str(exc)
        except sqlite3.OperationalError as exc:
            # Two instances making the file at once: switching it to WAL
            # may fail at once, without waiting, while the other holds it.
            if busy < _OPEN_RETRIES and "locked" in str(exc):
                busy += 1
                time.sleep(_OPEN_PAUSE * busy)
                continue
            # Locked by another instance for too long, or no disk: not a
            # reason to throw the file (and what it holds) away.
            warn(f"{what} {path} unavailable ({exc}); {without}")
            return None
        except sqlite3.DatabaseError as exc:
            reason = f"unreadable ({exc})"
        except OSError as exc:
            reason = f"unreadable ({exc.strerror or exc})"
        if attempt == 1:
            if not discard(path):
                break
            warn(f"{what} {path} was {reason}; discarded it and starting a new one")
        attempt += 1
    warn(f"{what} {path} cannot be used ({reason}); {without}")
    return None


def transaction(db: sqlite3.Connection, work: Callable[[sqlite3.Connection], object]) -> None:
    """``work`` in one write transaction, rolled back if it fails; sqlite's
    errors (another instance holding the lock, a full disk) reach the caller."""
    db.execute("BEGIN IMMEDIATE")
    try:
        work(db)
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def discard(path: Path) -> bool:
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


__all__ = ["BUSY_MS", "Foreign", "connect", "discard", "open_cache", "transaction"]
