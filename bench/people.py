"""People: characters a second for extraction over the whole corpus.

Each pass runs in a fresh process (``python -m bench.people ROOT``) timing
only the extraction loop over the loaded articles. The first pass gets an
empty READER_CACHE_DIR (cold); the second reuses it (warm, whatever cache
the extractor keeps by content hash).
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from bench import child
from bench.stats import median


def extract_all(root: Path) -> dict:
    from reader.core.corpus import load_corpus
    from reader.core.people import extract_people

    articles = load_corpus([root]).articles
    start = time.perf_counter()
    mentions = sum(sum(p.count for p in extract_people(a)) for a in articles)
    seconds = time.perf_counter() - start
    chars = sum(a.chars for a in articles)
    return {"chars": chars, "seconds": seconds, "mentions": mentions}


def measure(root: Path, repeats: int) -> dict:
    cold, warm = [], []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory(prefix="reader-bench-cache-") as cache:
            env = {"READER_CACHE_DIR": cache}
            cold.append(child.run("bench.people", [str(root)], env))
            warm.append(child.run("bench.people", [str(root)], env))
    chars = cold[0]["chars"]
    cold_s = median([r["seconds"] for r in cold])
    warm_s = median([r["seconds"] for r in warm])
    return {
        "chars": chars,
        "mentions": cold[0]["mentions"],
        "repeats": repeats,
        "cold_s": cold_s,
        "cold_chars_per_s": chars / cold_s,
        "warm_s": warm_s,
        "warm_chars_per_s": chars / warm_s,
    }


if __name__ == "__main__":
    json.dump(extract_all(Path(sys.argv[1])), sys.stdout)
