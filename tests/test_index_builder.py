"""``reader index`` and the app handing a large corpus's unfinished search
index over to it on quitting (issue 12: at 20,000 articles every launch
that quit before the tantivy index was saved built the exact engine again)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from corpus_support import topic_folder
from reader.core import search_engine, tantivy_search
from reader.core.builder_lock import BuilderLock
from reader.core.corpus import load_corpus
from reader.core.search_cache import IndexStore
from reader.core.search_engine import LARGE_CORPUS_ENV, cached_engine
from reader.core.tantivy_folders import tantivy_folders
from reader.core.tantivy_index import content_key
from reader.session import index_builder

pytest.importorskip("tantivy")

SRC = Path(__file__).resolve().parent.parent / "src"


@pytest.fixture
def large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder searched by the large-corpus engine, as 20,000 articles are."""
    monkeypatch.setattr(search_engine, "LARGE_CORPUS_CHARS", 10)
    return topic_folder(tmp_path, 30)


def _key(folder: Path) -> str:
    return content_key(load_corpus([folder], cache=True).articles)


def _restored_is_tantivy(folder: Path) -> bool:
    engine = cached_engine(load_corpus([folder], cache=True).articles)
    return isinstance(engine, tantivy_search.LargeCorpusEngine) and engine.ready


