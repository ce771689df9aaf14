"""Giving back the pages of files this process maps to read them (Linux).

tantivy reads its segment files through memory maps, and while an index is
built its merges read whole segments: every page they read counts in the
process's resident set until the merge ends and unmaps its sources (at
20,000 articles, 100 to 250 MB at a time, more as the segments grow). Those
pages are clean copies of files, so :func:`page_out` asks the kernel to
reclaim them (``madvise(MADV_PAGEOUT)``, which never changes what a mapping
reads: a page read again is read from the file, or the page cache);
:func:`paging_out` does so every half second while a block runs.

The build's own memory is freed as each commit ends, but glibc keeps freed
memory of its threads' arenas in the process: :func:`trim_heap`
(``malloc_trim``) gives it back, every few seconds while the block runs and
once at its end (at 20,000 articles, in a process building the index alone:
its peak 435 -> 361 MB, 383 -> 227 MB held after the build).
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

MADV_PAGEOUT = 21  # (Linux 5.4 on; older kernels say EINVAL, and nothing happens)
EVERY_SECONDS = 0.5
# The heap is trimmed less often: malloc_trim holds each arena's lock while
# it walks it (13-50 ms for 200 MB on a busy machine), and a thread that
# allocates meanwhile waits.
TRIM_SECONDS = 3.0

_loaded: list[Callable[[int, int, int], int] | None] = []
_trim: list[Callable[[int], int] | None] = []


def _madvise() -> Callable[[int, int, int], int] | None:
    """libc's madvise, or None where there is none to call."""
    if not _loaded:
        found = None
        if sys.platform.startswith("linux"):
            try:
                import ctypes

                libc = ctypes.CDLL(None, use_errno=True)
                call = libc.madvise
                call.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
                call.restype = ctypes.c_int
                found = call
            except (OSError, AttributeError):
                found = None
        _loaded.append(found)
    return _loaded[0]


def trim_heap() -> bool:
    """Give the free memory of glibc's heaps back to the system
    (``malloc_trim(0)``); whether there was any to give (False where there
    is no glibc)."""
    if not _trim:
        found = None
        if sys.platform.startswith("linux"):
            try:
                import ctypes

                call = ctypes.CDLL(None).malloc_trim
                call.argtypes = [ctypes.c_size_t]
                call.restype = ctypes.c_int
                found = call
            except (OSError, AttributeError):  # (musl has none)
                found = None
        _trim.append(found)
    trim = _trim[0]
    return trim is not None and trim(0) == 1


def page_out(folder: Path | str) -> int:
    """Ask the kernel to reclaim this process's resident pages of the files
    under ``folder`` that it maps without write permission; how many bytes
    of mappings it was asked about (0 where it cannot be: not Linux, no
    ``/proc``). A mapping gone meanwhile is skipped; one made meanwhile at
    the same address is only paged out (never changed)."""
    madvise = _madvise()
    if madvise is None:
        return 0
    prefix = os.path.realpath(folder) + os.sep
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="surrogateescape") as maps:
            lines = maps.read().splitlines()
    except OSError:
        return 0
    asked = 0
    for line in lines:
        parts = line.split(maxsplit=5)
        if len(parts) < 6 or "w" in parts[1] or not parts[5].startswith(prefix):
            continue
        start, end = (int(x, 16) for x in parts[0].split("-"))
        if madvise(start, end - start, MADV_PAGEOUT) == 0:
            asked += end - start
    return asked


@contextlib.contextmanager
def paging_out(folder: Path | str, every: float = EVERY_SECONDS, trim_every: float = TRIM_SECONDS) -> Iterator[None]:
    """Run :func:`page_out` on ``folder`` every ``every`` seconds and
    :func:`trim_heap` every ``trim_every`` seconds, in a thread, while the
    block runs; and :func:`trim_heap` once when it ends."""
    if _madvise() is None:
        yield
        return
    done = threading.Event()

    def run() -> None:
        trimmed = time.monotonic()
        while not done.wait(every):
            page_out(folder)
            if time.monotonic() - trimmed >= trim_every:
                trim_heap()
                trimmed = time.monotonic()

    thread = threading.Thread(target=run, name="page-out", daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()
        trim_heap()  # (what the block freed at its end)
