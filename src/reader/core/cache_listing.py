"""The listing of a corpus in the article cache.

A listing of what a load of some paths gave (each article's id, file, key,
fields, text length and CRC, but not its text; each skipped file) lets the
app show a warm start's titles before opening a file, and ``reader search``
take the articles as listed when a walk finds the files it was saved with,
stat for stat (:class:`Walk`). Listed articles read their texts when first
asked for (``Paragraphs.later``), or many at once (:meth:`ArticleCache.fill`).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core import json_pieces
from reader.core.cache_schema import extra_json
from reader.core.model import Article, Paragraphs, Skipped
from reader.core.script import Script

# A file whose mtime is this close to the moment it was hashed may still be
# changing within one mtime tick: its stat is not trusted next time.
RACY_NS = 2_000_000_000


class CacheListing:
    """The listing methods of :class:`~reader.core.article_cache.ArticleCache`."""

    if TYPE_CHECKING:  # (given by ArticleCache)
        _fingerprint: str
        contexts: dict[str, str]
        listed: dict[str, tuple[str, str, Article]]

        def _query(self, sql: str, args: tuple[object, ...] = ()) -> list[tuple[Any, ...]] | None: ...
        def _write(self, work: Callable[[sqlite3.Connection], object]) -> None: ...
        def _later(self, digest: str, context: str, sums: tuple[int, int]) -> Paragraphs: ...
        def _extra(self, extra: str) -> dict[str, Any]: ...
        def flush(self) -> None: ...

    def listing(self, roots: Iterable[Path | str], walk: Walk | None = None) -> list[Article | Skipped] | None:
        """What the last load of ``roots`` gave (articles and skipped files,
        in order), saved by :meth:`save_listing`, with each article's text
        read from the cache only when first asked for (its length and CRC
        known at once); None if there is none for this code.

        Without ``walk`` the files may have changed since: check them (the
        app's warm start). With it, only if the walk found the very files
        the listing was saved with, with the same stats: the articles are
        then the ones loading would give (``reader search``)."""
        rows = self._query(
            "SELECT data FROM listings WHERE key = ? AND fingerprint = ?", (_listing_key(roots), self._fingerprint)
        )
        if not rows:
            return None
        try:
            saved = json_pieces.loads(rows[0][0])  # (in pieces: json.loads held the GIL 50 ms at 20,000)
            if walk is not None and (walk.racy or saved["walk"] != walk.entries):
                return None
            entries = saved["items"]
            paths = _paths([entry[0] if len(entry) == 2 else entry[1] for entry in entries])
            items = [self._listed(entry, path) for entry, path in zip(entries, paths, strict=True)]
        except (ValueError, TypeError, AttributeError, KeyError, IndexError):
            return None  # (a listing this code cannot read: a miss, listed again)
        if walk is not None:
            return items  # (not checked file by file: no need to know which are cached)
        stored = self._query("SELECT digest, context FROM articles WHERE fingerprint = ?", (self._fingerprint,))
        have = set(stored or ())
        for entry, item in zip(entries, items, strict=True):
            if isinstance(item, Article) and (entry[2], entry[3]) in have:
                self.listed[str(item.path)] = (entry[2], entry[3], item)
        return items

    def _listed(self, entry: list[Any], path: Path) -> Article | Skipped:
        if len(entry) == 2:
            return Skipped(path, str(entry[1]))
        article_id, _path, digest, context, title, script, source, author, date, extra, chars, crc = entry
        if not isinstance(chars, int) or not isinstance(crc, int):
            raise TypeError("no length and CRC")
        return Article(
            id=article_id,
            path=path,
            title=title,
            paragraphs=self._later(digest, context, (chars, crc)),
            script=Script(script),
            source=source,
            author=author,
            date=date,
            digest=digest,
            **self._extra(extra),
        )

    def save_listing(
        self, roots: Iterable[Path | str], items: Iterable[Article | Skipped], walk: Walk | None = None
    ) -> None:
        """Keep what a load of ``roots`` gave, for :meth:`listing`, with the
        files ``walk`` found before it if it is to be trusted without a check
        (none was changed too recently for its stat to tell). Not kept if
        some article was not served or stored under a known context."""
        entries: list[list[Any]] = []
        for item in items:
            if isinstance(item, Skipped):
                entries.append([str(item.path), item.reason])
                continue
            context = self.contexts.get(str(item.path))
            if context is None or not item.digest:
                return
            entries.append(
                [
                    item.id,
                    str(item.path),
                    item.digest,
                    context,
                    item.title,
                    item.script.value,
                    item.source,
                    item.author,
                    item.date,
                    extra_json(item),
                    *item.text_sums,
                ]
            )
        listing = {"walk": walk.entries if walk is not None and not walk.racy else None, "items": entries}
        data = json.dumps(listing, ensure_ascii=False, separators=(",", ":")).encode()
        key, fingerprint = _listing_key(roots), self._fingerprint
        self.flush()  # (the rows it names first)
        self._write(lambda db: db.execute("INSERT OR REPLACE INTO listings VALUES (?, ?, ?)", (key, fingerprint, data)))


def _paths(names: list[str]) -> list[Path]:
    """``Path(name)`` of each name. Python 3.11's pathlib parses every path
    in full (12 ms for 2,000, 0.12 s for 20,000 listed files); files of one
    folder are made from its parsed parts there, five times faster."""
    if sys.version_info >= (3, 12) or not hasattr(Path, "_from_parsed_parts"):
        return [Path(name) for name in names]
    folders: dict[str, Path] = {}
    paths = []
    for name in names:
        head, _, tail = name.rpartition("/")
        folder = folders.get(head)
        if folder is None:
            folder = folders[head] = Path(head or ".")
        if not head or not tail or tail in (".", "..") or not folder.is_absolute():
            paths.append(Path(name))
            continue
        parts = [*folder._parts, tail]  # type: ignore[attr-defined]
        path = type(folder)._from_parsed_parts(folder._drv, folder._root, parts)  # type: ignore[attr-defined]
        paths.append(path)
    return paths


class Walk:
    """The files the corpus under ``paths`` is loaded from, with their stats,
    taken before loading (a file changed after is newer than its entry): a
    listing saved with them is trusted while a walk finds the same."""

    def __init__(self, paths: Iterable[Path | str]) -> None:
        from reader.core.folder_walk import _groups

        now = time.time_ns()
        entries: list[list[Any]] = []
        # A file changed too recently for its mtime to tell a later change.
        self.racy = False
        for root, files in _groups(paths):
            entries.append([str(root)])
            for path in files:
                if isinstance(path, Skipped):
                    entries.append([str(path.path), path.reason])
                    continue
                try:
                    info = os.stat(path)
                except OSError as exc:
                    entries.append([str(path), exc.errno or 0])
                    continue
                entries.append([str(path), info.st_size, info.st_mtime_ns, info.st_ino, info.st_dev, info.st_mode])
                self.racy = self.racy or now - info.st_mtime_ns < RACY_NS
        self.entries = entries


def _listing_key(roots: Iterable[Path | str]) -> str:
    """The listing's key: the roots as given, made absolute."""
    names = "\0".join(os.path.abspath(root) for root in roots)
    return hashlib.blake2b(names.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


__all__ = ["RACY_NS", "CacheListing", "Walk"]
