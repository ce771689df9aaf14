"""A cold folder cleaned on a second core, when one is free.

Cleaning is pure (a file's article depends on its bytes, its name and its
folder's template), so a helper process can clean some of a folder's new
files into the article cache while this process cleans the others. The two
take files from opposite ends of the list: this process from the front, in
loading order (so titles still arrive in order as files are cleaned), the
helper from the back, until they meet. Each file is claimed by creating a
file named after its place in a job folder (``O_EXCL``: exactly one side
wins it); the helper marks a file done once its article is written, with
the context it cached the article under (it works out the lines of the files
it cleans itself: this process stores a file's lines only once it has
cleaned the file). For the files the helper cleaned, this process reads the
rows back as on a warm start, in one query once the two sides meet (nothing
is unpickled: the UI thread shares this process's GIL). If the
helper dies, or its row is not there (a write skipped on a locked cache),
the file is cleaned here: the result is the same either way.

Whether to start a helper is decided at run time from what the machine has
free (:func:`wanted`): enough new text to pay for a second interpreter's
start-up, at least two usable cores, and a core left idle while this process
counted the folder's template (the kernel's counters read at the start of
the pass and at the decision, :mod:`reader.core.idle_cores`; where they
cannot be read, the 1-minute load average). A helper that falls behind
(another job took its core after all) stops taking files: it takes the next
only if, at its own pace so far, it is done with it sooner than the loader,
at its pace, would be done with every file between them and that one
(:func:`reader.core.helper_pace.in_time`), so the loader never waits for a file the helper holds
longer than it would have taken to clean it.
``READER_COLD_HELPER=0`` or ``1`` overrides the decision (measuring, tests).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core import early_count, idle_cores
from reader.core.cold_files import read_notes
from reader.core.helper_pace import Pace
from reader.core.job_folder import claim, job_parent, publish

if TYPE_CHECKING:
    from reader.core.cached_folder import CachedFolder

# Below this many bytes of files to clean, a helper's start-up (an
# interpreter, the cleaning rules' imports, the code-point tables: about a
# second of CPU) costs more than its share of the cleaning saves.
MIN_BYTES = 4 * 1024 * 1024
# Where the kernel's counters cannot be read: a helper starts only when the
# 1-minute load average leaves this much of the usable cores unused (a core
# for it, and half of another for the people child that a first launch
# starts at the same time). Measured on the shared 2-core machine, cold
# launches on the 2,000 bench articles alternating with it forced on and off
# at load 3-7: search ready 26.3 s against 12.3 s (medians of 4), the app's
# own CPU 9.9 s against 7.7 s; most of that was the claims' file creation on
# the disk, since moved to memory (see MEMORY_FOLDERS).
FREE_CORES = 1.5
# A helper starts when this much of a core was idle (or running work at a
# positive nice) while this process counted the template: this process used
# a core meanwhile, so this is what is left for the helper.
FREE_NOW = 0.75
ENV = "READER_COLD_HELPER"
PARENT = "READER_COLD_PARENT"
# How often this process looks whether the helper is done with a file.
POLL_S = 0.005
# How often a helper with nothing left looks whether the loader is done.
LINGER_POLL_S = 0.05
# In the job folder: what to clean, and the loader's code-point tables.
JOB = "job.json"
TABLES = "tables.bin"
# How long the helper waits for the tables before it builds its own.
TABLES_WAIT_S = 1.0
# Asks the helper to stop before its next file; how long it has to.
STOP = "stop"
STOP_WAIT_S = 0.2
# A file done: its place, this suffix; it holds the context its article is
# cached under (empty: nothing was cached).
DONE = "done"


def wanted(pending_bytes: int, since: tuple[int, int] | None = None, final: bool = True) -> bool | None:
    """Whether a cold load of ``pending_bytes`` of new files should start a
    helper process on this machine, now; ``since``: the CPU counters
    (:func:`idle_cores.cpu_ticks`) when this process began the work so far.
    None (only if not ``final``): the span since then is too short to tell
    yet: asked again later."""
    forced = os.environ.get(ENV)
    if forced in ("0", "1"):
        return forced == "1"
    if pending_bytes < MIN_BYTES:
        return False
    cores = idle_cores.usable_cores()
    if cores < 2:
        return False
    free = idle_cores.free_cores(since)
    if free is not None:
        return free >= FREE_NOW
    if since is not None and not final:
        return None
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        return False  # nothing says a core is free
    return cores - load >= FREE_CORES


def _command(job: Path) -> list[str]:
    return [sys.executable, "-m", "reader.core.cold_pool", str(job)]


def _env(environ: dict[str, str] | None = None) -> dict[str, str]:
    """The helper's environment: this process's, with the folder this
    ``reader`` package was imported from first on its path. A helper that
    imported another copy of the reader (one found on the default path,
    while this one came from ``sys.path``) keys its rows by that copy's code:
    the loader then found none of them, waited for each file and cleaned it
    anyway (measured: all 896 of the helper's files cleaned twice)."""
    env = dict(os.environ if environ is None else environ)
    here = str(Path(__file__).resolve().parents[2])
    rest = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p and p != here]
    env["PYTHONPATH"] = os.pathsep.join([here, *rest])
    return env


