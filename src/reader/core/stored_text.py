"""Article texts left in the article cache until they are read.

``reader search`` on 20,000 articles needs every id and title, but the
text of only the results it shows: the search index is opened from the
search cache under a key made of each text's length and CRC, which the
article cache stores with the text (:func:`text_sums`). An article whose
paragraphs are :class:`StoredParagraphs` reads its text and paragraph starts
from the cache when first asked (or with others, in one query, through
``ArticleCache.fill``), and checks it is the very text it stood for: a row
replaced or removed meanwhile by another instance raises :class:`TextGone`,
and the caller loads the corpus again as usual.
"""

from __future__ import annotations

import zlib
from array import array
from typing import Any, Protocol

from reader.core.model import Article, Paragraphs

# The slots Paragraphs keeps its text and starts in (shadowed by properties
# below, which read them through these).
_TEXT: Any = Paragraphs.__dict__["text"]
_STARTS: Any = Paragraphs.__dict__["_starts"]


class TextGone(LookupError):
    """The article cache no longer holds the text an article stood for."""


class TextSource(Protocol):
    def stored_text(self, key: tuple[str, str]) -> tuple[str, array[int]] | None: ...


def text_crc(text: str) -> int:
    """The CRC the search keys and the article cache take of a text."""
    return zlib.crc32(text.encode("utf-16-le", "surrogatepass"))


class StoredParagraphs(Paragraphs):
    """Paragraphs whose text is read from ``source`` (the article cache) by
    ``key`` when first needed; ``length`` and ``crc`` are the text's, known
    without reading it."""

    __slots__ = ("_source", "crc", "key", "length")

    def __init__(self, source: TextSource, key: tuple[str, str], length: int, crc: int) -> None:
        self._source = source
        self.key = key
        self.length = length
        self.crc = crc

    @property
    def loaded(self) -> bool:
        try:
            _TEXT.__get__(self)
        except AttributeError:
            return False
        return True

    def give(self, text: str, starts: array[int]) -> None:
        """Hold ``text`` and ``starts`` (read for this article), if they are
        the text it stands for; else :class:`TextGone`."""
        if len(text) != self.length or text_crc(text) != self.crc:
            raise TextGone(f"the article cache holds another text under {self.key}")
        _STARTS.__set__(self, starts)
        _TEXT.__set__(self, text)

    def _load(self) -> str:
        found = self._source.stored_text(self.key)
        if found is None:
            raise TextGone(f"the article cache no longer holds {self.key}")
        self.give(*found)
        text: str = _TEXT.__get__(self)
        return text

    @property
    def text(self) -> str:
        try:
            text: str = _TEXT.__get__(self)
        except AttributeError:
            return self._load()
        return text

    @text.setter
    def text(self, value: str) -> None:
        _TEXT.__set__(self, value)

    @property
    def _starts(self) -> array[int]:
        try:
            starts: array[int] = _STARTS.__get__(self)
        except AttributeError:
            self._load()
            starts = _STARTS.__get__(self)
        return starts

    @_starts.setter
    def _starts(self, value: array[int]) -> None:
        _STARTS.__set__(self, value)


def stored(article: Article) -> StoredParagraphs | None:
    """The article's paragraphs if they stand for a text in the cache."""
    paragraphs = article.paragraphs
    return paragraphs if isinstance(paragraphs, StoredParagraphs) else None


def text_length(article: Article) -> int:
    """``len(article.text)``, without reading a stored text."""
    held = stored(article)
    return held.length if held is not None else len(article.text)


def text_sums(article: Article) -> tuple[int, int]:
    """(length, CRC) of ``article.text``, without reading a stored text."""
    held = stored(article)
    if held is not None:
        return held.length, held.crc
    return len(article.text), text_crc(article.text)


__all__ = ["StoredParagraphs", "TextGone", "TextSource", "stored", "text_crc", "text_length", "text_sums"]
