"""What ``reader search`` needs of a corpus, kept between runs: every
article's id, title and fields, where its text is kept in the article cache
and that text's length and CRC (what the search index is keyed by).

Loading 20,000 articles from the article cache costs seconds even with
their texts left there (each file's digest and template context worked out
again, a row read and an article built per file); a search needs none of
it when nothing changed. Loading is a pure function of the files found, their
bytes, their names and the loading code, so the listing is kept in the
search cache under the paths searched and the loading code's fingerprint,
with the stat (size, mtime, inode, device) of every file the walk found:
when the same walk finds the same files with the same stats, the articles
are the ones listed, and only their texts are read from the article cache,
when shown. Anything else (a file added, removed, touched) is a miss: the
corpus is loaded as usual and listed again. A listing is only saved when
every article came from the article cache and no file was changed too
recently for its mtime to tell (see ``article_cache.RACY_NS``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.folder_walk import _groups
from reader.core.model import Article, Skipped
from reader.core.script import Script
from reader.core.stored_text import StoredParagraphs, TextSource, stored

if TYPE_CHECKING:
    from reader.core.search_cache import IndexStore

VERSION = "reader-search-listing/1"
# An article's fields the listing holds as columns of its own (the rest,
# like the article cache's ``extra``, as name and value pairs).
_COLUMNS = ("id", "title", "script", "source", "author", "date", "digest")


class Walk:
    """The files the corpus under ``paths`` is loaded from, with their stats,
    taken before loading (a file changed after is newer than its entry)."""

    def __init__(self, paths: Sequence[Path]) -> None:
        from reader.core.article_cache import RACY_NS
        from reader.core.code_fingerprint import loading_fingerprint

        now = time.time_ns()
        entries: list[list[Any]] = []
        self.racy = False
        # The walk's paths by name: a listed article takes its path from here.
        self.paths: dict[str, Path] = {}
        for root, files in _groups(paths):
            entries.append([str(root)])
            for path in files:
                if isinstance(path, Skipped):
                    entries.append([str(path.path), path.reason])
                    continue
                self.paths[str(path)] = path
                try:
                    info = os.stat(path)
                except OSError as exc:
                    entries.append([str(path), exc.errno or 0])
                    continue
                entries.append([str(path), info.st_size, info.st_mtime_ns, info.st_ino, info.st_dev, info.st_mode])
                self.racy = self.racy or now - info.st_mtime_ns < RACY_NS
        self.entries = entries
        named = json.dumps([VERSION, loading_fingerprint(), os.getcwd(), [str(p) for p in paths]])
        self.key = "listing-" + hashlib.blake2b(named.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


def listed(store: IndexStore, walk: Walk, source: TextSource) -> list[Article] | None:
    """The articles listed for ``walk``'s paths if the walk found the very
    files listed, their texts left in ``source`` (the article cache); else None."""
    data = store.load_listing(walk.key)
    if data is None:
        return None
    try:
        saved = json.loads(data)
        if saved["entries"] != walk.entries:
            return None
        return [_article(row, source, walk.paths) for row in saved["articles"]]
    except (ValueError, KeyError, TypeError, IndexError):
        return None


def save(store: IndexStore, walk: Walk, articles: Iterable[Article]) -> None:
    """List ``articles`` (loaded for ``walk``) if every one's text is kept
    in the article cache and no file was too recent to trust its stat."""
    if walk.racy:
        return
    rows = []
    for article in articles:
        held = stored(article)
        if held is None:
            return  # cleaned in this run: listed next time, from the cache
        extra = {
            f.name: getattr(article, f.name)
            for f in dataclasses.fields(article)
            if f.name not in _COLUMNS and f.name not in ("path", "paragraphs")
        }
        columns = [getattr(article, name) for name in _COLUMNS]
        columns[2] = article.script.value
        rows.append([*columns, str(article.path), *held.key, held.length, held.crc, extra])
    # (ASCII: a name or title may hold a lone surrogate)
    store.save_listing(walk.key, json.dumps({"entries": walk.entries, "articles": rows}).encode())


def _article(row: list[Any], source: TextSource, paths: dict[str, Path]) -> Article:
    article_id, title, script, source_field, author, date, digest, path, key_digest, context, length, crc, extra = row
    if not isinstance(length, int) or not isinstance(crc, int) or not isinstance(extra, dict):
        raise TypeError("not a listing row")
    return Article(
        id=article_id,
        path=paths.get(path) or Path(path),
        title=title,
        paragraphs=StoredParagraphs(source, (key_digest, context), length, crc),
        script=Script(script),
        source=source_field,
        author=author,
        date=date,
        digest=digest,
        **{name: _tuples(value) if isinstance(value, list) else value for name, value in extra.items()},
    )


def _tuples(value: object) -> Any:
    """JSON lists back to the tuples Article holds."""
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


__all__ = ["Walk", "listed", "save"]
