"""Script switching: the time from pressing a script key to the repainted
reading view, in the app driven by Pilot (headless, 120×40).

The article is alone in a temporary folder, so the app opens it first; the
clock starts once loading has finished. ``t`` and ``s`` alternate. The
reading view keeps the article's page in each script (and the sidebar its
lines), so only the first press of each key converts and wraps: the first
switch is timed on fresh launches (the figure the budget holds), the
presses after it apart ("again"). A press is timed from handing the key to Pilot to the last
``render_line`` call the reading view makes for the repaint that follows
(Pilot's own waits for idleness, ~50-100 ms a press here, are left out: a
press that changes nothing renders nothing). The key, the conversion, the
re-wrap and the repaint of the visible lines are all inside.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
import time
from pathlib import Path

from bench.stats import median

SIZE = (120, 40)
LOAD_TIMEOUT = 120.0


async def _switch_times(article: Path, presses: int) -> list[float]:
    from reader.core.state import StateStore
    from reader.core.views import View
    from reader.ui.app import ReaderApp

    with tempfile.TemporaryDirectory(prefix="reader-bench-switch-") as tmp:
        folder = Path(tmp, "corpus")
        folder.mkdir()
        shutil.copy(article, folder)
        app = ReaderApp([folder], store=StateStore(Path(tmp, "state.json")))
        async with app.run_test(size=SIZE) as pilot:
            deadline = time.monotonic() + LOAD_TIMEOUT
            while app.library.busy and time.monotonic() < deadline:
                await pilot.pause(0.05)
            reading = app.main_screen.reading
            rendered: list[float] = []
            render_line = reading.render_line

            def timed_render_line(y: int):
                strip = render_line(y)
                rendered.append(time.perf_counter())
                return strip

            reading.render_line = timed_render_line  # type: ignore[method-assign]
            times = []
            for i in range(presses):
                key, view = ("t", View.TRADITIONAL) if i % 2 == 0 else ("s", View.SIMPLIFIED)
                rendered.clear()
                start = time.perf_counter()
                await pilot.press(key)
                await pilot.pause()
                if reading.view is not view or not rendered:
                    raise RuntimeError(f"pressing {key} did not switch and repaint the reading view")
                times.append(rendered[-1] - start)
            return times


def switch_times(article: Path, presses: int) -> list[float]:
    return asyncio.run(_switch_times(article, presses))


def longest_seed() -> Path:
    from reader.core.corpus import load_corpus
    from reader.core.resources import seeds_dir

    return max(load_corpus([seeds_dir()]).articles, key=lambda a: a.chars).path


def measure(large: Path, repeats: int) -> dict:
    """On the longest seed and on a large article (1 MB in the full run):
    the first switch (``t``, converting) on ``repeats`` fresh launches, and
    switching back and forth after it."""
    seed = longest_seed()
    presses = 2 * repeats
    result: dict = {
        "method": "pilot.press(t|s) to the reading view's last render_line, headless 120x40",
        "presses": presses,
        "longest_seed": seed.name,
        "large_article": large.name,
        "large_article_bytes": os.path.getsize(large),
    }
    for name, article in (("longest_seed", seed), ("large_article", large)):
        runs = [switch_times(article, presses) for _ in range(repeats)]
        result[f"{name}_ms"] = median([times[0] for times in runs]) * 1000
        result[f"{name}_again_ms"] = median([t for times in runs for t in times[2:]]) * 1000
    return result
