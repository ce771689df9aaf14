"""A cold folder's template counted on the second core while the app
starts (:mod:`reader.core.cold_pool`).

Before any file is cleaned, a cold load counts its folder's template: it
reads, decodes and splits every file (~0.45 s of one core at 2,000
articles), then imports the cleaning rules (~0.25 s), in series, while the
second core idles through the app's start. When the app finds no listing of
its paths (a cold start) and a core is idle (:func:`start`, in the opening
thread, before the first frame), the helper process is started at once and
counts the folder from the back (:func:`count_here`) while this process
draws its first frame; the loader imports the rules meanwhile, then counts
from the front, each file claimed first, until the two meet, and takes the
helper's files over with the texts it read (:meth:`EarlyCount._count_shared`),
each only if its stat is the one the helper read it with; what the helper
did not count (it died or lagged, or a file changed) is counted here. The
load then goes on as after a count of its own; the helper cleans from the
back as usual, with the texts it read.
"""

from __future__ import annotations

import json
import pickle
import threading
import time
from array import array
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.model import Skipped

if TYPE_CHECKING:
    import os

    from reader.core.article_cache import ArticleCache
    from reader.core.cached_folder import CachedFolder
    from reader.core.cold_pool import Helper
    from reader.core.file_reads import FileReads

# In the job folder: what to count (the loader's), what was counted (the helper's).
COUNT = "count.json"
COUNTED = "counted.pickle"
# The helper's count is published in frames of this many dict entries or
# about this many characters of text (a few ms to unpickle each), each
# behind its length in this many bytes. (20,000 entries of the template's
# keys and their hashes, ~2.7 MB, took 11-19 ms, 30-40 ms on a busy core.)
FRAME_ITEMS = 5_000
FRAME_CHARS = 500_000
_LENGTH = 8
# How long the decision may wait for the cores' counters to span enough
# time to tell an idle core (idle_cores.MIN_TICKS).
SPAN_WAIT_S = 0.3
# How long the loader waits for a decision not made yet (then none is: it
# counts the folder itself, as without one), and, once the two counts meet,
# for the helper's (it ends its last file): past that, the files the helper
# took are counted here too (the machine got busy: the helper lags).
DECISION_WAIT_S = 0.1
COUNT_WAIT_S = 0.5

_lock = threading.Lock()
_early: _Early | None = None


class _Early:
    """The decision for one cold start, made in a thread of its own: the
    helper started for its folder, if one is wanted."""

    def __init__(self, paths: list[Path], cache_path: Path, since: tuple[int, int] | None) -> None:
        self.decided = threading.Event()
        self.root: Path | None = None
        self.helper: Helper | None = None
        # Set (under _lock) by a loader that came before the decision: no
        # helper is started then.
        self.late = False
        threading.Thread(target=self._run, args=(paths, cache_path, since), name="reader-early", daemon=True).start()

    def _run(self, paths: list[Path], cache_path: Path, since: tuple[int, int] | None) -> None:
        try:
            self._decide(paths, cache_path, since)
        finally:
            self.decided.set()

    def _decide(self, paths: list[Path], cache_path: Path, since: tuple[int, int] | None) -> None:
        from reader.core import cold_pool, idle_cores
        from reader.core.folder_walk import _groups
        from reader.core.formats import is_plain
        from reader.core.listed_stats import listed_stats

        deadline = time.monotonic() + SPAN_WAIT_S
        while idle_cores.free_cores(since) is None and since is not None and time.monotonic() < deadline:
            time.sleep(0.01)
        # (the cores first: on a busy machine the folder is not even walked here)
        if not cold_pool.wanted(cold_pool.MIN_BYTES, since, final=True):
            return
        groups = list(_groups(paths))
        if len(groups) != 1:
            return  # (several roots: each counted by its own loader, as before)
        root, files = groups[0]
        listed = [path for path in files if not isinstance(path, Skipped)]
        plain = [path for path in listed if is_plain(path)]
        if len(plain) < 2:
            return
        stats = listed_stats(files)
        if not cold_pool.wanted(sum(stats[str(p)].st_size for p in plain if str(p) in stats), since, final=True):
            return
        with _lock:
            if self.late:
                return
            helper = cold_pool.Helper(count=True)
            helper.count(cache_path, root, listed)
            self.root, self.helper = root, helper


def start(paths: list[Path], cache_path: Path, since: tuple[int, int] | None) -> None:
    """A cold start of ``paths`` through the cache at ``cache_path`` (no
    listing of them): decide, in a thread, whether the helper counts the
    folder now (``since``: the cores' counters when the app started)."""
    global _early
    drop()
    with _lock:
        _early = _Early(paths, cache_path, since)


