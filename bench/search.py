"""Search latency over the query mix: the reader against ripgrep and tantivy.

Every query is run once to warm up, then ``repeats`` times; a query's figure
is the median of its runs, and p50/p95 are taken over all runs of the whole
mix. The reader is timed on ``engine.search(query, limit=LIMIT)`` (the engine of ``build_engine``), the
ranked page a user sees, once the engine is ready (a large corpus's tantivy
index is built in a thread: ``reader_ready_s``); the exact engine
(``SearchIndex``) is timed in the same run as the baseline (``exact_*``,
``ratio_vs_exact``); the tantivy peer on its top ``LIMIT`` with the total count;
ripgrep on a full scan (one process per term). Result counts are documents
(files for ripgrep), from unlimited searches.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from functools import partial
from pathlib import Path

from bench.compat import build_engine
from bench.peers import Ripgrep, Tantivy, available
from bench.queries import Query
from bench.stats import median, percentile, ratio, timed
from reader.core.model import Article
from reader.core.search import parse_query

LIMIT = 20


def measure(articles: Sequence[Article], root: Path, queries: list[Query], repeats: int) -> dict:
    start = time.perf_counter()
    index = build_engine(articles)
    wait = getattr(index, "wait", None)
    if callable(wait):
        wait()
    ready_s = time.perf_counter() - start
    exact = _exact(articles, index)
    peers = available()
    skipped = {name: reason for name, reason in peers.items() if reason}
    rg = Ripgrep(root) if not peers["ripgrep"] else None
    engine = None
    engine_build = None
    if not peers["tantivy"]:
        start = time.perf_counter()
        engine = Tantivy(a.text for a in articles)
        engine_build = time.perf_counter() - start

    rows = []
    samples: dict[str, list[float]] = {"reader": [], "exact": [], "ripgrep": [], "tantivy": []}
    for query in queries:
        terms = parse_query(query.text)
        row: dict = {"kind": query.kind, "query": query.text, "terms": terms}
        index.search(query.text, limit=LIMIT)
        runs = timed(partial(index.search, query.text, limit=LIMIT), repeats)
        samples["reader"] += runs
        row["reader_ms"] = median(runs) * 1000
        row["reader_count"] = len(index.search(query.text))
        if exact is not None:
            exact.search(query.text, limit=LIMIT)
            runs = timed(partial(exact.search, query.text, limit=LIMIT), repeats)
            samples["exact"] += runs
            row["exact_ms"] = median(runs) * 1000
            row["exact_count"] = len(exact.search(query.text))
            row["ratio_vs_exact"] = ratio(row["reader_ms"], row["exact_ms"])
        if rg is not None:
            row["ripgrep_count"] = rg.count(terms)
            runs = timed(partial(rg.count, terms), repeats)
            samples["ripgrep"] += runs
            row["ripgrep_ms"] = median(runs) * 1000
            row["ratio_vs_ripgrep"] = ratio(row["reader_ms"], row["ripgrep_ms"])
        if engine is not None:
            _, row["tantivy_count"] = engine.search(terms, LIMIT)
            runs = timed(partial(engine.search, terms, LIMIT), repeats)
            samples["tantivy"] += runs
            row["tantivy_ms"] = median(runs) * 1000
            row["ratio_vs_tantivy"] = ratio(row["reader_ms"], row["tantivy_ms"])
        rows.append(row)

    out: dict = {
        "limit": LIMIT,
        "repeats": repeats,
        "queries": rows,
        "skipped_peers": skipped,
        "tantivy_build_s": engine_build,
        "reader_engine": type(index).__name__,
        "reader_ready_s": ready_s,
    }
    for name, runs in samples.items():
        if runs:
            out[f"{name}_p50_ms"] = percentile(runs, 50) * 1000
            out[f"{name}_p95_ms"] = percentile(runs, 95) * 1000
    for peer in ("exact", "ripgrep", "tantivy"):
        ratios = [r[f"ratio_vs_{peer}"] for r in rows if r.get(f"ratio_vs_{peer}") is not None]
        if ratios:
            out[f"median_ratio_vs_{peer}"] = median(ratios)
    return out


def _exact(articles: Sequence[Article], index: object):
    """The exact engine, as the baseline, when ``index`` is another engine."""
    try:
        from reader.core.search import SearchIndex
    except ImportError:
        return None
    return None if isinstance(index, SearchIndex) else SearchIndex.build(articles)