class Helper:
    """A helper process cleaning files of one folder the cache lacks from
    the back. Started as soon as the loader's count of the folder's template
    has met enough new files (its interpreter and imports start meanwhile),
    then given the files and the template (:meth:`give`)."""

    def __init__(self, count: bool = False) -> None:  # (count: see count())
        self._place: dict[Path, int] = {}
        self.count_files: list[str] = []
        self._left = 0
        self._job = Path(tempfile.mkdtemp(prefix="reader-cold-", dir=job_parent()))
        self._process: subprocess.Popen[bytes] | None
        try:
            self._process = subprocess.Popen(
                [*_command(self._job), *(["count"] if count else [])],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,  # (a ^C in the terminal is the app's)
                env=_env() | {PARENT: str(os.getpid())},
            )
        except OSError:
            self._process = None
        else:
            _LIVE.add(self)

    def give(
        self,
        cache_path: Path,
        root: Path,
        paths: Sequence[Path],
        template: frozenset[int],
        sizes: Sequence[int] = (),
        template_text: frozenset[str] | None = None,
    ) -> None:
        """The files to clean (in loading order), their sizes in bytes (the
        helper's measure of its pace and the loader's) and the folder's
        template; ``template_text``: its lines, when this process stores the
        lines of the helper's files itself (:mod:`reader.core.cold_files`)."""
        if self._process is None:
            return
        if len(paths) < 2:
            self.close()
            return
        self._place = {path: at for at, path in enumerate(paths)}
        self._left = len(paths)
        job = {
            "cache": str(cache_path),
            "root": str(root),
            "paths": [str(p) for p in paths],
            "template": sorted(template),
            "template_text": None if template_text is None else sorted(template_text),
            "sizes": list(sizes) if len(sizes) == len(paths) else [1] * len(paths),
            "parent": os.getpid(),
            # (the loader's pace is counted from here: CLOCK_MONOTONIC is the machine's)
            "given": time.monotonic(),
        }
        # The code-point tables, if this process has them: else the helper
        # makes its own as this process will (made here, they held up its
        # first file: numpy's import, ~0.13 s of CPU; see _tables).
        tables = _tables()
        publish(self._job / JOB, json.dumps(job | {"tables": tables is not None}).encode("utf-8"))
        if tables is not None:
            publish(self._job / TABLES, tables)

    def count(self, cache_path: Path, root: Path, files: list[Path]) -> None:
        """Count the template of ``root``'s ``files`` first, from the back (early_count)."""
        self.count_files = [str(path) for path in files]
        if self._process is not None:
            early_count.write_count(self._job, cache_path, root, files)

    def claim_count(self, at: int) -> bool:
        """True if this process is to count the file at ``at`` of those given to :meth:`count`."""
        return self._process is None or claim(self._job, f"c{at}")

    def counted(self, wait_s: float) -> dict[str, Any] | None:
        """The helper's count, waited for up to ``wait_s``; None if not there by then."""
        deadline = time.monotonic() + wait_s
        while self._process is not None and time.monotonic() < deadline:
            found = early_count.read_count(self._job)
            if found is not None or self._process.poll() is not None:
                return found
            time.sleep(POLL_S)
        return None

    def claim(self, path: Path) -> bool:
        """True if this process is to clean ``path`` (it is not one of the
        helper's, or this process got to it first)."""
        at = self._place.get(path)
        if at is None or self._process is None:
            return True
        self._left -= 1
        mine = claim(self._job, at)
        if mine and self._left <= 0:
            self.settle()  # the last file: the helper has nothing left
        return mine

    def wait(self, path: Path) -> None:
        """Until the helper is done with ``path`` (its article written, or
        not) or has died: the last file it took ends a batch of notes."""
        assert self._process is not None
        at = self._place[path]
        done = self._job / f"{at}.{DONE}"
        polls = 0
        # (a file inside a batch: its notes read now and then, not each poll)
        while not done.exists() and self._process.poll() is None:
            polls += 1
            if polls % 20 == 0 and at in read_notes(self._job):
                return
            time.sleep(POLL_S)

    def settle(self) -> None:
        """Close once every file was claimed and the last of the helper's was
        read back (its note is in the job folder until then), in a thread of
        its own: the helper's exit and the job folder's removal (some
        thousand files) took ~0.08 s of the loader's wall clock before its
        search index."""
        if self._left <= 0 and self._process is not None:
            import threading

            threading.Thread(target=self.close, name="reader-cold-close", daemon=True).start()

    def notes(self, read: set[str] | None = None) -> dict[Path, str]:
        """The context the helper cached each file it is done with under
        (empty: it cached nothing); ``read``: the note files read before,
        skipped (and added to)."""
        places = {at: path for path, at in self._place.items()}
        return {places[at]: context for at, context in read_notes(self._job, read).items() if at in places}

    def close(self) -> None:
        """Stop the helper and tidy up. Every file it took is done by now
        (this process waited for each), so a helper still running is at
        most starting up or looking for the next file: it is stopped."""
        process, self._process = self._process, None
        _LIVE.discard(self)
        if process is not None:
            with contextlib.suppress(OSError):
                (self._job / STOP).touch()
            try:
                process.wait(timeout=STOP_WAIT_S)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        shutil.rmtree(self._job, ignore_errors=True)

    def __del__(self) -> None:
        # (a load given up half way: the helper stops at its next file)
        with contextlib.suppress(Exception):
            if self._process is not None:
                (self._job / STOP).touch()
            shutil.rmtree(self._job, ignore_errors=True)


