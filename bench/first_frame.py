"""Child process for the startup benchmark: run an app, report its milestones.

``python -m bench.first_frame FD bare`` or ``... FD reader [PATH ...]``.
Both apps are started the same way, through their real entry points, in a
pseudo-terminal opened by bench.startup. Textual posts ``events.Ready`` to
the app once the first frame has been written to the terminal; a handler
installed on ``textual.app.App`` itself (so it runs for any app, next to the
app's own handlers) writes ``frame <time.monotonic()>`` to FD. For the reader
it then polls the app for the later milestones (search ready, the first
article's people shown), writes each as it happens, then the longest gap
between two polls (``max_stall <seconds>``), and quits.
"""

from __future__ import annotations

import os
import sys
import time

from textual.app import App

# Give up on milestones that never come (the report shows them as missing).
MILESTONE_TIMEOUT = 120.0
POLL_INTERVAL = 0.005


def _report(fd: int, name: str) -> None:
    os.write(fd, f"{name} {time.monotonic()!r}\n".encode())


def install(fd: int, milestones: dict) -> None:
    """Report the first frame, then each milestone, then exit the app."""

    async def on_ready(app: App) -> None:
        _report(fd, "frame")
        pending = dict(milestones)
        deadline = time.monotonic() + MILESTONE_TIMEOUT
        last = time.monotonic()
        stall = 0.0

        def poll() -> None:
            # The longest gap between two polls is the longest time the event
            # loop (and so the UI) was blocked while the app was loading.
            nonlocal last, stall
            now = time.monotonic()
            stall, last = max(stall, now - last), now
            for name, reached in list(pending.items()):
                if reached(app):
                    _report(fd, name)
                    del pending[name]
            if not pending or now > deadline:
                os.write(fd, f"max_stall {stall!r}\n".encode())
                app.exit()

        if pending:
            app.set_interval(POLL_INTERVAL, poll)
        else:
            app.exit()

    App._on_ready = on_ready


def main(argv: list[str]) -> int:
    fd, which, *paths = argv
    if which == "bare":
        from bench.bare_app import main as run

        install(int(fd), {})
        return run([])
    from bench.milestones import READER_MILESTONES
    from reader.cli import main as run

    install(int(fd), READER_MILESTONES)
    return run(paths)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
