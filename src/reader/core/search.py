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
counts, not positions (:mod:`reader.core.search_results`); counting and
ranking are in :mod:`reader.core.search_ranking`.
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from reader.core.blockfilter import BLOCK, BlockFilter, FileWords, block_count, contains, temp_file, term_bits
from reader.core.foldtable import fold_codes, fold_text
from reader.core.model import Article
from reader.core.query import parse_query
from reader.core.search_docs import FoldedFile, _Doc, compact_fold
from reader.core.search_ranking import _Snapshot, _top
from reader.core.search_results import Hit, Results, SearchResult, _positions, _result
from reader.core.snippets import Snippet

if TYPE_CHECKING:
    from reader.core.search_cache import IndexStore


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
        # Where added articles' folded texts are kept, if not in memory (see build_spooled).
        self._folded_file: FoldedFile | None = None
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
        index._save(store, articles, key)
        return index

    @classmethod
    def build_spooled(cls, articles: Iterable[Article], directory: str | None = None) -> SearchIndex:
        """:meth:`build`, its filter built in temporary files (in ``directory``; in memory if they
        cannot be written) by ``BlockFilter.spooling``, and its folded texts kept in one
        (:class:`~reader.core.search_docs.FoldedFile`): never all in memory, for a stand-in index."""
        articles, index = list(articles), cls()
        try:
            index._folded_file = FoldedFile(temp_file(directory))
            with temp_file(directory) as spool:
                index._filter = BlockFilter.spooling(spool)
                for article in articles:
                    index.add(article)
                flt = index._filter.spooled(temp_file(directory))
        except OSError:
            flt = None
        if flt is None:
            if index._folded_file is not None:
                index._folded_file.close()
            return cls.build(articles)
        index._filter = flt
        return index

    def save_to(self, store: IndexStore) -> None:
        """Save this index to the search cache, as :meth:`build` with a
        store does, for the same articles to restore it (a cold load hands
        the index over first and saves it after). Safe while searches run."""
        with self._lock:
            docs = list(self._docs)
        if any(doc is None for doc in docs):
            return  # an article was replaced: not the index of one build
        articles = [doc.article for doc in docs if doc is not None]
        self._save(store, articles, _content_key(articles))

    def _save(self, store: IndexStore, articles: list[Article], key: str) -> None:
        folded = [d.folded for d in self._docs if d is not None]
        if len(folded) == len(articles):  # no id given twice: one text per article
            store.save(key, self._filter.blocks, self._filter.export_chunks(), folded)
            self._map_saved(store, key)

    def _map_saved(self, store: IndexStore, key: str) -> None:
        """Use the filter just saved, read from its file by rows, instead of the
        one built in memory (tens of megabytes the process then no longer
        holds; the same words)."""
        saved = store.load_filter(key)
        if saved is None:
            return
        flt = BlockFilter.restore(saved[1], saved[0])
        with self._lock:
            if flt is not None and flt.blocks == self._filter.blocks:
                self._filter = flt

    def spill_filter(self, directory: str | None = None) -> bool:
        """Move the filter's words to a temporary file (in ``directory``), read by rows
        (same results), for a stand-in index; safe while searches run. Whether
        they are in a file now (not if an article was added or it cannot be written)."""
        with self._lock:
            flt = self._filter
            if flt.blocks == 0 or flt.in_file:  # (built spooled or restored: nothing to move)
                return flt.in_file
        try:
            file = temp_file(directory)  # (the spilled filter owns it)
        except OSError:
            return False
        spilled = flt.spilled(file)
        if spilled is None:
            return False
        with self._lock:
            if self._filter is flt and flt.blocks == spilled.blocks:
                self._filter = spilled
                return True
        return False  # (the file closes with the unused filter)

    @classmethod
    def restore(cls, articles: Iterable[Article], store: IndexStore) -> SearchIndex | None:
        """The index of ``articles`` from the search cache, or None if these
        texts were not indexed before. Its texts are folded when a search
        first needs them (or by :meth:`fold_all`)."""
        articles = list(articles)
        return cls._restore_key(articles, store, _content_key(articles))

    @classmethod
    def open_saved(cls, articles: Iterable[Article], store: IndexStore) -> SearchIndex | None:
        """The index of ``articles`` from the search cache with every text
        folded, so that no text of theirs is read to search (only those of
        the results whose hits or snippets are asked for), or None."""
        articles = list(articles)
        saved = store.load(_content_key(articles))
        if saved is None or len(saved.folded) != len(articles):
            return None
        if any(len(f) != a.text_length for f, a in zip(saved.folded, articles, strict=True)):
            return None
        return cls._restore(articles, saved.blocks, saved.words, saved.folded)

    @classmethod
    def _restore_key(cls, articles: list[Article], store: IndexStore, key: str) -> SearchIndex | None:
        saved = store.load(key)
        return None if saved is None else cls._restore(articles, saved.blocks, saved.words, saved.folded)

    @classmethod
    def _restore(
        cls, articles: list[Article], blocks: int, data: bytes | memoryview | FileWords, folded: Sequence[str] = ()
    ) -> SearchIndex | None:
        """The index of ``articles`` with the filter saved for them, and their
        folded texts if given (one per article, each of its text's length;
        else folded when first searched); None if the saved filter does not
        fit their lengths."""
        lengths = [a.text_length for a in articles]  # (no text read: a listed one's is known)
        if sum(block_count(n) for n in lengths) != blocks:
            return None
        flt = BlockFilter.restore(data, blocks)
        if flt is None:
            return None
        if len(folded) != len(articles) or any(len(f) != n for f, n in zip(folded, lengths, strict=False)):
            folded = [None] * len(articles)  # type: ignore[list-item]
        index = cls()
        index._filter = flt
        for article, title, text, n in zip(articles, _fold_titles(articles), folded, lengths, strict=True):
            index._insert(_Doc(article, title, text), block_count(n))
        return index

    def add(self, article: Article) -> None:
        """Index an article; one with the same id replaces the old one."""
        codes = fold_codes(article.text)
        title = fold_text(article.title)
        store = self._folded_file
        doc = _Doc(article, title, compact_fold(codes)) if store is None else _Doc.in_file(article, title, codes, store)
        with self._lock:
            self._insert(doc, self._filter.add(codes))

    def _insert(self, doc: _Doc, added: int) -> None:
        """Take in a document whose ``added`` blocks the filter now holds
        last. Called under the lock (or before the index is shared)."""
        article = doc.article
        number = len(self._docs)
        old = self._by_id.get(article.id)
        if old is not None:
            self._chars -= self._docs[old].article.text_length  # type: ignore[union-attr]
            self._docs[old] = None
        self._block_doc.extend([number] * added)
        self._block_start.extend(range(0, added * BLOCK, BLOCK))
        self._docs.append(doc)
        self._by_id[article.id] = number
        self._chars += article.text_length
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
        folded = fold_text(article.text) if doc is None or doc.article.text != article.text else doc.text_for(terms)
        return tuple(Hit(s, e) for s, e, _t in _positions(folded, terms))


