"""Index build: seconds and characters a second for the whole corpus.

Cold is a fresh engine (``build_engine``) built from loaded articles, on one thread.
The first run of a process also fills the fold tables of
reader.core.foldtable, so it is reported on its own as well as in the median.
"""

from __future__ import annotations

from collections.abc import Sequence

from bench.compat import build_engine
from bench.stats import median, timed
from reader.core.model import Article


def measure(articles: Sequence[Article], repeats: int) -> dict:
    chars = sum(a.chars for a in articles)
    runs = timed(lambda: build_engine(articles), repeats)
    seconds = median(runs)
    return {
        "articles": len(articles),
        "chars": chars,
        "repeats": repeats,
        "first_run_s": runs[0],
        "cold_s": seconds,
        "cold_chars_per_s": chars / seconds,
    }
