"""The listing of a corpus in the article cache.

A listing of what a load of some paths gave (each article's id, file, key,
fields, text length and CRC, but not its text; each skipped file) lets the
app show a warm start's titles before opening a file, and ``reader search``
take the articles as listed when a walk finds the files it was saved with,
stat for stat (:class:`~reader.core.listing_walk.Walk`). Listed articles
read their texts when first asked for (``Paragraphs.later``), or many at
once (:meth:`ArticleCache.fill`).
"""

from __future__ import annotations

import dataclasses
import itertools
import marshal
import os
import sqlite3
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from reader.core.cache_schema import COLUMNS
from reader.core.digests import blake2b
from reader.core.listing_walk import Walk
from reader.core.model import Article, Paragraphs, Skipped, TextGone
from reader.core.script import Script

# A listing of more than FIRST_SPLIT items offers its first FIRST_ITEMS
# first (see CacheListing.listing), for a first frame with a screenful of
# rows while the rest are built. Building 20,000 listed articles takes ~0.11 s
# of CPU: the whole listing in the first frame put every title on screen
# sooner (0.68 s against 0.91 s, the bare app 0.29 s) with no stall after it
# (9 ms against 46 ms), the first screenful 0.09 s later.
FIRST_SPLIT = 50_000
FIRST_ITEMS = 200
# A listing is kept as marshal data (what the walk found, then the entries
# in pieces of PIECE_ITEMS, the first of FIRST_ITEMS): each piece is one C
# call of ~1 ms, where the same listing as JSON took ~170 ms of CPU to
# decode at 20,000 articles (the JSON, then each article's extra fields).
LISTING_FORMAT = b"reader-listing/2\n"
PIECE_ITEMS = 1000
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
# The fields a listed article keeps in its entry's dict of extras (every one
# without a column), and whether an article can be built without __init__
# from the columns and those (see _listed).
_EXTRA_NAMES = tuple(sorted(_NAMES - COLUMNS))
_EXTRA_SET = frozenset(_EXTRA_NAMES)
_DIRECT = _FAST and _REQUIRED <= COLUMNS


def _pieces(entries: list[tuple[Any, ...]]) -> list[bytes]:
    cuts = [0, *range(FIRST_ITEMS, len(entries), PIECE_ITEMS), len(entries)]
    return [marshal.dumps(tuple(entries[a:b])) for a, b in itertools.pairwise(cuts) if b > a]


def _unpacked(data: object) -> tuple[int, bytes, list[bytes]]:
    """(how many items, the walk's data, each piece's data) of a saved
    listing; ValueError if it is not one this code wrote."""
    if not isinstance(data, bytes) or not data.startswith(LISTING_FORMAT):
        raise ValueError("not a listing of this format")
    count, walk, pieces = marshal.loads(memoryview(data)[len(LISTING_FORMAT) :])
    if not (type(count) is int and type(walk) is bytes and type(pieces) is list):
        raise ValueError("not a listing")
    return count, walk, pieces


def _piece(data: object) -> tuple[Any, ...]:
    entries = marshal.loads(data) if type(data) is bytes else None
    if type(entries) is not tuple:
        raise ValueError("not a piece of a listing")
    return entries


