"""A corpus: the articles found under some files and folders.

Folders are walked recursively in a stable order for .txt and .md files;
hidden files and folders (".name") are left out; symlinked folders are
followed, but never twice (no loops). A file named on its own is read
whatever its extension. Files are only ever read, never written. Each article's
id is its path relative to the root it was found under, without the
extension, with ``/`` separators; ids that collide between roots get a
``~2``, ``~3``, ... suffix in loading order.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from reader.core.model import Article, Skipped

EXTENSIONS = frozenset({".txt", ".md"})
# Larger files are not articles; reading them would only stall the reader.
MAX_BYTES = 64 * 1024 * 1024
# Script detection is a ratio; this many characters settle it.
_SCRIPT_SAMPLE = 200_000

if TYPE_CHECKING:
    from reader.core.article_cache import ArticleCache


class ArticleNotFound(LookupError):
    """No article has this id or id prefix."""


class AmbiguousArticleId(LookupError):
    """Several articles start with this id prefix."""


@dataclass
class Corpus:
    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.articles.sort(key=lambda a: a.id)
        self._by_id = {a.id: a for a in self.articles}

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    def __len__(self) -> int:
        return len(self.articles)

    def get(self, key: str) -> Article:
        """The article with id ``key``, or the only one whose id (or file
        name) starts with ``key``: ``get("004")`` finds ``004_15b18129ee3281b3``."""
        if key in self._by_id:
            return self._by_id[key]
        matches = [a for a in self.articles if a.id.startswith(key)] if key else []
        if not matches and key:
            matches = [a for a in self.articles if a.id.rpartition("/")[2].startswith(key)]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise ArticleNotFound(f"no article with id {key!r} (see 'reader list')")
        shown = ", ".join(a.id for a in matches[:5])
        more = f" and {len(matches) - 5} more" if len(matches) > 5 else ""
        raise AmbiguousArticleId(f"id {key!r} is ambiguous: {shown}{more}")


def load_corpus(paths: Iterable[Path | str], cache: ArticleCache | Literal[True] | None = None) -> Corpus:
    """Every article under ``paths``, and every file that was skipped.
    ``cache``: see :func:`iter_corpus`."""
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for item in iter_corpus(paths, cache):
        (articles if isinstance(item, Article) else skipped).append(item)
    return Corpus(articles, skipped)


def iter_corpus(paths: Iterable[Path | str], cache: ArticleCache | Literal[True] | None = None) -> Iterator[Article | Skipped]:
    """Articles and skipped files one at a time, as they are read, so that a
    caller can show progress on a large corpus.

    ``cache``: an open :class:`~reader.core.article_cache.ArticleCache`, or
    True for the one in the user cache folder (opened and closed here), or
    None for none. Cached articles are the ones loading would give.
    """
    if cache is True:
        from reader.core.article_cache import ArticleCache

        opened = ArticleCache.open()
        try:
            yield from iter_corpus(paths, opened)
        finally:
            if opened is not None:
                opened.close()
        return
    store = cache or None
    if store is not None:
        store.restore_tables()
    ids: set[str] = set()
    seen_files: set[tuple[int, int]] = set()
    for root, path in _files(paths):
        try:
            info = path.stat()
        except OSError as exc:
            yield Skipped(path, _os_reason(exc))
            continue
        key = (info.st_dev, info.st_ino)
        if key in seen_files:
            continue
        seen_files.add(key)
        item = load_article(path, root) if store is None else _load_cached(path, root, info, store)
        if isinstance(item, Article):
            unique = _unique_id(item.id, ids)
            ids.add(unique)
            if unique != item.id:
                item = replace(item, id=unique)
        yield item


def load_article(path: Path, root: Path) -> Article | Skipped:
    """The article in the file at ``path``, with an id relative to ``root``;
    or why it was skipped."""
    # Imported here: a warm start serves every article from the cache and
    # never pays for the cleaning rules (their regexes take a while to compile).
    from reader.core.cleaning import clean
    from reader.core.decoding import NotText, decode_bytes
    from reader.core.script import detect_script

    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # A FIFO or a device would block or never end.
            return Skipped(path, "not a regular file")
        if info.st_size > MAX_BYTES:
            return Skipped(path, f"too large (over {MAX_BYTES // (1024 * 1024)} MB)")
        data = path.read_bytes()
    except OSError as exc:
        return Skipped(path, _os_reason(exc))
    try:
        decoded = decode_bytes(data)
    except NotText as exc:
        return Skipped(path, str(exc))
    cleaned = clean(decoded.text)
    if not cleaned.paragraphs:
        return Skipped(path, "no article text left after removing page boilerplate")
    meta = cleaned.metadata
    body = "\n".join(cleaned.paragraphs)
    return Article(
        id=article_id(path, root),
        path=path,
        title=meta.title,
        paragraphs=cleaned.paragraphs,
        script=detect_script(meta.title + "\n" + body[:_SCRIPT_SAMPLE]),
        source=meta.source,
        author=meta.author,
        date=meta.date,
        digest=hashlib.blake2b(data, digest_size=16).hexdigest(),
        replaced_bytes=decoded.replaced,
        credits=meta.credits,
    )


def _load_cached(path: Path, root: Path, info: os.stat_result, cache: ArticleCache) -> Article | Skipped:
    """:func:`load_article` through the cache: a file whose stat is unchanged
    is not even read; one whose bytes are known is not cleaned again."""
    from reader.core.article_cache import content_digest

    # The digest of whatever else cleaning is given for this file (none yet).
    context = ""
    digest = cache.known_digest(path, info)
    if digest is None and stat.S_ISREG(info.st_mode) and info.st_size <= MAX_BYTES:
        try:
            digest = content_digest(path.read_bytes())
        except OSError:
            digest = None
    if digest is not None:
        article = cache.article(digest, context, article_id(path, root), path)
        if article is not None:
            cache.remember_file(path, info, digest)
            return article
    item = load_article(path, root)
    if isinstance(item, Article):
        cache.store(item, context)
        cache.remember_file(path, info, item.digest)
    return item


def article_id(path: Path, root: Path) -> str:
    """``path`` relative to ``root``, without its extension, ``/``-separated."""
    try:
        relative = path.relative_to(root)
    except ValueError:
        relative = Path(path.name)
    return relative.with_suffix("").as_posix()


def _files(paths: Iterable[Path | str]) -> Iterator[tuple[Path, Path]]:
    """(root, file) for every article file under ``paths``, in a stable order."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from ((path, f) for f in _walk(path))
        else:
            # A named file is taken whatever its extension: the user asked
            # for it. Its id is its file name.
            yield path.parent, path


def _walk(root: Path) -> Iterator[Path]:
    visited: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            info = folder.stat()
            if (info.st_dev, info.st_ino) in visited:
                continue  # a symlink back into a folder already walked
            visited.add((info.st_dev, info.st_ino))
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                continue
            if is_dir:
                subfolders.append(Path(entry.path))
            elif Path(entry.name).suffix.lower() in EXTENSIONS:
                yield Path(entry.path)
        # Reversed onto the stack, so folders are walked in name order.
        stack.extend(reversed(subfolders))


def _unique_id(article_id: str, taken: set[str]) -> str:
    if article_id not in taken:
        return article_id
    n = 2
    while f"{article_id}~{n}" in taken:
        n += 1
    return f"{article_id}~{n}"


def _os_reason(exc: OSError) -> str:
    return f"cannot read: {exc.strerror or exc.__class__.__name__}"


__all__ = [
    "AmbiguousArticleId",
    "ArticleNotFound",
    "Corpus",
    "EXTENSIONS",
    "article_id",
    "iter_corpus",
    "load_article",
    "load_corpus",
]
