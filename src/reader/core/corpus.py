"""A corpus: the articles found under some files and folders.

Folders are walked recursively in a stable order; files whose format has a
reader (``reader.core.readers``: .txt, .md, .html, .htm) are read, others are
listed as skipped with the reason; hidden files and folders (".name") are
left out; symlinked folders are followed, but never twice (no loops); see
``reader.core.folder_walk``. A file named on its own is read whatever its
extension (as text unless a reader claims its suffix).

Before a folder's articles are cleaned, the lines of its text files are
counted once: lines that occur in several files are the site's template
(see ``reader.core.template_keys.template_lines``), an input to cleaning.
Through the article cache the same count is made from each file's stored
line hashes (see ``reader.core.cached_folder``); what a folder's count read
is kept for loading (``reader.core.file_reads``). Files are only ever read,
never written. Each article's id is its path relative to the root it was
found under, without the extension, with ``/`` separators; ids that collide
between roots get a ``~2``, ``~3``, ... suffix in loading order.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from reader.core.digests import blake2b
from reader.core.file_reads import MAX_BYTES, FileReads
from reader.core.folder_walk import EXTENSIONS, _groups
from reader.core.model import Article, Paragraphs, Skipped
from reader.core.template_keys import template_lines

if TYPE_CHECKING:
    from reader.core.article_cache import ArticleCache
    from reader.core.cached_folder import CachedFolder
    from reader.core.decoding import Decoded, NotText

# Script detection is a ratio; this many characters settle it.
_SCRIPT_SAMPLE = 200_000


class ArticleNotFound(LookupError):
    """No article has this id or id prefix."""


class AmbiguousArticleId(LookupError):
    """Several articles start with this id prefix."""


_ID = operator.attrgetter("id")


class InOrder:
    """Articles whose ids are strictly increasing, with those ids, checked
    when made (:meth:`of`): made off the UI thread, a warm start's listing
    goes into the corpus with no Python work per article
    (:meth:`Corpus.extend`)."""

    __slots__ = ("articles", "ids")

    def __init__(self, articles: list[Article], ids: list[str]) -> None:
        self.articles, self.ids = articles, ids

    @classmethod
    def of(cls, articles: Iterable[Article]) -> InOrder | None:
        """These articles, if their ids are strictly increasing; else None."""
        held = list(articles)
        ids = list(map(_ID, held))
        return cls(held, ids) if all(map(operator.lt, ids, itertools.islice(ids, 1, None))) else None

    def __len__(self) -> int:
        return len(self.articles)


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

    def extend(self, articles: Iterable[Article] | InOrder) -> None:
        """:meth:`add` each of ``articles``; a batch of new ids is sorted in
        once (a warm start hands over 20,000 at a time: one by one, each
        insert looked its place up through a Python key function), or just
        appended when it is in order after every article held (a listing
        applied piece by piece). Articles :class:`InOrder` whose first id
        comes after every id held are appended in C loops (their ids are
        then new)."""
        if isinstance(articles, InOrder):
            held = self.articles
            if not articles.ids or not held or held[-1].id < articles.ids[0]:
                held.extend(articles.articles)
                self._by_id.update(zip(articles.ids, articles.articles, strict=True))
                return
            articles = articles.articles
        batch = list(articles)
        ids = [a.id for a in batch]
        if len(set(ids)) < len(batch) or not self._by_id.keys().isdisjoint(ids):
            for article in batch:
                self.add(article)
            return
        in_order = all(a < b for a, b in itertools.pairwise(ids))
        after = not batch or not self.articles or self.articles[-1].id < ids[0]
        self.articles.extend(batch)
        if not (in_order and after):
            self.articles.sort(key=lambda a: a.id)  # (runs already in order cost little)
        self._by_id.update(zip(ids, batch, strict=True))

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
        from reader.core.cached_folder import CachedFolder

        store.restore_tables()
    ids: set[str] = set()
    seen_files: set[tuple[int, int]] = set()
    for root, files in _groups(paths):
        folder: _Folder | CachedFolder = _Folder(files, root) if store is None else CachedFolder(files, root, store)
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
        self.reads = FileReads()
        self.template = template_lines(self.reads.texts(files)) if len(files) > 1 else frozenset()

    def load(self, path: Path, info: os.stat_result) -> Article | Skipped:
        template = self.template
        return _load(path, self.root, lambda _text: template, self.reads.take(path))[0]


def folder_template(files: Iterable[Path | Skipped]) -> frozenset[str]:
    """The lines that recur across the plain-text files of one folder, read
    once for the whole folder. A file that cannot be read counts for nothing
    here; loading it reports why."""
    return template_lines(FileReads(0).texts(files))


def load_article(path: Path, root: Path, template: frozenset[str] = frozenset()) -> Article | Skipped:
    """The article in the file at ``path``, with an id relative to ``root``;
    or why it was skipped. ``template`` holds the lines that recur across
    the file's folder (the cleaned result depends on it)."""
    return _load(path, root, lambda _text: template)[0]


