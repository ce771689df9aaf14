"""Startup: time from spawning the process to the first frame and later milestones.

Each app runs in its own process on a pseudo-terminal of a fixed size, so it
draws exactly as it would for a user; bench.first_frame reports the
milestones over a pipe with time.monotonic() (one clock for all processes on
Linux). The bare Textual app and the reader alternate, so drift on a shared
machine hits both alike.
"""

from __future__ import annotations

import ctypes
import fcntl
import json
import os
import pty
import re
import signal
import sqlite3
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time
from pathlib import Path

from bench.stats import median, percentile, ratio

COLUMNS, LINES = 120, 40
TIMEOUT = 180.0


# Keep the end of the terminal's output to explain an app that never drew.
TAIL_BYTES = 4096
_ESCAPES = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_])")


# The app runs in a session of its own (the pty is its terminal), so a
# launcher killed from outside would leave it running, polling for
# milestones at half a core: it is told to die with its parent.
_PR_SET_PDEATHSIG = 1
_LIBC = ctypes.CDLL(None, use_errno=True) if sys.platform == "linux" else None


def _die_with_parent() -> None:
    if _LIBC is not None:
        _LIBC.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def _drain(fd: int, tail: bytearray) -> None:
    # The output is read as it comes so the app never blocks on a full pty.
    try:
        while chunk := os.read(fd, 65536):
            tail += chunk
            del tail[:-TAIL_BYTES]
    except OSError:
        pass


def launch(which: str, paths: list[Path], env: dict[str, str], typing: list[str] | None = None) -> dict:
    """Seconds from spawn to each milestone the child reports; with
    ``typing``, the keystroke-to-results latencies of those queries
    (``typing``, a list) too."""
    env = dict(env, BENCH_TYPING=json.dumps(typing or [], ensure_ascii=False))
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
    read_end, write_end = os.pipe()
    tail = bytearray()
    drainer = threading.Thread(target=_drain, args=(master, tail), daemon=True)
    start = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench.first_frame", str(write_end), which, *map(str, paths)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        pass_fds=(write_end,),
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        start_new_session=True,
        preexec_fn=_die_with_parent,
    )
    os.close(slave)
    os.close(write_end)
    drainer.start()
    try:
        proc.wait(TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    with os.fdopen(read_end) as pipe:
        lines = pipe.read().split()
    os.close(master)
    drainer.join(1)
    events: dict = {"typing": []}
    for name, t in zip(lines[::2], lines[1::2], strict=False):
        if name == "typing_error":
            raise RuntimeError(f"typing benchmark failed: {t}")
        if name == "typing":
            events["typing"].append(float(t))
        elif name in ("max_stall", "max_stall_cpu", "rss_mb") or name.endswith("_cpu"):
            events[name] = float(t)
        else:
            events[name] = float(t) - start
    if "frame" not in events:
        output = _ESCAPES.sub("", tail.decode("utf-8", "replace")).strip()
        raise RuntimeError(f"{which} never drew a frame (exit status {proc.returncode}): {output[-1500:]}")
    return events


def with_bytecode(env: dict[str, str]) -> None:
    """Launch the apps with the reader's modules compiled, as an installed
    package has them (pip compiles at install) and Textual's are: with
    ``PYTHONDONTWRITEBYTECODE`` set (as in some shells), every launch
    compiled every reader module it imported (~60 ms of CPU before the
    titles), which the bare app, all in site-packages, never did."""
    import compileall

    import reader

    env.pop("PYTHONDONTWRITEBYTECODE", None)
    compileall.compile_dir(Path(reader.__file__).parent, quiet=1)


BUILDER_TIMEOUT = 1800.0


def fill_people(paths: list[Path], env: dict[str, str]) -> float:
    """Fill the people cache of ``paths`` as the app would (``reader
    people`` reads and writes the same cache); the seconds it took."""
    start = time.monotonic()
    corpus = [arg for path in paths for arg in ("--corpus", str(path))]
    command = [sys.executable, "-m", "reader", "people", *corpus]
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True, timeout=3600)
    return time.monotonic() - start


def wait_for_builders(cache_dir: Path, timeout: float = BUILDER_TIMEOUT) -> float:
    """Wait until no search index builder (``reader index``, started by an
    app that quit before a large corpus's index was saved) holds its lock in
    ``cache_dir``; the seconds waited."""
    from reader.core.tantivy_folders import TANTIVY_DIR, TantivyFolders

    folders = TantivyFolders(cache_dir / TANTIVY_DIR)
    start = time.monotonic()
    while folders.builders_running() and time.monotonic() - start < timeout:
        time.sleep(0.5)
    return time.monotonic() - start


def age_cache(cache_dir: Path) -> None:
    """Make every row of the article cache in ``cache_dir`` one that older
    cleaning code wrote, as a user's cache is at their first launch after
    an upgrade: each article is cleaned again, while the files' digests,
    the people and the search index (the same texts) stay cached."""
    from reader.core.article_cache import FILE_NAME

    db = sqlite3.connect(cache_dir / FILE_NAME)
    try:
        with db:
            # (every table whose rows name the code that wrote them, as the schema has them)
            tables = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            for table in tables:
                if any(column[1] == "fingerprint" for column in db.execute(f"PRAGMA table_info({table})")):
                    db.execute(f"UPDATE OR REPLACE {table} SET fingerprint = 'older cleaning code'")
    finally:
        db.close()


