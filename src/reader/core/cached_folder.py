"""A folder's files loaded through the article cache.

Its template is counted from each plain file's stored hashes of its
template-candidate lines (``template_keys.counted_keys``), so a warm start
reads no file; on a cold start each file is read and decoded once, for the
count and for loading it (``file_reads.FileReads``). The keys of each file's
template lines are taken and stored in :mod:`reader.core.folder_template`.
"""

from __future__ import annotations

import os
import stat
import time
from array import array
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core import early_count
from reader.core.corpus import _load, article_id
from reader.core.early_count import EarlyCount
from reader.core.file_reads import MAX_BYTES, FileReads, small_file_bytes
from reader.core.folder_template import FolderTemplate
from reader.core.formats import is_plain
from reader.core.helper_rows import HelperRows
from reader.core.idle_cores import cpu_ticks
from reader.core.listed_stats import listed_stats
from reader.core.model import Article, Paragraphs, Skipped
from reader.core.template_keys import key_hashes, probed_keys, recurring

if TYPE_CHECKING:
    from reader.core.article_cache import ArticleCache
    from reader.core.cold_pool import Helper

# Files whose cached articles are read in one query.
PREFETCH = 256


class CachedFolder(FolderTemplate, HelperRows, EarlyCount):
    """The files of one folder loaded through the cache.

    The folder's template is counted from each plain file's stored hashes of
    its template-candidate lines (``template_keys.counted_keys``), so a warm
    start reads no file. An article is keyed by its bytes, its file name and
    the hashes of the template lines cleaning would look up in it
    (``template_keys.probed_keys``): a file added or edited elsewhere in the
    folder only matters to the files whose template lines it changes.
    """

    def __init__(self, files: list[Path | Skipped], root: Path, cache: ArticleCache, pool: bool = True) -> None:
        """``pool``: a helper process may clean some of the files (not in
        a helper process itself)."""
        self.root = root
        self.cache = cache
        self.digests: dict[Path, str | None] = {}
        self.reads = FileReads()
        # The keys cleaning will look up, per file read here: the text they
        # were found in and the keys (kept as long as the text is).
        self.probed: dict[Path, tuple[str, set[str]]] = {}
        self._stats = listed_stats(files)
        # The stat each file's digest was taken with.
        self._seen: dict[Path, tuple[int, int, int]] = {}
        # Files whose digest the pre-pass took of the bytes it read.
        self._hashed_reads: set[Path] = set()
        # Articles are read from the cache PREFETCH files at a time, in the
        # order they are loaded: a few queries per folder, not one each.
        self._order = [path for path in files if not isinstance(path, Skipped)]
        self._position = {path: at for at, path in enumerate(self._order)}
        self._fetched_to = 0
        self._rows: dict[Path, tuple[object, ...] | None] = {}
        self._contexts: dict[Path, str | None] = {}
        self._plains: dict[Path, bool] = {}
        # Hashes of the keys met in this pass (files share their template).
        self._hashed: dict[str, int] | None = {}
        # Files new to the cache whose lines are stored once they are loaded
        # (see _deferred_lines): the text counted and its counted keys.
        self._deferred: dict[Path, tuple[str, array[int]]] = {}
        self._digests_of_deferred: dict[Path, str] = {}
        self.template: frozenset[int] = frozenset()
        self._template_text: frozenset[str] | None = None
        self._known_hashes: dict[str, int] | None = None
        single = len(files) < 2
        # (a cold start's helper counting this folder already: early_count)
        early = early_count.take(root) if pool and cache.holding else None
        helper: Helper | None = early
        if early is not None:
            fresh, counted, every_key_met = self._count_shared(early, files, single)
        else:
            fresh, counted, every_key_met, helper, _ = self._count(files, single, pool)
        self._template_of(counted.values(), every_key_met, single)
        self._known_hashes = self._hashed if self._deferred else None
        self._hashed = None
        # No article row can be cached for bytes whose line hashes were not.
        self._fresh = frozenset(fresh)
        # With its writes held (a cold load in the app), this process stores
        # the lines of the helper's files with its own, after its index: the
        # helper is given the template as text (cold_files); else it works
        # out and stores the lines of the files it cleans (see _key).
        self._lines_of_helper = helper is not None and self._template_text is not None and cache.holding
        if helper is not None:
            cache.flush()
            text = self._template_text if self._lines_of_helper else None
            helper.give(cache.path, root, list(fresh), self.template, list(fresh.values()), text)
        self._helper = helper
        # In a helper process: the lines of a file the cache lacks are worked
        # out here (the loader stores them only once it has cleaned the file).
        self._lines_here = False
        # The helper's articles, read back (HelperRows).
        self._start_helper_rows()

    def _count(
        self,
        files: list[Path | Skipped],
        single: bool,
        pool: bool,
        helper: Helper | None = None,
        take: Callable[[Path], bool] | None = None,
    ) -> tuple[dict[Path, int], dict[Path, array[int]], bool, Helper | None, list[Path | Skipped]]:
        """The folder's template lines counted here, file by file: the files
        new to the cache with their sizes, each file's counted key hashes,
        whether every key was met here (none came from the cache), a helper
        process if one is to clean some of the files (``pool``: one may be
        started; ``helper``: the one started already), and the files left
        uncounted: from the first that ``take`` refused on (another process
        counts them). ``single``: a folder of one file (nothing counted)."""
        cache = self.cache
        counted: dict[Path, array[int]] = {}
        # Plain files new to the cache (read here), and their bytes.
        fresh: dict[Path, int] = {}
        fresh_bytes = 0
        # (what the cores did from here on decides a helper process)
        since = cpu_ticks()
        asked = helper is not None or not pool
        every_key_met = True
        for at, path in enumerate(files):
            if isinstance(path, Skipped) or single or not self._plain(path):
                continue
            if take is not None and not take(path):
                return fresh, counted, every_key_met, helper, files[at:]
            digest, data = self._digest(path)
            if digest is None:
                continue
            if data is not None:
                self._hashed_reads.add(path)
            lines = cache.line_hashes(digest, plain=True)
            if lines is None:
                data = data if data is not None else small_file_bytes(path)
                if data is None:
                    continue
                counted[path] = self._counted_hashes(path, digest, data, defer=True)
                fresh[path] = len(data)
                fresh_bytes += len(data)
                if not asked and len(fresh) > 1:
                    # Asked as new files are met, so that a helper process
                    # starts while the template is being counted.
                    helper, asked = _helper(fresh_bytes, since, final=False)
            else:
                every_key_met = False
                counted[path] = lines[0]
        if not asked and len(fresh) > 1:
            helper, asked = _helper(fresh_bytes, since, final=True)
        return fresh, counted, every_key_met, helper, []

    def _template_of(self, counted: Iterable[array[int]], every_key_met: bool, single: bool) -> None:
        """The folder's template from every file's counted key hashes."""
        self.template = recurring(counted) if not single else frozenset()
        # The template's lines themselves, when every counted line was met in
        # this pass (a cold folder): cleaning is given them all, which gives
        # what the lines of each text found in them give (template_in), so no
        # text's lines are fixed for its template before it is cleaned.
        if every_key_met and self._hashed is not None:
            template = self.template
            self._template_text = frozenset(key for key, h in self._hashed.items() if h in template)

    @classmethod
    def helper(cls, root: Path, cache: ArticleCache, template: frozenset[int]) -> CachedFolder:
        """The folder as a helper process (``cold_pool``) loads files of it:
        its template counted by the loader and handed over, so no file is
        read for it."""
        folder = cls([], root, cache)
        folder.template = template
        folder._template_text = None
        folder._lines_here = True
        return folder

    def _plain(self, path: Path) -> bool:
        plain = self._plains.get(path)
        if plain is None:
            plain = self._plains[path] = is_plain(path)
        return plain

    def _digest(self, path: Path, info: os.stat_result | None = None) -> tuple[str | None, bytes | None]:
        """The file's content hash (from its stat when the cache knows it),
        and its bytes if they had to be read."""
        from reader.core.digests import content_digest

        if path in self.digests:
            return self.digests[path], None
        digest, data = None, None
        try:
            info = info or self._stats.pop(str(path), None) or path.stat()
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
        if info is not None:
            self._seen[path] = _stamp(info)
        return digest, data

    def _key(self, path: Path, digest: str | None) -> str | None:
        """The context ``path`` is cached under, None while it is unknown
        (a web page seen for the first time, or a file not read)."""
        if digest is None:
            return None
        lines = self.cache.line_hashes(digest, self._plain(path))
        if lines is None and self._lines_here and self._plain(path):
            lines = self._own_lines(path, digest)
        if lines is None and self.template:
            return None
        return self._context(path, lines[1] if lines is not None else ())

    def _prefetch(self, start: int) -> None:
        """Read the cached rows of the next PREFETCH files in one go."""
        paths = self._order[start : start + PREFETCH]
        self._fetched_to = start + len(paths)
        keys: dict[Path, tuple[str, str]] = {}
        for path in paths:
            digest, _ = self._digest(path)
            context = self._contexts[path] = self._key(path, digest)
            if self._listed(path, digest, context) is not None:
                continue  # listed as it is: no row to read
            if path in self._fresh and self._helper is None:
                self._rows[path] = None  # new to the cache: nothing to read
                continue
            if digest is not None and context is not None:
                keys[path] = (digest, context)
        rows = self.cache.rows(keys.values())
        for path, key in keys.items():
            self._rows[path] = rows.get(key)

    def _listed(self, path: Path, digest: str | None, context: str | None) -> Article | None:
        """The article a warm start listed for ``path``, if the file is still
        cached under the same key (it is then what loading gives)."""
        known = self.cache.listed.get(str(path))
        if known is None or (known[0], known[1]) != (digest, context):
            return None
        held = known[2].paragraphs
        if isinstance(held, Paragraphs) and held.missed:
            return None  # its text was gone from the cache: read the file again
        # (an id made unique among the roots is made again by the caller)
        return known[2] if known[2].id == article_id(path, self.root) else None

    def _cached(self, path: Path, digest: str, context: str) -> Article | None:
        at = self._position.get(path)
        if at is not None and at >= self._fetched_to:
            self._prefetch(at)
        if path in self._rows:
            row = self._rows.pop(path)
            if row is None or (row[0], row[1]) == (digest, context):
                return self.cache.built(row, article_id(path, self.root), path)
        return self.cache.article(digest, context, article_id(path, self.root), path)

    def load(self, path: Path, info: os.stat_result) -> Article | Skipped:
        stamp = _stamp(info)
        if self._seen.get(path, stamp) != stamp:
            # Changed since the folder was listed: its hash is taken again.
            del self.digests[path]
            self._rows.pop(path, None)
            self._contexts.pop(path, None)
        digest, _ = self._digest(path, info)
        plain = self._plain(path)
        context = self._contexts.pop(path) if path in self._contexts else self._key(path, digest)
        if (
            context is None
            and digest is not None
            and self._helper is not None
            and path in self._fresh
            and not self._helper.claim(path)
        ):
            # The helper process took it (its lines wait for its load here,
            # so its context is the helper's note).
            article = self._from_helper(path, digest)
            if article is not None:
                self.cache.misses += 1  # (new to the cache, as for the loader)
                if self._lines_of_helper and path in self._deferred:
                    if not self.cache.later(partial(self._deferred_lines, path, digest), len(self._deferred[path][0])):
                        self._deferred_lines(path, digest)
                else:
                    self._deferred.pop(path, None)  # (the helper stored its lines)
                    self._digests_of_deferred.pop(path, None)
                self.cache.remember_file(path, info, digest)
                self.reads.take(path)
                self.probed.pop(path, None)
                return article
        if digest is not None and context is not None:
            article = self._listed(path, digest, context)
            if article is not None:
                self.cache.hits += 1
            else:
                article = self._cached(path, digest, context)
            if article is None and self._helper is not None and not self._helper.claim(path):
                article = self._from_helper(path, digest, context)  # the helper process cleaned it
            if article is not None:
                if path in self._deferred:
                    self._deferred_lines(path, digest)  # (cached meanwhile, by another instance)
                self.cache.contexts[str(path)] = context
                self.cache.remember_file(path, info, digest)
                self.reads.take(path)
                self.probed.pop(path, None)
                return article
        else:
            self.cache.misses += 1  # a web page seen for the first time
        # (kept by the pre-pass with the digest of the bytes it read)
        item, text = _load(path, self.root, self._template_for(path), self.reads.take(path))
        self._read_back()  # (the helper's files said done meanwhile)
        deferred = self._deferred.get(path)
        if (
            deferred is not None
            and isinstance(item, Article)
            and self.cache.later(
                partial(self._stored, path, info, digest, None, plain, item, None if plain else text, time.time_ns()),
                len(deferred[0]),
            )
        ):
            # Its lines, its cache key and its row once writes are no longer
            # held (a cold load: after its search index is built).
            return item
        return self._stored(path, info, digest, context, plain, item, text)

    def _stored(
        self,
        path: Path,
        info: os.stat_result,
        digest: str | None,
        context: str | None,
        plain: bool,
        item: Article | Skipped,
        text: str | None,
        read_ns: int | None = None,
    ) -> Article | Skipped:
        """A file just loaded (``item``, from ``text``) stored in the cache
        under its context, with its lines if they waited for its load
        (``read_ns``: when it was loaded, if that was a while ago: its stat
        is judged as of then)."""
        if path in self._deferred:
            context = self._deferred_lines(path, digest)
            if context is None:
                return item  # changed while the folder was read: next time
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
        self.cache.contexts[str(path)] = context
        self.cache.remember_file(path, info, digest, read_ns)
        return item


def _helper(pending_bytes: int, since: tuple[int, int] | None, final: bool) -> tuple[Helper | None, bool]:
    """A helper process for a cold folder, if one is wanted now, and whether
    that was decided (else it is asked again at the next new file)."""
    from reader.core import cold_pool

    verdict = cold_pool.wanted(pending_bytes, since, final=final)
    helper = cold_pool.Helper() if verdict else None
    return helper, helper is not None or (verdict is not None and pending_bytes >= cold_pool.MIN_BYTES)


def _stamp(info: os.stat_result) -> tuple[int, int, int]:
    return info.st_size, info.st_mtime_ns, info.st_ino


__all__ = ["CachedFolder"]
