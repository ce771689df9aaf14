"""Script-blind keyword search over articles, ranked by BM25.

Matching is exact substring matching on folded text (see
reader.core.folding.fold: Traditional to Simplified, full width to half width,
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

import threading
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar, overload

import numpy as np

from reader.core.blockfilter import BLOCK, BlockFilter, block_count, contains, distinct, term_bits
from reader.core.foldtable import as_text, fold_codes, fold_text
from reader.core.model import Article
from reader.core.query import parse_query
from reader.core.snippets import MAX_CANDIDATES, Snippet, make_snippets, needed_until

if TYPE_CHECKING:
    from reader.core.search_cache import IndexStore

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
    def __getitem__(self, i: int | slice) -> T | tuple[T, ...]:
        return self._get()[i]

    def __iter__(self) -> Iterator[T]:
        return iter(self._get())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return self._get() == tuple(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        # Never computed for a repr: Textual describes a worker by the repr of
        # its arguments, and a common term's results would each find every
        # hit (seconds, and ~100 MB, on the UI thread).
        if self._items is not None:
            return repr(self._items)
        return f"Lazy(<{'?' if self._length is None else self._length} items, not computed>)"


@dataclass(frozen=True, eq=False)
class SearchResult:
    """One matching article. ``hits`` are the occurrences of all terms in
    ``article.text`` and ``title_hits`` those in ``article.title``, each
    sorted by start; overlapping hits of different terms stay separate.
    ``count`` is all of them together."""

    article: Article
    score: float
    hits: Sequence[Hit]
    snippets: Sequence[Snippet]
    title_hits: Sequence[Hit] = ()

    @property
    def count(self) -> int:
        return len(self.hits) + len(self.title_hits)

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def title(self) -> str:
        return self.article.title


class Results(list[SearchResult]):
    """The results of a search, best first; ``total`` is how many articles
    matched, even when a limit kept fewer."""

    def __init__(self, results: Iterable[SearchResult] = (), total: int | None = None) -> None:
        super().__init__(results)
        self.total = len(self) if total is None else total


class _Doc:
    """An indexed article and its folded title and text. The text is folded
    when first read if it was not at once (an index restored from the
    search cache needs no folding to be ready)."""

    __slots__ = ("_folded", "article", "folded_title")

    def __init__(self, article: Article, folded_title: str, folded: str | None = None) -> None:
        self.article = article
        self.folded_title = folded_title
        self._folded = folded

    @property
    def folded(self) -> str:
        folded = self._folded
        if folded is None:
            # Two threads may both fold it: they get the same string.
            folded = self._folded = fold_text(self.article.text)
        return folded


class SearchIndex:
    """An in-memory index of articles. ``add`` and ``search`` may be called
    from different threads: the shared structures change under a lock and
    everything a search reads after it is immutable."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._filter = BlockFilter()
        self._docs: list[_Doc | None] = []  # by doc number; None once replaced
        # Article number and start offset of every block, by block number.
        self._block_doc = array("q")
        self._block_start = array("q")
        self._by_id: dict[str, int] = {}
        self._chars = 0
        # What searches read, rebuilt after the first search that follows an add.
        self._snapshot: _Snapshot | None = None

    @classmethod
    def build(cls, articles: Iterable[Article], store: IndexStore | None = None) -> SearchIndex:
        """An index of ``articles``. With a ``store`` (the search cache), the
        block signatures saved for exactly these texts are used instead of
        being computed (see :meth:`restore`), else saved there; the results
        are the same either way."""
        if store is None:
            index = cls()
            for article in articles:
                index.add(article)
            return index
        articles = list(articles)
        key = _content_key(articles)
        restored = cls._restore_key(articles, store, key)
        if restored is not None:
            return restored
        index = cls.build(articles)
        folded = [d.folded for d in index._docs if d is not None]
        if len(folded) == len(articles):  # no id given twice: one text per article
            store.save(key, index._filter.blocks, index._filter.export(), folded)
        return index

    @classmethod
    def restore(cls, articles: Iterable[Article], store: IndexStore) -> SearchIndex | None:
        """The index of ``articles`` from the search cache, or None if these
        texts were not indexed before. Its texts are folded when a search
        first needs them (or by :meth:`fold_all`)."""
        articles = list(articles)
        return cls._restore_key(articles, store, _content_key(articles))

    @classmethod
    def _restore_key(cls, articles: list[Article], store: IndexStore, key: str) -> SearchIndex | None:
        saved = store.load(key)
        return None if saved is None else cls._restore(articles, saved.blocks, saved.words, saved.folded)

    @classmethod
    def _restore(
        cls, articles: list[Article], blocks: int, data: bytes, folded: Sequence[str] = ()
    ) -> SearchIndex | None:
        """The index of ``articles`` with the filter saved for them, and their
        folded texts if given (one per article, each of its text's length;
        else folded when first searched); None if the saved filter does not
        fit their lengths."""
        if sum(block_count(len(a.text)) for a in articles) != blocks:
            return None
        flt = BlockFilter.restore(data, blocks)
        if flt is None:
            return None
        if len(folded) != len(articles) or any(len(f) != len(a.text) for f, a in zip(folded, articles, strict=False)):
            folded = [None] * len(articles)  # type: ignore[list-item]
        index = cls()
        index._filter = flt
        for article, text in zip(articles, folded, strict=True):
            index._insert(_Doc(article, fold_text(article.title), text), block_count(len(article.text)))
        return index

    def add(self, article: Article) -> None:
        """Index an article; one with the same id replaces the old one."""
        codes = fold_codes(article.text)
        doc = _Doc(article, fold_text(article.title), as_text(codes))
        with self._lock:
            self._insert(doc, self._filter.add(codes))

    def _insert(self, doc: _Doc, added: int) -> None:
        """Take in a document whose ``added`` blocks the filter now holds
        last. Called under the lock (or before the index is shared)."""
        article = doc.article
        number = len(self._docs)
        old = self._by_id.get(article.id)
        if old is not None:
            self._chars -= len(self._docs[old].article.text)  # type: ignore[union-attr]
            self._docs[old] = None
        self._block_doc.extend([number] * added)
        self._block_start.extend(range(0, added * BLOCK, BLOCK))
        self._docs.append(doc)
        self._by_id[article.id] = number
        self._chars += len(article.text)
        self._snapshot = None

    def fold_all(self, stop: Callable[[], bool] = lambda: False) -> None:
        """Fold every text not folded yet (restored from the cache), so no
        search waits for it; ``stop`` is polled between articles."""
        for doc in list(self._docs):
            if stop():
                return
            if doc is not None:
                doc.folded  # noqa: B018 (folds and keeps it)

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._by_id

    def search(self, query: str, limit: int | None = None) -> Results:
        """Articles holding every term of ``query`` in their title or text,
        best first (ties by id). ``limit`` keeps the best few; the result's
        ``total`` still says how many matched."""
        terms = _fold_terms(query)
        if not terms or (limit is not None and limit <= 0):
            return Results()
        with self._lock:
            if self._snapshot is None:
                self._snapshot = _Snapshot.take(self)
            snap = self._snapshot
            candidates = [self._filter.candidates(term_bits(fold_codes(t))) for t in terms]
        if not snap.total:
            return Results()
        docs, blocks = snap.docs, snap.blocks
        # Verify the rarest term first: later terms are counted only in the
        # articles that still qualify.
        order = sorted(range(len(terms)), key=lambda i: candidates[i].size)
        numbers: list[int] | None = None  # articles still in, ascending
        body: dict[int, list[int]] = {}  # term -> its count in each article's text
        title: dict[int, list[int]] = {}  # term -> its count in each title
        for i in order:
            found = candidates[i]
            if numbers is not None:
                found = found[contains(np.asarray(numbers, dtype=np.int64), blocks.doc[found])]
            counts = blocks.count(terms[i], found, docs)
            titled = snap.title_counts(terms[i])
            if numbers is not None:
                still = set(numbers)
                titled = {n: c for n, c in titled.items() if n in still}
            merged = sorted(counts.keys() | titled.keys())
            if numbers is None:
                numbers = merged
            elif len(merged) < len(numbers):
                keep = [k for k, n in enumerate(numbers) if n in counts or n in titled]
                numbers = [numbers[k] for k in keep]
                body = {j: [column[k] for k in keep] for j, column in body.items()}
                title = {j: [column[k] for k in keep] for j, column in title.items()}
            if not numbers:
                return Results()
            body[i] = [counts.get(n, 0) for n in numbers]
            title[i] = [titled.get(n, 0) for n in numbers]
        assert numbers is not None
        tf = np.array([body[i] for i in range(len(terms))], dtype=float).T
        in_title = np.array([title[i] for i in range(len(terms))], dtype=float).T
        hits = tf.sum(axis=1).astype(int).tolist()
        title_hits = in_title.sum(axis=1).astype(int).tolist()
        scores = snap.scores(terms, candidates, tf, in_title, numbers)
        ranked = _top(scores, lambda k: docs[numbers[k]].article.id, limit)  # type: ignore[union-attr]
        return Results(
            (_result(docs[numbers[k]], terms, float(scores[k]), hits[k], title_hits[k]) for k in ranked),  # type: ignore[arg-type]
            total=len(numbers),
        )

    def hits_in(self, article: Article, query: str) -> tuple[Hit, ...]:
        """Every occurrence of every term of ``query`` in ``article.text``
        (whether or not all terms occur), sorted by start."""
        terms = _fold_terms(query)
        with self._lock:
            number = self._by_id.get(article.id)
            doc = self._docs[number] if number is not None else None
        folded = fold_text(article.text) if doc is None or doc.article.text != article.text else doc.folded
        return tuple(Hit(s, e) for s, e, _t in _positions(folded, terms))


