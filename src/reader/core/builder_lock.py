"""An advisory lock (``flock``) on a file, held by one process at a time:
one builder of a search index at most (``reader index``, see
:mod:`reader.session.index_builder`)."""

from __future__ import annotations

import os
from pathlib import Path


class BuilderLock:
    """An advisory lock (``flock``) on a file in the search cache: held by
    one process at a time, released by the system when that process ends,
    however it ends (so a killed builder never leaves it held). The file
    itself stays: removing it would let two processes lock two files."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock if no one holds it; whether it is now held."""
        import fcntl

        if self._fd is not None:
            return True
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

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

    def held_elsewhere(self) -> bool:
        """Whether another process (or another open of the file) holds it."""
        if self._fd is not None:
            return False
        if not self.path.exists():
            return False
        if self.acquire():
            self.release()
            return False
        return True

    def __enter__(self) -> BuilderLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


__all__ = ["BuilderLock"]
