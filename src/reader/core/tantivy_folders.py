"""The tantivy indexes kept in the search cache: one folder per content key.

Large corpora are searched by tantivy (:mod:`reader.core.tantivy_search`),
whose index is a folder of files: those live beside the search cache's
SQLite file (:mod:`reader.core.search_cache`) in ``search-tantivy/``, one
folder per content key (every id, title and text, the fold table, tantivy's
version and the engine's code). A folder is built under a temporary name
and renamed into place when complete, so a reader never sees half an index
and two instances building at once each keep a whole one (the second finds
the first's and drops its own). The few most recently used are kept; one
that cannot be opened is discarded with one warning and built again. A
process building an index outside the app (``reader index``) holds the
key's :class:`~reader.core.builder_lock.BuilderLock`; a lock no one holds
is removed when the next index is saved.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from reader.core import paths
from reader.core.builder_lock import BuilderLock

TANTIVY_DIR = "search-tantivy"
# A build folder left this long is an abandoned build (its process died).
ABANDONED_AFTER = 6 * 3600.0
# Indexes kept (the least recently used go first), and how stale an
# index's time of use may get before opening it marks it anew.
KEEP = 3
USED_EVERY = 3600.0
LOCK_PREFIX = ".builder-"
LOCK_SUFFIX = ".lock"


def _warn_stderr(message: str) -> None:
    print(f"reader: warning: {message}", file=sys.stderr)


class TantivyFolders:
    """The tantivy indexes in the search cache: one complete folder per
    content key under ``root``. Holds no open file: usable from any thread."""

    def __init__(self, root: Path, warn: Callable[[str], None] = _warn_stderr) -> None:
        self.root = root
        self.warn = warn

    def folder(self, key: str) -> Path | None:
        """The complete tantivy index saved under ``key``, or None. Marks it
        as used (the least recently used go first)."""
        folder = self.root / key
        if not folder.is_dir():
            return None
        with contextlib.suppress(OSError):
            if time.time() - folder.stat().st_mtime > USED_EVERY:
                os.utime(folder)
        return folder

    @contextlib.contextmanager
    def build(self, key: str) -> Iterator[Path]:
        """A new empty folder to build the index of ``key`` in; moved into
        place if the block ends normally, else (an exception, a stopped
        build) removed. If another instance put one there first, that one
        is kept and this one removed."""
        root = self.root
        root.mkdir(parents=True, exist_ok=True)
        # (the process's id in the name: a folder whose process is gone is removed, see _prune)
        building = root / f".building-{key[:16]}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        building.mkdir()
        try:
            yield building
            try:
                os.rename(building, root / key)
            except OSError:  # already there (another instance), or no room
                return
            os.utime(root / key)
            self._prune(keep=key)
        finally:
            shutil.rmtree(building, ignore_errors=True)

    def builder_lock(self, key: str) -> BuilderLock:
        """The lock a process building the index of ``key`` outside the app
        holds (``reader index``), so that one builder at most works on a key."""
        return BuilderLock(self.root / f"{LOCK_PREFIX}{key}{LOCK_SUFFIX}")

    def builder_locks(self) -> list[BuilderLock]:
        """The builders' lock files here, held or not."""
        try:
            names = [p for p in self.root.iterdir() if p.name.startswith(LOCK_PREFIX) and p.name.endswith(LOCK_SUFFIX)]
        except OSError:
            return []
        return [BuilderLock(p) for p in names]

    def builders_running(self) -> bool:
        """Whether any process holds a builder's lock here now."""
        return any(lock.held_elsewhere() for lock in self.builder_locks())

    def prune_locks(self) -> None:
        """Remove the builders' lock files no process holds (a builder
        removes its own when done; one that was killed leaves it)."""
        for lock in self.builder_locks():
            lock.remove_if_free()

    def discard(self, key: str, reason: str) -> None:
        """Remove the index saved under ``key``, saying why once."""
        folder = self.root / key
        self.warn(f"search index {folder} was {reason}; discarded it and building a new one")
        shutil.rmtree(folder, ignore_errors=True)

    def _prune(self, keep: str) -> None:
        """Keep the ``KEEP`` most recently used indexes (``keep`` among them)
        and remove abandoned build folders and free builders' locks."""
        try:
            entries = [(p.stat().st_mtime, p) for p in self.root.iterdir() if p.is_dir()]
        except OSError:
            return
        now = time.time()
        done = sorted(((t, p) for t, p in entries if not p.name.startswith(".")), reverse=True)
        stale = [p for _t, p in done[KEEP:] if p.name != keep]
        stale += [
            p
            for t, p in entries
            if p.name.startswith(".building-") and (now - t > ABANDONED_AFTER or _builder_gone(p.name))
        ]
        for path in stale:
            shutil.rmtree(path, ignore_errors=True)
        self.prune_locks()


def _builder_gone(name: str) -> bool:
    """Whether the process that named a build folder ``name``
    (``.building-KEY-PID-RANDOM``) has ended: an app that quit while its
    build ran (the build goes on in ``reader index``) leaves its folder."""
    parts = name.split("-")
    if len(parts) != 4 or not parts[2].isdigit():
        return False  # (named by older code: left to ABANDONED_AFTER)
    pid = int(parts[2])
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def tantivy_folders() -> TantivyFolders:
    """The tantivy indexes in the user cache folder's search cache."""
    return TantivyFolders(paths.cache_dir() / TANTIVY_DIR)


__all__ = ["ABANDONED_AFTER", "KEEP", "TANTIVY_DIR", "TantivyFolders", "tantivy_folders"]