def _content_key(articles: Sequence[Article]) -> str:
    """What the block filter of ``articles`` depends on: each text (its
    length and CRC, in order), the fold table and the filter's code."""
    import hashlib
    import zlib

    from reader.core import foldtable
    from reader.core.search_cache import filter_fingerprint

    digest = hashlib.blake2b(filter_fingerprint().encode(), digest_size=20)
    # The fold of the Basic Multilingual Plane (other planes fold by
    # unicodedata, part of the fingerprint).
    digest.update(foldtable.export()[: 0x10000 * 4])
    for article in articles:
        text = article.text.encode("utf-16-le", "surrogatepass")
        digest.update(len(text).to_bytes(8, "little") + zlib.crc32(text).to_bytes(4, "little"))
    return digest.hexdigest()


def _fold_terms(query: str) -> list[str]:
    terms: list[str] = []
    for term in parse_query(query):
        folded = fold_text(term)
        if folded not in terms:
            terms.append(folded)
    return terms


@dataclass(frozen=True, slots=True)
class _Snapshot:
    """The index as a search sees it: immutable, taken under the lock."""

    docs: tuple[_Doc | None, ...]
    blocks: _Blocks
    lengths: np.ndarray  # folded length by article number
    titles: str  # every folded title, one after another
    title_starts: np.ndarray  # where each article's title begins in ``titles``
    total: int
    chars: int

    @classmethod
    def take(cls, index: SearchIndex) -> _Snapshot:
        docs = tuple(index._docs)
        titles = [d.folded_title if d else "" for d in docs]
        starts = np.cumsum([0] + [len(t) for t in titles])
        return cls(
            docs,
            _Blocks(np.array(index._block_doc), np.array(index._block_start)),
            # Folding keeps length: no text is folded for this.
            np.array([len(d.article.text) if d else 0 for d in docs], dtype=float),
            "".join(titles),
            starts,
            len(index._by_id),
            index._chars,
        )

    def title_counts(self, term: str) -> dict[int, int]:
        """Occurrences of ``term`` per article number, in the titles."""
        from collections import Counter

        return dict(Counter(self.in_titles(term).tolist()))

    def in_titles(self, term: str) -> np.ndarray:
        """Numbers of the articles whose title contains ``term``, once per
        occurrence."""
        found, i = [], self.titles.find(term)
        while i >= 0:
            found.append(i)
            i = self.titles.find(term, i + 1)
        at = np.array(found, dtype=np.int64)
        numbers = np.searchsorted(self.title_starts, at, side="right") - 1
        # An occurrence running past a title's end spans two titles.
        return numbers[at + len(term) <= self.title_starts[numbers + 1]]

    def scores(
        self, terms: list[str], candidates: list[np.ndarray], tf: np.ndarray, in_title: np.ndarray, numbers: list[int]
    ) -> np.ndarray:
        """BM25 of the articles ``numbers`` given their term frequencies in
        the text ``tf`` and in the title ``in_title`` (one row each); a term
        in the title counts as extra occurrences."""
        # Document frequency as the filter estimates it (an upper bound, since
        # exact figures would need every candidate of every term verified),
        # with the articles that have the term only in their title.
        df = np.array(
            [
                distinct(np.concatenate((self.blocks.doc[c], self.in_titles(t)))).size
                for c, t in zip(candidates, terms, strict=True)
            ],
            dtype=float,
        )
        idf = np.log1p((self.total - df + 0.5) / (df + 0.5))
        rows = np.array(numbers)
        tf = tf + _TITLE_TF * (in_title > 0)
        norm = _K1 * (1 - _B + _B * self.lengths[rows] / max(self.chars / self.total, 1.0))
        scores: np.ndarray = (idf * tf * (_K1 + 1) / (tf + norm[:, None])).sum(axis=1)
        return scores


