"""``reader index [--corpus PATH ...] [PATH ...]``: build the search index of the articles and
save it in the search cache, so that the app (and ``reader search``) opens
it instead of building it.

The app starts this by itself, detached and at a lower priority, when it
quits while a large corpus's index is still being built
(:mod:`reader.session.index_builder`). It does nothing when the index is
saved already, or when another ``reader index`` holds the lock of the same
articles' index. The articles are read as ``reader search`` reads them:
from the article cache's listing when the files are unchanged.
"""

from __future__ import annotations

import argparse
import contextlib
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader.cli.common import CommandError, Parser, Subparsers, add_corpus_option, corpus_paths, listed_or_loaded
from reader.core.plural import plural

if TYPE_CHECKING:
    from reader.core.article_cache import ArticleCache
    from reader.core.builder_lock import BuilderLock
    from reader.core.model import Article
    from reader.core.search_cache import IndexStore


def add_parser(subparsers: Subparsers[Parser], name: str) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        name,
        help="build and save the search index ahead",
        description="Build the search index of the articles and save it in the search cache (the user cache "
        "folder), so the reader opens it at its next start instead of building it. Does nothing if it is "
        "saved already or another reader is building it. The reader starts this in the background when it "
        "quits while a large library's index is still being built.",
    )
    add_corpus_option(parser)
    # As the app takes them, and as the app's background builder passes them.
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="more files and folders, as --corpus")
    parser.add_argument("--background", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--key", help=argparse.SUPPRESS)
    parser.add_argument("--lock-fd", type=int, help=argparse.SUPPRESS)
    return parser


def run(args: argparse.Namespace) -> int:
    paths = corpus_paths([*(args.corpus or []), *args.paths])
    if args.background:
        from reader.session.index_builder import nice_down

        nice_down()
        print(f"{time.strftime('%Y-%m-%d %H:%M:%S')} reader index {' '.join(map(str, paths))}", flush=True)
    handed: tuple[str, int] | None = (args.key, args.lock_fd) if args.key and args.lock_fd is not None else None
    index_paths(paths, handed, say=lambda line: print(line, flush=True))
    return 0


def index_paths(
    paths: Sequence[Path], handed: tuple[str, int] | None = None, say: Callable[[str], None] | None = None
) -> str:
    """Build and save the search index of ``paths`` unless it is saved or
    being built; what was done, in a line. ``handed``: the key whose lock
    this process was given (its file descriptor), by the app that started it.
    ``say`` gets that line while the lock is still held, so whoever sees the
    lock go (the app, a test, a second builder) finds the line in the log."""
    from reader.core.article_cache import ArticleCache
    from reader.core.model import TextGone
    from reader.core.search_cache import IndexStore
    from reader.core.tantivy_folders import tantivy_folders

    start = time.monotonic()
    with contextlib.ExitStack() as stack:
        # Last, once this process holds none: the lock files no one holds
        # (this one's own, a killed builder's) go.
        stack.callback(tantivy_folders().prune_locks)
        if handed is not None:
            stack.callback(_close, handed[1])
        store = IndexStore.open()
        if store is None:
            raise CommandError("the search cache cannot be used: there is nowhere to save the index")
        stack.enter_context(store)
        cache = ArticleCache.open()
        if cache is not None:
            stack.callback(cache.close)
            cache.lazy_texts = True
        try:
            done = _index(paths, cache, store, handed, start, stack)
        except TextGone:  # another instance replaced a row meanwhile: read everything
            if cache is not None:
                cache.lazy_texts = False
            done = _index(paths, cache, store, handed, start, stack)
        if say is not None:
            say(done)
        return done


def _index(
    paths: Sequence[Path],
    cache: ArticleCache | None,
    store: IndexStore,
    handed: tuple[str, int] | None,
    start: float,
    stack: contextlib.ExitStack,
) -> str:
    from reader.core.search_engine import article_keys, build_engine, engine_type, saved_engine

    articles = _articles(list(paths), cache)
    keys = article_keys(articles)
    count, chars = len(keys), sum(k[2] for k in keys)
    what = f"the search index of {plural(count, 'article')} ({chars:,} characters)"
    if saved_engine(articles, store) is not None:
        return f"{what} is saved already; nothing to do"
    engine = engine_type(chars)
    large = hasattr(engine, "build_final")
    if large:
        from reader.core.tantivy_index import content_key

        key = content_key(articles)
        lock = _lock(store, key, handed)
        if lock is None:
            return f"another reader is building {what}; nothing to do"
        stack.callback(lock.remove)  # (done: its file goes too)
        if store.tantivy.folder(key) is not None:  # saved while this one waited
            return f"{what} is saved already; nothing to do"
    if cache is not None:
        cache.fill(articles)
    built = build_engine(articles, cache=True, final=True)
    error = getattr(built, "build_error", None)
    if large and (error is not None or not getattr(built, "ready", True)):
        raise CommandError(f"could not build {what}: {error}")
    return f"built {what} in {time.monotonic() - start:.1f} s and saved it in the search cache ({store.path.parent})"


def _lock(store: IndexStore, key: str, handed: tuple[str, int] | None) -> BuilderLock | None:
    """The lock of ``key``'s index, held: the one handed down if it is
    that key's, else taken now; None if another process holds it."""
    from reader.core.builder_lock import BuilderLock

    path = store.tantivy.builder_lock(key).path
    if handed is not None and handed[0] == key:
        return BuilderLock.adopt(path, handed[1])
    lock = BuilderLock(path)
    return lock if lock.acquire() else None


def _close(fd: int) -> None:
    with contextlib.suppress(OSError):
        import os

        os.close(fd)


def _articles(paths: list[Path], cache: ArticleCache | None) -> Sequence[Article]:
    """The articles of ``paths``: as ``reader search`` reads them."""
    if cache is None:
        from reader.core import corpus

        return corpus.load_corpus(paths, None).articles
    return listed_or_loaded(paths, cache)
