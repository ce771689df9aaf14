"""Handing a large corpus's unfinished search index over to a process of its
own when the app quits.

A large corpus's tantivy index is built in a thread after the exact engine
answers (:class:`~reader.core.tantivy_search.LargeCorpusEngine`), and saved
to the search cache only when that thread is done: a minute or more at
20,000 articles. An app quit before then saved nothing, so every later
launch built the exact engine again (15 s and 1.2 GB at 20,000 articles).
Now the app, quitting, hands the build to ``reader index`` in a detached,
low-priority process (a session of its own, ``nice``), so the next launch
opens the saved index.

One builder per key at most: the app takes the key's lock
(:class:`~reader.core.builder_lock.BuilderLock`) before it starts the
builder and passes it down, so the builder holds it from its first moment
(and on after the app ends); a key whose lock someone holds gets no second
builder, and ``reader index`` started by hand takes the same lock. An app
that quits before its own build began (a cold start, after the titles)
hands the build over as well, keyed by the articles it read. The
builder saves as every build does: into a temporary folder renamed into
place when complete, so no reader ever opens half an index.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.builder_lock import BuilderLock
    from reader.core.model import Article
    from reader.core.search_engine import SearchEngine
    from reader.core.tantivy_folders import TantivyFolders

# The builder's output goes here, in the search cache's tantivy folder.
LOG_NAME = "builder.log"
# Keep the log short: it is rewritten when it grows past this.
LOG_LIMIT = 256_000
# How much the builder lowers its priority (``nice``), unless NICE_ENV says.
NICENESS = 10
NICE_ENV = "READER_BUILDER_NICE"

Spawn = Callable[[list[str], "BuilderLock", Path], None]


def builder_command(paths: Sequence[Path], key: str | None = None, lock_fd: int | None = None) -> list[str]:
    """The command that builds the search index of ``paths`` in the
    background (``reader index --background``), holding the lock of
    ``key`` through ``lock_fd`` when given."""
    command = [sys.executable, "-m", "reader", "index", "--background"]
    if key is not None and lock_fd is not None:
        command += ["--key", key, "--lock-fd", str(lock_fd)]
    return [*command, "--", *map(str, paths)]


def spawn_builder(command: list[str], lock: BuilderLock, log_dir: Path) -> None:
    """Start ``command`` detached: a session of its own (a terminal's
    hang-up or the app's exit does not end it), no terminal, the lock's
    file passed down, its output appended to the log. Returns at once."""
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = log_dir / LOG_NAME
    with contextlib.suppress(OSError):
        if log_path.stat().st_size > LOG_LIMIT:
            log_path.unlink()
    with open(log_path, "ab") as log:
        subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            close_fds=True,
            pass_fds=(lock.fd,) if lock.fd is not None else (),
        )


def hand_over(
    engine: SearchEngine | None,
    paths: Sequence[Path],
    spawn: Spawn | None = None,
    articles: Sequence[Article] | None = None,
) -> bool:
    """If ``engine`` is building a large corpus's index to save in the
    search cache and has not finished, stop that build and start a builder
    process for ``paths`` (``spawn``: how; default :func:`spawn_builder`)
    unless another holds the key's lock or the index is saved already.
    With no engine yet (the app quit before its loader had one: a cold
    start after the titles, before the build began), ``articles``, every
    article of ``paths`` when all are read, decide: a large corpus whose
    index is not saved gets a builder too. Whether a builder was started.
    Never raises and never waits for the build: quitting must not."""
    from reader.core.search_engine import unfinished_build

    try:
        found = unfinished_build(engine)
        if found is None and engine is None and articles is not None:
            found = _unbuilt(articles)
        if found is None:
            return False
        key, folders = found
        if folders.folder(key) is not None:  # saved meanwhile (another instance)
            return False
        lock = folders.builder_lock(key)
        if not lock.acquire():  # a builder is at work on it already
            return False
        try:
            close = getattr(engine, "close", None)
            if callable(close):
                close()  # this process's build stops: the builder does it
            fd = lock.fd
            (spawn or spawn_builder)(builder_command(paths, key, fd), lock, folders.root)
        finally:
            lock.release()  # (the builder, given the same open file, holds it on)
        return True
    except Exception:  # a convenience: quitting goes on without it
        return False


def _unbuilt(articles: Sequence[Article]) -> tuple[str, TantivyFolders] | None:
    """The search cache key and tantivy folders of ``articles``' index if
    they are a large corpus (searched by tantivy, see
    :func:`~reader.core.search_engine.engine_type`); else None. The key
    takes each text's length and CRC, not the text, where the article
    cache left it."""
    from reader.core.search_engine import article_keys, large_corpus_chars

    keys = article_keys(articles)
    if sum(k[2] for k in keys) < large_corpus_chars():
        return None
    from reader.core import tantivy_search

    if not tantivy_search.available():
        return None
    from reader.core.tantivy_folders import tantivy_folders
    from reader.core.tantivy_index import content_key

    return content_key(articles), tantivy_folders()


def nice_down() -> None:
    """Lower this process's priority (a builder in the background must not
    slow the app the user has open): by ``READER_BUILDER_NICE`` if set (a
    number; 0 leaves it), else NICENESS."""
    value = os.environ.get(NICE_ENV, "").strip()
    step = int(value) if value.isdigit() else NICENESS
    if step:
        with contextlib.suppress(OSError, AttributeError):
            os.nice(step)


__all__ = ["LOG_NAME", "NICENESS", "NICE_ENV", "builder_command", "hand_over", "nice_down", "spawn_builder"]
