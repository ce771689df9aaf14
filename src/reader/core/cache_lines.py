"""Line hashes in the article cache.

A table holds, per file content, hashes of its lines that may be a folder's
template, so a warm start counts a folder's template without reading its
files (see ``reader.core.corpus`` and ``reader.core.cached_folder``).
"""

from __future__ import annotations

from array import array
from typing import TYPE_CHECKING, Any


class CacheLines:
    """The line-hash methods of :class:`~reader.core.article_cache.ArticleCache`."""

    if TYPE_CHECKING:  # (given by ArticleCache)
        _fingerprint: str
        _lines: dict[tuple[str, bool], tuple[array[int], array[int]]] | None
        _pending_lines: list[tuple[str, str, int, bytes, bytes]]

        def _query(self, sql: str, args: tuple[object, ...] = ()) -> list[tuple[Any, ...]] | None: ...
        def _maybe_flush(self) -> None: ...

    def line_hashes(self, digest: str, plain: bool) -> tuple[array[int], array[int]] | None:
        """The stored (counted, probed) line hashes of these bytes, or None."""
        if self._lines is None:
            self._lines = {}
            sql = "SELECT digest, plain, counted, probed FROM lines WHERE fingerprint = ?"
            rows = self._query(sql, (self._fingerprint,))
            for d, p, counted, probed in rows or ():
                pair = array("Q"), array("Q")
                try:
                    pair[0].frombytes(counted)
                    pair[1].frombytes(probed)
                except (ValueError, TypeError):
                    continue  # a bad row: counted again
                self._lines[(d, bool(p))] = pair
        return self._lines.get((digest, plain))

    def store_lines(self, digest: str, plain: bool, counted: array[int], probed: array[int]) -> None:
        if self._lines is not None:
            self._lines[(digest, plain)] = (counted, probed)
        self._pending_lines.append((digest, self._fingerprint, int(plain), counted.tobytes(), probed.tobytes()))
        self._maybe_flush()


__all__ = ["CacheLines"]
