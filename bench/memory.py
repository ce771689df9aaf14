"""Memory: peak RSS of a fresh process that loads the corpus, builds the
search index and extracts every article's people, as the app does, against
the corpus's size on disk (``python -m bench.memory ROOT``)."""

from __future__ import annotations

import json
import resource
import sys
import tempfile
from pathlib import Path

from bench import child
from bench.stats import median


def _peak_mb() -> float:
    # VmHWM is this process image's own high-water mark. ru_maxrss is not:
    # Linux carries it across fork and exec, so a child started by a large
    # bench process reported the parent's 400 MB as its own.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def load_everything(root: Path) -> dict:
    from bench.compat import build_engine
    from reader.core.corpus import load_corpus
    from reader.core.people import PeopleIndex, extract_people

    after_imports = _peak_mb()
    corpus = load_corpus([root])
    after_load = _peak_mb()
    build_engine(corpus.articles)
    after_index = _peak_mb()
    people = PeopleIndex()
    for article in corpus.articles:
        people.add(article, extract_people(article))
    return {
        "imports_mb": after_imports,
        "after_load_mb": after_load,
        "after_index_mb": after_index,
        "peak_rss_mb": _peak_mb(),
        "people": len(people.people()),
    }


def disk_mb(root: Path) -> float:
    return sum(p.stat().st_size for p in root.rglob("*.txt")) / 2**20


def measure(root: Path, repeats: int) -> dict:
    runs = []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory(prefix="reader-bench-cache-") as cache:
            runs.append(child.run("bench.memory", [str(root)], {"READER_CACHE_DIR": cache}))
    disk = disk_mb(root)
    out = {"disk_mb": disk, "repeats": repeats}
    for key in ("imports_mb", "after_load_mb", "after_index_mb", "peak_rss_mb"):
        out[key] = median([r[key] for r in runs])
    out["rss_per_disk_mb"] = out["peak_rss_mb"] / disk
    return out


if __name__ == "__main__":
    json.dump(load_everything(Path(sys.argv[1])), sys.stdout)