def _summary(runs: list[dict], bare: float, bare_cpu: float | None = None) -> dict:
    from bench.milestones import MILESTONE_TIMEOUT, READER_MILESTONES

    figures: dict = {}
    for milestone in sorted({m for r in runs for m in r if m != "typing"}):
        times = [r[milestone] for r in runs if milestone in r]
        figures[f"{milestone}_s" if milestone != "rss_mb" else milestone] = median(times)
        if len(times) < len(runs):
            figures[f"{milestone}_missing_runs"] = len(runs) - len(times)
    for milestone in READER_MILESTONES:
        if not any(milestone in r for r in runs):
            # (reached in no run: a figure missed, not one left unmeasured)
            figures[f"{milestone}_not_within_s"] = MILESTONE_TIMEOUT
    figures["frame_ratio"] = ratio(figures["frame_s"], bare)
    if "titles_shown_s" in figures:
        figures["titles_ratio"] = ratio(figures["titles_shown_s"], bare)
    if bare_cpu and "titles_shown_cpu_s" in figures:
        # CPU against CPU: what a busy machine's waits for a core leave out.
        figures["titles_cpu_ratio"] = ratio(figures["titles_shown_cpu_s"], bare_cpu)
    if "search_ready_s" in figures:
        figures["search_ready_after_frame_s"] = figures["search_ready_s"] - figures["frame_s"]
    if "people_shown_s" in figures:
        figures["people_after_frame_s"] = figures["people_shown_s"] - figures["frame_s"]
    if "people_done_s" in figures and "search_ready_s" in figures:
        figures["people_done_after_search_s"] = figures["people_done_s"] - figures["search_ready_s"]
    typing = [t for r in runs for t in r.get("typing", [])]
    if typing:
        figures["keystroke_p50_ms"] = percentile(typing, 50) * 1000
        figures["keystroke_p95_ms"] = percentile(typing, 95) * 1000
        figures["keystrokes"] = len(typing)
    return figures


def measure(corpora: dict[str, list[Path]], repeats: int, typing: dict[str, list[str]] | None = None) -> dict:
    """Startup of the bare app and of the reader on each corpus, alternating.

    The reader's first launch on each corpus finds its caches empty; it is
    reported on its own ("cold") and the repeats after it are warm, as a
    user's every later launch is. A last launch on each finds its cache
    written by older cleaning code ("upgrade", see age_cache). ``typing``:
    queries to time keystroke to results for, by corpus name (warm launches
    only).
    """
    typing = typing or {}
    with tempfile.TemporaryDirectory(prefix="reader-bench-state-") as tmp:
        env = dict(
            os.environ,
            TERM="xterm-256color",
            READER_STATE_DIR=str(Path(tmp, "state")),
            READER_CACHE_DIR=str(Path(tmp, "cache")),
            READER_PEOPLE_FILE=str(Path(tmp, "people.tsv")),
        )
        env.pop("TEXTUAL", None)
        with_bytecode(env)
        # (a builder at nice 0: the bench waits for it, it competes with no launch)
        env.setdefault("READER_BUILDER_NICE", "0")
        cold = {name: launch("reader", paths, env) for name, paths in corpora.items()}
        # A user's next launch comes later than the bench's: a large corpus's
        # search index that the cold launch left unfinished is finished by
        # the builder it started on quitting (reader index) meanwhile.
        builder_wait = wait_for_builders(Path(env["READER_CACHE_DIR"]))
        # Likewise the people: a cold launch that quit before everyone's
        # people were found leaves the rest uncached, and a warm launch would
        # find them (minutes at 2,000 articles on a busy machine): they are
        # found now, as the user's earlier sessions would have.
        people_fill = {
            name: fill_people(paths, env) for name, paths in corpora.items() if "people_done" not in cold[name]
        }
        runs: dict[str, list[dict]] = {"bare": [], **{name: [] for name in corpora}}
        for _ in range(repeats):
            runs["bare"].append(launch("bare", [], env))
            for name, paths in corpora.items():
                runs[name].append(launch("reader", paths, env, typing.get(name)))
        upgrade = {}
        # (last corpus first: a launch drops every row older code wrote, the
        # other corpora's too, so the scale corpus the budget reads finds its
        # own rows, as a user's one folder does)
        for name, paths in reversed(corpora.items()):
            age_cache(Path(env["READER_CACHE_DIR"]))
            upgrade[name] = launch("reader", paths, env)
    bare = median([r["frame"] for r in runs["bare"]])
    bare_cpu = median([r["frame_cpu"] for r in runs["bare"] if "frame_cpu" in r] or [0.0])
    out: dict = {
        "method": "spawn to textual events.Ready (first frame written) in a 120x40 pty; titles: every "
        "article in the list; warm launches start after any search index builder the cold launch left "
        "(reader index, started on quitting while a large corpus's index was unfinished) is done, and after "
        "the people the cold launch left unfound are found (reader people, people_fill_s); upgrade: a last "
        "launch with every cached article written by older cleaning code (bench.startup.age_cache)",
        "builder_wait_s": builder_wait,
        "people_fill_s": people_fill,
        "repeats": repeats,
        "bare_first_frame_s": bare,
        "bare_first_frame_cpu_s": bare_cpu,
        "bare_rss_mb": median([r["rss_mb"] for r in runs["bare"] if "rss_mb" in r] or [0.0]),
    }
    for name in corpora:
        out[name] = _summary(runs[name], bare, bare_cpu) | {
            "cold": _summary([cold[name]], bare, bare_cpu),
            "upgrade": _summary([upgrade[name]], bare, bare_cpu),
        }
    return out
