"""Loading the corpus through the article cache, in a fresh process
(``python -m bench.load ROOT [WORKERS]``): seconds from nothing imported to
every article loaded, as the CLI and the app load it. With WORKERS, the
files the cache lacks are first cleaned into it by that many worker
processes (``bench.pool_load``); ``pool_s`` is that part."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def load(root: Path, workers: int = 0) -> dict:
    start = time.perf_counter()
    pool_s = None
    if workers:
        from bench.pool_load import fill_cache

        fill_cache([root], workers)
        pool_s = time.perf_counter() - start
    from bench.compat import load_cached

    corpus = load_cached([root])
    return {"seconds": time.perf_counter() - start, "articles": len(corpus.articles), "pool_s": pool_s}


if __name__ == "__main__":
    json.dump(load(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 0), sys.stdout)