@dataclass(frozen=True, slots=True)
class _Blocks:
    """The article number and start offset of every block, as arrays."""

    doc: np.ndarray
    start: np.ndarray

    def count(self, term: str, found: np.ndarray, docs: Sequence[_Doc | None]) -> dict[int, int]:
        """Occurrences of ``term`` per article number, in the blocks ``found``
        (sorted). Consecutive blocks of one article are counted in one call:
        the blocks the filter ruled out hold no occurrence anyway."""
        if not found.size:
            return {}
        numbers = self.doc[found]
        first = np.ones(found.size, dtype=bool)
        first[1:] = (numbers[1:] != numbers[:-1]) | (found[1:] != found[:-1] + 1)
        heads = np.flatnonzero(first)
        tails = np.append(heads[1:], found.size) - 1
        # Occurrences that start in a run may end past it.
        extra = len(term) - 1
        starts = self.start[found[heads]].tolist()
        stops = (self.start[found[tails]] + (BLOCK + extra)).tolist()
        bordered = _bordered(term)
        counts: dict[int, int] = {}
        for number, start, stop in zip(numbers[heads].tolist(), starts, stops, strict=True):
            doc = docs[number]
            if doc is None:
                continue
            n = _count_overlapping(doc.folded, term, start, stop) if bordered else doc.folded.count(term, start, stop)
            if n:
                counts[number] = counts.get(number, 0) + n
        return counts


