"""How a search counts and ranks: the index as one search sees it (an
immutable snapshot), occurrences counted in the blocks the filter leaves,
and BM25 over text and titles (see :class:`reader.core.search.SearchIndex`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from reader.core.blockfilter import BLOCK, distinct

if TYPE_CHECKING:
    from reader.core.search import SearchIndex
    from reader.core.search_docs import _Doc


# BM25 constants (the usual ones) and the extra term frequency a term earns
# by appearing in the title.
_K1 = 1.2
_B = 0.75
_TITLE_TF = 2.0


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
            np.array([d.article.text_length if d else 0 for d in docs], dtype=float),
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
            text, start, stop = doc.span_for(term, start, stop)
            n = _count_overlapping(text, term, start, stop) if bordered else text.count(term, start, stop)
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