class CacheListing:
    """The listing methods of :class:`~reader.core.article_cache.ArticleCache`."""

    if TYPE_CHECKING:  # (given by ArticleCache)
        _fingerprint: str
        contexts: dict[str, str]

        def _query(self, sql: str, args: tuple[object, ...] = ()) -> list[tuple[Any, ...]] | None: ...
        def _write(self, work: Callable[[sqlite3.Connection], object]) -> None: ...
        def _later(self, digest: str, context: str, sums: tuple[int, int]) -> Paragraphs: ...
        def _laters(self) -> Callable[[str, str, tuple[int, int]], Paragraphs]: ...
        def flush(self) -> None: ...

    _listed_files: dict[str, tuple[str, str, Article]]
    _unchecked: list[Article | Skipped] | None = None

    @property
    def listed(self) -> dict[str, tuple[str, str, Article]]:
        """What :meth:`listing` listed, by file: (digest, context, article),
        for each article whose row the cache holds: a file loaded under the
        same key is that article (no row is read). Worked out when first
        asked for (the loader's check of the files), not before the titles."""
        unchecked, self._unchecked = self._unchecked, None
        if unchecked:
            stored = self._query("SELECT digest, context FROM articles WHERE fingerprint = ?", (self._fingerprint,))
            have = set(stored or ())
            listed = self._listed_files
            for item in unchecked:
                if isinstance(item, Article):
                    key = item.paragraphs.key  # type: ignore[attr-defined]  # (the cache, digest, context)
                    if (key[1], key[2]) in have:
                        listed[str(item.path)] = (key[1], key[2], item)
        return self._listed_files

    @listed.setter
    def listed(self, listed: dict[str, tuple[str, str, Article]]) -> None:
        self._listed_files, self._unchecked = listed, None

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
        items: list[Article | Skipped] = []
        try:
            count, walked, pieces = _unpacked(rows[0][0])
            if walk is not None and (walk.racy or marshal.loads(walked) != walk.entries):
                return None
            split = first is not None and count > FIRST_SPLIT
            for data in pieces:
                entries = _piece(data)
                paths = _paths([entry[0] if len(entry) == 2 else entry[1] for entry in entries])
                items += self._built(entries, paths)
                if split and len(items) >= FIRST_ITEMS:
                    assert first is not None
                    first(items[:FIRST_ITEMS], count)
                    split = False
            if len(items) != count:
                raise ValueError("a listing with items missing")
        except (ValueError, TypeError, AttributeError, KeyError, IndexError, EOFError):
            return None  # (a listing this code cannot read: a miss, listed again)
        if walk is None:
            # (not checked file by file for reader search: no need to know which are cached)
            self._unchecked = items
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
            count, walked, pieces = _unpacked(rows[0][0])
            if walk.racy or marshal.loads(walked) != walk.entries:
                return None
            saved = [entry for data in pieces for entry in _piece(data)]
            if len(saved) != count:
                raise ValueError("a listing with items missing")
            entries = [entry for entry in saved if len(entry) != 2]
            skipped = [Skipped(Path(entry[0]), str(entry[1])) for entry in saved if len(entry) == 2]
            entries.sort(key=lambda entry: entry[0])  # (by id, as loading gives them)
            listed = ListedArticles(self._listed_article, entries)
        except (ValueError, TypeError, AttributeError, KeyError, IndexError, EOFError):
            return None  # (a listing this code cannot read: a miss, listed again)
        return listed, skipped

    def _listed_article(self, entry: tuple[Any, ...]) -> Article:
        article = self._built([entry], [Path(entry[1])])[0]
        assert isinstance(article, Article)
        return article

    def _built(self, entries: Iterable[tuple[Any, ...]], paths: Iterable[Path]) -> list[Article | Skipped]:
        """The item of each entry, at ``path``: in one loop, each article's
        fields set in its dict one by one (a call per entry and an update
        with keywords cost ~2 µs an article of a warm start's listing)."""
        later, new, defaults, scripts, extra_names = self._laters(), object.__new__, _DEFAULTS, _SCRIPTS, _EXTRA_SET
        built: list[Article | Skipped] = []
        add = built.append
        for entry, path in zip(entries, paths, strict=True):
            if len(entry) == 2:
                add(Skipped(path, str(entry[1])))
                continue
            article_id, _path, digest, context, title, script, source, author, date, extras, chars, crc = entry
            if type(chars) is not int or type(crc) is not int:
                raise TypeError("no length and CRC")
            if type(extras) is not dict or not extras.keys() <= extra_names:
                raise TypeError("extra fields that are not an article's")
            paragraphs = later(digest, context, (chars, crc))
            script = scripts.get(script) or Script(script)
            if not _DIRECT:
                fields = {"id": article_id, "path": path, "title": title, "paragraphs": paragraphs, "script": script}
                add(Article(**fields, source=source, author=author, date=date, digest=digest, **extras))
                continue
            # (Article(**fields) without the frozen dataclass's __init__: see _article)
            article = new(Article)
            held = article.__dict__
            held.update(defaults)
            held.update(extras)
            held["id"] = article_id
            held["path"] = path
            held["title"] = title
            held["paragraphs"] = paragraphs
            held["script"] = script
            held["source"] = source
            held["author"] = author
            held["date"] = date
            held["digest"] = digest
            add(article)
        return built

    def save_listing(
        self, roots: Iterable[Path | str], items: Iterable[Article | Skipped], walk: Walk | None = None
    ) -> None:
        """Keep what a load of ``roots`` gave, for :meth:`listing`, with the
        files ``walk`` found before it if it is to be trusted without a check
        (none was changed too recently for its stat to tell). Not kept if
        some article was not served or stored under a known context."""
        entries: list[tuple[Any, ...]] = []
        for item in items:
            if isinstance(item, Skipped):
                entries.append((str(item.path), item.reason))
                continue
            context = self.contexts.get(str(item.path))
            if context is None or not item.digest:
                return
            extras = {name: getattr(item, name) for name in _EXTRA_NAMES}
            fields = (item.title, item.script.value, item.source, item.author, item.date, extras)
            entries.append((item.id, str(item.path), item.digest, context, *fields, *item.text_sums))
        walked = walk.entries if walk is not None and not walk.racy else None
        try:
            data = LISTING_FORMAT + marshal.dumps((len(entries), marshal.dumps(walked), _pieces(entries)))
        except ValueError:
            return  # (a field marshal cannot keep: not listed, loaded from the files next time)
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

    def __init__(self, build: Callable[[tuple[Any, ...]], Article], entries: list[tuple[Any, ...]]) -> None:
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
        self._entries: list[tuple[Any, ...] | None] = list(entries)
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


def _listing_key(roots: Iterable[Path | str]) -> str:
    """The listing's key: the roots as given, made absolute."""
    names = "\0".join(os.path.abspath(root) for root in roots)
    return blake2b(names.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


__all__ = ["CacheListing", "ListedArticles"]
