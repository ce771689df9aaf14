"""When a cold load starts a helper process (what the cores did during the
template pass, not the 1-minute load average), and when a started helper
stops taking files (it has fallen behind the loader)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import reader.core.cached_folder as cached_folder
from reader.core import cold_pool, helper_pace, idle_cores, job_folder
from reader.core.article_cache import ArticleCache
from reader.core.corpus import load_corpus
from reader.core.model import Article


def _site(root: Path, n: int) -> Path:
    root.mkdir()
    for i in range(n):
        body = f"这是第{i}篇新闻的第一段，讲述本地第{i}区的事情。\n第二段说的是第{i}个社区的变化。\n"
        (root / f"story{i:02}.txt").write_text(f"第{i}号新闻的标题\n{body}南岛日报社区频道 城市生活版\n", "utf-8")
    return root


def _cold(root: Path, db: Path) -> list[Article]:
    cache = ArticleCache.open(db)
    assert cache is not None
    try:
        return load_corpus([root], cache).articles
    finally:
        cache.close()


def test_the_counters_count_idle_waiting_and_niced_time_as_free(tmp_path: Path) -> None:
    stat = tmp_path / "stat"
    stat.write_text("cpu  100 50 30 800 20 0 0 0 0 0\ncpu0 50 25 15 400 10 0 0 0 0 0\n")
    assert idle_cores.cpu_ticks(str(stat)) == (870, 1000)
    stat.write_text("intr 1 2 3\n")
    assert idle_cores.cpu_ticks(str(stat)) is None
    assert idle_cores.cpu_ticks(str(tmp_path / "none")) is None


def test_free_cores_over_a_span(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(idle_cores, "usable_cores", lambda: 2)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert idle_cores.free_cores((1000, 2000), (1050, 2100)) == 1.0  # one core busy, one idle
    assert idle_cores.free_cores((1000, 2000), (1005, 2100)) == pytest.approx(0.1)
    assert idle_cores.free_cores((1000, 2000), (1002, 2004)) is None  # too short a span to tell
    assert idle_cores.free_cores(None, (1, 2)) is None


def test_the_decision_follows_what_the_cores_did_not_the_load_average(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(cold_pool.ENV, raising=False)
    monkeypatch.setattr(idle_cores, "usable_cores", lambda: 2)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    big = cold_pool.MIN_BYTES
    since = (1000, 2000)
    # A busy last minute, an idle core now: a helper.
    monkeypatch.setattr(os, "getloadavg", lambda: (3.0, 3.0, 3.0))
    monkeypatch.setattr(idle_cores, "cpu_ticks", lambda: (1045, 2100))
    assert cold_pool.wanted(big, since)
    assert not cold_pool.wanted(big - 1, since)  # too little to pay for the start-up
    # An idle last minute, both cores busy now: none.
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    monkeypatch.setattr(idle_cores, "cpu_ticks", lambda: (1010, 2100))
    assert not cold_pool.wanted(big, since)
    # A span too short to tell: asked again later, or the load average at the last.
    monkeypatch.setattr(idle_cores, "cpu_ticks", lambda: (1005, 2010))
    assert cold_pool.wanted(big, since, final=False) is None
    assert cold_pool.wanted(big, since) is True
    # No counters: the load average decides.
    monkeypatch.setattr(idle_cores, "cpu_ticks", lambda: None)
    assert cold_pool.wanted(big, since)
    assert cold_pool.wanted(big, None)
    monkeypatch.setattr(idle_cores, "usable_cores", lambda: 1)
    monkeypatch.setattr(idle_cores, "cpu_ticks", lambda: (1100, 2100))
    assert not cold_pool.wanted(big, since)  # one usable core


@pytest.mark.parametrize("idle", [True, False])
def test_a_cold_load_starts_a_helper_only_if_a_core_was_free_while_it_counted_the_template(
    idle: bool,
    article_fields: Callable[[list[Article]], list[tuple]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = _site(tmp_path / "site", 12)
    plain = load_corpus([root])
    monkeypatch.delenv(cold_pool.ENV, raising=False)
    monkeypatch.setattr(cold_pool, "MIN_BYTES", 1)
    monkeypatch.setattr(idle_cores, "usable_cores", lambda: 2)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0) if not idle else (4.0, 4.0, 4.0))
    # Each read of the counters: 100 ticks later, half (one core) or a tenth free.
    ticks = [(0, 0)]

    def counters() -> tuple[int, int]:
        free, total = ticks[-1]
        ticks.append((free + (50 if idle else 10), total + 100))
        return ticks[-1]

    monkeypatch.setattr(idle_cores, "cpu_ticks", counters)
    monkeypatch.setattr(cached_folder, "cpu_ticks", counters)
    started: list[int] = []
    init = cold_pool.Helper.__init__

    def starting(self: cold_pool.Helper, *args: object) -> None:
        started.append(1)
        init(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(cold_pool.Helper, "__init__", starting)
    cold = _cold(root, tmp_path / "articles.sqlite3")
    assert started == ([1] if idle else [])
    assert article_fields(cold) == article_fields(plain.articles)


def test_a_pace_judges_the_next_file_against_the_loader_s(tmp_path: Path) -> None:
    # 10 files of 100 bytes; the helper cleaned one in 1 s; the loader has
    # claimed 4 files (400 bytes) in 0.5 s: 800 bytes a second.
    assert helper_pace.in_time(100, 400, (100, 1.0), (400, 0.5)) is False  # 1 s against 0.625 s
    assert helper_pace.in_time(100, 400, (100, 0.1), (400, 0.5)) is True  # 0.1 s against 0.625 s
    assert helper_pace.in_time(100, 0, (0, 0.0), (0, 0.0)) is True  # its first file, nothing known
    # A large file at the same pace: the loader would clean the gap meanwhile.
    assert helper_pace.in_time(5_000, 2_000, (800, 1.0), (400, 0.5)) is True  # 6.25 s against 8.75 s
    assert helper_pace.in_time(5_000, 0, (800, 1.0), (400, 0.5)) is False  # (no sooner than the loader)
    pace = helper_pace.Pace(tmp_path, [100] * 10, time.monotonic() - 0.5)
    for at in range(4):
        (tmp_path / str(at)).touch()  # the loader's claims
    pace.done(9, 1.0)
    assert not pace.in_time(8)  # the loader is done with it in ~0.625 s, the helper in 1 s
    pace.done(8, -0.9)  # (now 200 bytes in 0.1 s)
    assert pace.in_time(7)


# The helper, 3 s a file (a core taken by another job after it started).
_SLOW_HELPER = """
import sys, time
from pathlib import Path
import reader.core.cached_folder as cached_folder
from reader.core import cold_pool
load = cached_folder.CachedFolder.load
def slow(self, *args):
    time.sleep(3.0)
    return load(self, *args)