def _hold_build(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The app's (in-process) tantivy builds wait until stopped: unfinished
    at quit, as a 20,000-article build is. Set the event to let them go."""
    go = threading.Event()
    build = tantivy_search._build_cached

    def held(articles, key, folders, stop):
        while not go.is_set():
            if stop():
                return None
            time.sleep(0.01)
        return build(articles, key, folders, stop)

    monkeypatch.setattr(tantivy_search, "_build_cached", held)
    return go


# ------------------------------------------------------------ reader index


def test_reader_index_builds_what_a_launch_restores(large: Path) -> None:
    from reader.cli.index import index_paths

    assert not _restored_is_tantivy(large)
    said = index_paths([large])
    assert said.startswith("built the search index of 30 articles")
    assert _restored_is_tantivy(large)
    assert tantivy_folders().folder(_key(large)) is not None
    # Saved: a second builder does nothing.
    assert index_paths([large]).endswith("is saved already; nothing to do")


def test_reader_index_of_a_small_corpus_saves_the_exact_engine(tmp_path: Path) -> None:
    from reader.cli.index import index_paths
    from reader.core.search import SearchIndex

    folder = topic_folder(tmp_path, 30)
    assert cached_engine(load_corpus([folder], cache=True).articles) is None
    assert index_paths([folder]).startswith("built ")
    assert isinstance(cached_engine(load_corpus([folder], cache=True).articles), SearchIndex)
    assert index_paths([folder]).endswith("nothing to do")


def test_the_lock_keeps_a_second_builder_out(large: Path) -> None:
    from reader.cli.index import index_paths

    key = _key(large)
    other = tantivy_folders().builder_lock(key)
    assert other.acquire()
    try:
        assert index_paths([large]).startswith("another reader is building")
        assert tantivy_folders().folder(key) is None
        assert tantivy_folders().builders_running()
        assert BuilderLock(other.path).held_elsewhere()
        assert not other.held_elsewhere()  # (held through this very open file)
    finally:
        other.release()
    assert not BuilderLock(other.path).held_elsewhere()
    assert not tantivy_folders().builders_running()
    assert index_paths([large]).startswith("built ")


def test_a_builder_given_the_lock_builds(large: Path) -> None:
    from reader.cli.index import index_paths

    key = _key(large)
    lock = tantivy_folders().builder_lock(key)
    assert lock.acquire()
    fd = os.dup(lock.fd)  # (as a child process would be given it)
    lock.release()
    assert BuilderLock(lock.path).held_elsewhere()
    assert index_paths([large], handed=(key, fd)).startswith("built ")
    assert not BuilderLock(lock.path).held_elsewhere()  # released when done
    assert not lock.path.exists()  # and its file removed
    assert _restored_is_tantivy(large)


def test_reader_index_in_a_process_of_its_own(tmp_path: Path) -> None:
    """End to end: the real command, the threshold lowered through the
    environment; the index it saves is what this process restores."""
    folder = topic_folder(tmp_path, 30)
    env = dict(os.environ, PYTHONPATH=str(SRC), **{LARGE_CORPUS_ENV: "10"})
    done = subprocess.run(
        [sys.executable, "-m", "reader", "index", str(folder)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("built the search index of 30 articles")
    assert "indexing this large corpus" in done.stderr
    os.environ[LARGE_CORPUS_ENV] = "10"
    try:
        assert _restored_is_tantivy(folder)
    finally:
        del os.environ[LARGE_CORPUS_ENV]
    assert not _restored_is_tantivy(folder)  # (the exact engine's size: not that index)


def test_lock_files_no_one_holds_are_pruned(large: Path) -> None:
    """A killed builder leaves its lock file: the next builder removes it,
    and the file of a lock someone holds stays."""
    from reader.cli.index import index_paths

    folders = tantivy_folders()
    left = folders.builder_lock("0" * 40)
    assert left.acquire()
    left.release()  # (as a killed builder's: the file stays, no one holds it)
    held = folders.builder_lock("1" * 40)
    assert held.acquire()
    try:
        assert left.path.exists()
        assert index_paths([large]).startswith("built ")
        assert not left.path.exists()
        assert held.path.exists() and not held.held_elsewhere()
        assert [lock.path for lock in folders.builder_locks()] == [held.path]
        # Saved already: nothing built, the stale files go all the same.
        assert left.acquire()
        left.release()
        assert index_paths([large]).endswith("nothing to do")
        assert not left.path.exists() and held.path.exists()
    finally:
        held.release()
    folders.prune_locks()
    assert folders.builder_locks() == []


def test_a_lock_whose_file_was_removed_is_taken_on_the_new_file(tmp_path: Path) -> None:
    """Removing a free lock's file cannot let two processes hold it: one
    that opened the file before it went, and locks it after, finds the path
    names another file and takes the lock again on that one."""
    from reader.core import builder_lock

    path = tmp_path / ".builder-k.lock"
    first = BuilderLock(path)
    assert first.acquire()
    assert not BuilderLock(path).remove_if_free()  # held: stays
    assert path.exists()
    first.release()
    late = os.open(path, os.O_RDWR)  # opened before the removal
    assert BuilderLock(path).remove_if_free()
    assert not path.exists()
    assert builder_lock._locked(late, path) is None  # (and closed)
    second = BuilderLock(path)
    assert second.acquire()
    try:
        assert path.exists() and BuilderLock(path).held_elsewhere()
        assert not BuilderLock(path).acquire()
    finally:
        second.remove()
    assert not path.exists()
    assert not BuilderLock(path).held_elsewhere()
    assert not path.exists()  # (asking does not make the file)


# ------------------------------------------------------------ handing over


def _unfinished_engine(folder: Path) -> tantivy_search.LargeCorpusEngine:
    articles = load_corpus([folder], cache=True).articles
    store = IndexStore.open()
    assert store is not None
    with store:
        engine = tantivy_search.LargeCorpusEngine.build(articles, store)
    assert isinstance(engine, tantivy_search.LargeCorpusEngine)
    return engine


def test_hand_over_spawns_a_builder_only_for_an_unfinished_build(large: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    go = _hold_build(monkeypatch)
    spawned: list[tuple[list[str], bool]] = []

    def spawn(command: list[str], lock: BuilderLock, log_dir: Path) -> None:
        # The lock is held (and stays held through the open file passed down).
        spawned.append((command, BuilderLock(lock.path).held_elsewhere()))

    engine = _unfinished_engine(large)
    key = content_key(load_corpus([large], cache=True).articles)
    assert search_engine.unfinished_build(engine) is not None
    assert index_builder.hand_over(engine, [large], spawn)
    [(command, held)] = spawned
    assert held
    assert command[-1] == str(large) and command[command.index("--key") + 1] == key
    assert "--lock-fd" in command and "--background" in command
    engine.wait(10)
    assert not engine.ready  # stopped: the builder does it
    assert tantivy_folders().folder(key) is None

    # A key whose lock another process holds gets no second builder.
    other = _unfinished_engine(large)
    lock = tantivy_folders().builder_lock(key)
    assert lock.acquire()
    try:
        assert not index_builder.hand_over(other, [large], spawn)
    finally:
        lock.release()
    assert len(spawned) == 1

    # A finished build, no engine, the exact engine: nothing to hand over.
    go.set()
    assert other.wait(30)
    assert search_engine.unfinished_build(other) is None
    assert not index_builder.hand_over(other, [large], spawn)
    assert not index_builder.hand_over(None, [large], spawn)
    from reader.core.search import SearchIndex

    assert not index_builder.hand_over(SearchIndex(), [large], spawn)
    assert len(spawned) == 1


def test_hand_over_before_any_build_began(large: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No engine yet (the app quit before its build began): every article
    read decides. A large corpus whose index is not saved gets a builder,
    holding the lock of its key; a small one, a saved one, one whose
    builder is at work or articles not all read get none."""
    spawned: list[list[str]] = []

    def spawn(command: list[str], lock: BuilderLock, log_dir: Path) -> None:
        assert BuilderLock(lock.path).held_elsewhere()
        spawned.append(command)

    articles = load_corpus([large], cache=True).articles
    key = content_key(articles)
    assert not index_builder.hand_over(None, [large], spawn)  # (not all read: nothing to go on)
    assert index_builder.hand_over(None, [large], spawn, articles=articles)
    [command] = spawned
    assert command[command.index("--key") + 1] == key and command[-1] == str(large)
    assert not BuilderLock(tantivy_folders().builder_lock(key).path).held_elsewhere()  # (the fake spawn holds nothing)

    lock = tantivy_folders().builder_lock(key)
    assert lock.acquire()
    try:
        assert not index_builder.hand_over(None, [large], spawn, articles=articles)
    finally:
        lock.release()

    monkeypatch.setattr(search_engine, "LARGE_CORPUS_CHARS", 10**9)
    assert not index_builder.hand_over(None, [large], spawn, articles=articles)  # small: the exact engine
    monkeypatch.setattr(search_engine, "LARGE_CORPUS_CHARS", 10)

    from reader.cli.index import index_paths

    assert index_paths([large]).startswith("built ")
    assert not index_builder.hand_over(None, [large], spawn, articles=articles)  # saved
    assert len(spawned) == 1


def test_hand_over_starts_a_real_detached_builder(large: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The builder the app starts on quitting saves the index, and holds
    the lock from the start (a bench or a second app sees it at once)."""
    _hold_build(monkeypatch)
    monkeypatch.setenv(LARGE_CORPUS_ENV, "10")
    monkeypatch.setenv("PYTHONPATH", str(SRC))
    monkeypatch.setenv(index_builder.NICE_ENV, "0")
    engine = _unfinished_engine(large)
    key = content_key(load_corpus([large], cache=True).articles)
    assert index_builder.hand_over(engine, [large])
    folders = tantivy_folders()
    assert folders.builders_running()  # at once: the lock was handed down
    deadline = time.monotonic() + 120
    while folders.builders_running() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not folders.builders_running()
    log = (folders.root / index_builder.LOG_NAME).read_text()
    assert "built the search index of 30 articles" in log, log  # (said before its lock went)
    assert folders.folder(key) is not None
    assert _restored_is_tantivy(large)


# ------------------------------------------------------------ the app


async def _index_of(app: Any, pilot: Any) -> None:
    """Wait (up to 10 s) until the app's library has an index."""
    for _ in range(500):
        if app.library.index is not None:
            return
        await pilot.pause(0.02)


def _record_spawns(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The commands the hand-over would start a builder with, none started."""
    spawned: list[list[str]] = []
    monkeypatch.setattr(index_builder, "spawn_builder", lambda command, lock, log_dir: spawned.append(command))
    return spawned


async def test_the_app_hands_over_an_unfinished_build_on_quitting(
    large: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app_support import make_app

    _hold_build(monkeypatch)
    spawned = _record_spawns(monkeypatch)
    app = make_app(tmp_path / "state", [large])
    async with app.run_test() as pilot:
        await _index_of(app, pilot)
        assert isinstance(app.library.index, tantivy_search.LargeCorpusEngine)
        assert not app.library.index.ready
    assert len(spawned) == 1
    assert spawned[0][-1] == str(large)


async def test_an_app_quit_before_its_build_began_leaves_a_complete_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cold start quit after the titles, before the loader began the
    index: the detached builder (the real command, under the key's lock)
    saves the index, and the next launch opens it."""
    from app_support import make_app
    from reader.session import loader

    folder = topic_folder(tmp_path, 30)
    monkeypatch.setenv(LARGE_CORPUS_ENV, "10")
    monkeypatch.setenv("PYTHONPATH", str(SRC))
    monkeypatch.setenv(index_builder.NICE_ENV, "0")
    began = threading.Event()
    done = threading.Event()

    def no_index_yet(articles, warn, restore=True):  # the loader stops where the index would be built
        began.set()
        done.wait(30)
        yield from ()
        return lambda: None  # (the index's saving, for later)

    monkeypatch.setattr(loader, "_index_events", no_index_yet)
    app = make_app(tmp_path / "state", [folder])
    try:
        async with app.run_test() as pilot:
            for _ in range(1500):
                if began.is_set():
                    break
                await pilot.pause(0.02)
            assert began.is_set() and app.library.loaded
            assert app.library.index is None
    finally:
        done.set()
    folders = tantivy_folders()
    key = _key(folder)
    deadline = time.monotonic() + 120
    while folders.folder(key) is None and time.monotonic() < deadline:
        time.sleep(0.1)
    while folders.builders_running() and time.monotonic() < deadline:
        time.sleep(0.1)
    log = (folders.root / index_builder.LOG_NAME).read_text()
    assert "built the search index of 30 articles" in log, log
    assert folders.builder_locks() == []  # (the builder's lock file went with it)
    assert _restored_is_tantivy(folder)


async def test_the_app_hands_over_nothing_when_the_index_is_done(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app_support import make_app

    folder = topic_folder(tmp_path, 30)  # a small corpus: the exact engine, nothing in the background
    spawned = _record_spawns(monkeypatch)
    app = make_app(tmp_path / "state", [folder])
    async with app.run_test() as pilot:
        await _index_of(app, pilot)
        assert app.library.index is not None
        assert app.hand_over_index() is False
    assert spawned == []


def test_a_build_folder_left_by_a_process_that_ended_goes_at_the_next_save(large: Path) -> None:
    """An app that quits mid-build leaves its build folder (hundreds of MB
    at 20,000 articles): the builder's save removes it, not another's."""
    from reader.cli.index import index_paths

    dead = subprocess.Popen(["true"])
    dead.wait()
    root = tantivy_folders().root
    root.mkdir(parents=True, exist_ok=True)
    left = root / f".building-0123456789abcdef-{dead.pid}-0badcafe"
    running = root / f".building-0123456789abcdef-{os.getpid()}-0badcafe"
    older = root / ".building-0123456789abcdef-0badcafe"  # (named by older code)
    for folder in (left, running, older):
        folder.mkdir()
        (folder / "segment").write_bytes(b"x" * 100)
    assert index_paths([large]).startswith("built ")
    assert not left.exists()
    assert running.exists() and older.exists()
