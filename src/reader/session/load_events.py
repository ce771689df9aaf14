"""The events :func:`reader.session.loader.load_events` hands over: plain
dataclasses, applied by the app to its
:class:`~reader.session.library.Library` on the event loop.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.corpus import InOrder
    from reader.core.model import Article, Skipped
    from reader.core.people import ArticlePerson, PeopleIndex
    from reader.core.search_engine import SearchEngine


@dataclass(frozen=True, slots=True)
class Found:
    items: tuple[Article | Skipped, ...]
    # The same items made ready off the UI thread (see Ready), or None.
    ready: Ready | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Ready:
    """Found items made ready to take in with no Python work per article
    on the UI thread (a large listing's rest: see reader.session.opening):
    the articles in id order, each text's reload from its file set
    (Library._reload_from_files), and the skipped files."""

    articles: InOrder
    skipped: tuple[Skipped, ...]


@dataclass(frozen=True, slots=True)
class AllRead:
    pass


@dataclass(frozen=True, slots=True)
class PeopleFound:
    """The people of some articles: (article id, its people) each."""

    found: tuple[tuple[str, tuple[ArticlePerson, ...]], ...]


@dataclass(frozen=True, slots=True)
class PeopleDone:
    index: PeopleIndex


@dataclass(frozen=True, slots=True)
class IndexDone:
    index: SearchEngine


@dataclass(frozen=True, slots=True)
class Revised:
    """The files as read differ from the listing a warm start showed first:
    articles new or changed (an edited one keeps its id), the ids of those
    gone, and every skipped file now."""

    articles: tuple[Article, ...]
    removed: tuple[str, ...]
    skipped: tuple[Skipped, ...]


@dataclass(frozen=True, slots=True)
class Problem:
    """One step failed on one article; the rest goes on."""

    message: str


LoadEvent = Found | AllRead | Revised | PeopleFound | PeopleDone | IndexDone | Problem


__all__ = ["AllRead", "Found", "IndexDone", "LoadEvent", "PeopleDone", "PeopleFound", "Problem", "Ready", "Revised"]