def _load(
    path: Path,
    root: Path,
    template_for: Callable[[str], frozenset[str]],
    read: tuple[str, Decoded | NotText] | None = None,
) -> tuple[Article | Skipped, str | None]:
    """:func:`load_article`, with the template given for the text the file's
    reader found, and that text. ``read``: the content digest of the file's
    bytes and their decoding, when a folder's pre-pass has read them
    already (a plain file: its reader needs only the decoded text)."""
    # Imported here: a warm start serves every article from the cache and
    # never pays for the cleaning rules (their regexes take a while to compile).
    from reader.core.cleaning import clean
    from reader.core.decoding import NotText
    from reader.core.readers import read_decoded, read_text, reader_for
    from reader.core.script import detect_script

    decoded: Decoded | NotText | None
    digest: str | None
    if read is not None:
        digest, decoded = read
        data = b""
    else:
        decoded = digest = None
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
    reader = reader_for(path) or read_text
    try:
        if isinstance(decoded, NotText):
            raise decoded
        page = reader(data, path) if decoded is None else read_decoded(data, path, decoded)
    except NotText as exc:
        return Skipped(path, str(exc)), None
    except Exception as exc:  # (as below: a reader's bug costs this one file, not the whole folder)
        return Skipped(path, f"reading it failed ({type(exc).__name__}: {exc}); a bug, please report it"), None
    try:
        # (a web page's table head rows: see html_reader.HtmlPage)
        cleaned = clean(page.text, template_for(page.text), page.hints, getattr(page, "head_rows", ()))
    except Exception as exc:  # (a rule's bug costs this one file, said why, not the whole folder)
        return Skipped(path, f"reader mode failed on it ({type(exc).__name__}: {exc}); a bug, please report it"), None
    if not cleaned.paragraphs:
        return Skipped(path, "no article text left after removing page boilerplate"), page.text
    meta = cleaned.metadata
    paragraphs = Paragraphs.join(cleaned.paragraphs)
    body = paragraphs.text
    return Article(
        id=article_id(path, root),
        path=path,
        title=meta.title,
        paragraphs=paragraphs,
        script=detect_script(meta.title, body[:_SCRIPT_SAMPLE]),
        source=meta.source,
        author=meta.author,
        date=meta.date,
        digest=digest or blake2b(data, digest_size=16).hexdigest(),
        replaced_bytes=page.replaced,
        credits=meta.credits,
        bylines=meta.bylines,
        cells=cleaned.cells,
    ), page.text


def article_id(path: Path, root: Path) -> str:
    """``path`` relative to ``root``, without its extension, ``/``-separated."""
    # The common case (a file the walk found under ``root``) with string
    # operations, the same result without building three Paths per article.
    top, full = str(root), str(path)
    if os.sep == "/" and top not in (".", "/") and full.startswith(top + "/"):
        relative_name = full[len(top) + 1 :]
        head, _, name = relative_name.rpartition("/")
        dot = name.rfind(".")
        if 0 < dot < len(name) - 1:
            name = name[:dot]
        if name not in ("", ".", ".."):
            return f"{head}/{name}" if head else name
    try:
        relative = path.relative_to(root)
    except ValueError:
        relative = Path(path.name)
    return relative.with_suffix("").as_posix()


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
    "InOrder",
    "article_id",
    "folder_template",
    "iter_corpus",
    "load_article",
    "load_corpus",
    "unique_id",
]