def take(root: Path) -> Helper | None:
    """The helper counting ``root``, once, if one was started for it; None
    if none was (waits a little for a decision not made yet)."""
    global _early
    with _lock:
        early = _early
    if early is None:
        return None
    early.decided.wait(DECISION_WAIT_S)
    with _lock:
        if _early is early:
            _early = None
        early.late = True  # (decided by now, or never)
        helper = early.helper
    if helper is None:
        return None
    if early.root != root:
        helper.close()
        return None
    return helper


def started() -> bool:
    """Whether a helper was started for the cold start under way (not yet
    taken or dropped); waits a little for a decision not made yet, as
    :func:`take` does."""
    with _lock:
        early = _early
    if early is None:
        return False
    early.decided.wait(DECISION_WAIT_S)
    return early.helper is not None


def drop() -> None:
    """Stop a helper started for a cold start that no loader took."""
    global _early
    with _lock:
        early, _early = _early, None
    if early is None:
        return
    with _lock:
        early.late = True
        helper = early.helper
    if helper is not None:
        helper.close()


def count_here(job: Path, cache: ArticleCache, spec: dict[str, Any]) -> CachedFolder:
    """In the helper: the folder of ``spec`` counted from the back, each file
    claimed first, until the loader, counting from the front, has claimed
    the next; what it counted published for the loader (:data:`COUNTED`).
    The folder is kept to clean files with (it holds their texts)."""
    from reader.core.cached_folder import CachedFolder
    from reader.core.job_folder import claim, publish
    from reader.core.listed_stats import listed_stats

    read_ns = time.time_ns()
    place = {Path(name): at for at, name in enumerate(spec["files"])}
    files: list[Path | Skipped] = list(place)
    folder = CachedFolder([], Path(spec["root"]), cache, pool=False)
    folder._stats = listed_stats(files)
    folder._hashed = {}  # (the keys' hashes, for the loader's template lines)
    take = partial(_take, job, place, claim)
    fresh, counted, _every, _, _ = folder._count(files[::-1], len(files) < 2, False, take=take)
    result = {
        "files": spec["files"],
        "read_ns": read_ns,
        "read": {str(path): (folder.digests[path], folder._seen[path]) for path in counted if path in folder._seen},
        "counted": {str(path): hashes.tobytes() for path, hashes in counted.items()},
        "fresh": {str(path): size for path, size in fresh.items()},
        "known": folder._hashed or {},
    }
    # (each text as the loader would keep it: a tenth of what reading and
    # decoding it again costs, ~0.18 ms a file)
    texts = [
        (str(path), (text, replaced))
        for path, (text, _counted) in folder._deferred.items()
        if (replaced := folder.reads.replaced(path)) is not None
    ]
    publish(job / COUNTED, _framed(result, texts))
    return folder


def _take(job: Path, place: dict[Path, int], claim: Callable[[Path, str], bool], path: Path) -> bool:
    return claim(job, f"c{place[path]}")


def _framed(result: dict[str, Any], texts: list[tuple[str, tuple[str, int]]]) -> bytes:
    """``result`` with its ``texts`` in frames, each pickled on its own
    behind its length: its dicts (and the texts) a piece of
    :data:`FRAME_ITEMS` entries (:data:`FRAME_CHARS` characters) at a time.
    The loader unpickles a frame a call, so the UI thread gets the GIL
    between them (all in one, at 20,000 articles, was a 0.2 s call)."""
    parts: list[tuple[str, Any]] = [("", {k: v for k, v in result.items() if not isinstance(v, dict)})]
    for key, value in result.items():
        if isinstance(value, dict):
            items = list(value.items())
            parts += [(key, items[at : at + FRAME_ITEMS]) for at in range(0, max(len(items), 1), FRAME_ITEMS)]
    start = chars = 0
    for at, (_name, (text, _replaced)) in enumerate(texts):
        if chars and chars + len(text) > FRAME_CHARS:
            parts.append(("texts", texts[start:at]))
            start, chars = at, 0
        chars += len(text)
    parts.append(("texts", texts[start:]))
    frames = [pickle.dumps(part, protocol=pickle.HIGHEST_PROTOCOL) for part in parts]
    return b"".join(len(frame).to_bytes(_LENGTH, "little") + frame for frame in frames)


def read_count(job: Path) -> dict[str, Any] | None:
    """In the loader: the helper's count, once published, else None."""
    try:
        data = memoryview((job / COUNTED).read_bytes())
    except OSError:
        return None
    found: dict[str, Any] = {}
    at = 0
    try:
        while at < len(data):
            end = at + _LENGTH + int.from_bytes(data[at : at + _LENGTH], "little")
            key, part = pickle.loads(data[at + _LENGTH : end])
            if key:
                found.setdefault(key, {}).update(part)
            else:
                found.update(part)
            at = end
    except Exception:  # (half a file cannot be seen: published whole; still)
        return None
    return found


