"""The listing of a corpus in the article cache.

A listing of what a load of some paths gave (each article's id, file, key,
fields, text length and CRC, but not its text; each skipped file) lets the
app show a warm start's titles before opening a file, and ``reader search``
take the articles as listed when a walk finds the files it was saved with,
stat for stat (:class:`Walk`). Listed articles read their texts when first
asked for (``Paragraphs.later``), or many at once (:meth:`ArticleCache.fill`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from reader.core import json_pieces
from reader.core.cache_schema import COLUMNS, extra_json, tuples_of
from reader.core.model import Article, Paragraphs, Skipped, TextGone
from reader.core.script import Script

# A listing of more than FIRST_SPLIT items offers its first FIRST_ITEMS
# first (see CacheListing.listing): building 20,000 articles took ~0.3 s of
# CPU, and a screen shows a few dozen rows.
FIRST_SPLIT = 5000
FIRST_ITEMS = 200
# A file whose mtime is this close to the moment it was hashed may still be
# changing within one mtime tick: its stat is not trusted next time.
RACY_NS = 2_000_000_000
# Each script by its value (a dict lookup, not the enum's call per article).
_SCRIPTS = {script.value: script for script in Script}
# Every field of Article that has a default, with it (see _article).
_DEFAULTS = {f.name: f.default for f in dataclasses.fields(Article) if f.default is not dataclasses.MISSING}
_FAST = not hasattr(Article, "__slots__") and all(
    f.default_factory is dataclasses.MISSING for f in dataclasses.fields(Article)
)


def _article(fields: dict[str, Any]) -> Article:
    """``Article(**fields)`` for fields whose ``paragraphs`` is a
    Paragraphs already (what ``__post_init__`` makes of them): the frozen
    dataclass's ``__init__`` sets each field through ``object.__setattr__``,
    ~4 µs an article, most of building a listed one (a warm start builds
    every listed article before its titles are drawn). The same object
    (tests compare them field by field)."""
    if not (_FAST and _REQUIRED <= fields.keys() <= _NAMES and isinstance(fields["paragraphs"], Paragraphs)):
        return Article(**fields)
    article = object.__new__(Article)
    article.__dict__.update(_DEFAULTS, **fields)
    return article


_NAMES = frozenset(f.name for f in dataclasses.fields(Article))
_REQUIRED = _NAMES - _DEFAULTS.keys()


class CacheListing:
    """The listing methods of :class:`~reader.core.article_cache.ArticleCache`."""

    if TYPE_CHECKING:  # (given by ArticleCache)
        _fingerprint: str
        contexts: dict[str, str]
        listed: dict[str, tuple[str, str, Article]]
        _extras: dict[str, dict[str, Any]]

        def _query(self, sql: str, args: tuple[object, ...] = ()) -> list[tuple[Any, ...]] | None: ...
        def _write(self, work: Callable[[sqlite3.Connection], object]) -> None: ...
        def _later(self, digest: str, context: str, sums: tuple[int, int]) -> Paragraphs: ...
        def _extra(self, extra: str) -> dict[str, Any]: ...
        def flush(self) -> None: ...

    def listing(
        self,
        roots: Iterable[Path | str],
        walk: Walk | None = None,
        first: Callable[[list[Article | Skipped], int], None] | None = None,
    ) -> list[Article | Skipped] | None:
        """What the last load of ``roots`` gave (articles and skipped files,
        in order), saved by :meth:`save_listing`, with each article's text
        read from the cache only when first asked for (its length and CRC
        known at once); None if there is none for this code.

        Without ``walk`` the files may have changed since: check them (the
        app's warm start). With it, only if the walk found the very files
        the listing was saved with, with the same stats: the articles are
        then the ones loading would give (``reader search``).

        ``first(items, count)``, given, is called with the first FIRST_ITEMS
        items as soon as they are built, and how many there are, when a
        listing has more than FIRST_SPLIT (so a large corpus's first
        screenful can be drawn while the rest are built)."""
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
            names = [entry[0] if len(entry) == 2 else entry[1] for entry in entries]
            self._decode_extras([entry[9] for entry in entries if len(entry) == 12])
            paths = _paths(names)
            cut = FIRST_ITEMS if first is not None and len(entries) > FIRST_SPLIT else 0
            items = [self._listed(entry, path) for entry, path in zip(entries[:cut], paths, strict=False)]
            if cut:
                assert first is not None
                first(list(items), len(entries))
            items += [self._listed(entry, path) for entry, path in zip(entries[cut:], paths[cut:], strict=True)]
        except (ValueError, TypeError, AttributeError, KeyError, IndexError):
            return None  # (a listing this code cannot read: a miss, listed again)
        if walk is not None:
            return items  # (not checked file by file: no need to know which are cached)
        stored = self._query("SELECT digest, context FROM articles WHERE fingerprint = ?", (self._fingerprint,))
        have = set(stored or ())
        for entry, name, item in zip(entries, names, items, strict=True):
            if isinstance(item, Article) and (entry[2], entry[3]) in have:
                # (the saved name is str(path) as saved: no str() per path)
                self.listed[name] = (entry[2], entry[3], item)
        return items

    def listed_articles(self, roots: Iterable[Path | str], walk: Walk) -> tuple[ListedArticles, list[Skipped]] | None:
        """The articles of :meth:`listing` with ``walk`` (in id order), each
        built when first read, and the skipped files; None as there. Only
        each article's id, title, text length and CRC are read at once
        (``reader search`` opens a saved index with them and builds only
        the results)."""
        rows = self._query(
            "SELECT data FROM listings WHERE key = ? AND fingerprint = ?", (_listing_key(roots), self._fingerprint)
        )
        if not rows:
            return None
        try:
            saved = json.loads(rows[0][0])
            if walk.racy or saved["walk"] != walk.entries:
                return None
            entries = [entry for entry in saved["items"] if len(entry) != 2]
            skipped = [Skipped(Path(entry[0]), str(entry[1])) for entry in saved["items"] if len(entry) == 2]
            entries.sort(key=lambda entry: entry[0])  # (by id, as loading gives them)
            listed = ListedArticles(self._listed_article, entries)
        except (ValueError, TypeError, AttributeError, KeyError, IndexError):
            return None  # (a listing this code cannot read: a miss, listed again)
        return listed, skipped

    def _decode_extras(self, extras: list[Any]) -> None:
        """Decode the extras not decoded yet (``_extra`` keeps them) in one
        call: one ``json.loads`` each was ~5 ms of a warm start's listing at
        2,000 articles. The same fields ``_extra`` gives; anything it cannot
        take at once (not strings, not an object each, or values that cannot
        be shared) is left for ``_extra``, which says what is wrong."""
        fresh = [extra for extra in dict.fromkeys(extras) if isinstance(extra, str) and extra not in self._extras]
        if not fresh:
            return
        try:
            values = json.loads("[" + ",".join(fresh) + "]")
        except ValueError:
            return
        if not isinstance(values, list) or len(values) != len(fresh):
            return
        for extra, value in zip(fresh, values, strict=True):
            if not isinstance(value, dict):
                continue
            fields = {k: tuples_of(v) for k, v in value.items() if k in _NAMES}
            try:
                hash(tuple(fields.values()))  # (only immutable values are shared, as _extra does)
            except TypeError:
                continue
            self._extras[extra] = fields

    def _listed_article(self, entry: list[Any]) -> Article:
        article = self._listed(entry, Path(entry[1]))
        assert isinstance(article, Article)
        return article

    def _listed(self, entry: list[Any], path: Path) -> Article | Skipped:
        if len(entry) == 2:
            return Skipped(path, str(entry[1]))
        article_id, _path, digest, context, title, script, source, author, date, extra, chars, crc = entry
        if not isinstance(chars, int) or not isinstance(crc, int):
            raise TypeError("no length and CRC")
        extras = self._extra(extra)
        if not COLUMNS.isdisjoint(extras):
            raise TypeError("an extra field repeats a column")
        fields = extras | {
            "id": article_id,
            "path": path,
            "title": title,
            "paragraphs": self._later(digest, context, (chars, crc)),
            "script": _SCRIPTS.get(script) or Script(script),
            "source": source,
            "author": author,
            "date": date,
            "digest": digest,
        }
        return _article(fields)

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


_UNBUILT = object()


class ListedArticles(Sequence[Article]):
    """Listed articles, each built from its entry when first read (and then
    the same object each time): ``article_keys`` gives every one's id,
    title, text length and CRC without building any, which is what the
    search indexes are keyed by. An entry that cannot be built is
    :class:`~reader.core.model.TextGone` (the listing is then of no use:
    load the files). Articles can be appended, or replaced by None (as a
    search engine retires one)."""

    def __init__(self, build: Callable[[list[Any]], Article], entries: list[list[Any]]) -> None:
        keys = []
        for entry in entries:
            article_id, _path, _digest, _context, title, *_rest, chars, crc = entry
            if not (isinstance(article_id, str) and isinstance(title, str)):
                raise TypeError("no id or title")
            if not isinstance(chars, int) or not isinstance(crc, int):
                raise TypeError("no length and CRC")
            keys.append((article_id, title, chars, crc))
        self.article_keys: list[tuple[str, str, int, int]] = keys
        self._build = build
        self._entries: list[list[Any] | None] = list(entries)
        self._items: list[Any] = [_UNBUILT] * len(entries)
        self._shared_keys = False  # (with a copy: changed on a copy of its own)

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, n: int) -> Article: ...

    @overload
    def __getitem__(self, n: slice) -> list[Article]: ...

    def __getitem__(self, n: int | slice) -> Article | list[Article]:
        if isinstance(n, slice):
            return [self[i] for i in range(len(self._items))[n]]
        item = self._items[n]
        if item is _UNBUILT:
            entry = self._entries[n]
            assert entry is not None
            try:
                item = self._build(entry)
            except (ValueError, TypeError, AttributeError, KeyError, IndexError) as exc:
                raise TextGone(f"the article cache's listing has an entry it cannot give: {exc}") from None
            self._items[n] = item
        return item  # type: ignore[no-any-return]

    def __setitem__(self, n: int, article: Article | None) -> None:
        self._items[n] = article
        self._entries[n] = None
        if article is not None:
            self._own_keys()[n] = (article.id, article.title, *article.text_sums)

    def append(self, article: Article) -> None:
        self._items.append(article)
        self._entries.append(None)
        self._own_keys().append((article.id, article.title, *article.text_sums))

    def _own_keys(self) -> list[tuple[str, str, int, int]]:
        if self._shared_keys:
            self.article_keys = list(self.article_keys)
            self._shared_keys = False
        return self.article_keys

    def copy(self) -> ListedArticles:
        """Another sequence of the same articles (those built so far the same
        objects; the rest each builds on its own)."""
        other = ListedArticles.__new__(ListedArticles)
        other._build = self._build
        other._entries, other._items = list(self._entries), list(self._items)
        other.article_keys = self.article_keys
        other._shared_keys = self._shared_keys = True
        return other


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
        from reader.core.folder_walk import _entries

        now = time.time_ns()
        entries: list[list[Any]] = []
        # A file changed too recently for its mtime to tell a later change.
        self.racy = False
        for given in paths:
            # (as loading walks them, folder_walk._groups: names, not paths)
            root = Path(given)
            if root.is_dir():
                entries.append([str(root)])
                found: Iterable[tuple[os.DirEntry[str] | None, str, str | None]] = (
                    (entry, entry.path, reason) for entry, reason in _entries(root)
                )
            else:
                entries.append([str(root.parent)])
                found = [(None, str(root), None)]
            for entry, name, reason in found:
                if reason is not None:
                    entries.append([name, reason])
                    continue
                try:
                    info = entry.stat() if entry is not None else os.stat(name)
                except OSError as exc:
                    entries.append([name, exc.errno or 0])
                    continue
                entries.append([name, info.st_size, info.st_mtime_ns, info.st_ino, info.st_dev, info.st_mode])
                self.racy = self.racy or now - info.st_mtime_ns < RACY_NS
        self.entries = entries


def _listing_key(roots: Iterable[Path | str]) -> str:
    """The listing's key: the roots as given, made absolute."""
    names = "\0".join(os.path.abspath(root) for root in roots)
    return hashlib.blake2b(names.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


__all__ = ["RACY_NS", "CacheListing", "ListedArticles", "Walk"]
