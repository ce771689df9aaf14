"""Output digest of reader mode, for changes that must not change what it
gives (a speed pass): every article's title, metadata, credits, bylines and
cleaned text, loaded as a corpus without a cache, hashed per folder.

    READER_CACHE_DIR=$(mktemp -d) PYTHONPATH=src python tests/output_digest.py [FOLDER...]

Default folders: tests/data/pages, tests/data/people, the seeds, and a
bench corpus if one is named (``python -m bench.generate --out DIR``).
Equal hashes on two checkouts mean identical output.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from reader.core.corpus import load_corpus

_DEFAULT = ("tests/data/pages", "tests/data/people", "seeds")


def digest(folder: Path) -> tuple[int, str]:
    """How many articles ``folder`` gives, and a hash of all they say."""
    h = hashlib.sha256()
    articles = sorted(load_corpus([folder]).articles, key=lambda a: str(a.path))
    for a in articles:
        row = [str(a.path), a.title, a.source, a.author, a.date, list(a.credits), list(a.bylines), a.text]
        h.update(json.dumps(row, ensure_ascii=False).encode())
    return len(articles), h.hexdigest()[:16]


def main(argv: list[str]) -> None:
    for folder in [Path(p) for p in argv or _DEFAULT]:
        count, hashed = digest(folder)
        print(f"{folder}\t{count}\t{hashed}")


if __name__ == "__main__":
    main(sys.argv[1:])
