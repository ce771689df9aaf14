"""What the app knows about the corpus so far, filled in by the loader.

The loader (a thread worker on the app) hands finished pieces over on the
event loop, so everything here is read and written from one thread. The
heavy core modules are only named for type checking: importing this module
costs nothing at startup.
"""

from __future__ import annotations

import time
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.corpus import Corpus
    from reader.core.model import Article, Skipped
    from reader.core.people import ArticlePerson, PeopleIndex
    from reader.core.search_engine import SearchEngine
    from reader.session.loader import LoadEvent
    from reader.session.watcher import Changed


class Stage(Enum):
    """What has become ready; published on ``ReaderApp.library_changed``."""

    ARTICLES = "articles"  # more articles or skipped files arrived
    LOADED = "loaded"  # every file has been read
    PEOPLE = "people"  # one more article's people (or all of them) are known
    INDEX = "index"  # the search index is built
    PROBLEM = "problem"  # one step failed on one article; see Library.problems
    CHANGED = "changed"  # files changed on disk (see Library.last_change), or differ from the listing shown first
    FAILED = "failed"  # loading stopped; see Library.failure


@dataclass
class Library:
    """The corpus loaded so far (a :class:`~reader.core.corpus.Corpus`: the
    articles in id order, looked up by id, and the skipped files), and what
    the loader found about it."""

    paths: list[Path]
    loaded: bool = False
    people: dict[str, list[ArticlePerson]] = field(default_factory=dict)
    people_index: PeopleIndex | None = None
    index: SearchEngine | None = None
    problems: list[str] = field(default_factory=list)
    failure: str | None = None
    # Whose people the last PEOPLE stage brought: some article ids, or None
    # for everyone's (the corpus index is complete), so a view redraws only
    # when what it shows changed.
    people_changed: frozenset[str] | None = None
    # The last files-changed-on-disk event taken in.
    last_change: Changed | None = None
    # The article the reader has open: the loader finds its people next,
    # before those of the articles waiting ahead of it (read in its thread).
    on_screen: str | None = None
    # When the library was made: files changed on disk since may have been
    # read before their change, so the folder watcher looks at them again.
    opened_ns: int = field(default_factory=time.time_ns)
    # Made when the loader hands over its first file: the corpus module is
    # imported by then (in the loader's thread), never before the first frame.
    _corpus: Corpus | None = field(default=None, repr=False)

    @property
    def corpus(self) -> Corpus:
        if self._corpus is None:
            from reader.core.corpus import Corpus

            self._corpus = Corpus()
        return self._corpus

    @property
    def articles(self) -> list[Article]:
        """The articles in id order (the corpus's list: do not change it)."""
        return self._corpus.articles if self._corpus is not None else []

    @property
    def skipped(self) -> list[Skipped]:
        return self._corpus.skipped if self._corpus is not None else []

    def add(self, article: Article) -> int:
        """Insert in id order (or replace the one with its id); returns the position."""
        return self.corpus.add(article)

    def apply(self, event: LoadEvent) -> Stage:
        """Take in one event from the loader; returns what became ready."""
        # (the events alone: a warm start's listing is applied before the
        # first frame, and the loader's and the watcher's modules can wait)
        from reader.session.load_events import AllRead, Found, IndexDone, PeopleDone, PeopleFound, Problem, Revised

        match event:
            case Found(items, ready) if ready is not None:
                self.corpus.extend(ready.articles)
                self.corpus.skipped.extend(ready.skipped)
                return Stage.ARTICLES
            case Found(items):
                from reader.core.model import Article

                articles = [item for item in items if isinstance(item, Article)]
                self._reload_from_files(articles)
                self.corpus.extend(articles)
                self.corpus.skipped.extend(item for item in items if not isinstance(item, Article))
                return Stage.ARTICLES
            case AllRead():
                self.loaded = True
                return Stage.LOADED
            case Revised(articles, removed, skipped):
                # The files as read, where they differ from the listing shown first.
                self.corpus.remove(removed)
                for article_id in removed:
                    self.people.pop(article_id, None)
                self.corpus.skipped[:] = list(skipped)
                for article in articles:
                    self.corpus.add(article)
                self.people_changed = frozenset(a.id for a in articles) | frozenset(removed)
                return Stage.CHANGED
            case PeopleFound(found):
                for article_id, people in found:
                    self.people[article_id] = list(people)
                self.people_changed = frozenset(article_id for article_id, _ in found)
                return Stage.PEOPLE
            case PeopleDone(index):
                self.people_index = index
                self.people_changed = None
                return Stage.PEOPLE
            case IndexDone(index):
                self.index = index
                return Stage.INDEX
            case Problem(message):
                self.problems.append(message)
                return Stage.PROBLEM
        from reader.session.watcher import Changed

        if isinstance(event, Changed):
            self._take_change(event)
            return Stage.CHANGED
        raise TypeError(f"not a load event: {event!r}")

    def _reload_from_files(self, articles: list[Article]) -> None:
        """Texts left in the article cache (a warm start reads none: it
        lists the articles, restores the index and reads the people by
        each text's length and CRC) are read when first asked for; one gone
        from the cache meanwhile (another instance tidied it) is read from
        its file again, as loading its folder gives it."""
        set_reloads(articles, list(self.paths))

    def _take_change(self, change: Changed) -> None:
        gone = set(change.removed)
        self.corpus.remove(gone)
        for article_id in gone:
            self.people.pop(article_id, None)
        paths = {a.path for a in change.articles} | {s.path for s in change.skipped}
        self.corpus.skipped[:] = [s for s in self.corpus.skipped if s.path not in paths] + list(change.skipped)
        for article in change.articles:
            self.corpus.add(article)
        for article_id, people in change.people:
            self.people[article_id] = list(people)
        self.people_changed = frozenset(article_id for article_id, _ in change.people) | gone
        self.last_change = change

    def files(self) -> dict[Path, str]:
        """Each loaded article's file, and its id."""
        return {a.path: a.id for a in self.articles}

    def digests(self) -> dict[Path, str | None]:
        """Each loaded article's file, and the digest of the bytes it was loaded from."""
        return {a.path: a.digest for a in self.articles}

    def fail(self, message: str) -> Stage:
        self.failure = message
        self.loaded = True
        return Stage.FAILED

    def get(self, article_id: str) -> Article | None:
        return self._corpus.by_id(article_id) if self._corpus is not None else None

    def neighbour(self, article_id: str | None, step: int, among: list[Article] | None = None) -> Article | None:
        """The article ``step`` places after (or before) ``article_id``."""
        articles = self.articles if among is None else among
        if not articles:
            return None
        ids = [a.id for a in articles]
        if article_id not in ids:
            return articles[0 if step > 0 else -1]
        at = ids.index(article_id) + step
        return articles[at] if 0 <= at < len(articles) else None

    @property
    def people_ready(self) -> bool:
        return self.people_index is not None

    @property
    def busy(self) -> str | None:
        """What is still loading, in words, or None when all is done."""
        if self.failure:
            return None
        if not self.loaded:
            return "loading articles"
        if self.index is None:
            return "building the search index"
        if self.people_index is None:
            return f"finding people ({len(self.people)}/{len(self.articles)})"
        return None


