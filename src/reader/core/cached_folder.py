"""A folder's files loaded through the article cache.

Its template is counted from each plain file's stored hashes of its
template-candidate lines (``template_keys.counted_keys``), so a warm start
reads no file; on a cold start each file is read and decoded once, for the
count and for loading it (``corpus.FileReads``).
"""

from __future__ import annotations

import os
import stat
from array import array
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.corpus import MAX_BYTES, FileReads, _load, _small_file_bytes, article_id
from reader.core.formats import is_plain
from reader.core.model import Article, Skipped
from reader.core.template_keys import counted_keys, key_hash, key_hashes, probed_keys, recurring

if TYPE_CHECKING:
    from reader.core.article_cache import ArticleCache


class CachedFolder:
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
        self.reads = FileReads()
        # The keys cleaning will look up, per file read here: the text they
        # were found in and the keys (kept as long as the text is).
        self.probed: dict[Path, tuple[str, set[str]]] = {}
        counted = []
        for path in files:
            if isinstance(path, Skipped) or len(files) < 2 or not is_plain(path):
                continue
            digest, data = self._digest(path)
            if digest is None:
                continue
            lines = cache.line_hashes(digest, plain=True)
            if lines is None:
                data = data if data is not None else _small_file_bytes(path)
                if data is None:
                    continue
                lines = self._line_hashes(path, data)
                cache.store_lines(digest, True, *lines)
            counted.append(lines[0])
        self.template: frozenset[int] = recurring(counted) if len(files) > 1 else frozenset()

    def _line_hashes(self, path: Path, data: bytes) -> tuple[array[int], array[int]]:
        """(counted, probed) key hashes of a plain file's text, empty for a
        file that is not text (it counts for nothing); the decoded text is
        kept for loading the file."""
        from reader.core.decoding import NotText

        decoded = self.reads.decode(path, data)
        if isinstance(decoded, NotText):
            return key_hashes(()), key_hashes(())
        probed = probed_keys(decoded.text)
        if self.reads.holds(path):
            self.probed[path] = (decoded.text, probed)
        return key_hashes(counted_keys(decoded.text)), key_hashes(probed)

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

    def _template_for(self, path: Path) -> Callable[[str], frozenset[str]]:
        known = self.probed.pop(path, None)

        def template_for(text: str) -> frozenset[str]:
            if not self.template:
                return frozenset()
            # (the reader's text is the counted one unless it took front matter out)
            keys = known[1] if known is not None and known[0] == text else probed_keys(text)
            return frozenset(key for key in keys if key_hash(key) in self.template)

        return template_for

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
                self.reads.take(path)
                self.probed.pop(path, None)
                return article
        else:
            self.cache.misses += 1  # a web page seen for the first time
        item, text = _load(path, self.root, self._template_for(path), self.reads.take(path))
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


__all__ = ["CachedFolder"]
