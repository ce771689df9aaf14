"""Loading the corpus through the article cache, in a fresh process
(``python -m bench.load ROOT``): seconds from nothing imported to every
article loaded, as the CLI and the app load it."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def load(root: Path) -> dict:
    start = time.perf_counter()
    from bench.compat import load_cached

    corpus = load_cached([root])
    return {"seconds": time.perf_counter() - start, "articles": len(corpus.articles)}


if __name__ == "__main__":
    json.dump(load(Path(sys.argv[1])), sys.stdout)
