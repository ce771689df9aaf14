"""A cold folder cleaned with a helper process: when one is started, the
articles are those of a load without it (and without the cache), also when
the helper dies before or in the middle of its share."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import reader.core.cached_folder as cached_folder
from reader.core import cold_pool
from reader.core.article_cache import ArticleCache
from reader.core.cold_files import read_notes
from reader.core.corpus import load_corpus
from reader.core.model import Article


def _site(root: Path, n: int = 10) -> Path:
    """A folder of one site, in Simplified and Traditional: its stories end
    with a line that only counting the folder's template removes."""
    root.mkdir()
    for i in range(n):
        body = (
            f"这是第{i}篇新闻的第一段，讲述本地第{i}区的事情，内容很长很长，包括了居民的生活与工作。\n"
            f"第二段说的是第{i}个社区的变化，记者走访了许多家庭。\n"
        )
        if i % 2:
            body = body.replace("这是", "這是").replace("说的是", "說的是").replace("记者", "記者")
        (root / f"story{i:02}.txt").write_text(f"第{i}号新闻的标题\n{body}南岛日报社区频道 城市生活版\n", "utf-8")
    for path in [root, *root.iterdir()]:
        os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    return root


@pytest.fixture
def slow_loader(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process cleans its first file only once the helper process has
    cleaned one (the last), so both sides clean some files however busy the
    machine is."""
    helpers: list[cold_pool.Helper] = []
    init = cold_pool.Helper.__init__

    def started(self: cold_pool.Helper, *args: object) -> None:
        init(self, *args)  # type: ignore[arg-type]
        helpers.append(self)

    load = cached_folder._load

    def slow(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + 60
        while helpers and not list(helpers[0]._job.glob("*.done")) and time.monotonic() < deadline:
            time.sleep(0.02)
        helpers.clear()  # (the first file only)
        return load(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cold_pool.Helper, "__init__", started)
    monkeypatch.setattr(cached_folder, "_load", slow)


@pytest.fixture
def helper_done(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many files each helper marked done, seen as it is closed."""
    counts: list[int] = []
    close = cold_pool.Helper.close

    def counting(self: cold_pool.Helper) -> None:
        if self._process is not None:
            counts.append(len(read_notes(self._job)))
        close(self)

    def settling(self: cold_pool.Helper) -> None:
        if self._left <= 0:
            self.close()  # (here, not in a thread: counted before the load returns)

    monkeypatch.setattr(cold_pool.Helper, "close", counting)
    monkeypatch.setattr(cold_pool.Helper, "settle", settling)
    return counts


def _cold(root: Path, db: Path) -> tuple[list[Article], ArticleCache]:
    cache = ArticleCache.open(db)
    assert cache is not None
    try:
        return load_corpus([root], cache).articles, cache
    finally:
        cache.close()


def test_a_helper_cleans_from_the_back_and_the_articles_are_those_of_a_load_without_it(
    article_fields: Callable[[list[Article]], list[tuple]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    slow_loader: None,
    helper_done: list[int],
    warm_serves_all: Callable[[Path, Path, list[Article]], None],
) -> None:
    root = _site(tmp_path / "site")
    plain = load_corpus([root])
    assert all("城市生活版" not in a.text for a in plain)  # (the template matters)
    monkeypatch.setenv(cold_pool.ENV, "1")
    db = tmp_path / "articles.sqlite3"
    cold, cache = _cold(root, db)
    assert helper_done and 1 <= helper_done[0] < len(plain.articles)  # both sides cleaned
    assert cache.misses == len(plain.articles)  # (each counted once, as new)
    assert article_fields(cold) == article_fields(plain.articles)
    # What it wrote is what a warm start serves, with no helper started.
    warm_serves_all(root, db, plain.articles)
    assert len(helper_done) == 1  # (no helper started for it)


def test_a_helper_that_dies_at_once_leaves_the_files_to_the_loader(
    article_fields: Callable[[list[Article]], list[tuple]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    helper_done: list[int],
) -> None:
    root = _site(tmp_path / "site")
    plain = load_corpus([root])
    monkeypatch.setenv(cold_pool.ENV, "1")
    monkeypatch.setattr(cold_pool, "_command", lambda job: [sys.executable, "-c", "raise SystemExit(3)"])
    cold, _ = _cold(root, tmp_path / "articles.sqlite3")
    assert helper_done == [0]
    assert article_fields(cold) == article_fields(plain.articles)


# A helper that takes the last three files and dies before any is done.
_DIES_HOLDING = """
import os, sys, pathlib, json, time
job = pathlib.Path(sys.argv[1])
while not (job / "job.json").exists():
    time.sleep(0.01)
n = len(json.loads((job / "job.json").read_text("utf-8"))["paths"])
for at in range(n - 1, n - 4, -1):
    os.close(os.open(job / str(at), os.O_CREAT | os.O_EXCL | os.O_WRONLY))
(job / "claimed").touch()
raise SystemExit(1)
"""


def test_files_a_dead_helper_had_taken_are_cleaned_by_the_loader(
    article_fields: Callable[[list[Article]], list[tuple]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = _site(tmp_path / "site")
    plain = load_corpus([root])
    monkeypatch.setenv(cold_pool.ENV, "1")
    monkeypatch.setattr(cold_pool, "_command", lambda job: [sys.executable, "-c", _DIES_HOLDING, str(job)])
    give = cold_pool.Helper.give
    claims: list[bool] = []

    def given(self: cold_pool.Helper, *args: object) -> None:
        give(self, *args)  # type: ignore[arg-type]
        while not (self._job / "claimed").exists():  # (it claims before the loader starts)
            time.sleep(0.01)

    claim = cold_pool.Helper.claim

    def claiming(self: cold_pool.Helper, path: Path) -> bool:
        claims.append(claim(self, path))
        return claims[-1]

    monkeypatch.setattr(cold_pool.Helper, "give", given)
    monkeypatch.setattr(cold_pool.Helper, "claim", claiming)
    cold, _ = _cold(root, tmp_path / "articles.sqlite3")
    assert claims.count(False) == 3  # waited for the helper, then cleaned them
    assert article_fields(cold) == article_fields(plain.articles)


def test_no_helper_without_a_free_core_or_enough_to_clean(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(cold_pool.ENV, raising=False)
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    big = cold_pool.MIN_BYTES
    monkeypatch.setattr(os, "getloadavg", lambda: (0.4, 0.5, 0.5))
    assert cold_pool.wanted(big)
    assert not cold_pool.wanted(big - 1)  # too little to pay for the start-up
    monkeypatch.setattr(os, "getloadavg", lambda: (1.3, 0.5, 0.5))
    assert not cold_pool.wanted(big)  # both cores in use
    monkeypatch.setattr(os, "getloadavg", lambda: (0.8, 0.5, 0.5))
    assert not cold_pool.wanted(big)  # one core free: the people child's start takes it
    monkeypatch.setattr(os, "getloadavg", lambda: (0.2, 0.5, 0.5))
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0}, raising=False)
    assert not cold_pool.wanted(big)  # one usable core
    monkeypatch.setenv(cold_pool.ENV, "0")
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1, 2, 3}, raising=False)
    assert not cold_pool.wanted(big)
    monkeypatch.setenv(cold_pool.ENV, "1")
    assert cold_pool.wanted(1)


def test_a_small_cold_folder_is_cleaned_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helper_done: list[int]
) -> None:
    monkeypatch.delenv(cold_pool.ENV, raising=False)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    _cold(_site(tmp_path / "site"), tmp_path / "articles.sqlite3")
    assert helper_done == []


def test_the_helper_imports_this_copy_of_the_reader(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Its rows are keyed by its code: a helper running another copy of the
    reader (found on the default path) wrote rows the loader never found."""
    import subprocess

    import reader

    here = str(Path(reader.__file__).resolve().parents[1])
    env = cold_pool._env({"PYTHONPATH": f"{tmp_path}{os.pathsep}{here}", "HOME": "/nowhere"})
    assert env["PYTHONPATH"].split(os.pathsep) == [here, str(tmp_path)] and env["HOME"] == "/nowhere"
    assert cold_pool._env({})["PYTHONPATH"] == here
    # A process started with it, from elsewhere, imports this very package.
    fake = tmp_path / "reader"
    fake.mkdir()
    (fake / "__init__.py").write_text("", "utf-8")
    found = subprocess.run(
        [sys.executable, "-c", "import reader; print(reader.__file__)"],
        env=cold_pool._env({"PYTHONPATH": str(tmp_path), **{k: v for k, v in os.environ.items() if k != "PYTHONPATH"}}),
        cwd=tmp_path.parent,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(found).resolve() == Path(reader.__file__).resolve()


def test_a_helper_is_started_with_this_copy_first_on_its_path(monkeypatch: pytest.MonkeyPatch) -> None:
    import reader

    seen: list[dict[str, str]] = []

    class Recorded:
        def __init__(self, command: list[str], **kwargs: object) -> None:
            seen.append(kwargs["env"])  # type: ignore[arg-type]

    monkeypatch.delenv("PYTHONPATH", raising=False)
    monkeypatch.setattr(cold_pool.subprocess, "Popen", Recorded)
    helper = cold_pool.Helper()
    helper._process = None
    helper.close()
    assert seen and seen[0]["PYTHONPATH"] == str(Path(reader.__file__).resolve().parents[1])


def test_the_loader_works_out_no_lines_of_the_files_the_helper_cleaned(
    article_fields: Callable[[list[Article]], list[tuple]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    slow_loader: None,
    helper_done: list[int],
    warm_serves_all: Callable[[Path, Path, list[Article]], None],
) -> None:
    # The helper works out (and stores) the lines of the files it cleans and
    # notes the context it cached each under; the loader stores only its own
    # files' lines, after cleaning each (it stored every file's lines before
    # cleaning any when a helper started: ~0.3 s of its CPU on the 2,000
    # bench articles).
    root = _site(tmp_path / "site")
    plain = load_corpus([root])
    monkeypatch.setenv(cold_pool.ENV, "1")
    stored: list[str] = []
    store_lines = ArticleCache.store_lines

    def storing(self: ArticleCache, digest: str, *args: object) -> None:
        stored.append(digest)
        store_lines(self, digest, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(ArticleCache, "store_lines", storing)
    db = tmp_path / "articles.sqlite3"
    cold, _ = _cold(root, db)
    assert helper_done and 1 <= helper_done[0] < len(plain.articles)
    assert len(stored) == len(plain.articles) - helper_done[0]
    assert article_fields(cold) == article_fields(plain.articles)
    warm_serves_all(root, db, plain.articles)  # every file's lines and article are cached


def test_with_writes_held_the_helper_stores_no_lines_and_the_loader_stores_every_files_later(
    article_fields: Callable[[list[Article]], list[tuple]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    slow_loader: None,
    helper_done: list[int],
    warm_serves_all: Callable[[Path, Path, list[Article]], None],
) -> None:
    # A cold load in the app holds its writes until its index is built: the
    # helper is then given the template as text and keys its files by it
    # (cold_files.clean_new), and this process stores those files' lines with
    # its own once the writes are let go; the same articles, under the same
    # keys, as without the helper and without the cache.
    root = _site(tmp_path / "site")
    plain = load_corpus([root])
    monkeypatch.setenv(cold_pool.ENV, "1")
    given: list[object] = []
    give = cold_pool.Helper.give

    def giving(self: cold_pool.Helper, *args: object) -> None:
        given.append(args[5])  # (the template text)
        give(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(cold_pool.Helper, "give", giving)
    stored: list[str] = []
    store_lines = ArticleCache.store_lines

    def storing(self: ArticleCache, digest: str, *args: object) -> None:
        stored.append(digest)
        store_lines(self, digest, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(ArticleCache, "store_lines", storing)
    db = tmp_path / "articles.sqlite3"
    cache = ArticleCache.open(db)
    assert cache is not None
    cache.hold_writes()
    cold = load_corpus([root], cache).articles
    assert given and isinstance(given[0], frozenset) and "南岛日报社区频道 城市生活版" in given[0]
    assert helper_done and 1 <= helper_done[0] < len(plain.articles)  # both sides cleaned
    assert not stored  # (nothing before the writes are let go)
    with contextlib.closing(sqlite3.connect(db)) as db_now:  # (nor by the helper)
        assert db_now.execute("SELECT count(*) FROM lines").fetchone()[0] == 0
    cache.hold_writes(False)
    cache.flush()
    assert sorted(stored) == sorted(a.digest for a in plain.articles)  # every file's, once, here
    cache.close()
    assert article_fields(cold) == article_fields(plain.articles)
    warm_serves_all(root, db, plain.articles)  # every file's lines and article are cached


def test_a_file_the_helper_cached_nothing_for_is_read_here_from_its_batch_of_notes(
    article_fields: Callable[[list[Article]], list[tuple]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    slow_loader: None,
    helper_done: list[int],
) -> None:
    # The helper says its files done a batch at a time (cold_files.DoneNotes):
    # a file in a batch it cached nothing for (not text) is not waited for,
    # but loaded here, to the same skip as without the helper.
    monkeypatch.setattr("reader.core.cold_files.BATCH_SECONDS", 60.0)
    root = _site(tmp_path / "site", 12)
    (root / "story10.txt").write_bytes(bytes(range(256)) * 8)
    plain = load_corpus([root])
    assert any(s.path.name == "story10.txt" for s in plain.skipped)
    monkeypatch.setenv(cold_pool.ENV, "1")
    cache = ArticleCache.open(tmp_path / "articles.sqlite3")
    assert cache is not None
    cache.hold_writes()
    cold = load_corpus([root], cache)
    cache.close()
    assert helper_done and 3 <= helper_done[0] < 12  # (story10 among them)
    assert article_fields(cold.articles) == article_fields(plain.articles)
    assert [s.path for s in cold.skipped] == [s.path for s in plain.skipped]


def test_the_helpers_rows_read_back_while_the_loader_cleans_give_the_same_articles(
    article_fields: Callable[[list[Article]], list[tuple]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    helper_done: list[int],
    warm_serves_all: Callable[[Path, Path, list[Article]], None],
) -> None:
    # The loader reads back the rows of the files the helper said done while
    # it still cleans its own (HelperRows._read_back): here after each of its
    # files, the helper saying each of its files done at once, and the loader
    # slowed so that both sides clean some.
    import reader.core.helper_rows as helper_rows

    monkeypatch.setattr(helper_rows, "READ_BACK_SECONDS", 0.0)
    monkeypatch.setattr("reader.core.cold_files.BATCH_SECONDS", 0.0)
    load = cached_folder._load

    def slow(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        time.sleep(0.15)
        return load(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cached_folder, "_load", slow)
    built: list[int] = []
    fetch = helper_rows.HelperRows._fetch

    def fetching(self: helper_rows.HelperRows, build: bool) -> None:
        before = len(self._helper_built)
        fetch(self, build)
        built.append(len(self._helper_built) - before)

    monkeypatch.setattr(helper_rows.HelperRows, "_fetch", fetching)
    root = _site(tmp_path / "site", 16)
    plain = load_corpus([root])
    monkeypatch.setenv(cold_pool.ENV, "1")
    db = tmp_path / "articles.sqlite3"
    cold, cache = _cold(root, db)
    assert helper_done and 1 <= helper_done[0] < len(plain.articles)
    assert sum(built) >= 1  # (some built ahead)
    assert cache.misses == len(plain.articles) and cache.hits == 0  # (each counted once, as new)
    assert article_fields(cold) == article_fields(plain.articles)
    warm_serves_all(root, db, plain.articles)


def test_without_tables_of_its_own_the_loader_gives_none_and_the_helper_makes_them(
    article_fields: Callable[[list[Article]], list[tuple]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    slow_loader: None,
    helper_done: list[int],
) -> None:
    # A cold load's loader has no code-point tables when it hands the helper
    # its files (making them imports numpy, before its first file): the job
    # says so, and the helper makes its own instead of waiting for them.
    monkeypatch.setattr(cold_pool, "_tables", lambda: None)
    jobs: list[dict[str, object]] = []
    give = cold_pool.Helper.give

    def giving(self: cold_pool.Helper, *args: object) -> None:
        give(self, *args)  # type: ignore[arg-type]
        jobs.append(json.loads((self._job / cold_pool.JOB).read_text("utf-8")))
        assert not (self._job / cold_pool.TABLES).exists()

    monkeypatch.setattr(cold_pool.Helper, "give", giving)
    root = _site(tmp_path / "site")
    plain = load_corpus([root])
    monkeypatch.setenv(cold_pool.ENV, "1")
    cold, _ = _cold(root, tmp_path / "articles.sqlite3")
    assert jobs and jobs[0]["tables"] is False
    assert helper_done and 1 <= helper_done[0] < len(plain.articles)
    assert article_fields(cold) == article_fields(plain.articles)


def test_a_helper_counts_as_cleaning_beside_the_loader_while_its_process_runs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What the loader asks before starting the people child at full priority."""
    monkeypatch.setattr(cold_pool, "_command", lambda job: [sys.executable, "-c", "import time; time.sleep(30)"])
    assert not cold_pool.cleaning_beside()
    helper = cold_pool.Helper()
    try:
        assert cold_pool.cleaning_beside()
    finally:
        helper.close()
    assert not cold_pool.cleaning_beside()
    monkeypatch.setattr(cold_pool, "_command", lambda job: [sys.executable, "-c", "raise SystemExit(3)"])
    gone = cold_pool.Helper()
    assert gone._process is not None
    gone._process.wait(30)
    assert not cold_pool.cleaning_beside()  # (a helper that died cleans nothing)
    gone.close()
