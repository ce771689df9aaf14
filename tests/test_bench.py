"""Smoke test of the benchmark suite: the quick mode runs end to end (once,
shared by the tests below) and reports every figure, so the benchmarks
cannot rot. Not a timed test: a missed budget does not fail here, a missing
figure does. The reader's figures are never skipped; a peer's are, with its
reason, when the peer is not installed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PEERS = ("ripgrep", "tantivy")
# A hang's limit, not a speed bound: on two cores shared with other test runs
# the quick bench took over 120 s, and a timed test must not fail for the load.
_HANG_S = 600

pytestmark = pytest.mark.skipif(not (REPO / "bench").is_dir(), reason="bench/ is not in this checkout")


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, str]:
    out = tmp_path_factory.mktemp("bench") / "results.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--out", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=_HANG_S,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(out.read_text("utf-8")), done.stdout


def _is_peer(path: tuple[str, ...]) -> bool:
    return any(peer in key for key in path for peer in PEERS)


def _needs_baseline(results: dict, path: tuple[str, ...]) -> bool:
    """A figure of the code before issue 9, which git may not have (a shallow clone)."""
    return path[0] == "clean" and "baseline_skipped" in results["clean"] and "current" not in path


@pytest.fixture
def bench_importable(monkeypatch: pytest.MonkeyPatch) -> None:
    # bench/ is a top-level folder of the checkout, not part of the package.
    monkeypatch.syspath_prepend(str(REPO))


def test_quick_mode_reports_every_reader_figure(quick_run: tuple[dict, str], bench_importable: None) -> None:
    from bench.report import BUDGET, CONTEXT, figure

    results, stdout = quick_run
    assert stdout.startswith("budget")  # the table was printed
    for path in [t.path for t in BUDGET] + [path for _, path, _ in CONTEXT]:
        if not _is_peer(path) and not _needs_baseline(results, path):
            assert figure(results, path) is not None, f"missing figure {'.'.join(path)}"
    assert [row["what"] for row in results["budget"]] == [t.what for t in BUDGET]
    queries = results["search"]["queries"]
    assert len(queries) >= 15
    for row in queries:
        assert row["reader_ms"] > 0 and row["reader_count"] >= 0
    assert any(row["reader_count"] == 0 for row in queries)  # the absent term
    assert len({row["reader_count"] for row in queries}) > 5  # skewed, not all alike
    # The generated corpus lived in a temp dir, outside the repository.
    assert not Path(results["corpus"]["root"]).exists()


def test_a_milestone_no_run_reached_is_a_missed_budget_not_an_unmeasured_one(bench_importable: None) -> None:
    # Everyone's people never came in the warm launches (one huge article's people took longer
    # than the bench waits): the report said "not measured" and hid a regression.
    from bench.report import check, render
    from bench.startup import _summary

    run = {"frame": 0.3, "first_articles": 0.4, "all_read": 0.5, "first_screen": 0.5, "titles_shown": 0.5}
    runs = [run | {"people_shown": 0.9, "search_ready": 0.7, "rss_mb": 100.0}] * 3
    results: dict = {"corpus": {"articles": 2000}, "startup": {"scale": _summary(runs, 0.3) | {"cold": {}}}}
    rows = {row["what"]: row for row in check(results)}
    people = rows["everyone's people in the app, warm"]
    assert people["met"] is False and people["measured"] is None
    assert rows["search ready after launch, warm"]["met"] is True
    assert rows["search ready after launch, cold"]["met"] is None  # (not run at all: not measured)
    results["budget"] = check(results)
    assert "none in 120 s" in render(results)


@pytest.mark.parametrize("peer", PEERS)
def test_quick_mode_reports_peer(quick_run: tuple[dict, str], bench_importable: None, peer: str) -> None:
    from bench.peers import available

    reason = available()[peer]
    if reason:
        pytest.skip(reason)
    results, _ = quick_run
    search = results["search"]
    assert search[f"{peer}_p50_ms"] > 0 and search[f"median_ratio_vs_{peer}"] > 0
    for row in search["queries"]:
        assert row[f"{peer}_count"] >= 0 and row[f"{peer}_ms"] > 0


def test_clean_section_measures_both_versions(tmp_path: Path) -> None:
    """``--only clean`` on a tiny corpus: the current code and the code
    before issue 9 (from git) each clean every article, in their own
    processes, and the ratios follow from the times."""
    out = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--articles", "20", "--only", "clean", "--out", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=_HANG_S,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    clean = json.loads(out.read_text("utf-8"))["clean"]
    if "baseline_skipped" in clean:
        pytest.skip(clean["baseline_skipped"])
    now, then = clean["current"], clean["baseline"]
    for row in (now, then):
        assert row["texts"] >= 20 and 0.8 * row["texts"] <= row["articles"] <= row["texts"]
        assert 0 < row["clean_min_s"] <= row["clean_median_s"] and 0 < row["load_min_s"] <= row["load_median_s"]
    assert now["chars"] == then["chars"]  # the same texts fed to both
    assert clean["clean_min_speed_vs_baseline"] == pytest.approx(then["clean_min_s"] / now["clean_min_s"])
    assert clean["load_median_speed_vs_baseline"] == pytest.approx(then["load_median_s"] / now["load_median_s"])
    assert "clean() speed vs before issue 9" in done.stdout


def test_clean_section_clears_the_live_verdict_memo() -> None:
    """The repeats of ``clean()`` must start as a fresh load does: the memo
    the bench clears is the one cleaning fills (it moved once, and the
    bench went on clearing nothing, timing the repeats warm)."""
    from bench.clean import verdict_memo
    from reader.core.cleaning import clean

    memo = verdict_memo()
    assert memo is not None
    memo.clear()
    clean("首页 > 新闻\n这是一篇文章的第一段，说的是一件事情。\n分享到：微信 微博")
    assert memo, "clean() filled a memo the bench does not clear"


async def test_a_milestone_the_first_frame_shows_is_reached_at_the_frame() -> None:
    """The milestones are polled at once when the first frame is written,
    not only on the poll timer: a warm start's titles are in the first
    frame, and reading them one poll interval later put the timer's
    interval on the titles' figure."""
    import inspect
    import os

    from textual.app import App

    from bench import first_frame

    polled_from: list[str] = []

    def reached(app: App) -> bool:
        polled_from.append(inspect.stack()[2].function)
        return True

    read_end, write_end = os.pipe()
    before = App.__dict__.get("_on_ready")
    try:
        first_frame.install(write_end, {"titles_shown": reached})
        async with App().run_test() as pilot:
            await pilot.pause(0.1)
    finally:
        if before is None:
            del App._on_ready  # type: ignore[attr-defined]
        else:
            App._on_ready = before  # type: ignore[attr-defined]
        os.close(write_end)
    with os.fdopen(read_end) as pipe:
        names = pipe.read().split()[::2]
    assert names[:2] == ["frame", "frame_cpu"] and "titles_shown" in names
    assert polled_from[0] == "on_ready", polled_from