def _top(scores: np.ndarray, id_of: Callable[[int], str], limit: int | None) -> list[int]:
    """Indexes of the best ``limit`` scores, best first, ties by id."""
    size = scores.size
    chosen: Sequence[int] = range(size)
    if limit is not None and limit < size:
        # Everything tied with the limit-th score, so ties break by id only.
        floor = np.partition(scores, size - limit)[size - limit]
        chosen = np.flatnonzero(scores >= floor).tolist()
    return sorted(chosen, key=lambda k: (-scores[k], id_of(k)))[:limit]


def _bordered(term: str) -> bool:
    """Whether occurrences of ``term`` can overlap (a prefix is a suffix)."""
    return any(term[:k] == term[-k:] for k in range(1, len(term)))


def _count_overlapping(text: str, term: str, start: int, stop: int) -> int:
    """Occurrences of ``term`` within text[start:stop], overlapping ones
    included (str.count skips them)."""
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


def _snippet_positions(text: str, folded: str, terms: Sequence[str]) -> list[tuple[int, int, int]]:
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
    until = needed_until(text, found[:MAX_CANDIDATES])
    found = [h for h in found if h[0] < until]
    for k, term, i in cut:
        while 0 <= i < until:
            found.append((i, i + len(term), k))
            i = folded.find(term, i + 1)
    found.sort()
    return found


def _result(doc: _Doc, terms: list[str], score: float, count: int, title_count: int) -> SearchResult:
    positions = Lazy(lambda: tuple(_positions(doc.folded, terms)), count)
    hits: Lazy[Hit] = Lazy(lambda: tuple(Hit(s, e) for s, e, _t in positions), count)
    snippets: Lazy[Snippet] = Lazy(
        lambda: make_snippets(doc.article.text, _snippet_positions(doc.article.text, doc.folded, terms))
    )
    title_hits: Lazy[Hit] = Lazy(
        lambda: tuple(Hit(s, e) for s, e, _t in _positions(doc.folded_title, terms)), title_count
    )
    return SearchResult(doc.article, score, hits, snippets, title_hits)


__all__ = ["Hit", "Results", "SearchIndex", "SearchResult", "Snippet", "parse_query"]
