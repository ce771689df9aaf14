"""The events :func:`reader.session.loader.load_events` hands over: plain
frozen records, applied by the app to its
:class:`~reader.session.library.Library` on the event loop.

Written out rather than made by ``@dataclass(frozen=True, slots=True)``:
making those eight classes took ~8 ms of CPU at import (each method
compiled, each class made twice for its slots), on a warm start's path to
its first frame (the opening thread imports this module to hand the listing
over). :class:`_Event` gives what the dataclasses gave: equality and hash
by the compared fields, a repr, no attribute set after ``__init__``, and
``__match_args__`` for ``match``.
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reader.core.corpus import InOrder
    from reader.core.model import Article, Skipped
    from reader.core.people import ArticlePerson, PeopleIndex
    from reader.core.search_engine import SearchEngine


class _Event:
    """Equality, hash, repr and frozenness by ``__slots__`` (every field;
    ``_compared``, the first so many of them, are compared and hashed)."""

    __slots__: tuple[str, ...] = ()
    _compared: int | None = None

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__[: self._compared])

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__qualname__}({fields})"

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")


_set = object.__setattr__


class Found(_Event):
    __slots__ = __match_args__ = ("items", "ready")
    # (ready is not compared)
    _compared = 1
    items: tuple[Article | Skipped, ...]
    # The same items made ready off the UI thread (see Ready), or None.
    ready: Ready | None

    def __init__(self, items: tuple[Article | Skipped, ...], ready: Ready | None = None) -> None:
        _set(self, "items", items)
        _set(self, "ready", ready)


class Ready(_Event):
    """Found items made ready to take in with no Python work per article
    on the UI thread (a large listing's rest: see reader.session.opening):
    the articles in id order, each text's reload from its file set
    (Library._reload_from_files), and the skipped files."""

    __slots__ = __match_args__ = ("articles", "skipped")
    articles: InOrder
    skipped: tuple[Skipped, ...]

    def __init__(self, articles: InOrder, skipped: tuple[Skipped, ...]) -> None:
        _set(self, "articles", articles)
        _set(self, "skipped", skipped)


class AllRead(_Event):
    __slots__ = __match_args__ = ()


class PeopleFound(_Event):
    """The people of some articles: (article id, its people) each."""

    __slots__ = __match_args__ = ("found",)
    found: tuple[tuple[str, tuple[ArticlePerson, ...]], ...]

    def __init__(self, found: tuple[tuple[str, tuple[ArticlePerson, ...]], ...]) -> None:
        _set(self, "found", found)


class PeopleDone(_Event):
    __slots__ = __match_args__ = ("index",)
    index: PeopleIndex

    def __init__(self, index: PeopleIndex) -> None:
        _set(self, "index", index)


class IndexDone(_Event):
    __slots__ = __match_args__ = ("index",)
    index: SearchEngine

    def __init__(self, index: SearchEngine) -> None:
        _set(self, "index", index)


class Revised(_Event):
    """The files as read differ from the listing a warm start showed first:
    articles new or changed (an edited one keeps its id), the ids of those
    gone, and every skipped file now."""

    __slots__ = __match_args__ = ("articles", "removed", "skipped")
    articles: tuple[Article, ...]
    removed: tuple[str, ...]
    skipped: tuple[Skipped, ...]

    def __init__(self, articles: tuple[Article, ...], removed: tuple[str, ...], skipped: tuple[Skipped, ...]) -> None:
        _set(self, "articles", articles)
        _set(self, "removed", removed)
        _set(self, "skipped", skipped)


class Problem(_Event):
    """One step failed on one article; the rest goes on."""

    __slots__ = __match_args__ = ("message",)
    message: str

    def __init__(self, message: str) -> None:
        _set(self, "message", message)


LoadEvent = Found | AllRead | Revised | PeopleFound | PeopleDone | IndexDone | Problem


__all__ = ["AllRead", "Found", "IndexDone", "LoadEvent", "PeopleDone", "PeopleFound", "Problem", "Ready", "Revised"]