def test_people_fill_leaves_every_article_cached_for_the_warm_launches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bench_importable: None
) -> None:
    # A warm launch must find everyone's people cached, as a user's does after
    # earlier sessions: what the bench's cold launch left unfound is filled
    # with reader people, into the same cache the app reads.
    import shutil

    from bench.startup import fill_people
    from reader.core.corpus import load_corpus
    from reader.core.people.cached import cached_people_many

    folder = tmp_path / "corpus"
    folder.mkdir()
    for seed in sorted((REPO / "seeds").glob("*.txt"))[:2]:
        shutil.copy(seed, folder)
    env = {"READER_CACHE_DIR": str(tmp_path / "cache"), "READER_PEOPLE_FILE": str(tmp_path / "people.tsv")}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    articles = load_corpus([folder]).articles
    assert cached_people_many(articles) == [None, None]
    assert fill_people([folder], dict(os.environ)) > 0
    found = cached_people_many(articles)
    assert all(people is not None for people in found)
    assert any(people for people in found)


def test_an_aged_cache_is_cleaned_again_as_after_an_upgrade(tmp_path: Path, bench_importable: None) -> None:
    # The bench's upgrade launch: every cached article must be cleaned again
    # (as when the cleaning code changed), to the same articles.
    import shutil

    from bench.startup import age_cache
    from reader.core.article_cache import FILE_NAME, ArticleCache
    from reader.core.corpus import load_corpus

    folder = tmp_path / "corpus"
    folder.mkdir()
    for seed in sorted((REPO / "seeds").glob("*.txt"))[:3]:
        shutil.copy(seed, folder)

    def load() -> tuple[list[tuple[str, str]], int, int]:
        with ArticleCache.open(tmp_path / "cache" / FILE_NAME) as cache:
            assert cache is not None
            articles = load_corpus([folder], cache).articles
            return [(a.title, a.text) for a in articles], cache.hits, cache.misses

    first, _, missed = load()
    assert missed == 3
    assert load()[1:] == (3, 0)  # (warm: every article from the cache)
    age_cache(tmp_path / "cache")
    again, hits, missed = load()
    assert (hits, missed) == (0, 3) and again == first
    assert load()[1:] == (3, 0)  # (the launch after it is warm again)