cached_folder.CachedFolder.load = slow
cold_pool.work(Path(sys.argv[1]))
"""


def test_a_helper_that_falls_behind_stops_taking_files(
    article_fields: Callable[[list[Article]], list[tuple]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The loader cleans a file in 0.1 s, the helper in 3 s: after its first
    # file the helper leaves the rest to the loader, which never waits long
    # for a file the helper holds (it waited ~2 s for the second one).
    root = _site(tmp_path / "site", 50)
    plain = load_corpus([root])
    monkeypatch.setenv(cold_pool.ENV, "1")
    monkeypatch.setattr(cold_pool, "_command", lambda job: [sys.executable, "-c", _SLOW_HELPER, str(job)])
    load = cached_folder._load

    def paced(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        time.sleep(0.1)
        return load(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cached_folder, "_load", paced)
    waited: list[float] = []
    wait = cold_pool.Helper.wait

    def waiting(self: cold_pool.Helper, path: Path) -> None:
        began = time.monotonic()
        wait(self, path)
        waited.append(time.monotonic() - began)

    monkeypatch.setattr(cold_pool.Helper, "wait", waiting)
    cold = _cold(root, tmp_path / "articles.sqlite3")
    assert len(waited) <= 1 and sum(waited) < 1.0
    assert article_fields(cold) == article_fields(plain.articles)


def test_a_job_folder_is_made_in_memory_where_there_is_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Every file a cold load cleans is claimed by creating a file in the job
    # folder: ~0.4 ms of CPU each on a disk's file system, ~6 us in memory.
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert job_folder.job_parent() == str(tmp_path)
    monkeypatch.setattr(cold_pool, "_command", lambda job: [sys.executable, "-c", "pass"])
    helper = cold_pool.Helper()
    try:
        assert helper._job.parent == tmp_path
    finally:
        helper.close()
    assert not list(tmp_path.iterdir())
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "gone"))
    monkeypatch.setattr(job_folder, "MEMORY_FOLDERS", ("XDG_RUNTIME_DIR",))
    assert job_folder.job_parent() is None  # the usual temporary folder


def test_a_helper_with_nothing_left_is_closed_in_a_thread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # (its exit and the job folder's removal: ~0.08 s of the loader's wall clock)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.setattr(cold_pool, "_command", lambda job: [sys.executable, "-c", "import time; time.sleep(0.5)"])
    helper = cold_pool.Helper()
    helper._place = {Path("a"): 0}
    helper._left = 1
    helper.settle()
    assert helper._process is not None  # (a file left to claim)
    began = time.monotonic()
    assert helper.claim(Path("a"))  # the last file, this process's
    assert time.monotonic() - began < 0.1  # (not waiting for the helper to go)
    deadline = time.monotonic() + 10
    while list(tmp_path.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not list(tmp_path.iterdir()) and helper._process is None


# A cold load with the helper on, killed once every file is read: the rows
# it held for after its index are lost, the helper's are written.
_KILLED = """
import os, signal, sys
from pathlib import Path
from reader.session.loader import AllRead, load_events
from reader.session.people_worker import PeopleProcess

PeopleProcess.start = lambda self, tables_later=False, busy=False: None
for event in load_events([Path(sys.argv[1])]):
    if isinstance(event, AllRead):
        os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_cold_load_killed_before_its_writes_loses_only_cache_rows(
    article_fields: Callable[[list[Article]], list[tuple]],
    tmp_path: Path,
) -> None:
    import subprocess

    from reader.core.article_cache import cache_file

    root = _site(tmp_path / "site", 30)
    plain = load_corpus([root])
    memory = tmp_path / "memory"
    memory.mkdir()
    env = dict(
        os.environ,
        READER_CACHE_DIR=str(tmp_path / "cache"),
        READER_STATE_DIR=str(tmp_path / "state"),
        READER_PEOPLE_FILE=str(tmp_path / "people.tsv"),
        READER_COLD_HELPER="1",
        XDG_RUNTIME_DIR=str(memory),
        PYTHONPATH=str(Path(__file__).resolve().parent.parent / "src"),
    )
    run = subprocess.run([sys.executable, "-c", _KILLED, str(root)], env=env, capture_output=True, timeout=120)
    assert run.returncode == -9, run.stderr
    deadline = time.monotonic() + 30
    while list(memory.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not list(memory.iterdir())  # the helper tidied the job folder away
    warned: list[str] = []
    cache = ArticleCache.open(tmp_path / "cache" / cache_file().name, warn=warned.append)
    assert cache is not None
    try:
        again = load_corpus([root], cache).articles
    finally:
        cache.close()
    assert not warned
    assert article_fields(again) == article_fields(plain.articles)
