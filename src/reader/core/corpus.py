"""A corpus: the articles found under some files and folders.

Folders are walked recursively in a stable order; files whose format has a
reader (``reader.core.readers``: .txt, .md, .html, .htm) are read, others are
listed as skipped with the reason; hidden files and folders (".name") are
left out; symlinked folders are followed, but never twice (no loops). A file
named on its own is read whatever its extension (as text unless a reader
claims its suffix).

Before a folder's articles are cleaned, the lines of its text files are
counted once: lines that occur in several files are the site's template
(see ``reader.core.template_keys.template_lines``), an input to cleaning.
Through the article cache the same count is made from each file's stored
line hashes (see ``_CachedFolder``). Files are only ever read, never written. Each article's
id is its path relative to the root it was found under, without the
extension, with ``/`` separators; ids that collide between roots get a
``~2``, ``~3``, ... suffix in loading order.
"""

from __future__ import annotations

import bisect
import hashlib
import os
import stat
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from reader.core.formats import FORMATS, is_plain
from reader.core.model import Article, Skipped
from reader.core.template_keys import counted_keys, key_hash, key_hashes, probed_keys, recurring, template_lines

if TYPE_CHECKING:
    from reader.core.article_cache import ArticleCache

EXTENSIONS = frozenset(FORMATS)
# Larger files are not articles; reading them would only stall the reader.
MAX_BYTES = 64 * 1024 * 1024
# Script detection is a ratio; this many characters settle it.
_SCRIPT_SAMPLE = 200_000


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

    def by_id(self, article_id: str) -> Article | None:
        """The article with exactly this id, or None."""
        return self._by_id.get(article_id)

    def add(self, article: Article) -> int:
        """Insert in id order, or replace the article with the same id;
        returns its position."""
        at = bisect.bisect_left(self.articles, article.id, key=lambda a: a.id)
        if article.id in self._by_id:
            self.articles[at] = article
        else:
            self.articles.insert(at, article)
        self._by_id[article.id] = article
        return at

    def remove(self, article_ids: Iterable[str]) -> None:
        gone = set(article_ids) & self._by_id.keys()
        if gone:
            self.articles[:] = [a for a in self.articles if a.id not in gone]
            for article_id in gone:
                del self._by_id[article_id]

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
        if isinstance(item, Article):
            articles.append(item)
        else:
            skipped.append(item)
    return Corpus(articles, skipped)


def iter_corpus(
    paths: Iterable[Path | str], cache: ArticleCache | Literal[True] | None = None
) -> Iterator[Article | Skipped]:
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
    for root, files in _groups(paths):
        folder: _Folder | _CachedFolder = _Folder(files, root) if store is None else _CachedFolder(files, root, store)
        for path in files:
            if isinstance(path, Skipped):
                yield path
                continue
            try:
                info = path.stat()
            except OSError as exc:
                yield Skipped(path, _os_reason(exc))
                continue
            key = (info.st_dev, info.st_ino)
            if key in seen_files:
                continue
            seen_files.add(key)
            item = folder.load(path, info)
            if isinstance(item, Article):
                unique = unique_id(item.id, ids)
                ids.add(unique)
                if unique != item.id:
                    item = replace(item, id=unique)
            yield item


class _Folder:
    """The files of one folder (or one named file), loaded without a cache."""

    def __init__(self, files: list[Path | Skipped], root: Path) -> None:
        self.root = root
        self.template = folder_template(files) if len(files) > 1 else frozenset()

    def load(self, path: Path, info: os.stat_result) -> Article | Skipped:
        return load_article(path, root=self.root, template=self.template)


def folder_template(files: Iterable[Path | Skipped]) -> frozenset[str]:
    """The lines that recur across the plain-text files of one folder, read
    once for the whole folder. A file that cannot be read counts for nothing
    here; loading it reports why."""
    return template_lines(_plain_texts(files))


