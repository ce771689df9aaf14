"""Watching the opened folders once everything is loaded (issue 11,
feature 3): files changed on disk are read again, the search engine and the
people index updated, in a worker; the app takes each :class:`Changed` into
its :class:`~reader.session.library.Library`. Loading itself is
:mod:`reader.session.loader`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader.session.people_worker import PeopleProcess

if TYPE_CHECKING:
    from reader.core.model import Article, Skipped
    from reader.core.people import ArticlePerson, PeopleIndex
    from reader.core.search_engine import SearchEngine

# Changes are gathered this long before they are applied, so saving a file
# in an editor (often several writes) is one change.
WATCH_DEBOUNCE_MS = 300


@dataclass(frozen=True, slots=True)
class Changed:
    """Files changed on disk while the app ran: new and edited articles (an
    edited one keeps its id), files now skipped, and the ids of articles
    whose file is gone or no longer loads; with the people of the new and
    edited articles, and the search engine already updated."""

    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...]
    removed: tuple[str, ...]
    people: tuple[tuple[str, tuple[ArticlePerson, ...]], ...]


def watch_events(
    paths: Iterable[Path],
    known: Callable[[], dict[Path, str]],
    engine: SearchEngine | None,
    people_index: PeopleIndex | None,
    stop: Callable[[], bool],
    since_ns: int | None = None,
    digests: Callable[[], dict[Path, str | None]] | None = None,
) -> Iterator[Changed]:
    """Changes under ``paths``, a batch at a time, until ``stop()``.

    ``known()`` maps each loaded article's file to its id, as the app has
    it now. The engine and the people index are updated here, in the
    worker; the app takes each :class:`Changed` into its library.
    ``since_ns``: when loading began (``time.time_ns()``). The watch starts
    only once everything is loaded, so the first batch also takes what
    changed meanwhile: files written since then, and loaded files gone;
    ``digests()`` (each loaded article's file and its digest) leaves out
    those whose bytes are what was loaded (written just before loading).
    """
    import threading

    from watchfiles import Change, watch

    roots = [Path(p) for p in paths]
    folders = [p for p in roots if p.is_dir()]
    files = [p for p in roots if p.is_file()]
    watched = folders + [f.parent for f in files]
    if not watched:
        return
    halt = threading.Event()
    # (the watch reports absolute paths; articles keep the form their folder was given in: reader articles/)
    given = _given_forms(roots)

    def wanted(change: Change, name: str) -> bool:
        path = Path(name)
        if path.name.startswith("."):
            return False  # hidden files are never loaded (nor editors' swap files)
        return path.suffix.lower() in _watched_suffixes() or given(path) in files

    for changes in watch(
        *watched,
        watch_filter=wanted,
        debounce=WATCH_DEBOUNCE_MS,
        stop_event=halt,
        rust_timeout=200,
        yield_on_timeout=True,
        raise_interrupt=False,
    ):
        if stop():
            halt.set()
            return
        changed = {path for _, name in changes if (path := given(Path(name))) is not None}
        if since_ns is not None:
            # (the watch is set up by its first batch: what changed before it, once)
            changed |= _changed_since(roots, known(), since_ns, digests() if digests is not None else {})
            since_ns = None
        if not changed:
            continue
        event = _apply_changes(changed, roots, known(), engine, people_index)
        if event is not None:
            yield event


# A file's times are compared with the clock at this much slack: a file
# system may keep them coarsely (FAT: 2 s). A file written just before
# loading began is read again once, which changes nothing.
_CLOCK_SLACK_NS = 2_000_000_000


def _changed_since(
    roots: list[Path], known: dict[Path, str], since_ns: int, loaded: dict[Path, str | None]
) -> set[Path]:
    """The files under ``roots`` written, created or moved in since
    ``since_ns`` but those whose bytes are still the ones ``loaded`` (by
    digest), and the loaded files (``known``) gone."""
    from reader.core.digests import content_digest
    from reader.core.folder_walk import written_since

    changed = set()
    for path in written_since(roots, since_ns - _CLOCK_SLACK_NS):
        digest = loaded.get(path)
        try:
            if digest is not None and content_digest(path.read_bytes()) == digest:
                continue  # (written before it was loaded: the same bytes)
        except OSError:
            pass
        changed.add(path)
    return changed | {path for path in known if not path.is_file()}


def _given_forms(roots: list[Path]) -> Callable[[Path], Path | None]:
    """A function from a path the watch reports (absolute, perhaps through
    symlinks resolved) to the same file in the form of the root it is under
    as given (``articles/a.txt`` for ``reader articles``); None outside them."""
    # (each root's absolute and resolved form, and the prefix of the paths under it)
    bases = [
        (base, base.rstrip(os.sep) + os.sep, root)
        for root in roots
        for base in {os.path.abspath(root), os.path.realpath(root)}
    ]

    def given(path: Path) -> Path | None:
        name = os.fspath(path)
        for base, prefix, root in bases:
            if name == base:
                return root
            if name.startswith(prefix):
                return root / name[len(prefix) :]
        # (a named file's folder is watched too: its other files are no one's)
        return None

    return given


def _watched_suffixes() -> frozenset[str]:
    from reader.core.folder_walk import EXTENSIONS

    return EXTENSIONS


def _root_of(path: Path, roots: list[Path]) -> Path | None:
    from reader.core.folder_walk import in_saved_page_files

    for root in roots:
        if root == path:
            return root.parent
        if root.is_dir() and path.is_relative_to(root):
            if any(part.startswith(".") for part in path.relative_to(root).parts):
                return None  # a hidden folder: never loaded
            if in_saved_page_files(path, root):
                return None  # a saved page's pictures and frames: no articles
            return root
    return None


def _apply_changes(
    paths: set[Path],
    roots: list[Path],
    known: dict[Path, str],
    engine: SearchEngine | None,
    people_index: PeopleIndex | None,
) -> Changed | None:
    from reader.core.article_cache import ArticleCache
    from reader.core.corpus import article_id, iter_corpus, unique_id
    from reader.core.model import Article

    articles: list[Article] = []
    skipped: list[Skipped] = []
    removed: list[str] = []
    taken = set(known.values())
    cache = ArticleCache.open(warn=lambda message: None)
    try:
        for path in sorted(paths):
            root = _root_of(path, roots)
            old_id = known.get(path)
            if root is None or not path.is_file():
                if old_id is not None:
                    removed.append(old_id)
                continue
            items = list(iter_corpus([path], cache))
            item = items[0] if items else None
            if isinstance(item, Article):
                # An edited file keeps its id; a new one gets its usual id.
                new_id = old_id or unique_id(article_id(path, root), taken)
                taken.add(new_id)
                articles.append(_with_id(item, new_id))
            else:
                if item is not None:
                    skipped.append(item)
                if old_id is not None:
                    removed.append(old_id)
    finally:
        if cache is not None:
            cache.close()
    if not (articles or skipped or removed):
        return None
    if engine is not None:
        from reader.core.search_engine import forget

        for article in articles:
            engine.add(article)
        for gone in removed:
            forget(engine, gone)
    people = list(_people_of(articles, people_index))
    if people_index is not None:
        from reader.core.search_engine import placeholder

        for gone in removed:
            people_index.add(placeholder(gone), [])  # no people: it counts for no one
    return Changed(tuple(articles), tuple(skipped), tuple(removed), tuple(people))


def _with_id(article: Article, new_id: str) -> Article:
    # iter_corpus named it relative to its own folder; ids are relative to the root.
    from dataclasses import replace

    return article if article.id == new_id else replace(article, id=new_id)


def _people_of(
    articles: list[Article], people_index: PeopleIndex | None
) -> Iterator[tuple[str, tuple[ArticlePerson, ...]]]:
    # In a child process, as when loading: the tagger never loads in the app.
    with PeopleProcess() as process:
        for article in articles:
            try:
                people = process.people(article)
            except Exception:  # the article still reads; it just shows no people
                people = []
            if people_index is not None:
                people_index.add(article, people)
            yield article.id, tuple(people)
