"""An advisory lock (``flock``) on a file, held by one process at a time:
one builder of a search index at most (``reader index``, see
:mod:`reader.session.index_builder`)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

# Tries at taking a lock whose file another process removed meanwhile.
TRIES = 5


class BuilderLock:
    """An advisory lock (``flock``) on a file in the search cache: held by
    one process at a time, released by the system when that process ends,
    however it ends (so a killed builder never leaves it held).

    The file is removed only by a process holding the lock (:meth:`remove`,
    :meth:`remove_if_free`), and a process that takes the lock checks that
    the file it locked is still the one at the path (else it locked a
    removed file, and tries again): so two processes never hold "the" lock
    through two files."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock if no one holds it; whether it is now held."""
        if self._fd is not None:
            return True
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return False
        for _ in range(TRIES):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError:
                return False
            match _locked(fd, self.path):
                case True:
                    self._fd = fd
                    return True
                case False:
                    return False
            # (None: the file was removed between its open and its lock)
        return False

    @property
    def fd(self) -> int | None:
        """The open file holding the lock (None: not held): a child process
        given it (``pass_fds``) holds the lock with this one, and on after
        this one ends."""
        return self._fd

    @classmethod
    def adopt(cls, path: Path, fd: int) -> BuilderLock:
        """The lock held through ``fd``, passed down by the process that took it."""
        lock = cls(path)
        lock._fd = fd
        return lock

    def release(self) -> None:
        # Closed, never unlocked (LOCK_UN): a child given the same open file
        # goes on holding it.
        if self._fd is not None:
            os.close(self._fd)  # (closing releases the flock)
            self._fd = None

    def remove(self) -> None:
        """Remove the file and release the lock (held: else nothing): for
        the process that is done with the key."""
        if self._fd is not None:
            with contextlib.suppress(OSError):
                if _same_file(self._fd, self.path):
                    os.unlink(self.path)
        self.release()

    def held_elsewhere(self) -> bool:
        """Whether another process (or another open of the file) holds it."""
        if self._fd is not None:
            return False
        try:
            fd = os.open(self.path, os.O_RDWR)  # (never made here: a removed lock is free)
        except OSError:
            return False
        locked = _locked(fd, self.path)
        if locked:
            os.close(fd)  # (else closed already)
        return locked is False

    def remove_if_free(self) -> bool:
        """Remove the file unless a process holds the lock; whether it is gone."""
        try:
            fd = os.open(self.path, os.O_RDWR)
        except FileNotFoundError:
            return True
        except OSError:
            return False
        if not _locked(fd, self.path):  # (held, or replaced meanwhile: closed)
            return False
        try:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.path)
        finally:
            os.close(fd)
        return True

    def __enter__(self) -> BuilderLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _locked(fd: int, path: Path) -> bool | None:
    """Lock ``fd`` (open on ``path``) without waiting: True if locked and
    still the file at ``path``; False (closed) if another holds it; None
    (closed) if the file was removed or replaced meanwhile."""
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return False
    if not _same_file(fd, path):
        os.close(fd)
        return None
    return True


def _same_file(fd: int, path: Path) -> bool:
    try:
        here, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


__all__ = ["BuilderLock"]
