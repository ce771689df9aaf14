"""Startup: time from spawning the process to the first frame and later milestones.

Each app runs in its own process on a pseudo-terminal of a fixed size, so it
draws exactly as it would for a user; bench.first_frame reports the
milestones over a pipe with time.monotonic() (one clock for all processes on
Linux). The bare Textual app and the reader alternate, so drift on a shared
machine hits both alike.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time
from pathlib import Path

from bench.stats import median, ratio

COLUMNS, LINES = 120, 40
TIMEOUT = 180.0


# Keep the end of the terminal's output to explain an app that never drew.
TAIL_BYTES = 4096
_ESCAPES = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_])")


def _drain(fd: int, tail: bytearray) -> None:
    # The output is read as it comes so the app never blocks on a full pty.
    try:
        while chunk := os.read(fd, 65536):
            tail += chunk
            del tail[:-TAIL_BYTES]
    except OSError:
        pass


def launch(which: str, paths: list[Path], env: dict[str, str]) -> dict[str, float]:
    """Seconds from spawn to each milestone the child reports."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
    read_end, write_end = os.pipe()
    tail = bytearray()
    drainer = threading.Thread(target=_drain, args=(master, tail), daemon=True)
    start = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench.first_frame", str(write_end), which, *map(str, paths)],
        stdin=slave, stdout=slave, stderr=slave, pass_fds=(write_end,),
        cwd=Path(__file__).resolve().parent.parent, env=env, start_new_session=True,
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
    events = {name: float(t) if name == "max_stall" else float(t) - start
              for name, t in zip(lines[::2], lines[1::2])}
    if "frame" not in events:
        output = _ESCAPES.sub("", tail.decode("utf-8", "replace")).strip()
        raise RuntimeError(f"{which} never drew a frame (exit status {proc.returncode}): {output[-1500:]}")
    return events


def _summary(runs: list[dict[str, float]], bare: float) -> dict:
    figures: dict = {}
    for milestone in sorted({m for r in runs for m in r}):
        times = [r[milestone] for r in runs if milestone in r]
        figures[f"{milestone}_s"] = median(times)
        if len(times) < len(runs):
            figures[f"{milestone}_missing_runs"] = len(runs) - len(times)
    figures["frame_ratio"] = ratio(figures["frame_s"], bare)
    if "search_ready_s" in figures:
        figures["search_ready_after_frame_s"] = figures["search_ready_s"] - figures["frame_s"]
    if "people_shown_s" in figures:
        figures["people_after_frame_s"] = figures["people_shown_s"] - figures["frame_s"]
    return figures


def measure(corpora: dict[str, list[Path]], repeats: int) -> dict:
    """Startup of the bare app and of the reader on each corpus, alternating.

    The reader's first launch on each corpus finds its caches empty; it is
    reported on its own ("cold") and the repeats after it are warm, as a
    user's every later launch is.
    """
    with tempfile.TemporaryDirectory(prefix="reader-bench-state-") as tmp:
        env = dict(os.environ, TERM="xterm-256color", READER_STATE_DIR=str(Path(tmp, "state")),
                   READER_CACHE_DIR=str(Path(tmp, "cache")))
        env.pop("TEXTUAL", None)
        cold = {name: launch("reader", paths, env) for name, paths in corpora.items()}
        runs: dict[str, list[dict[str, float]]] = {"bare": [], **{name: [] for name in corpora}}
        for _ in range(repeats):
            runs["bare"].append(launch("bare", [], env))
            for name, paths in corpora.items():
                runs[name].append(launch("reader", paths, env))
    bare = median([r["frame"] for r in runs["bare"]])
    out: dict = {"method": "spawn to textual events.Ready (first frame written) in a 120x40 pty",
                 "repeats": repeats, "bare_first_frame_s": bare}
    for name in corpora:
        out[name] = _summary(runs[name], bare) | {"cold": _summary([cold[name]], bare)}
    return out