# The helpers this process started and has not closed (weakly: one dropped
# with a load given up stops on its own, see Helper.__del__).
_LIVE: weakref.WeakSet[Helper] = weakref.WeakSet()


def cleaning_beside() -> bool:
    """Whether a helper process of this process is cleaning (or counting)
    on the other core now: then the cold load has both cores busy."""
    return any(helper._process is not None and helper._process.poll() is None for helper in list(_LIVE))


def _tables() -> bytes | None:
    """The code-point tables this process has, or the cache offered it (the
    helper's OpenCC build where the shipped ones do not fit: ~0.5 s)."""
    from reader.core.article_cache import offered_tables

    foldtable = sys.modules.get("reader.core.foldtable")
    return foldtable.export() if foldtable is not None and foldtable.built() else offered_tables()


def work(job: Path, count: bool = False) -> int:
    """In the helper: clean the job's files from the back into the cache
    until this process's claims meet the loader's; how many it cleaned.
    ``count``: count the folder's template first, for the loader."""
    from reader.core.article_cache import ArticleCache
    from reader.core.cached_folder import CachedFolder
    from reader.core.cold_files import DoneNotes, clean_new, linger, take_tables

    parent = int(os.environ.get(PARENT) or os.getppid())  # (a loader killed before now: init)
    counted = _count(job, parent) if count else None
    # Imported while the loader counts the template: it needs them anyway.
    import reader.core.cleaning  # noqa: F401

    while not (job / JOB).exists():
        if os.getppid() != parent or (job / STOP).exists() or not job.exists():
            shutil.rmtree(job, ignore_errors=True)
            return 0
        time.sleep(POLL_S)
    spec = json.loads((job / JOB).read_text("utf-8"))
    cache = counted.cache if counted is not None else ArticleCache.open(Path(spec["cache"]), warn=lambda _m: None)
    if cache is None:
        return 0
    take_tables(job, spec.get("tables", True))
    cleaned = 0
    pace = Pace(job, spec.get("sizes") or [1] * len(spec["paths"]), spec.get("given", time.monotonic()))
    notes = DoneNotes(job, cache)
    # (given as text: the loader stores these files' lines itself, see cold_files)
    text = frozenset(spec["template_text"]) if spec.get("template_text") is not None else None
    try:
        folder = CachedFolder.helper(Path(spec["root"]), cache, frozenset(spec["template"]))
        if counted is not None and text is not None:
            counted.template = folder.template
            folder = counted  # (it holds the texts it read for the count: see clean_new)
        for at in reversed(range(len(spec["paths"]))):
            if os.getppid() != spec["parent"] or (job / STOP).exists():
                break  # the loader is gone or done
            if not pace.in_time(at) or not claim(job, at):
                break  # fallen behind (the loader cleans the rest), or the loader has reached this file
            path = Path(spec["paths"][at])
            began = time.monotonic()
            context: str | None = None
            with contextlib.suppress(OSError):
                if text is not None:
                    context = clean_new(folder, text, path)
                else:
                    folder.load(path, path.stat())
                    context = cache.contexts.get(str(path))
                cleaned += 1
            pace.done(at, time.monotonic() - began)
            notes.add(at, context)  # (said done once its row is written)
    finally:
        notes.publish()
        cache.close()
        linger(job, spec["parent"])
    return cleaned


def _count(job: Path, parent: int) -> CachedFolder | None:
    """In the helper started early: the folder counted for the loader
    (early_count), once it says which; None if it is gone meanwhile."""
    from reader.core.article_cache import ArticleCache

    while not (job / early_count.COUNT).exists():
        if os.getppid() != parent or (job / STOP).exists() or not job.exists():
            return None
        time.sleep(POLL_S)
    spec = json.loads((job / early_count.COUNT).read_text("utf-8"))
    cache = ArticleCache.open(Path(spec["cache"]), warn=lambda _message: None)
    return early_count.count_here(job, cache, spec) if cache is not None else None


if __name__ == "__main__":
    work(Path(sys.argv[1]), count=sys.argv[2:] == ["count"])
