"""Index build: seconds and characters a second for the whole corpus.

Cold is a fresh engine (``build_engine``) built from loaded articles, on one
thread: the time until it answers. An engine that builds a faster index in a
thread (tantivy, for a large corpus) is also timed until that index is ready
(``ready_s``); the wait is not in ``cold_s``.
The first run of a process also fills the fold tables of
reader.core.foldtable, so it is reported on its own as well as in the median.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from bench.compat import build_engine
from bench.stats import median
from reader.core.model import Article


def measure(articles: Sequence[Article], repeats: int) -> dict:
    chars = sum(a.chars for a in articles)
    runs: list[float] = []
    ready: list[float] = []
    for _ in range(repeats):
        start = time.perf_counter()
        engine = build_engine(articles)
        runs.append(time.perf_counter() - start)
        wait = getattr(engine, "wait", None)
        if callable(wait):
            wait()
            ready.append(time.perf_counter() - start)
    seconds = median(runs)
    out = {
        "articles": len(articles),
        "chars": chars,
        "repeats": repeats,
        "first_run_s": runs[0],
        "cold_s": seconds,
        "cold_chars_per_s": chars / seconds,
    }
    if ready:
        out["ready_s"] = median(ready)
    return out
