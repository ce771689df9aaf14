"""Find people in a child process, so the app's own process stays lean and
its UI thread never waits on the finder.

Two ways, one protocol (length-prefixed pickles on the child's stdin and
stdout):

- :class:`PeopleProcess`: one long-lived child that finds the people of
  article after article. The name tagger (a 32 MB model, ~100 MB in memory)
  loads there, once, on the first article, and never in the app. The
  loader uses it for every article (and the folder watcher for changed
  ones), reading the people cache in the app first and closing the child
  when loading ends.
- :func:`find_people_apart`: one child for one article, gone after it.

A plain subprocess, not multiprocessing: it can be killed at once when the
user quits, and it never touches the terminal Textual is drawing on.

Writing the request and reading the answer run in their own threads while
the caller polls ``cancelled``. (``Popen.communicate(input, timeout)``
cannot be retried: a second call without input never sends the rest of the
input, and one with input raises, so a large article deadlocked the child
and the app, both waiting for each other.)
"""

from __future__ import annotations

import pickle
import queue
import struct
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any, Self

if TYPE_CHECKING:
    from reader.core.model import Article
    from reader.core.people import ArticlePerson

# How often a wait on the child checks whether the user has gone.
POLL_SECONDS = 0.1
_HEADER = struct.Struct("<Q")
# How much the child's loading yields to the app (see _warm_meekly). Measured
# on the seeds, cold, 2 cores at load ~3: 0 delayed the titles by 0.25 s;
# 5 left them as they were and brought the people 0.1 s sooner than starting
# the child after the first files; 19 starved it under load.
WARM_NICE = 5
# When the app's cold load cleans on both cores (a helper process beside it):
# the model loads on what the two leave idle. Measured at 2,000 bench
# articles, cold, 2 idle cores, alternated with the child started before the
# first file at WARM_NICE: every title read 2.04 s against 2.28 s, search
# ready 2.41 s against 2.64 s, the first sidebar 2.79 s against 2.75 s (it
# loads while the index is built).
BUSY_NICE = 19


# The child's flag: the app's load keeps both cores busy (BUSY_NICE).
BUSY = "--busy"


class Cancelled(Exception):
    pass


class PeopleProcess:
    """A child process that finds people, article after article.

    ``find`` is meant for one thread at a time (the loader's worker). The
    child starts on the first call; if it dies, the next call starts another.
    ``note`` is the tagger's one-line complaint when it could not be loaded
    there (people then come from the rules alone), else None.
    """

    def __init__(self, command: list[str] | None = None) -> None:
        self._command = command or [sys.executable, "-m", __name__, "--serve"]
        self._child: subprocess.Popen[bytes] | None = None
        self.note: str | None = None
        # The child this module runs is handed the app's fold tables first,
        # once the app has them (see :meth:`start`).
        self._hello = command is None
        self._hello_due = False

    def people(self, article: Article, cancelled: Callable[[], bool] = lambda: False) -> list[ArticlePerson]:
        """The article's people: from the cache, read here (no child, no
        model), or else found in the child (which stores them in the cache)."""
        from reader.core.people import cached_people

        found = cached_people(article)
        return found if found is not None else self.find(article, cancelled)

    def start(self, tables_later: bool = False, busy: bool = False) -> None:
        """Start the child now, before the first article is asked for: it
        loads the tagger and the dictionary at once (about a second), while
        the caller reads the corpus. With ``tables_later`` the fold tables
        are sent on the next call (``start`` or ``find``): the child loads
        the model and the dictionary without them, and the app has built
        them by then (else the child would build its own, 0.3 s).
        ``busy``: the caller keeps both cores busy meanwhile (the child
        loads at BUSY_NICE)."""
        self._running(tables_later, busy)

    def _running(self, tables_later: bool = False, busy: bool = False) -> subprocess.Popen[bytes]:
        child = self._child
        if child is None or child.poll() is not None:
            command = [*self._command, BUSY] if busy and self._hello else self._command
            child = self._child = subprocess.Popen(
                command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
            )
            self._hello_due = self._hello
        if self._hello_due and not tables_later:
            self._hello_due = False
            _send_tables(child)
        return child

    def find(self, article: Article, cancelled: Callable[[], bool] = lambda: False) -> list[ArticlePerson]:
        child = self._running()
        try:
            answer = _exchange(child, _framed(article), cancelled, keep_open=True)
        except BaseException:
            self.close()  # cancelled or broken: the child may be mid-answer
            raise
        kind, value, note = answer
        if note:
            from reader.core.people.tagger import report

            self.note = note
            report(note)  # the sidebar says it, as when the finder runs here
        if kind != "ok":
            raise RuntimeError(value)
        people: list[ArticlePerson] = value
        return people

    def close(self) -> None:
        child, self._child = self._child, None
        if child is not None and child.poll() is None:
            child.kill()
            child.wait()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# The Basic Multilingual Plane: the fold tables hold one entry per code point of it.
_BMP = 0x10000


def _send_tables(child: subprocess.Popen[bytes]) -> None:
    """Hand the child the fold tables this process has built (Traditional to
    Simplified, width, case), so it need not learn them from OpenCC (0.3 s
    of its start). Sent as each BMP fold's difference from its code point,
    compressed (23 kB): the pipe takes it without waiting for the child."""
    import zlib

    assert child.stdin is not None
    foldtable = sys.modules.get("reader.core.foldtable")
    blob = None
    if foldtable is not None and foldtable.built():
        import numpy as np

        data = foldtable.export()
        fold = np.frombuffer(data, dtype="<u4", count=_BMP).astype(np.int64)
        delta = (fold - np.arange(_BMP)).astype("<i4")
        blob = zlib.compress(delta.tobytes() + data[_BMP * 4 :], 1)
    try:
        child.stdin.write(_framed(("tables", blob)))
        child.stdin.flush()
    except OSError:
        pass  # the child died; the first request says so


