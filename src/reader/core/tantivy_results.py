"""What the tantivy engine (:mod:`reader.core.tantivy_search`) returns: each
result's article with its folded text and title, folded when first read, and
a result whose counts, like its hits, are found when first read.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

from reader.core.foldtable import fold_text
from reader.core.model import Article
from reader.core.search_results import SearchResult
from reader.core.tantivy_index import _count


class _FoldedDoc:
    """A returned article and its folded text and title (what a
    :class:`~reader.core.search_results.SearchResult` finds hits in),
    folded when first read."""

    __slots__ = ("_folded", "article", "folded_title")

    def __init__(self, article: Article) -> None:
        self.article = article
        self.folded_title = fold_text(article.title)
        self._folded: str | None = None

    @property
    def folded(self) -> str:
        folded = self._folded
        if folded is None:
            folded = self._folded = fold_text(self.article.text)
        return folded

    def text_for(self, terms: Sequence[str]) -> str:
        """The folded text to find ``terms`` in (the whole fold: exact for any term)."""
        return self.folded


class _Result(SearchResult):
    """A result whose counts, like its hits, are found when first read: a
    query matching 20,000 articles costs tantivy's count, not a fold and a
    count of every text. The counts given to the constructor are ignored."""

    @cached_property
    def _counts(self) -> tuple[int, int]:
        doc, terms = self.doc, self.terms
        return sum(_count(doc.folded, t) for t in terms), sum(_count(doc.folded_title, t) for t in terms)

    @property
    def text_count(self) -> int:
        return self._counts[0]

    @text_count.setter
    def text_count(self, _given: int) -> None:
        pass

    @property
    def title_count(self) -> int:
        return self._counts[1]

    @title_count.setter
    def title_count(self, _given: int) -> None:
        pass

    def __repr__(self) -> str:
        # Computes nothing (Textual takes the repr of a worker's arguments).
        return f"SearchResult(id={self.id!r}, score={self.score:.3f})"
