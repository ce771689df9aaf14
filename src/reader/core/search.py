"""Script-blind keyword search over articles, ranked by BM25.

Matching is exact substring matching on folded text (see
reader.core.script.fold: Traditional to Simplified, full width to half width,
case, character by character), so 黃仁勛 finds 黄仁勋 and ＡＩ finds AI. Folding
keeps length, so a position in the folded text is a position in
``article.text``.

A :class:`~reader.core.blockfilter.BlockFilter` narrows each term to the
blocks that may hold it; those are counted exactly with ``str.count``. Hit
positions and snippets are computed only when a result's ``hits`` or
``snippets`` are first read, so a query matching thousands of articles costs
counts, not positions.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar, overload

import numpy as np

from reader.core.blockfilter import BLOCK, BlockFilter, term_bits
from reader.core.foldtable import as_text, fold_codes, fold_text
from reader.core.model import Article
from reader.core.query import parse_query
from reader.core.snippets import Snippet, make_snippets

# BM25 constants (the usual ones) and the extra term frequency a term earns
# by appearing in the title.
_K1 = 1.2
_B = 0.75
_TITLE_TF = 2.0


@dataclass(frozen=True, slots=True, order=True)
class Hit:
    """One occurrence of a term: a span of ``article.text``."""

    start: int
    end: int


T = TypeVar("T")


class Lazy(Sequence[T], Generic[T]):
    """A tuple computed on first use; its length may be known before."""

    def __init__(self, compute: Callable[[], tuple[T, ...]], length: int | None = None) -> None:
        self._compute = compute
        self._length = length
        self._items: tuple[T, ...] | None = None

    def _get(self) -> tuple[T, ...]:
        if self._items is None:
            self._items = self._compute()
        return self._items

    def __len__(self) -> int:
        return self._length if self._length is not None else len(self._get())

    @overload
    def __getitem__(self, i: int) -> T: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[T, ...]: ...
    def __getitem__(self, i):
        return self._get()[i]

    def __iter__(self) -> Iterator[T]:
        return iter(self._get())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return self._get() == tuple(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(self._get())


@dataclass(frozen=True, eq=False)
class SearchResult:
    """One matching article. ``len(hits)`` is the number of occurrences of all
    terms together; ``hits`` are sorted by start, and overlapping hits of
    different terms stay separate."""

    article: Article
    score: float
    hits: Sequence[Hit]
    snippets: Sequence[Snippet]

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def title(self) -> str:
        return self.article.title


@dataclass(frozen=True, slots=True)
class _Doc:
    article: Article
    folded: str
    folded_title: str
    first_block: int


class SearchIndex:
    """An in-memory index of articles. ``add`` and ``search`` may be called
    from different threads: the shared structures change under a lock and
    everything a search reads after it is immutable."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._filter = BlockFilter()
        self._docs: list[_Doc | None] = []  # by doc number; None once replaced
        self._block_doc: list[int] = []  # doc number of every block
        self._by_id: dict[str, int] = {}
        self._chars = 0

    @classmethod
    def build(cls, articles: Iterable[Article]) -> SearchIndex:
        index = cls()
        for article in articles:
            index.add(article)
        return index

    def add(self, article: Article) -> None:
        """Index an article; one with the same id replaces the old one."""
        codes = fold_codes(article.text)
        folded, folded_title = as_text(codes), fold_text(article.title)
        with self._lock:
            number = len(self._docs)
            old = self._by_id.get(article.id)
            if old is not None:
                self._chars -= len(self._docs[old].article.text)  # type: ignore[union-attr]
                self._docs[old] = None
            first = self._filter.blocks
            added = self._filter.add(codes)
            self._block_doc.extend([number] * added)
            self._docs.append(_Doc(article, folded, folded_title, first))
            self._by_id[article.id] = number
            self._chars += len(article.text)

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._by_id

    def search(self, query: str, limit: int | None = None) -> list[SearchResult]:
        """Articles holding every term of ``query``, best first."""
        terms = _fold_terms(query)
        if not terms or limit is not None and limit <= 0:
            return []
        with self._lock:
            docs = self._docs[:]
            block_doc = np.asarray(self._block_doc, dtype=np.int64)
            candidates = [self._filter.candidates(term_bits(fold_codes(t))) for t in terms]
            total, chars = len(self._by_id), self._chars
        if not total:
            return []
        # Verify the rarest term first: later terms are counted only in the
        # articles that still qualify.
        order = sorted(range(len(terms)), key=lambda i: candidates[i].size)
        tf: dict[int, list[int]] = {}
        alive: set[int] | None = None
        for i in order:
            blocks = candidates[i]
            if alive is not None:
                blocks = blocks[np.isin(block_doc[blocks], list(alive))]
            counts = _count(terms[i], blocks, block_doc, docs)
            alive = set(counts) if alive is None else alive & set(counts)
            for number in alive:
                tf.setdefault(number, [0] * len(terms))[i] = counts[number]
            if not alive:
                return []
        assert alive is not None
        # Document frequency of each term, as the filter estimates it (an
        # upper bound: exact counts would need every candidate verified).
        idf = [_idf(total, len(set(block_doc[c].tolist()))) for c in candidates]
        avg_len = chars / total
        scored = []
        for number in alive:
            doc = docs[number]
            assert doc is not None
            norm = _K1 * (1 - _B + _B * len(doc.folded) / max(avg_len, 1))
            score = 0.0
            for i, term in enumerate(terms):
                f = tf[number][i] + (_TITLE_TF if term in doc.folded_title else 0.0)
                score += idf[i] * f * (_K1 + 1) / (f + norm)
            scored.append((-score, doc.article.id, number))
        scored.sort()
        if limit is not None:
            scored = scored[:limit]
        results = []
        for neg, _id, number in scored:
            doc = docs[number]
            assert doc is not None
            results.append(_result(doc, terms, -neg, sum(tf[number])))
        return results

    def hits_in(self, article: Article, query: str) -> tuple[Hit, ...]:
        """Every occurrence of every term of ``query`` in ``article.text``
        (whether or not all terms occur), sorted by start."""
        terms = _fold_terms(query)
        with self._lock:
            number = self._by_id.get(article.id)
            doc = self._docs[number] if number is not None else None
        if doc is None or doc.article.text != article.text:
            folded = fold_text(article.text)
        else:
            folded = doc.folded
        return tuple(Hit(s, e) for s, e, _t in _positions(folded, terms))


