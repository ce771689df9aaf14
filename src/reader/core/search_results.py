"""What a search gives: results, their hits and snippets, computed lazily.

A result's ``hits`` and ``snippets`` are found only when first read
(cached properties), so a query matching thousands of articles costs
counts, not positions. Positions are in the folded text, which has ``article.text``'s
length (see :mod:`reader.core.search`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from reader.core.model import Article
from reader.core.snippets import MAX_CANDIDATES, Snippet, Windows, make_snippets, needed_until

if TYPE_CHECKING:
    from reader.core.search_docs import _Doc


@dataclass(frozen=True, slots=True, order=True)
class Hit:
    """One occurrence of a term: a span of ``article.text``."""

    start: int
    end: int


@dataclass(frozen=True, eq=False)
class SearchResult:
    """One matching article. ``hits`` are the occurrences of all terms in
    ``article.text`` and ``title_hits`` those in ``article.title``, each
    sorted by start; overlapping hits of different terms stay separate.
    ``count`` is all of them together, known from the search itself: hits
    and snippets are found only when first read (cached properties), so a
    query matching thousands of articles costs counts, not positions, and
    the repr (which Textual takes of a worker's arguments) never finds them.
    """

    article: Article
    score: float
    text_count: int
    title_count: int
    # What the hits are found in: the index's folded texts and the terms.
    doc: _Doc = field(repr=False)
    terms: tuple[str, ...] = field(repr=False)

    def __repr__(self) -> str:
        # Short: not the article's whole text, nor its hits.
        return f"SearchResult(id={self.id!r}, score={self.score:.3f}, count={self.count})"

    @property
    def count(self) -> int:
        return self.text_count + self.title_count

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def title(self) -> str:
        return self.article.title

    @cached_property
    def hits(self) -> tuple[Hit, ...]:
        return tuple(Hit(s, e) for s, e, _t in _positions(self.doc.text_for(self.terms), self.terms))

    @cached_property
    def title_hits(self) -> tuple[Hit, ...]:
        return tuple(Hit(s, e) for s, e, _t in _positions(self.doc.folded_title, self.terms))

    @cached_property
    def snippets(self) -> tuple[Snippet, ...]:
        # (a text left in the article cache is read for them, not kept)
        text = self.article.passing_text
        windows = Windows(text)
        return make_snippets(
            text, _snippet_positions(windows, self.doc.text_for(self.terms), self.terms), windows=windows
        )


class Results(list[SearchResult]):
    """The results of a search, best first; ``total`` is how many articles
    matched, even when a limit kept fewer."""

    def __init__(self, results: Iterable[SearchResult] = (), total: int | None = None) -> None:
        super().__init__(results)
        self.total = len(self) if total is None else total


def _positions(folded: str, terms: Sequence[str]) -> list[tuple[int, int, int]]:
    """(start, end, term number) of every occurrence, sorted."""
    found = []
    for k, term in enumerate(terms):
        size = len(term)
        i = folded.find(term)
        while i >= 0:
            found.append((i, i + size, k))
            i = folded.find(term, i + 1)
    found.sort()
    return found


def _snippet_positions(windows: Windows, folded: str, terms: Sequence[str]) -> list[tuple[int, int, int]]:
    """The hits :func:`make_snippets` needs to give the snippets it would give
    with all of them: a common term in a huge article has tens of thousands,
    and only the first few hundred can become windows."""
    found: list[tuple[int, int, int]] = []
    cut: list[tuple[int, str, int]] = []  # (term number, term, where its search stopped)
    for k, term in enumerate(terms):
        size, n = len(term), 0
        i = folded.find(term)
        while i >= 0 and n < MAX_CANDIDATES:
            found.append((i, i + size, k))
            n += 1
            i = folded.find(term, i + 1)
        if i >= 0:
            cut.append((k, term, i))
    found.sort()
    if not cut:
        return found
    # Every term that stopped early has MAX_CANDIDATES hits before where it
    # stopped, so the first MAX_CANDIDATES of ``found`` are the true first
    # ones; the rest are needed only up to where their windows can end.
    until = needed_until(windows, found[:MAX_CANDIDATES])
    found = [h for h in found if h[0] < until]
    for k, term, i in cut:
        while 0 <= i < until:
            found.append((i, i + len(term), k))
            i = folded.find(term, i + 1)
    found.sort()
    return found


def _result(doc: _Doc, terms: list[str], score: float, count: int, title_count: int) -> SearchResult:
    return SearchResult(doc.article, score, count, title_count, doc, tuple(terms))
