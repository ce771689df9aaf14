"""A cold start's template counted by the helper process while the app
starts (early_count): the loader takes the count over only if it is of the
very files it lists, unchanged, and the articles are those of a load
without the helper and without the cache either way."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.core import cold_pool, early_count
from reader.core.article_cache import ArticleCache
from reader.core.corpus import iter_corpus, load_corpus
from reader.core.model import Article
from reader.session.opening import Opening


def _site(root: Path, n: int = 12) -> Path:
    """A folder of one site: its stories end with a line only counting the
    folder's template removes."""
    root.mkdir()
    for i in range(n):
        body = (
            f"这是第{i}篇新闻的第一段，讲述本地第{i}区的事情，内容很长很长，包括了居民的生活与工作。\n"
            f"第二段说的是第{i}个社区的变化，记者走访了许多家庭。\n"
        )
        (root / f"story{i:02}.txt").write_text(f"第{i}号新闻的标题\n{body}南岛日报社区频道 城市生活版\n", "utf-8")
    for path in [root, *root.iterdir()]:
        os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    return root


@pytest.fixture
def taken_over(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many files of the helper's count each loader took over."""
    taken: list[int] = []
    counted = cold_pool.Helper.counted

    def counting(self: cold_pool.Helper, wait_s: float) -> object:
        result = counted(self, wait_s)
        taken.append(len(result["counted"]) if result is not None else 0)
        return result

    monkeypatch.setattr(cold_pool.Helper, "counted", counting)
    return taken


def _decided(paths: list[Path], db: Path) -> early_count._Early:
    """A cold start of ``paths``, once decided."""
    early_count.start(paths, db, None)
    early = early_count._early
    assert early is not None and early.decided.wait(30)
    return early


def _counted(db: Path, root: Path) -> cold_pool.Helper:
    """A cold start of ``root`` decided with a helper, once its count is published."""
    early = _decided([root], db)
    assert early.helper is not None
    deadline = time.monotonic() + 60
    while early_count.read_count(early.helper._job) is None and time.monotonic() < deadline:
        time.sleep(0.02)
    return early.helper


def _cold(root: Path, db: Path) -> tuple[list[Article], ArticleCache]:
    """A cold load as the app makes it (writes held until it is read)."""
    cache = ArticleCache.open(db)
    assert cache is not None
    cache.hold_writes()
    try:
        return load_corpus([root], cache).articles, cache
    finally:
        early_count.drop()
        cache.close()


def test_the_loader_takes_the_helpers_count_over_and_the_articles_are_those_of_a_load_without_it(
    article_fields: Callable[[list[Article]], list[tuple]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    taken_over: list[int],
    warm_serves_all: Callable[[Path, Path, list[Article]], None],
) -> None:
    root = _site(tmp_path / "site")
    plain = load_corpus([root]).articles
    assert all("城市生活版" not in a.text for a in plain)  # (the template matters)
    monkeypatch.setenv(cold_pool.ENV, "1")
    db = tmp_path / "articles.sqlite3"
    _counted(db, root)
    cold, cache = _cold(root, db)
    assert taken_over == [len(plain)]  # (it counted them all before the loader came)
    assert cache.misses == len(plain)  # (each counted once, as new)
    assert article_fields(cold) == article_fields(plain)
    # What the two processes wrote is what a warm start serves.
    warm_serves_all(root, db, plain)


def test_a_file_changed_after_the_helper_counted_it_is_counted_here(
    article_fields: Callable[[list[Article]], list[tuple]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    taken_over: list[int],
    warm_serves_all: Callable[[Path, Path, list[Article]], None],
) -> None:
    root = _site(tmp_path / "site")
    monkeypatch.setenv(cold_pool.ENV, "1")
    db = tmp_path / "articles.sqlite3"
    _counted(db, root)
    # Every file but one loses the line that was its template when the helper counted it.
    for path in sorted(root.iterdir())[1:]:
        path.write_text(path.read_text("utf-8").replace("南岛日报社区频道 城市生活版\n", ""), "utf-8")
    plain = load_corpus([root]).articles
    assert any("城市生活版" in a.text for a in plain)  # (one file makes no template)
    cold, _ = _cold(root, db)
    assert taken_over == [len(plain)]  # (published, but only the unchanged one taken)
    assert article_fields(cold) == article_fields(plain)
    warm_serves_all(root, db, plain)


def test_the_two_count_from_either_end_and_the_loader_counts_what_the_helper_did_not(
    article_fields: Callable[[list[Article]], list[tuple]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    taken_over: list[int],
    warm_serves_all: Callable[[Path, Path, list[Article]], None],
) -> None:
    root = _site(tmp_path / "site")
    plain = load_corpus([root]).articles
    monkeypatch.setenv(cold_pool.ENV, "1")
    db = tmp_path / "articles.sqlite3"
    count = cold_pool.Helper.count

    def met_at_five(self: cold_pool.Helper, *args: object) -> None:
        for at in range(6):  # (claimed first: the helper stops short of them, the loader at once)
            (self._job / f"c{at}").touch()
        count(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(cold_pool.Helper, "count", met_at_five)
    _counted(db, root)
    cold, _ = _cold(root, db)
    assert taken_over == [len(plain) - 6]
    assert article_fields(cold) == article_fields(plain)
    warm_serves_all(root, db, plain)


def test_a_helper_that_dies_before_its_count_leaves_the_count_to_the_loader(
    article_fields: Callable[[list[Article]], list[tuple]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    taken_over: list[int],
) -> None:
    root = _site(tmp_path / "site")
    plain = load_corpus([root]).articles
    monkeypatch.setenv(cold_pool.ENV, "1")
    monkeypatch.setattr(cold_pool, "_command", lambda job: [sys.executable, "-c", "raise SystemExit(3)"])
    db = tmp_path / "articles.sqlite3"
    _decided([root], db)
    cold, _ = _cold(root, db)
    assert taken_over == []  # (the loader claimed and counted every file: nothing to wait for)
    assert article_fields(cold) == article_fields(plain)


def test_no_early_helper_for_several_roots_a_lone_file_or_a_busy_machine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one, other = _site(tmp_path / "one", 3), _site(tmp_path / "other", 3)
    db = tmp_path / "articles.sqlite3"
    monkeypatch.setenv(cold_pool.ENV, "1")
    for paths in ([one, other], [one / "story00.txt"]):
        assert _decided(paths, db).helper is None
    monkeypatch.setenv(cold_pool.ENV, "0")
    assert _decided([one], db).helper is None
    monkeypatch.setenv(cold_pool.ENV, "1")
    early = _decided([one], db)
    assert early.helper is not None
    assert early_count.take(other) is None  # (another folder: stopped, not handed over)
    assert early.helper._process is None
    assert early_count.take(one) is None  # (taken once)


def test_a_loader_that_comes_before_the_decision_counts_the_folder_itself_and_no_helper_starts_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _site(tmp_path / "site", 3)
    monkeypatch.setenv(cold_pool.ENV, "1")
    decide = early_count._Early._decide

    def slow(self: early_count._Early, *args: object) -> None:
        time.sleep(early_count.DECISION_WAIT_S * 3)
        decide(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(early_count._Early, "_decide", slow)
    early_count.start([root], tmp_path / "articles.sqlite3", None)
    early = early_count._early
    assert early is not None
    assert early_count.take(root) is None
    assert early.decided.wait(30) and early.helper is None


def test_the_app_opening_a_cold_start_asks_for_an_early_helper_and_a_warm_one_does_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _site(tmp_path / "site", 3)
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    asked: list[list[Path]] = []
    monkeypatch.setattr(early_count, "start", lambda paths, _db, _since: asked.append(paths))
    opened = Opening([root]).take()
    assert opened.listed is None and asked == [[root]]
    assert opened.cache is not None
    items = list(iter_corpus([root], opened.cache))
    opened.cache.flush()
    opened.cache.save_listing([root], items)
    opened.cache.close()
    opened = Opening([root]).take()
    assert opened.listed is not None and asked == [[root]]
    assert opened.cache is not None
    opened.cache.close()


def test_on_a_busy_machine_no_helper_starts_and_the_folder_is_not_walked_for_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader.core.folder_walk as folder_walk

    root = _site(tmp_path / "site", 3)
    monkeypatch.setattr(cold_pool, "wanted", lambda *_args, **_kwargs: False)
    walked: list[object] = []
    groups = folder_walk._groups
    monkeypatch.setattr(folder_walk, "_groups", lambda paths: walked.append(paths) or groups(paths))
    assert _decided([root], tmp_path / "articles.sqlite3").helper is None
    assert walked == []


def test_a_helper_whose_loader_died_before_it_started_exits(tmp_path: Path) -> None:
    # Its parent is then init: it goes by the pid the loader gave it, not
    # by the parent it finds (it would poll for a job forever).
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    job = tmp_path / "job"
    job.mkdir()
    env = cold_pool._env() | {cold_pool.PARENT: str(gone.pid)}
    helper = subprocess.Popen([*cold_pool._command(job), "count"], env=env)
    try:
        assert helper.wait(timeout=60) == 0
    finally:
        helper.kill()


def test_the_helpers_texts_are_published_in_frames_each_unpickled_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One pickle of every text was a 0.2 s call holding the GIL at 20,000
    # articles; frames of a few hundred thousand characters are ms each.
    monkeypatch.setattr(early_count, "FRAME_CHARS", 100)
    monkeypatch.setattr(early_count, "FRAME_ITEMS", 4)
    texts = [(f"/f/{i}.txt", ("字" * (30 + i), i % 2)) for i in range(20)]
    names = [name for name, _ in texts]
    result = {"files": names, "read_ns": 7, "fresh": {n: i for i, n in enumerate(names)}, "known": {}}
    data = early_count._framed(result, texts)
    loads: list[int] = []
    real_loads = early_count.pickle.loads

    def counting(data: object) -> object:
        loads.append(1)
        return real_loads(data)  # type: ignore[arg-type]

    monkeypatch.setattr(early_count.pickle, "loads", counting)
    (tmp_path / early_count.COUNTED).write_bytes(data)
    found = early_count.read_count(tmp_path)
    assert found == result | {"texts": dict(texts)}
    # (100 characters a frame: a text or two each; 4 entries of a dict each;
    # the rest of the result)
    assert len(loads) >= 10 + 5 + 1 + 1
    (tmp_path / early_count.COUNTED).write_bytes(data[:-5])
    assert early_count.read_count(tmp_path) is None