def _fold_terms(query: str) -> list[str]:
    terms: list[str] = []
    for term in parse_query(query):
        folded = fold_text(term)
        if folded not in terms:
            terms.append(folded)
    return terms


def _idf(total: int, df: int) -> float:
    return math.log(1 + (total - df + 0.5) / (df + 0.5))


def _count(term: str, blocks: np.ndarray, block_doc: np.ndarray, docs: Sequence[_Doc | None]) -> dict[int, int]:
    """Occurrences of ``term`` per doc number, over the candidate blocks."""
    counts: dict[int, int] = {}
    numbers = block_doc[blocks].tolist()
    for block, number in zip(blocks.tolist(), numbers):
        doc = docs[number]
        if doc is None:
            continue
        start = (block - doc.first_block) * BLOCK
        n = _occurrences(doc.folded, term, start, start + BLOCK)
        if n:
            counts[number] = counts.get(number, 0) + n
    return counts


def _bordered(term: str) -> bool:
    """Whether occurrences of ``term`` can overlap (a prefix is a suffix)."""
    return any(term[:k] == term[-k:] for k in range(1, len(term)))


def _occurrences(text: str, term: str, start: int, end: int) -> int:
    """Occurrences of ``term`` that start in text[start:end], overlapping
    ones included."""
    stop = min(end + len(term) - 1, len(text))
    if not _bordered(term):
        return text.count(term, start, stop)
    n, i = 0, text.find(term, start, stop)
    while i >= 0:
        n += 1
        i = text.find(term, i + 1, stop)
    return n


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


def _result(doc: _Doc, terms: list[str], score: float, count: int) -> SearchResult:
    positions = Lazy(lambda: tuple(_positions(doc.folded, terms)), count)
    hits: Lazy[Hit] = Lazy(lambda: tuple(Hit(s, e) for s, e, _t in positions), count)
    snippets: Lazy[Snippet] = Lazy(lambda: make_snippets(doc.article.text, positions))
    return SearchResult(doc.article, score, hits, snippets)


__all__ = ["Hit", "SearchIndex", "SearchResult", "Snippet", "parse_query"]