def set_reloads(articles: Iterable[Article], roots: list[Path], held: bool = False) -> None:
    """Each of these articles whose text is left in the article cache is
    read from its file (among ``roots``) if it is gone from there; ``held``:
    those whose texts are held too (about to be left there)."""
    from functools import partial

    from reader.core.model import Paragraphs

    for article in articles:
        paragraphs = article.paragraphs
        if isinstance(paragraphs, Paragraphs) and (held or not paragraphs.held) and paragraphs.reload is None:
            paragraphs.reload = partial(file_text, article.path, roots)


def file_text(path: Path, roots: list[Path]) -> tuple[str, array[int]] | None:
    """The text and paragraph starts of the article at ``path``, loaded
    again from its file as loading its folder (among ``roots``) gives it:
    through the article cache, which stores it again. None if the file is
    gone or no longer an article. Any thread may ask (a cache of its own)."""
    from reader.core.article_cache import ArticleCache
    from reader.core.corpus import iter_corpus
    from reader.core.model import Article

    root = next((r for r in roots if path == r or path.is_relative_to(r)), None)
    if root is None:
        return None
    cache = ArticleCache.open(warn=lambda message: None)
    try:
        for item in iter_corpus([root], cache):
            if isinstance(item, Article) and item.path == path:
                return item.text, item.paragraph_starts
    except OSError:
        return None
    finally:
        if cache is not None:
            cache.close()
    return None


# An edited article keeps the reader's place if the text around it is still
# there: this many characters after the old position are looked for.
_CONTEXT = 24


def carry_position(old: str, new: str, position: int) -> int:
    """Where ``position`` in ``old`` is in ``new``, its edited version.

    The text that followed the position is looked for in the new text,
    nearest the same offset first; failing that, an article that barely
    changed (in length) keeps the same offset, and one rewritten starts over.
    """
    position = max(0, min(position, len(old)))
    if old == new:
        return position
    for size in (_CONTEXT, _CONTEXT // 3):
        anchor = old[position : position + size]
        if len(anchor) < size // 2:
            anchor = old[max(0, position - size) : position]
            shift = len(anchor)
        else:
            shift = 0
        if not anchor:
            break
        after, before = new.find(anchor, max(0, position - shift)), new.rfind(anchor, 0, position + len(anchor))
        found = [i for i in (after, before) if i >= 0]
        if found:
            best = min(found, key=lambda i: abs(i - (position - shift)))
            return min(best + shift, len(new))
    if abs(len(new) - len(old)) <= max(len(old) // 10, 1):
        return min(position, len(new))
    return 0
