"""Child process for the startup benchmark: run an app, report its milestones.

``python -m bench.first_frame FD bare`` or ``... FD reader [PATH ...]``.
Both apps are started the same way, through their real entry points, in a
pseudo-terminal opened by bench.startup. Textual posts ``events.Ready`` to
the app once the first frame has been written to the terminal; a handler
installed on ``textual.app.App`` itself (so it runs for any app, next to the
app's own handlers) writes ``frame <time.monotonic()>`` to FD, and
``frame_cpu <time.process_time()>`` (every milestone has its ``_cpu``: the
process's CPU time so far, which a busy machine does not stretch). For the reader
it then polls the app for the later milestones (search ready, the first
article's people shown), writes each as it happens, then the longest gap
between two polls (``max_stall <seconds>``) and the most CPU time the UI
thread spent in one such gap (``max_stall_cpu <seconds>``). Given queries in the
BENCH_TYPING environment variable (a JSON list), it then opens search and,
for each, types all but its last character, waits for those results, and
times the last keystroke until its results are in the list
(``typing <seconds>``). Last the process's peak RSS (``rss_mb <MB>``), and
it quits.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from pathlib import Path

from textual.app import App

from bench.milestones import MILESTONE_TIMEOUT

POLL_INTERVAL = 0.005
# Give up on one query's results after this long.
TYPING_TIMEOUT = 5.0


def _report(fd: int, name: str) -> None:
    # With the process's CPU time so far (every thread's): on a shared
    # machine the wall clock also counts waits for a core.
    os.write(fd, f"{name} {time.monotonic()!r}\n{name}_cpu {time.process_time()!r}\n".encode())


def _peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def _until(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.001)
    return True


async def _typing(app: App, fd: int, queries: list[str]) -> None:
    """Keystroke to results on screen, one query at a time."""
    from textual import events
    from textual.widgets import Input

    from reader.ui.app import ReaderApp

    if not isinstance(app, ReaderApp):
        raise TypeError(f"typing is timed in the reader app, not in {type(app).__name__}")
    app.main_screen.open_search()
    if not await _until(lambda: type(app.screen).__name__ == "SearchScreen", TYPING_TIMEOUT):
        sys.stderr.write(f"bench: search did not open ({type(app.screen).__name__})\n")
        return
    screen = app.screen
    if not await _until(lambda: bool(screen.query(Input)), TYPING_TIMEOUT):
        return
    box = screen.query_one(Input)
    # Focusing the box selects its text: let that happen before typing.
    await _until(lambda: box.has_focus, TYPING_TIMEOUT)
    await asyncio.sleep(0.05)

    def shown(query: str):
        # The search screen remembers the query whose results it shows.
        return lambda: getattr(screen, "_shown_query", None) == query

    for query in queries:
        box.value = query[:-1]
        box.cursor_position = len(box.value)  # typing goes on at the end
        if query[:-1] and not await _until(shown(query[:-1]), TYPING_TIMEOUT):
            continue
        await asyncio.sleep(0.05)
        start = time.monotonic()
        # The key as the terminal driver would deliver it to the focused box.
        box.post_message(events.Key(query[-1], query[-1]))
        if await _until(shown(query), TYPING_TIMEOUT):
            os.write(fd, f"typing {time.monotonic() - start!r}\n".encode())


def install(fd: int, milestones: dict) -> None:
    """Report the first frame, then each milestone, then exit the app."""
    typing = json.loads(os.environ.get("BENCH_TYPING") or "[]")

    trace = None
    if os.environ.get("BENCH_STALL_TRACE"):
        from bench.stall_trace import StallTrace

        trace = StallTrace(os.environ["BENCH_STALL_TRACE"])

    async def finish(app: App) -> None:
        if trace is not None:
            trace.write()
        if typing:
            try:
                await _typing(app, fd, typing)
            except Exception as exc:  # reported, so the other figures still count
                message = "_".join(f"{type(exc).__name__}: {exc}".split())
                os.write(fd, f"typing_error {message}\n".encode())
        os.write(fd, f"rss_mb {_peak_rss_mb()!r}\n".encode())
        app.exit()

    async def on_ready(app: App) -> None:
        _report(fd, "frame")
        if "titles_shown" not in milestones:
            _profile_done()
        pending = dict(milestones)
        deadline = time.monotonic() + MILESTONE_TIMEOUT
        last = time.monotonic()
        last_cpu = time.thread_time()
        stall = stall_cpu = 0.0
        timer = None
        if trace is not None:
            trace.start()

        def poll() -> None:
            # The longest gap between two polls is the longest time the event
            # loop (and so the UI) was blocked while the app was loading. The
            # UI thread's own CPU time in the gap tells its work apart from
            # waits for the GIL and for a core (a shared machine).
            nonlocal last, last_cpu, stall, stall_cpu
            now, cpu = time.monotonic(), time.thread_time()
            if trace is not None:
                trace.gap(last, now, cpu - last_cpu)
            stall, last = max(stall, now - last), now
            stall_cpu, last_cpu = max(stall_cpu, cpu - last_cpu), cpu
            for name, reached in list(pending.items()):
                if reached(app):
                    _report(fd, name)
                    del pending[name]
                    if name == "titles_shown":
                        _profile_done()
            if not pending or now > deadline:
                os.write(fd, f"max_stall {stall!r}\nmax_stall_cpu {stall_cpu!r}\n".encode())
                assert timer is not None
                timer.stop()
                app.call_later(finish, app)

        if pending:
            # (polled at once too: what the first frame already shows is
            # reached at the frame, not one poll interval after it)
            timer = app.set_interval(POLL_INTERVAL, poll)
            poll()
        else:
            app.call_later(finish, app)

    # Textual dispatches events.Ready to a handler named _on_ready, which
    # App itself does not define: this adds one for every app.
    App._on_ready = on_ready  # type: ignore[attr-defined]


_PROFILE: list = []


def _profile_start() -> None:
    """BENCH_PROFILE=FILE: the UI thread's profile (cProfile) from here to
    the titles on screen (the bare app: to its first frame), to FILE."""
    if os.environ.get("BENCH_PROFILE"):
        import cProfile

        _PROFILE.append(cProfile.Profile())
        _PROFILE[0].enable()


def _profile_done() -> None:
    if _PROFILE:
        profile = _PROFILE.pop()
        profile.disable()
        profile.dump_stats(os.environ["BENCH_PROFILE"])


def main(argv: list[str]) -> int:
    fd, which, *paths = argv
    _profile_start()
    if which == "bare":
        from bench.bare_app import main as run

        # BENCH_BARE_IDLE=SECONDS: the bare app polls as the reader does for
        # that long, so its longest stall (the machine's noise floor) is
        # reported too.
        idle = float(os.environ.get("BENCH_BARE_IDLE") or 0)
        polled: list[float] = []

        def idled(app: App) -> bool:
            polled.append(time.monotonic())
            return polled[-1] - polled[0] > idle

        install(int(fd), {"idle": idled} if idle else {})
        return run([])
    from bench.milestones import READER_MILESTONES
    from reader.cli import main as run

    # BENCH_MILESTONES (names, comma-separated) waits for those only.
    wanted = os.environ.get("BENCH_MILESTONES")
    chosen = {k: v for k, v in READER_MILESTONES.items() if not wanted or k in wanted.split(",")}
    install(int(fd), chosen)
    return run(paths)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
