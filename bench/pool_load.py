"""Cleaning a cold corpus on several cores: worker processes fill the
article cache, and loading then reads it as on a warm start.

Cleaning is pure (a file's article depends on its bytes, its name and its
folder's template), so the files the article cache does not hold can be
cleaned anywhere. Each worker opens the cache itself, cleans its share of
the files through :class:`~reader.core.cached_folder.CachedFolder` (the same
code, the same keys) and writes the articles there; nothing crosses back
but a count, so the calling process never unpickles an article (the UI
thread shares its GIL). The folder's template is counted first, once, here
(its line hashes are written to the cache, so the workers count it from
there without reading every file again).

A measurement, not part of the reader (``python -m bench.load ROOT 2``):
it measured 1.4-1.5 x the serial cold load on the shared two-core machine.
The reader's own way is :mod:`reader.core.cold_pool` (one helper process
cleaning from the back while the loader cleans from the front, started only
when a core is free; ``READER_COLD_HELPER=1`` forces it for measuring).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from reader.core.model import Skipped


def _misses(paths: Sequence[Path]) -> list[tuple[Path, list[Path | Skipped], list[str]]]:
    """(root, files, files to clean) of every folder with files the article
    cache lacks; their template's line hashes are written to the cache."""
    from reader.core.article_cache import ArticleCache
    from reader.core.cached_folder import CachedFolder
    from reader.core.folder_walk import _groups

    cache = ArticleCache.open()
    if cache is None:
        return []
    todo = []
    try:
        for root, files in _groups(paths):
            folder = CachedFolder(files, root, cache)
            keys: dict[str, tuple[str, str] | None] = {}
            for path in files:
                if not isinstance(path, Skipped):
                    digest, _ = folder._digest(path)
                    context = folder._key(path, digest)
                    keys[str(path)] = None if digest is None or context is None else (digest, context)
            held = cache.rows(key for key in keys.values() if key is not None)
            wanted = [name for name, key in keys.items() if key is None or key not in held]
            if wanted:
                todo.append((root, files, wanted))
    finally:
        cache.close()
    return todo


def _clean(root: Path, files: list[Path | Skipped], share: list[str]) -> int:
    """In a worker: clean ``share`` of the folder's files into the cache."""
    from reader.core.article_cache import ArticleCache
    from reader.core.cached_folder import CachedFolder

    cache = ArticleCache.open()
    if cache is None:
        return 0
    try:
        folder = CachedFolder(files, root, cache)
        for name in share:
            path = Path(name)
            try:
                folder.load(path, path.stat())
            except OSError:
                continue
    finally:
        cache.close()
    return len(share)


def fill_cache(paths: Sequence[Path], workers: int = 2) -> int:
    """Clean the files under ``paths`` the article cache lacks in ``workers``
    processes, into the cache; how many were cleaned."""
    todo = _misses(paths)
    if not todo:
        return 0
    jobs = []
    for root, files, wanted in todo:
        # Interleaved shares: the large files are spread, not dealt in a run.
        for k in range(workers):
            share = wanted[k::workers]
            if share:
                jobs.append((root, files, share))
    import multiprocessing

    context = multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = [pool.submit(_clean, *job) for job in jobs]
        return sum(f.result() for f in futures)


__all__ = ["fill_cache"]