def write_count(job: Path, cache_path: Path, root: Path, files: list[Path]) -> None:
    from reader.core.job_folder import publish

    spec = {"cache": str(cache_path), "root": str(root), "files": [str(path) for path in files]}
    publish(job / COUNT, json.dumps(spec).encode("utf-8"))


class EarlyCount:
    """The loader's side, a part of :class:`~reader.core.cached_folder.CachedFolder`."""

    if TYPE_CHECKING:  # (given by CachedFolder)
        cache: ArticleCache
        reads: FileReads
        template: frozenset[int]
        digests: dict[Path, str | None]
        _stats: dict[str, os.stat_result]
        _seen: dict[Path, tuple[int, int, int]]
        _deferred: dict[Path, tuple[str, array[int]]]
        _digests_of_deferred: dict[Path, str]
        _hashed: dict[str, int] | None

        def _count(
            self,
            files: list[Path | Skipped],
            single: bool,
            pool: bool,
            helper: Helper | None = None,
            take: Callable[[Path], bool] | None = None,
        ) -> tuple[dict[Path, int], dict[Path, array[int]], bool, Helper | None, list[Path | Skipped]]: ...

    def _count_shared(
        self, helper: Helper, files: list[Path | Skipped], single: bool
    ) -> tuple[dict[Path, int], dict[Path, array[int]], bool]:
        """The folder counted with the helper, from the two ends: this
        process from the front once it has imported the cleaning rules (the
        helper counts meanwhile), each file claimed first, until the helper
        has claimed the next; then the helper's files taken over, with the
        texts it read, as if counted here; what it did not count, or what
        changed since, counted here. What :meth:`_count` gives for ``files``."""
        import reader.core.cleaning  # noqa: F401 (the rules' import, while the helper counts)

        # (this process's paths, by name: made again from the names, they
        # were most of the taking over's CPU)
        paths = {str(path): path for path in files if not isinstance(path, Skipped)}
        place = {path: at for at, path in enumerate(paths.values())}
        shared = helper.count_files == list(paths)
        take = (lambda path: helper.claim_count(place[path])) if shared else None
        fresh, counted, every_key_met, _, left = self._count(files, single, False, helper, take)
        result = helper.counted(COUNT_WAIT_S) if left else None
        theirs: set[Path] = set()
        if result is not None:
            every_key_met = self._take_over(result, paths, fresh, counted, theirs) and every_key_met
        rest: list[Path | Skipped] = [path for path in left if isinstance(path, Path) and path not in theirs]
        more, more_counted, all_met, _, _ = self._count(rest, single, False, helper)
        counted.update(more_counted)
        fresh.update(more)
        return dict(sorted(fresh.items(), key=lambda item: place[item[0]])), counted, every_key_met and all_met

    def _take_over(
        self,
        result: dict[str, Any],
        paths: dict[str, Path],
        fresh: dict[Path, int],
        counted: dict[Path, array[int]],
        theirs: set[Path],
    ) -> bool:
        """The helper's count (``result``) taken in, file by file, as if made
        here, each only if its stat is the one the helper read it with (the
        files taken added to ``theirs``); whether every key was met in it."""
        from reader.core.decoding import Decoded

        every_key_met = True
        for name, hashes in result["counted"].items():
            path = paths[name]
            digest, stamp = result["read"][name]
            info = self._stats.get(name)
            if info is None or (info.st_size, info.st_mtime_ns, info.st_ino) != tuple(stamp):
                continue  # changed since the helper read it: counted here
            theirs.add(path)
            self.digests[path] = digest
            self._seen[path] = (info.st_size, info.st_mtime_ns, info.st_ino)
            self.cache.remember_file(path, info, digest, result["read_ns"])
            counted[path] = array("Q", hashes)
            if name not in result["fresh"]:
                every_key_met = False  # (its lines came from the cache)
                continue
            fresh[path] = result["fresh"][name]
            text = result["texts"].get(name)
            if text is not None:
                self.reads.keep(path, b"", Decoded(*text), digest)
                if self.reads.holds(path):
                    self._deferred[path] = (text[0], counted[path])
                    self._digests_of_deferred[path] = digest
        if self._hashed is not None:
            self._hashed.update(result["known"])
        return every_key_met


__all__ = [
    "COUNT",
    "COUNTED",
    "EarlyCount",
    "count_here",
    "drop",
    "read_count",
    "start",
    "started",
    "take",
    "write_count",
]
