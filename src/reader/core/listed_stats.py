"""The stat of every file of a list, taken while listing the folders that
hold them (``os.scandir``), for :class:`~reader.core.cached_folder.CachedFolder`."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from reader.core.model import Skipped


def listed_stats(files: list[Path | Skipped]) -> dict[str, os.stat_result]:
    """The stat of every file, by its path, taken while listing each folder
    that holds them (os.scandir), not by looking every path up again."""
    wanted: dict[str, set[str]] = {}
    for path in files:
        if not isinstance(path, Skipped):
            wanted.setdefault(os.path.dirname(path), set()).add(str(path))
    stats: dict[str, os.stat_result] = {}
    for folder, names in wanted.items():
        if len(names) < 2:
            continue  # one file: its own stat is as cheap
        try:
            with os.scandir(folder or ".") as entries:
                for entry in entries:
                    key = entry.path if folder else entry.name
                    if key in names:
                        with contextlib.suppress(OSError):
                            stats[key] = entry.stat()
        except OSError:
            continue  # stat each file on its own
    return stats


__all__ = ["listed_stats"]
