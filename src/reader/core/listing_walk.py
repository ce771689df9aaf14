"""The files a corpus is loaded from, with their stats, taken before a load:
a listing (:mod:`reader.core.cache_listing`) saved with them is trusted
while a later walk finds the same."""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

# A file whose mtime is this close to the moment it was hashed may still be
# changing within one mtime tick: its stat is not trusted next time.
RACY_NS = 2_000_000_000


class Walk:
    """The files the corpus under ``paths`` is loaded from, with their stats,
    taken before loading (a file changed after is newer than its entry): a
    listing saved with them is trusted while a walk finds the same."""

    def __init__(self, paths: Iterable[Path | str]) -> None:
        from reader.core.folder_walk import _entries

        now = time.time_ns()
        entries: list[list[Any]] = []
        # A file changed too recently for its mtime to tell a later change.
        self.racy = False
        for given in paths:
            # (as loading walks them, folder_walk._groups: names, not paths)
            root = Path(given)
            if root.is_dir():
                entries.append([str(root)])
                found: Iterable[tuple[os.DirEntry[str] | None, str, str | None]] = (
                    (entry, entry.path, reason) for entry, reason in _entries(root)
                )
            else:
                entries.append([str(root.parent)])
                found = [(None, str(root), None)]
            for entry, name, reason in found:
                if reason is not None:
                    entries.append([name, reason])
                    continue
                try:
                    info = entry.stat() if entry is not None else os.stat(name)
                except OSError as exc:
                    entries.append([name, exc.errno or 0])
                    continue
                entries.append([name, info.st_size, info.st_mtime_ns, info.st_ino, info.st_dev, info.st_mode])
                self.racy = self.racy or now - info.st_mtime_ns < RACY_NS
        self.entries = entries


__all__ = ["RACY_NS", "Walk"]
