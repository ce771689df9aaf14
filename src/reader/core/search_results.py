"""What a search gives: results, their hits and snippets, computed lazily.

A result's ``hits`` and ``snippets`` are found only when first read (see
:class:`Lazy`), so a query matching thousands of articles costs counts, not
positions. Positions are in the folded text, which has ``article.text``'s
length (see :mod:`reader.core.search`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar, overload

from reader.core.model import Article
from reader.core.snippets import MAX_CANDIDATES, Snippet, make_snippets, needed_until

if TYPE_CHECKING:
    from reader.core.search import _Doc


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