def _tables_data(blob: bytes) -> bytes:
    """What :func:`reader.core.foldtable.export` gave the parent."""
    import zlib

    import numpy as np

    data = zlib.decompress(blob)
    delta = np.frombuffer(data, dtype="<i4", count=_BMP).astype(np.int64)
    return (delta + np.arange(_BMP)).astype("<u4").tobytes() + data[_BMP * 4 :]


def _install_tables(blob: bytes | None) -> None:
    if blob is not None:
        from reader.core import foldtable

        foldtable.install(_tables_data(blob))


def find_people_apart(
    article: Article, cancelled: Callable[[], bool], command: list[str] | None = None
) -> list[ArticlePerson]:
    """``extract_people(article)``, run in a child process of its own."""
    child = subprocess.Popen(
        command or [sys.executable, "-m", __name__],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        kind, value, _ = _exchange(child, _framed(article), cancelled, keep_open=False)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
    if kind != "ok":
        raise RuntimeError(value)
    people: list[ArticlePerson] = value
    return people


def _framed(obj: object) -> bytes:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    return _HEADER.pack(len(data)) + data


def _exchange(child: subprocess.Popen[bytes], request: bytes, cancelled: Callable[[], bool], keep_open: bool) -> Any:
    """Send ``request`` and wait for one answer, polling ``cancelled``."""
    assert child.stdin is not None and child.stdout is not None
    answers: queue.Queue[tuple[str, Any]] = queue.Queue()
    stdin, stdout = child.stdin, child.stdout

    def write() -> None:
        try:
            stdin.write(request)
            stdin.flush()
            if not keep_open:
                stdin.close()
        except (OSError, ValueError):
            pass  # the child died; the reader reports it

    def read() -> None:
        try:
            answers.put(("answer", _read_frame(stdout)))
        except BaseException as exc:
            answers.put(("failed", exc))

    threading.Thread(target=write, name="people-send", daemon=True).start()
    threading.Thread(target=read, name="people-receive", daemon=True).start()
    while True:
        if cancelled():
            child.kill()
            raise Cancelled
        try:
            kind, value = answers.get(timeout=POLL_SECONDS)
        except queue.Empty:
            continue
        if kind == "answer":
            return value
        code = child.wait()
        raise RuntimeError(f"people finder exited with {code}") from value


def _read_frame(stream: IO[bytes]) -> Any:
    header = _read_exactly(stream, _HEADER.size)
    (size,) = _HEADER.unpack(header)
    return pickle.loads(_read_exactly(stream, size))


def _read_exactly(stream: IO[bytes], size: int) -> bytes:
    chunks = []
    while size:
        chunk = stream.read(size)
        if not chunk:
            raise EOFError("the people finder closed its output")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _answer(article: Article) -> tuple[str, Any, str | None]:
    from reader.core.people import extract_people
    from reader.core.people.tagger import unavailable

    try:
        return "ok", extract_people(article), unavailable()
    except Exception as exc:
        return "error", f"{exc.__class__.__name__}: {exc}", unavailable()


def _warm() -> None:
    """Load what every article needs and the fold tables do not (the tagger,
    the dictionary) before the first request arrives: the parent may start
    the child early, before it has the tables, and its requests wait in the
    pipe meanwhile."""
    from reader.core.people import lexicon
    from reader.core.people.tagger import tagger

    tagger()
    lexicon.warm()


def _warm_meekly(nice: int = WARM_NICE) -> None:
    """:func:`_warm` at a lower priority than the app's: started with the
    app, the child must not slow its titles. On Linux a thread's nice value
    is its own, so the thread that finds the people keeps the usual one
    (an unprivileged process could never take it back)."""
    import contextlib
    import os

    def warm() -> None:
        with contextlib.suppress(OSError):  # (no nice: load at the usual priority)
            os.nice(nice)
        _warm()

    thread = threading.Thread(target=warm, name="people-warm")
    thread.start()
    thread.join()


def _warm_folded() -> None:
    """What needs the fold tables (the registry folds its names)."""
    from reader.core.people.registry import registry

    registry()


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    pending: list[Any] = []
    if "--serve" in args:
        _warm_meekly(BUSY_NICE if BUSY in args else WARM_NICE)
        # The parent's fold tables come first (PeopleProcess sends them).
        try:
            first = _read_frame(stdin)
        except EOFError:
            return
        if isinstance(first, tuple) and first[:1] == ("tables",):
            _install_tables(first[1])
        else:
            pending.append(first)
        _warm_folded()
    while True:
        try:
            article = pending.pop() if pending else _read_frame(stdin)
        except EOFError:
            return
        answer = _answer(article)
        _store_when_idle(stdin)
        stdout.write(_framed(answer))
        stdout.flush()
        if "--serve" not in args:
            return


def _store_when_idle(stdin: IO[bytes]) -> None:
    """Write the people found so far to the cache before answering, unless
    another request already waits (then they go in a later batch): the app
    may end the child as soon as it has its last answer, and what it was
    given must be in the cache. (The app asks for one article at a time,
    so in practice each is written before its answer.)"""
    import select

    try:
        waiting = bool(select.select([stdin], [], [], 0)[0])
    except (OSError, ValueError):
        waiting = False
    if not waiting and "reader.core.people.cache" in sys.modules:
        from reader.core.people import cache

        cache.flush()


if __name__ == "__main__":
    main()
