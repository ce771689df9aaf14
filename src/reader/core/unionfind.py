"""Union-find (disjoint sets): which items have been joined, transitively.

Used to group the forms of one person's name in an article and the same
person across articles.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class UnionFind(Generic[T]):
    """Sets of items, joined by :meth:`union`. Items are added on first use;
    iteration yields every item in the order it was first seen."""

    def __init__(self, items: Iterable[T] = ()) -> None:
        self._parent: dict[T, T] = {}
        for item in items:
            self.add(item)

    def add(self, item: T) -> None:
        self._parent.setdefault(item, item)

    def find(self, item: T) -> T:
        """The representative of ``item``'s set."""
        parent = self._parent
        parent.setdefault(item, item)
        while parent[item] != item:
            # Path halving: every other step now points to its grandparent.
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: T, b: T) -> T:
        """Join the sets of ``a`` and ``b``; ``a``'s representative stays
        the representative, so callers can keep data keyed by it."""
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self._parent[root_b] = root_a
        return root_a

    def groups(self) -> dict[T, list[T]]:
        """Representative -> the items of its set, both in first-seen order."""
        found: dict[T, list[T]] = {}
        for item in self._parent:
            found.setdefault(self.find(item), []).append(item)
        return found

    def __iter__(self) -> Iterator[T]:
        return iter(list(self._parent))

    def __contains__(self, item: object) -> bool:
        return item in self._parent

    def __len__(self) -> int:
        return len(self._parent)


__all__ = ["UnionFind"]