def _content_key(articles: Sequence[Article]) -> str:
    """What the block filter of ``articles`` depends on: each text (its
    length and CRC, in order, as ``Article.text_sums`` gives them: a text
    left in the article cache is keyed without being read), the fold table
    and the filter's code."""
    import hashlib

    from reader.core import foldtable
    from reader.core.search_cache import filter_fingerprint

    # ("sums/2": a key of (length, CRC) pairs; the keys of code before it
    # took the length in bytes, and are simply not found)
    digest = hashlib.blake2b(f"{filter_fingerprint()} sums/2".encode(), digest_size=20)
    # The fold of the Basic Multilingual Plane (other planes fold by
    # unicodedata, part of the fingerprint).
    digest.update(foldtable.export()[: 0x10000 * 4])
    from reader.core.search_engine import article_keys

    sums = array("q")
    for _id, _title, length, crc in article_keys(articles):
        sums.append(length)
        sums.append(crc)
    digest.update(sums.tobytes())
    return digest.hexdigest()


def _fold_titles(articles: Sequence[Article]) -> list[str]:
    """Each article's folded title, folded in one call (folding goes code
    point by code point and keeps length: the same as one call each)."""
    titles = [a.title for a in articles]
    folded = fold_text("".join(titles))
    out, at = [], 0
    for title in titles:
        out.append(folded[at : at + len(title)])
        at += len(title)
    return out


def in_title(article: Article, query: str) -> bool:
    """Whether a term of ``query`` is in ``article.title`` (which is not
    part of ``article.text``, so no hit the reader steps through)."""
    return bool(_positions(fold_text(article.title), _fold_terms(query)))


def _fold_terms(query: str) -> list[str]:
    terms: list[str] = []
    for term in parse_query(query):
        folded = fold_text(term)
        if folded not in terms:
            terms.append(folded)
    return terms


__all__ = ["Hit", "Results", "SearchIndex", "SearchResult", "Snippet", "in_title", "parse_query"]