def _plain_texts(files: Iterable[Path | Skipped]) -> Iterator[str]:
    """The text of each readable plain-text file, one at a time (a folder's
    texts are never all held at once)."""
    from reader.core.decoding import NotText, decode

    for path in files:
        if isinstance(path, Skipped) or not is_plain(path):
            continue
        data = _small_file_bytes(path)
        if data is None:
            continue
        try:
            yield decode(data)
        except NotText:
            continue


def _small_file_bytes(path: Path) -> bytes | None:
    """The bytes of a regular file up to MAX_BYTES, or None."""
    try:
        info = path.stat()
        if stat.S_ISREG(info.st_mode) and info.st_size <= MAX_BYTES:
            return path.read_bytes()
    except OSError:
        pass
    return None


class _CachedFolder:
    """The files of one folder loaded through the cache.

    The folder's template is counted from each plain file's stored hashes of
    its template-candidate lines (``template_keys.counted_keys``), so a warm
    start reads no file. An article is keyed by its bytes, its file name and
    the hashes of the template lines cleaning would look up in it
    (``template_keys.probed_keys``): a file added or edited elsewhere in the
    folder only matters to the files whose template lines it changes.
    """

    def __init__(self, files: list[Path | Skipped], root: Path, cache: ArticleCache) -> None:
        self.root = root
        self.cache = cache
        self.digests: dict[Path, str | None] = {}
        counted = []
        for path in files:
            if isinstance(path, Skipped) or len(files) < 2 or not is_plain(path):
                continue
            digest, data = self._digest(path)
            if digest is None:
                continue
            lines = cache.line_hashes(digest, plain=True)
            if lines is None:
                lines = _plain_line_hashes(data if data is not None else _small_file_bytes(path))
                if lines is None:
                    continue
                cache.store_lines(digest, True, *lines)
            counted.append(lines[0])
        self.template: frozenset[int] = recurring(counted) if len(files) > 1 else frozenset()

    def _digest(self, path: Path, info: os.stat_result | None = None) -> tuple[str | None, bytes | None]:
        """The file's content hash (from its stat when the cache knows it),
        and its bytes if they had to be read."""
        from reader.core.article_cache import content_digest

        if path in self.digests:
            return self.digests[path], None
        digest, data = None, None
        try:
            info = info or path.stat()
        except OSError:
            info = None
        if info is not None and stat.S_ISREG(info.st_mode) and info.st_size <= MAX_BYTES:
            digest = self.cache.known_digest(path, info)
            if digest is None:
                try:
                    data = path.read_bytes()
                except OSError:
                    data = None
                else:
                    digest = content_digest(data)
                    self.cache.remember_file(path, info, digest)
        self.digests[path] = digest
        return digest, data

    def _context(self, path: Path, probed: Iterable[int]) -> str:
        from reader.core.article_cache import context_digest

        # The file's name is its fallback title and picks its reader.
        return context_digest([path.name, *sorted(h for h in probed if h in self.template)])

    def _template_for(self, text: str) -> frozenset[str]:
        if not self.template:
            return frozenset()
        return frozenset(key for key in probed_keys(text) if key_hash(key) in self.template)

    def load(self, path: Path, info: os.stat_result) -> Article | Skipped:
        digest, _ = self._digest(path, info)
        plain = is_plain(path)
        lines = self.cache.line_hashes(digest, plain) if digest is not None else None
        context = None
        if digest is not None and (lines is not None or not self.template):
            context = self._context(path, lines[1] if lines is not None else ())
            article = self.cache.article(digest, context, article_id(path, self.root), path)
            if article is not None:
                self.cache.remember_file(path, info, digest)
                return article
        else:
            self.cache.misses += 1  # a web page seen for the first time
        item, text = _load(path, self.root, self._template_for)
        if not isinstance(item, Article) or item.digest != digest:
            return item  # changed while the folder was read: next time
        if context is None:
            if plain:
                return item  # unreadable while the folder was counted
            # A web page's template lines are those of its extracted text,
            # known now; they key it from the next start on.
            probed = key_hashes(probed_keys(text or ""))
            self.cache.store_lines(digest, False, key_hashes(()), probed)
            context = self._context(path, probed)
        self.cache.store(item, context)
        self.cache.remember_file(path, info, digest)
        return item


