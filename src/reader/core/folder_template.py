"""A folder's template lines in the article cache (:class:`FolderTemplate`,
a part of :class:`~reader.core.cached_folder.CachedFolder`): each plain
file's counted and probed key hashes, stored at once or once the file is
loaded, the context its article is cached under, and the template lines
cleaning is given for it."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.template_keys import counted_keys, key_hash, key_hashes, probed_keys

if TYPE_CHECKING:
    from reader.core.article_cache import ArticleCache
    from reader.core.decoding import Decoded, NotText
    from reader.core.file_reads import FileReads


class FolderTemplate:
    """The template-line methods of :class:`~reader.core.cached_folder.CachedFolder`."""

    if TYPE_CHECKING:  # (given by CachedFolder)
        cache: ArticleCache
        reads: FileReads
        probed: dict[Path, tuple[str, set[str]]]
        template: frozenset[int]
        _hashed: dict[str, int] | None
        _known_hashes: dict[str, int] | None
        _deferred: dict[Path, tuple[str, array[int]]]
        _digests_of_deferred: dict[Path, str]
        _hashed_reads: set[Path]
        _template_text: frozenset[str] | None

    def _counted_hashes(self, path: Path, digest: str, data: bytes, defer: bool) -> array[int]:
        """The counted key hashes of a plain file new to the cache, its text
        decoded and kept for loading it. Its probed keys (the lines cleaning
        looks up, fixed as cleaning fixes them) are taken, and its lines
        stored, once it is cleaned (``defer``: cleaning has just fixed the
        same lines then) if its text is kept; else now."""
        from reader.core.decoding import NotText

        # (``digest`` is of these very bytes when the pre-pass hashed them)
        decoded = self.reads.decode(path, data, digest if path in self._hashed_reads else None)
        if defer and not isinstance(decoded, NotText) and self.reads.holds(path):
            counted_here = key_hashes(counted_keys(decoded.text), self._hashed)
            self._deferred[path] = (decoded.text, counted_here)
            self._digests_of_deferred[path] = digest
            return counted_here
        lines = self._line_hashes(path, decoded)
        self.cache.store_lines(digest, True, *lines)
        return lines[0]

    def _own_lines(self, path: Path, digest: str) -> tuple[array[int], array[int]] | None:
        """In a helper process: the lines of a plain file the cache lacks
        (the loader stores them only once it has cleaned the file itself),
        worked out and stored; its decoded text kept for loading it."""
        from reader.core.file_reads import small_file_bytes

        data = small_file_bytes(path)
        if data is None:
            return None
        from reader.core.digests import content_digest

        if content_digest(data) != digest:
            return None  # changed since the loader read it: cleaned there
        lines = self._line_hashes(path, self.reads.decode(path, data, digest))
        self.cache.store_lines(digest, True, *lines)
        return lines

    def _deferred_lines(self, path: Path, digest: str | None) -> str | None:
        """For a file whose lines waited for its load (just cleaned): its
        lines stored now, and the context its article is cached under; None
        if its bytes changed meanwhile (counted again next time)."""
        text, counted_here = self._deferred.pop(path)
        counted_digest = self._digests_of_deferred.pop(path)
        if digest != counted_digest:
            return None
        # (cleaning fixed this very text's lines just before: line_fix keeps
        # them; most of its keys were hashed when the folder was counted)
        probed = key_hashes(probed_keys(text), self._known_hashes)
        self.cache.store_lines(counted_digest, True, counted_here, probed)
        return self._context(path, probed)

    def _line_hashes(self, path: Path, decoded: Decoded | NotText) -> tuple[array[int], array[int]]:
        """(counted, probed) key hashes of a plain file's decoded text (kept
        for loading the file, or not), empty for a file that is not text (it
        counts for nothing)."""
        from reader.core.decoding import NotText

        if isinstance(decoded, NotText):
            return key_hashes(()), key_hashes(())
        probed = probed_keys(decoded.text)
        if self.reads.holds(path):
            self.probed[path] = (decoded.text, probed)
        return key_hashes(counted_keys(decoded.text), self._hashed), key_hashes(probed, self._hashed)

    def _context(self, path: Path, probed: Iterable[int]) -> str:
        from reader.core.digests import context_digest

        # The file's name is its fallback title and picks its reader.
        if not self.template:
            return context_digest([path.name])
        return context_digest([path.name, *sorted(h for h in probed if h in self.template)])

    def _template_for(self, path: Path) -> Callable[[str], frozenset[str]]:
        whole = self._template_text
        if whole is not None and path in self._deferred:
            return lambda _text: whole
        known = self.probed.pop(path, None)
        if known is None and path in self._deferred:
            known = (self._deferred[path][0], probed_keys(self._deferred[path][0]))

        def template_for(text: str) -> frozenset[str]:
            if not self.template:
                return frozenset()
            # (the reader's text is the counted one unless it took front matter out)
            keys = known[1] if known is not None and known[0] == text else probed_keys(text)
            return frozenset(key for key in keys if key_hash(key) in self.template)

        return template_for


__all__ = ["FolderTemplate"]
