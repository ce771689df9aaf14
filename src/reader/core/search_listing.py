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
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.folder_walk import _groups
from reader.core.model import Article, Skipped
from reader.core.script import Script
from reader.core.stored_text import StoredParagraphs, TextSource, stored

if TYPE_CHECKING:
    from reader.core.search_cache import IndexStore

VERSION = "reader-search-listing/2"
# An article's fields the listing holds first in each row, then where its
# file is in the walk, its text's key in the article cache (digest, None when
# it is the article's, and context), length and CRC, then every other field
# in the order the listing names them (so a field added to Article is listed
# without a change here).
_COLUMNS = ("id", "title", "script", "source", "author", "date", "digest")
_OWN = ("path", "paragraphs")


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
        saved = json.loads(data.decode("utf-8", "surrogatepass"))
        entries = saved["entries"]
        if entries != walk.entries:
            return None
        names = saved["fields"]
        build = _builder(names, source, [walk.paths.get(entry[0]) for entry in entries])
        return [build(row) for row in saved["articles"]]
    except (ValueError, KeyError, TypeError, IndexError):
        return None


def save(store: IndexStore, walk: Walk, articles: Iterable[Article]) -> None:
    """List ``articles`` (loaded for ``walk``) if every one's text is kept
    in the article cache and no file was too recent to trust its stat."""
    if walk.racy:
        return
    where = {entry[0]: n for n, entry in enumerate(walk.entries) if len(entry) > 2}
    names = [f.name for f in dataclasses.fields(Article) if f.name not in _COLUMNS and f.name not in _OWN]
    rows = []
    for article in articles:
        held = stored(article)
        entry = where.get(str(article.path))
        if held is None or entry is None:
            return  # cleaned in this run: listed next time, from the cache
        columns = [getattr(article, name) for name in _COLUMNS]
        columns[2] = article.script.value
        digest = None if held.key[0] == article.digest else held.key[0]
        extra = [getattr(article, name) for name in names]
        rows.append([*columns, entry, digest, held.key[1], held.length, held.crc, *extra])
    data = json.dumps({"entries": walk.entries, "fields": names, "articles": rows}, ensure_ascii=False)
    store.save_listing(walk.key, data.encode("utf-8", "surrogatepass"))


def _builder(names: list[str], source: TextSource, paths: list[Path | None]) -> Callable[[list[Any]], Article]:
    """A row of the listing to its article (extra fields ``names``)."""
    known = {f.name for f in dataclasses.fields(Article)}
    if not set(names) <= known:
        raise KeyError("a field Article no longer has")
    width = len(_COLUMNS) + 5

    def build(row: list[Any]) -> Article:
        article_id, title, script, source_field, author, date, digest, entry, key_digest, context, length, crc = row[
            :width
        ]
        if not isinstance(length, int) or not isinstance(crc, int) or len(row) != width + len(names):
            raise TypeError("not a listing row")
        path = paths[entry]
        if path is None:
            raise TypeError("not a file of the walk")
        extra = {n: _tuples(v) if isinstance(v, list) else v for n, v in zip(names, row[width:], strict=True)}
        return Article(
            id=article_id,
            path=path,
            title=title,
            paragraphs=StoredParagraphs(source, (key_digest or digest, context), length, crc),
            script=Script(script),
            source=source_field,
            author=author,
            date=date,
            digest=digest,
            **extra,
        )

    return build


def _tuples(value: object) -> Any:
    """JSON lists back to the tuples Article holds."""
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


__all__ = ["Walk", "listed", "save"]