def _plain_line_hashes(data: bytes | None) -> tuple[array[int], array[int]] | None:
    """(counted, probed) key hashes of a plain file's text; empty for a file
    that is not text (it counts for nothing), None if unreadable."""
    from reader.core.decoding import NotText, decode

    if data is None:
        return None
    try:
        text = decode(data)
    except NotText:
        return key_hashes(()), key_hashes(())
    return key_hashes(counted_keys(text)), key_hashes(probed_keys(text))


def load_article(path: Path, root: Path, template: frozenset[str] = frozenset()) -> Article | Skipped:
    """The article in the file at ``path``, with an id relative to ``root``;
    or why it was skipped. ``template`` holds the lines that recur across
    the file's folder (the cleaned result depends on it)."""
    return _load(path, root, lambda _text: template)[0]


def _load(
    path: Path, root: Path, template_for: Callable[[str], frozenset[str]]
) -> tuple[Article | Skipped, str | None]:
    """:func:`load_article`, with the template given for the text the file's
    reader found, and that text."""
    # Imported here: a warm start serves every article from the cache and
    # never pays for the cleaning rules (their regexes take a while to compile).
    from reader.core.cleaning import clean
    from reader.core.decoding import NotText
    from reader.core.readers import read_text, reader_for
    from reader.core.script import detect_script

    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # A FIFO or a device would block or never end.
            return Skipped(path, "not a regular file"), None
        if info.st_size > MAX_BYTES:
            return Skipped(path, f"too large (over {MAX_BYTES // (1024 * 1024)} MB)"), None
        data = path.read_bytes()
    except OSError as exc:
        return Skipped(path, _os_reason(exc)), None
    read = reader_for(path) or read_text
    try:
        page = read(data, path)
    except NotText as exc:
        return Skipped(path, str(exc)), None
    cleaned = clean(page.text, template_for(page.text), page.hints)
    if not cleaned.paragraphs:
        return Skipped(path, "no article text left after removing page boilerplate"), page.text
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
        replaced_bytes=page.replaced,
        credits=meta.credits,
        bylines=meta.bylines,
    ), page.text


def article_id(path: Path, root: Path) -> str:
    """``path`` relative to ``root``, without its extension, ``/``-separated."""
    try:
        relative = path.relative_to(root)
    except ValueError:
        relative = Path(path.name)
    return relative.with_suffix("").as_posix()


def _groups(paths: Iterable[Path | str]) -> Iterator[tuple[Path, list[Path | Skipped]]]:
    """(root, files) for every path given: a folder with its files in a
    stable order (those in no format we read as Skipped), or a named file."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield path, list(_walk(path))
        else:
            # A named file is taken whatever its extension: the user asked
            # for it. Its id is its file name.
            yield path.parent, [path]


def _walk(root: Path) -> Iterator[Path | Skipped]:
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
            else:
                yield Skipped(Path(entry.path), _unknown_format(entry.name))
        # Reversed onto the stack, so folders are walked in name order.
        stack.extend(reversed(subfolders))


def _unknown_format(name: str) -> str:
    suffix = Path(name).suffix.lower()
    known = ", ".join(sorted(EXTENSIONS))
    return f"not a format reader reads ({suffix or 'no extension'}; it reads {known})"


def unique_id(article_id: str, taken: set[str]) -> str:
    """``article_id``, or with the first free ``~2``, ``~3``, ... suffix."""
    if article_id not in taken:
        return article_id
    n = 2
    while f"{article_id}~{n}" in taken:
        n += 1
    return f"{article_id}~{n}"


def _os_reason(exc: OSError) -> str:
    return f"cannot read: {exc.strerror or exc.__class__.__name__}"


__all__ = [
    "EXTENSIONS",
    "AmbiguousArticleId",
    "ArticleNotFound",
    "Corpus",
    "article_id",
    "folder_template",
    "iter_corpus",
    "load_article",
    "load_corpus",
    "unique_id",
]
