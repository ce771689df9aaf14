"""People found per article, cached by the file's content hash.

One JSON file per article digest under the user cache dir (``READER_CACHE_DIR``
overrides it), tagged with a fingerprint of the rules' source and of the
registry files, so a changed rule or alias invalidates it. A missing, corrupt or
unwritable cache is ignored: the people are found again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from functools import cache
from pathlib import Path

from reader.core import paths
from reader.core.files import atomic_write
from reader.core.model import Article
from reader.core.people.model import ArticlePerson, Mention, Person

# Bump when the stored format changes; rule changes invalidate on their own
# (the rules' source is part of the key, see rules_fingerprint).
VERSION = 1
_RULE_MODULES = ("names.py", "candidates.py", "aliases.py", "extract.py", "lexicon.py")


@cache
def rules_fingerprint() -> str:
    digest = hashlib.sha256(str(VERSION).encode())
    for name in _RULE_MODULES:
        try:
            digest.update((Path(__file__).parent / name).read_bytes())
        except OSError:
            digest.update(name.encode())
    return digest.hexdigest()[:16]


def cache_dir() -> Path:
    return paths.cache_dir() / "people"


def _path(article: Article) -> Path | None:
    digest = article.digest
    if not digest or not all(c.isalnum() for c in digest):
        return None
    return cache_dir() / f"{digest}.json"


def load(article: Article, fingerprint: str) -> list[ArticlePerson] | None:
    path = _path(article)
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["version"] != rules_fingerprint() or data["registry"] != fingerprint:
            return None
        people = [
            ArticlePerson(
                Person(p["key"], p["name"], tuple(p["aliases"]), p["context"]),
                tuple(Mention(s, e, a) for s, e, a in p["mentions"]),
            )
            for p in data["people"]
        ]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    text = article.text
    # A cache for other text (or a damaged one) must not point at wrong places.
    if any(text[m.start : m.end] != m.alias for p in people for m in p.mentions):
        return None
    return people


def store(article: Article, fingerprint: str, people: list[ArticlePerson]) -> None:
    path = _path(article)
    if path is None:
        return
    data = {
        "version": rules_fingerprint(),
        "registry": fingerprint,
        "people": [
            {
                "key": p.person.key,
                "name": p.person.name,
                "aliases": list(p.person.aliases),
                "context": p.person.context,
                "mentions": [[m.start, m.end, m.alias] for m in p.mentions],
            }
            for p in people
        ],
    }
    # No cache dir: the people are found again next time.
    with contextlib.suppress(OSError):
        atomic_write(path, json.dumps(data, ensure_ascii=False))
