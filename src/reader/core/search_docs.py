"""The exact engine's indexed articles and their folded texts (split from
:mod:`reader.core.search`): kept in memory, folded when first read, or
kept in a temporary file (:class:`FoldedFile`) and read a range at a time,
as the stand-in index of a large corpus keeps them (at 20,000 articles
144 MB the process then does not hold while tantivy's index is built).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from typing import BinaryIO

import numpy as np

from reader.core.foldtable import as_text, fold_codes, fold_text
from reader.core.model import Article

# What a folded text holds in place of each character outside the BMP (and
# of U+FFFF itself): one text of 2 bytes a character instead of 4, since a
# single emoji made Python hold a whole article at 4 (10.7 of the 2,000
# bench articles' 19 MB of folded text). A term with none of these is found
# at exactly the same places in either; one with any is looked for in the
# full fold, made when asked for.
_PLACEHOLDER = "\uffff"


def compact_fold(codes: np.ndarray) -> str:
    """The folded text of these folded code points, as the index keeps it."""
    if codes.size and int(codes.max()) >= 0xFFFF:
        codes = np.minimum(codes, 0xFFFF)
    return as_text(codes)


class FoldedFile:
    """Compact folded texts (every code point below 0x10000) written one
    after another to an unnamed temporary file, 2 bytes a character, and
    read back a range at a time (``os.pread``, from any thread): the
    process holds only what a search reads, while it reads it."""

    def __init__(self, file: BinaryIO) -> None:
        # (owns the file: closed with this object)
        self._file = file
        self._fd = file.fileno()
        self._end = 0
        self._lock = threading.Lock()

    def append(self, codes: np.ndarray) -> int:
        """Write these code points (each below 0x10000); where they start (in characters)."""
        data = codes.astype("<u2").tobytes()
        with self._lock:
            at, self._end = self._end, self._end + len(data)
        done = 0
        while done < len(data):
            done += os.pwrite(self._fd, data[done:], at + done)
        return at // 2

    def read(self, at: int, length: int) -> str:
        """The ``length`` characters written from ``at``."""
        size, offset = length * 2, at * 2
        data = os.pread(self._fd, size, offset)
        while len(data) < size:
            more = os.pread(self._fd, size - len(data), offset + len(data))
            if not more:
                raise OSError("the folded texts file is shorter than was written")
            data += more
        return as_text(np.frombuffer(data, dtype="<u2"))

    def close(self) -> None:
        self._file.close()


class _Doc:
    """An indexed article, its folded title and its folded text (see
    ``_PLACEHOLDER``). The text is folded when first read if it was not at
    once (an index restored from the search cache needs no folding to be
    ready), or read from a :class:`FoldedFile` each time it is asked for
    (then never kept)."""

    __slots__ = ("_at", "_folded", "_inexact", "_store", "article", "folded_title")

    def __init__(self, article: Article, folded_title: str, folded: str | None = None) -> None:
        self.article = article
        self.folded_title = folded_title
        self._inexact = folded is not None and _PLACEHOLDER in folded
        self._folded = folded
        self._store: FoldedFile | None = None
        self._at = 0

    @classmethod
    def in_file(cls, article: Article, folded_title: str, codes: np.ndarray, store: FoldedFile) -> _Doc:
        """A document whose folded text (of these folded code points) is
        written to ``store`` and read from it when asked for. Raises
        OSError if it cannot be written."""
        doc = cls(article, folded_title)
        high = bool(codes.size) and int(codes.max()) >= 0xFFFF
        doc._at = store.append(np.minimum(codes, 0xFFFF) if high else codes)
        doc._inexact = high
        doc._store = store
        return doc

    @property
    def folded(self) -> str:
        """The folded text, with ``_PLACEHOLDER`` for characters outside the BMP."""
        folded = self._folded
        if folded is None:
            if self._store is not None:
                return self._store.read(self._at, self.article.text_length)
            # Two threads may both fold it: they get the same string.
            folded = compact_fold(fold_codes(self.article.text))
            self._inexact = _PLACEHOLDER in folded  # (set first: read after _folded)
            self._folded = folded
        return folded

    def text_for(self, terms: Sequence[str]) -> str:
        """The folded text to find ``terms`` in: the one kept, unless a
        term has a character it holds a placeholder for."""
        if self._store is not None and self._exact_for(terms):
            return fold_text(self.article.text)
        folded = self.folded
        if self._exact_for(terms):
            return fold_text(self.article.text)
        return folded

    def _exact_for(self, terms: Sequence[str]) -> bool:
        """Whether ``terms`` must be looked for in the full fold."""
        return self._inexact and any(term and max(term) >= _PLACEHOLDER for term in terms)

    def span_for(self, term: str, start: int, stop: int) -> tuple[str, int, int]:
        """A text to count ``term`` in and the range of it that is
        ``start:stop`` of :meth:`text_for`'s: for a text in a file, only
        that range is read."""
        if self._store is None:
            return self.text_for((term,)), start, stop
        stop = min(stop, self.article.text_length)
        start = min(start, stop)
        if self._exact_for((term,)):
            text = fold_text(self.article.text[start:stop])
        else:
            text = self._store.read(self._at + start, stop - start)
        return text, 0, len(text)
