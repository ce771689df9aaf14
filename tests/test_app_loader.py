"""The background loader and the library it fills (no Textual needed)."""

from __future__ import annotations

import itertools
import subprocess
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from reader.core.resources import seeds_dir
from reader.core.search_engine import build_engine
from reader.session import handover_pace, loader
from reader.session.library import Library, Stage
from reader.session.loader import AllRead, Found, IndexDone, PeopleDone, PeopleFound, Problem, load_events
from reader.session.people_worker import Cancelled, find_people_apart

if TYPE_CHECKING:
    from reader.ui.app import ReaderApp


@pytest.fixture(autouse=True)
def _cache(shared_cache: Path) -> None:
    """Every test here uses the session's people cache, never the user's."""


def test_events_come_in_order_and_fill_the_library() -> None:
    from reader.core.search_cache import cache_file

    cache_file().unlink(missing_ok=True)  # the index is built, not restored
    library = Library([seeds_dir()])
    events = list(load_events(library.paths))
    stages = [library.apply(event) for event in events]
    # Titles first: the first article in the first hand-over, then every
    # other file, before any people; then the index (built while the child
    # finds the people of the article on screen), those people, and
    # everyone else's.
    assert stages[0] is Stage.ARTICLES
    assert events[0].items[0].id == min(a.id for a in library.articles)
    loaded = stages.index(Stage.LOADED)
    assert set(stages[:loaded]) == {Stage.ARTICLES}
    assert stages[loaded + 1] is Stage.INDEX
    assert stages[loaded + 2] is Stage.PEOPLE
    assert [article_id for article_id, _ in events[loaded + 2].found] == [min(a.id for a in library.articles)]
    assert stages[-1] is Stage.PEOPLE and library.people_changed is None
    assert [a.id for a in library.articles] == sorted(a.id for a in library.articles)
    assert len(library.articles) == 5
    assert set(library.people) == {a.id for a in library.articles}
    assert library.index is not None and library.people_index is not None
    assert library.busy is None


def test_a_warm_start_restores_the_index_before_any_people() -> None:
    # The search cache holds this corpus's filter (from the first load): the
    # index is ready right after the titles, and finds what a built one finds.
    list(load_events([seeds_dir()]))
    library = Library([seeds_dir()])
    stages = [library.apply(event) for event in load_events(library.paths)]
    loaded = stages.index(Stage.LOADED)
    assert stages[loaded + 1] is Stage.INDEX
    assert stages[loaded + 2] is Stage.PEOPLE
    built = build_engine(library.articles)
    assert library.index is not None
    for query in ("黄仁勋", "的", "AI 模型"):
        warm = [(r.id, r.count, [s.text for s in r.snippets]) for r in library.index.search(query)]
        assert warm == [(r.id, r.count, [s.text for s in r.snippets]) for r in built.search(query)]


def test_people_are_handed_over_in_batches(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for i in range(40):
        (tmp_path / f"{i:02}.txt").write_text(f"标题{i}\n\n黄仁勋在台北说，英伟达第{i}次发布。", encoding="utf-8")
    # Every hand-over would be its own batch if batches were per article.
    monkeypatch.setattr(handover_pace, "BATCH_SECONDS", 3600.0)
    monkeypatch.setattr(handover_pace, "PACED_SECONDS", 3600.0)
    events = list(load_events([tmp_path]))
    found = [e for e in events if isinstance(e, PeopleFound)]
    # The article on screen alone, then everyone else in one batch.
    assert [len(e.found) for e in found] == [1, 39]
    library = Library([tmp_path])
    for event in events:
        library.apply(event)
    assert len(library.people) == 40


def test_a_second_load_comes_from_the_article_cache(tmp_path: Path) -> None:
    from reader.core.article_cache import cache_file

    first = [e for e in load_events([seeds_dir()]) if isinstance(e, Found)]
    assert cache_file().is_file()
    second = [e for e in load_events([seeds_dir()]) if isinstance(e, Found)]
    items = [i for e in first for i in e.items]
    assert [i for e in second for i in e.items] == items


def test_a_corrupt_article_cache_is_one_problem(tmp_path: Path) -> None:
    from reader.core.article_cache import cache_file

    cache_file().parent.mkdir(parents=True, exist_ok=True)
    cache_file().write_bytes(b"garbage" * 1000)
    events = list(load_events([seeds_dir()]))
    problems = [e for e in events if isinstance(e, Problem)]
    assert len(problems) == 1 and "discarded" in problems[0].message
    assert sum(len(e.items) for e in events if isinstance(e, Found)) == 5


def test_broken_and_empty_files_are_skipped_the_rest_loads(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("标题\n\n这是一篇文章的正文，讲的是黄仁勋和英伟达。", encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(bytes(range(256)) * 100)
    (tmp_path / "empty.txt").write_bytes(b"")
    events = list(load_events([tmp_path]))
    found = [item for event in events if isinstance(event, Found) for item in event.items]
    assert {Path(item.path).name for item in found} == {"good.txt", "broken.txt", "empty.txt"}
    library = Library([tmp_path])
    for event in events:
        library.apply(event)
    assert [a.path.name for a in library.articles] == ["good.txt"]
    assert {s.path.name for s in library.skipped} == {"broken.txt", "empty.txt"}
    assert all(s.reason for s in library.skipped)


def test_an_empty_folder_loads_nothing(tmp_path: Path) -> None:
    events = list(load_events([tmp_path]))
    assert [type(e) for e in events] == [AllRead, IndexDone, PeopleDone]


def test_a_child_process_finds_what_the_finder_finds_here() -> None:
    from reader.core.corpus import load_corpus
    from reader.core.people import extract_people

    article = load_corpus([seeds_dir()]).articles[1]
    assert find_people_apart(article, lambda: False) == extract_people(article)


def _children(monkeypatch: pytest.MonkeyPatch) -> list[subprocess.Popen]:
    """Every people child process started from now on (only those: a thread
    another test left running may start a process of another kind meanwhile,
    and the patch is on the subprocess module every caller shares)."""
    started: list[subprocess.Popen] = []
    real = subprocess.Popen

    def popen(*args, **kwargs):
        child = real(*args, **kwargs)
        command = args[0] if args else kwargs.get("args", ())
        if "reader.session.people_worker" in list(command):
            started.append(child)
        return child

    monkeypatch.setattr("reader.session.people_worker.subprocess.Popen", popen)
    return started


def test_people_arrive_for_every_article_from_one_child_process(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Loading finds people in the long-lived child (the tagger's model never
    loads in the app): with the finder broken in this process and nothing
    cached, every article still gets its people, from one child, which is
    gone when loading ends."""
    import reader.core.people.extract as extract

    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))  # nothing cached: the child works

    def not_here(*args, **kwargs):
        raise AssertionError("people were found in the app's process")

    monkeypatch.setattr(extract, "people_of", not_here)
    children = _children(monkeypatch)
    library = Library([seeds_dir()])
    events = list(load_events(library.paths))
    for event in events:
        library.apply(event)
    assert not [e for e in events if isinstance(e, Problem)]
    assert set(library.people) == {a.id for a in library.articles} and len(library.people) == 5
    seed_004 = next(a.id for a in library.articles if a.id.startswith("004"))
    assert any(p.person.name == "田渊栋" for p in library.people[seed_004])
    assert len(children) == 1 and children[0].poll() is not None  # one child, closed at the end
    # A second load reads the cache the child filled, in the app: no child at all.
    again = list(load_events(library.paths))
    assert len(children) == 1
    assert sum(len(e.found) for e in again if isinstance(e, PeopleFound)) == 5
    # The same people, from the child and from the cache (read in one go).
    from_cache = {aid: list(people) for e in again if isinstance(e, PeopleFound) for aid, people in e.found}
    assert from_cache == library.people
    (done,) = [e for e in again if isinstance(e, PeopleDone)]
    assert [(c.person, c.mentions, c.articles) for c in done.index.people()] == [
        (c.person, c.mentions, c.articles) for c in library.people_index.people()
    ]


@pytest.mark.parametrize("beside", [False, True])
def test_the_people_child_loads_meekly_while_a_helper_cleans_beside_the_loader(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, beside: bool
) -> None:
    """A cold start with a helper process counting and cleaning on the other
    core has both cores busy: the people child is started only once files
    are handed over, and loads its model at the lowest priority (BUSY);
    without one it starts before the first file, at the usual priority."""
    from reader.core import cold_pool, early_count
    from reader.session.people_worker import BUSY

    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))  # a first launch: nothing cached
    monkeypatch.setattr(handover_pace, "BATCH_SECONDS", 0.0)  # (a hand-over after the first file)
    monkeypatch.setattr(early_count, "started", lambda: beside)
    monkeypatch.setattr(cold_pool, "cleaning_beside", lambda: beside)
    children = _children(monkeypatch)
    at_first_file: list[int] = []  # (how many children were started when the first file came)
    import reader.core.corpus as corpus

    files = corpus.iter_corpus

    def reading(*args, **kwargs):  # type: ignore[no-untyped-def]
        for item in files(*args, **kwargs):
            at_first_file.append(len(children))
            yield item

    monkeypatch.setattr(corpus, "iter_corpus", reading)
    events = list(load_events([seeds_dir()]))
    assert sum(len(e.found) for e in events if isinstance(e, PeopleFound)) == 5
    assert len(children) == 1
    assert (BUSY in children[0].args) is beside
    assert at_first_file[0] == (0 if beside else 1)  # (before the first file only without a helper)


def test_a_cold_load_looks_in_the_search_cache_once(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Nothing cached: the index is looked up once, then built (and saved), not looked up again."""
    from reader.core import search_engine

    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    looked: list[int] = []
    real = search_engine.cached_engine

    def looking(*args, **kwargs):  # type: ignore[no-untyped-def]
        looked.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(search_engine, "cached_engine", looking)
    events = list(load_events([seeds_dir()]))
    assert [e for e in events if isinstance(e, IndexDone)] and len(looked) == 1
    looked.clear()
    again = list(load_events([seeds_dir()]))  # (warm: restored from what the cold load saved)
    assert [e for e in again if isinstance(e, IndexDone)] and len(looked) == 1


def test_cancelling_the_load_stops_the_people_child(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))  # the child has work to be stopped in
    children = _children(monkeypatch)
    started = time.monotonic()
    events = list(load_events([seeds_dir()], cancelled=lambda: bool(children)))
    assert len(children) == 1 and children[0].poll() is not None
    assert not any(isinstance(e, (PeopleFound, PeopleDone)) for e in events)
    assert time.monotonic() - started < 10


def test_cancelling_stops_the_child_at_once() -> None:
    from reader.core.corpus import load_corpus

    seed = load_corpus([seeds_dir()]).articles[1]
    # No digest, so no cache: the child has seconds of work to be stopped in.
    article = replace(seed, paragraphs=seed.paragraphs * 40, digest="")
    started = time.monotonic()
    with pytest.raises(Cancelled):
        find_people_apart(article, lambda: time.monotonic() - started > 0.2)


def test_a_failing_step_is_a_problem_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.session.people_worker import PeopleProcess

    def broken(self, article, cancelled=lambda: False):
        raise ValueError("bad article")

    # (The loader reads every cached article's people itself, in one go,
    # and asks the child only for the others: none are cached here.)
    monkeypatch.setattr("reader.core.people.cached_people_many", lambda articles, warn=None: [None] * len(articles))
    monkeypatch.setattr(PeopleProcess, "find", broken)
    events = list(load_events([seeds_dir()]))
    problems = [e for e in events if isinstance(e, Problem)]
    assert len(problems) == 5 and "bad article" in problems[0].message
    assert isinstance(events[-1], PeopleDone)
    assert not any(isinstance(e, PeopleFound) for e in events)


async def test_the_collector_waits_for_everyones_people_and_is_back_after(state_dir: Path) -> None:
    """Loading runs without the cycle collector's full passes (they stalled
    the UI for 0.2 s at 2,000 articles, and, back on at the index, 44 ms
    over everyone's people as they arrived); it is on again once everyone's
    people are in, and the loaded corpus is out of its reach."""
    import gc

    from app_support import loaded, make_app

    seen: list[tuple[str, bool]] = []
    app = make_app(state_dir)
    hand_over = app._hand_over

    def spy(events):
        # In the loader's thread, as each batch leaves it.
        seen.extend((type(event).__name__, gc.isenabled()) for event in events)
        hand_over(events)

    app._hand_over = spy
    take = app._take_listing

    def took() -> None:
        # A warm start's listing, taken before the first frame (not handed over).
        take()
        if app.library.loaded:
            seen.append(("Found", gc.isenabled()))

    app._take_listing = took
    frozen = gc.get_freeze_count()
    async with app.run_test() as pilot:
        await loaded(pilot)
        assert app.library.index is not None and app.library.people_index is not None
        assert gc.isenabled()
        assert gc.get_freeze_count() > frozen
    # Off while the articles, the index and the people arrive, on by the
    # time everyone's people are handed over.
    assert {name for name, on in seen if not on} >= {"Found", "IndexDone", "PeopleFound"}
    assert seen[-1] == ("PeopleDone", True)


async def test_the_collector_is_back_a_while_after_the_index_however_long_the_people(
    state_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    from app_support import loaded, make_app
    from reader.session import loading_collector

    monkeypatch.setattr(loading_collector, "COLLECT_AFTER_INDEX_SECONDS", 0.0)
    seen: list[tuple[str, bool]] = []
    app = make_app(state_dir)
    hand_over = app._hand_over

    def spy(events):
        time.sleep(0.01)  # (so the next event comes later than the index)
        seen.extend((type(event).__name__, gc.isenabled()) for event in events)
        frozen.append(len(freezes))
        hand_over(events)

    app._hand_over = spy
    frozen: list[int] = []
    freezes: list[int] = []
    freeze = gc.freeze
    monkeypatch.setattr(gc, "freeze", lambda: freezes.append(1) or freeze())
    async with app.run_test() as pilot:
        await loaded(pilot)
    after = [on for name, on in seen[[name for name, _ in seen].index("IndexDone") + 1 :]]
    assert after and all(after)
    # Once it is back, what each later batch brought is frozen with it, so
    # its full passes never go over everyone's people found so far.
    later = frozen[-len(after) :]
    assert later[0] >= 1
    assert len(later) >= 3 and all(b > a for a, b in itertools.pairwise(later))


def test_a_foreign_search_cache_is_one_problem_and_replaced() -> None:
    import sqlite3

    from reader.core.search_cache import cache_file

    cache_file().unlink(missing_ok=True)
    cache_file().parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(cache_file())
    db.execute("CREATE TABLE other (x)")
    db.commit()
    db.close()
    events = list(load_events([seeds_dir()]))
    problems = [e.message for e in events if isinstance(e, Problem)]
    assert len(problems) == 1 and "search cache" in problems[0] and "discarded" in problems[0]
    # The new cache was written: the next start restores the index first.
    library = Library([seeds_dir()])
    stages = [library.apply(event) for event in load_events(library.paths)]
    assert stages[stages.index(Stage.LOADED) + 1] is Stage.INDEX
    assert not library.problems


def test_everyones_people_are_merged_before_they_are_handed_over() -> None:
    # The corpus index's view is built in the loader's thread, so the UI
    # thread never merges everyone's people when the sidebar first asks.
    done = [e for e in load_events([seeds_dir()]) if isinstance(e, PeopleDone)]
    assert done and done[0].index._view is not None


_UNTIL_ALL_READ = """
import sys
from reader.core.resources import seeds_dir
from reader.session.loader import AllRead, load_events
for event in load_events([seeds_dir()]):
    if isinstance(event, AllRead):
        break
print(sorted(m for m in ("reader.core.people", "reader.core.foldtable", "numpy") if m in sys.modules))
"""


def test_a_warm_start_lists_every_title_before_importing_people_or_numpy(tmp_path: Path) -> None:
    # The people package and numpy (via the people registry's folding) cost
    # ~0.15 s; with every article from the cache nothing needs them before
    # the titles. A cold start checks the first article's people cache while
    # reading (to start the model early), which imports both.
    import os
    import sys

    env = dict(
        os.environ,
        READER_CACHE_DIR=str(tmp_path / "cache"),
        READER_STATE_DIR=str(tmp_path / "state"),
        READER_PEOPLE_FILE=str(tmp_path / "people.tsv"),
        PYTHONPATH=str(Path(__file__).resolve().parent.parent / "src"),
    )

    def imported() -> str:
        run = subprocess.run(
            [sys.executable, "-c", _UNTIL_ALL_READ], env=env, capture_output=True, text=True, timeout=120
        )
        assert run.returncode == 0, run.stderr
        return run.stdout.strip()

    assert imported() != "[]"  # cold
    assert imported() == "[]"  # warm


def _seed_copy(folder: Path) -> Path:
    import shutil

    shutil.copytree(seeds_dir(), folder)
    return folder


def _as_read(articles) -> list[tuple[str, str, str, str, str | None]]:
    return [(a.id, str(a.path), a.title, a.text, a.date) for a in articles]


def test_a_warm_start_lists_every_title_before_reading_any_text(tmp_path: Path) -> None:
    from reader.core.corpus import load_corpus
    from reader.core.people import cached_people
    from reader.session.loader import Revised

    folder = _seed_copy(tmp_path / "seeds")
    list(load_events([folder]))  # cold: the listing is saved at the end
    library = Library([folder])
    events = load_events(library.paths)
    first = next(events)
    # The whole listing at once, then "all read", before any text is read.
    assert isinstance(first, Found) and len(first.items) == 5
    assert isinstance(next(events), AllRead)
    assert not any(a.paragraphs.held for a in first.items)
    library.apply(first)
    rest = list(events)
    assert not any(isinstance(e, Revised) for e in rest)  # nothing changed
    for event in rest:
        library.apply(event)
    # The listed articles themselves, their texts still in the cache (the
    # index and the people were had by their lengths and CRCs; the people
    # finder, for people not cached, reads its own), as a load without the
    # cache gives them once read.
    assert [a for a in library.articles] == sorted(first.items, key=lambda a: a.id)
    people_cached = [a for a in library.articles if cached_people(a) is not None]
    assert people_cached and not any(a.paragraphs.held for a in people_cached)
    assert _as_read(library.articles) == _as_read(load_corpus([folder]).articles)
    assert library.index is not None and library.people_ready


def test_files_changed_since_the_listing_are_revised_after_it(tmp_path: Path) -> None:
    from reader.core.corpus import load_corpus
    from reader.core.search_engine import build_engine
    from reader.session.loader import Revised

    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("a", "b", "c", "d"):
        text = f"标题{name}\n\n黄仁勋在台北说，英伟达{name}发布了新的芯片。"
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    list(load_events([folder]))
    (folder / "a.txt").write_text("新标题\n\n黄仁勋在东京说，英伟达改了新的芯片。", encoding="utf-8")
    (folder / "b.txt").unlink()
    (folder / "c.txt").write_bytes(b"")  # now skipped
    (folder / "e.txt").write_text("标题e\n\n苏姿丰在台北说，超微发布了新的芯片。", encoding="utf-8")
    library = Library([folder])
    events = list(load_events(library.paths))
    listed = [item.path.name for item in events[0].items]
    assert listed == ["a.txt", "b.txt", "c.txt", "d.txt"] and isinstance(events[1], AllRead)
    revised = [e for e in events if isinstance(e, Revised)]
    assert len(revised) == 1
    assert sorted(a.id for a in revised[0].articles) == ["a", "e"]
    assert sorted(revised[0].removed) == ["b", "c"]
    assert [s.path.name for s in revised[0].skipped] == ["c.txt"]
    stages = [library.apply(event) for event in events]
    assert Stage.CHANGED in stages
    fresh = load_corpus([folder])
    assert _as_read(library.articles) == _as_read(fresh.articles)
    assert [s.path.name for s in library.skipped] == ["c.txt"]
    assert library.articles[0].title == "新标题"
    assert library.index is not None
    built = build_engine(fresh.articles)
    for query in ("黄仁勋", "东京", "超微", "台北"):
        assert [(r.id, r.count) for r in library.index.search(query)] == [(r.id, r.count) for r in built.search(query)]
    assert set(library.people) == {"a", "d", "e"}
    # The listing was saved again: the next start lists what is there.
    again = list(load_events([folder]))
    assert [i.path.name for i in again[0].items] == ["a.txt", "c.txt", "d.txt", "e.txt"]
    assert not any(isinstance(e, Revised) for e in again)


def test_a_listed_text_read_before_the_check_is_replaced_if_the_file_differs(tmp_path: Path) -> None:
    # The reading view asks for the open article's text before the files are
    # checked: read from the cache, it is the cached one; if the file changed
    # meanwhile, the article is replaced by the one read.
    from reader.session.loader import Revised

    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.txt").write_text(f"标题{name}\n\n正文{name}，黄仁勋在台北说。", encoding="utf-8")
    list(load_events([folder]))
    (folder / "a.txt").write_text("标题a\n\n改过的正文，黄仁勋在台北说。", encoding="utf-8")
    events = load_events([folder])
    found = next(events)
    old = next(a for a in found.items if a.id == "a")
    assert old.text == "正文a，黄仁勋在台北说。"  # from the cache, in this thread
    rest = list(events)
    revised = [e for e in rest if isinstance(e, Revised)]
    assert [a.text for a in revised[0].articles] == ["改过的正文，黄仁勋在台北说。"]
    assert old.text == "正文a，黄仁勋在台北说。"  # (a text read is never changed under its reader)


def test_a_listed_text_gone_from_the_cache_reads_empty_then_is_replaced(tmp_path: Path) -> None:
    import sqlite3
    import threading

    from reader.core.article_cache import cache_file
    from reader.session.loader import Revised

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("标题a\n\n正文a，黄仁勋在台北说。", encoding="utf-8")
    (folder / "b.txt").write_text("标题b\n\n正文b，黄仁勋在台北说。", encoding="utf-8")
    list(load_events([folder]))
    events = load_events([folder])
    found = next(events)
    with sqlite3.connect(cache_file()) as db:
        db.execute("DELETE FROM articles")
    texts: list[str] = []
    reader = threading.Thread(target=lambda: texts.append(found.items[0].text))  # any thread may read it
    reader.start()
    reader.join()
    assert texts == [""]
    rest = list(events)
    revised = [e for e in rest if isinstance(e, Revised)]
    # a's text was found gone before the check: its file is read again. b's
    # was never asked for (the index and the people need no text).
    assert [a.text for a in revised[0].articles] == ["正文a，黄仁勋在台北说。"]
    index = next(e.index for e in rest if isinstance(e, IndexDone))
    assert [r.id for r in index.search("正文b")] == ["b"]


def test_a_text_gone_from_the_cache_after_loading_is_read_from_its_file(tmp_path: Path) -> None:
    # A warm start reads no text; one the cache lost meanwhile (another
    # instance tidied it) is read from its file when asked for, as loading
    # its folder gives it (the folder's template lines cut too), and shows,
    # searches, finds and converts as a load without the cache.
    import sqlite3

    from reader.core.article_cache import cache_file
    from reader.core.conversion import convert
    from reader.core.corpus import load_corpus
    from reader.core.views import View

    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("a", "b", "c"):
        body = f"正文{name}，黄仁勋在台北说，英伟达发布了新的芯片。"
        (folder / f"{name}.txt").write_text(
            f"标题{name}\n\n{body}\n\n本站版权所有，转载请注明出处。\n", encoding="utf-8"
        )
    list(load_events([folder]))
    library = Library([folder])
    for event in load_events(library.paths):
        library.apply(event)
    assert not any(a.paragraphs.held for a in library.articles)
    with sqlite3.connect(cache_file()) as db:
        db.execute("DELETE FROM articles")
    fresh = {a.id: a for a in load_corpus([folder]).articles}
    assert "本站版权所有" not in fresh["b"].text  # (the folder's template line is cut)
    b = library.get("b")
    assert b is not None
    assert b.text == fresh["b"].text and not b.paragraphs.missed
    assert list(b.paragraphs) == list(fresh["b"].paragraphs)
    assert convert(b.text, View.TRADITIONAL) == convert(fresh["b"].text, View.TRADITIONAL)
    assert library.index is not None
    assert library.index.hits_in(b, "黄仁勋") == build_engine([fresh["b"]]).hits_in(fresh["b"], "黄仁勋")
    assert [(r.id, r.count) for r in library.index.search("台北")] == [
        (r.id, r.count) for r in build_engine(list(fresh.values())).search("台北")
    ]
    assert [s.text for r in library.index.search("芯片") for s in r.snippets] == [
        s.text for r in build_engine(list(fresh.values())).search("芯片") for s in r.snippets
    ]
    # Stored again: the next article's text comes from the cache.
    with sqlite3.connect(cache_file()) as db:
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] > 0


def test_a_text_whose_file_changed_after_it_left_the_cache_reads_empty(tmp_path: Path) -> None:
    # Read again from a file changed meanwhile, it is not the text the index
    # and the people point into: empty (and missed) until the watcher
    # replaces the article.
    import sqlite3

    from reader.core.article_cache import cache_file

    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.txt").write_text(f"标题{name}\n\n正文{name}，黄仁勋在台北说。", encoding="utf-8")
    list(load_events([folder]))
    library = Library([folder])
    for event in load_events(library.paths):
        library.apply(event)
    with sqlite3.connect(cache_file()) as db:
        db.execute("DELETE FROM articles")
    (folder / "a.txt").write_text("标题a\n\n改过的正文，黄仁勋在东京说。", encoding="utf-8")
    a = library.get("a")
    assert a is not None and a.text == "" and a.paragraphs.missed


def test_files_unchanged_since_the_listing_read_no_article_row_nor_text(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Checking the files computes each one's cache key; a file still under
    # its listed key is the listed article: no row is read for it, and no
    # text (each is read from the cache when asked for).
    from reader.core.article_cache import ArticleCache

    folder = _seed_copy(tmp_path / "seeds")
    cold = [i for e in load_events([folder]) if isinstance(e, Found) for i in e.items]

    def no_rows(*args: object, **kwargs: object) -> None:
        raise AssertionError("an article row was read")

    monkeypatch.setattr(ArticleCache, "rows", no_rows)
    monkeypatch.setattr(ArticleCache, "article", no_rows)
    library = Library([folder])
    for event in load_events(library.paths):
        library.apply(event)
    assert library.articles == sorted(cold, key=lambda a: a.id)
    assert [a.text for a in library.articles] == [a.text for a in sorted(cold, key=lambda a: a.id)]
    assert not any(a.paragraphs.missed for a in library.articles)


def test_a_warm_start_waits_for_its_titles_to_be_shown_before_reading_texts(tmp_path: Path) -> None:
    # Reading texts, restoring the index and checking files would compete
    # with the first frame and the titles' paint for the GIL.
    folder = _seed_copy(tmp_path / "seeds")
    list(load_events([folder]))
    listed: list = []
    asked: list[bool] = []

    def titles_shown(timeout: float) -> bool:
        asked.append(any(a.paragraphs.held for a in listed))
        return len(asked) >= 3  # shown on the third look

    events = load_events([folder], titles_shown=titles_shown)
    listed.extend(next(events).items)
    assert isinstance(next(events), AllRead) and asked == []
    index = next(events)
    assert asked == [False, False, False]
    assert isinstance(index, IndexDone)
    # Search is ready before any text is read: the index is restored by
    # each text's length and CRC, which the listing holds.
    assert not any(a.paragraphs.held for a in listed)
    for query in ("黄仁勋", "的"):
        found = index.index.search(query)
        assert found.total and all(r.count for r in found)
    list(events)


async def test_the_app_says_when_every_title_is_painted(state_dir: Path) -> None:
    from app_support import loaded, make_app

    app = make_app(state_dir)
    async with app.run_test() as pilot:
        await loaded(pilot)
        await pilot.pause()
        assert app._titles_painted.is_set()
        assert app.library.index is not None


def test_a_cold_starts_listing_serves_reader_search_while_the_files_are_the_same(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # One listing: the app's, saved with the files' stats as the walk found
    # them before reading, is what `reader search` takes its articles from.
    import os

    from reader.core import corpus
    from reader.core.article_cache import ArticleCache, cache_file
    from reader.core.listing_walk import Walk

    folder = _seed_copy(tmp_path / "seeds")
    for path in folder.iterdir():  # older than a stat can be trusted for
        os.utime(path, ns=(path.stat().st_mtime_ns - 10**10,) * 2)
    list(load_events([folder]))
    with ArticleCache.open(cache_file()) as cache:
        assert cache is not None
        assert cache.listing([folder], Walk([folder])) is not None
    loads: list[object] = []
    monkeypatch.setattr(corpus, "load_corpus", lambda *a, **k: loads.append(a))
    from reader.cli import main

    assert main(["search", "黄仁勋", "--corpus", str(folder)]) == 0
    assert loads == []
    # A warm start's revision is listed without the stats: reader search loads.
    (folder / "new.txt").write_text("新的\n\n黄仁勋在台北。\n", encoding="utf-8")
    os.utime(folder / "new.txt", ns=(10**18, 10**18))
    list(load_events([folder]))
    with ArticleCache.open(cache_file()) as cache:
        assert cache is not None
        assert cache.listing([folder]) is not None and cache.listing([folder], Walk([folder])) is None


@pytest.mark.parametrize("ready", [False, True])
async def test_a_large_hand_over_is_applied_in_pieces_first_rows_at_once(
    state_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ready: bool
) -> None:
    """A large hand-over of plain Found items (a listing's, here, made
    plain): the app applies it a piece at a time, each in its own turn of
    the event loop; the first piece's rows are listed before the next is
    applied. A warm start's listing not taken before the first frame is
    handed over made ready (opening.rest_found), and taken in as a whole.
    The library ends the same, in id order."""
    import asyncio
    import itertools

    from app_support import loaded, make_app
    from reader.ui import app as app_module
    from reader.ui.widgets.article_list import ArticleList

    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(23):
        (folder / f"{n:03d}.txt").write_text(f"第{n}篇\n\n正文第{n}段，說了一些話。\n", encoding="utf-8")
    list(load_events([folder]))  # the listing a warm start hands over at once
    monkeypatch.setattr(app_module, "APPLY_PIECE", 5)
    monkeypatch.setattr(app_module, "APPLY_TURN_SECONDS", 0.0)  # (a turn after every piece)
    app = make_app(state_dir, [folder])
    load = loader.load_events

    def after_the_screen(*args, **kwargs):
        # (as with a large listing: the main screen is up when it arrives)
        for event in load(*args, **kwargs):
            while not any(type(s).__name__ == "MainScreen" and s.status.busy for s in app.screen_stack):
                time.sleep(0.01)
            yield event

    monkeypatch.setattr(loader, "load_events", after_the_screen)
    if not ready:
        monkeypatch.setattr(loader, "rest_found", lambda items, roots: Found(tuple(items)))
    # (as with a listing too large to be read by the time the app mounts:
    # the loader hands it over, not the app before its first frame)
    monkeypatch.setattr(app_module.ReaderApp, "_take_listing", lambda self: None)
    ticks = 0
    applied: list[tuple[int, int, int, bool]] = []  # (piece size, tick, rows listed after it, all read)
    apply = app._apply
    tasks: list[asyncio.Task[None]] = []

    async def tick() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    def spy(event: object) -> None:
        if not tasks:  # (on the event loop)
            tasks.append(asyncio.get_running_loop().create_task(tick()))
        apply(event)
        if isinstance(event, Found):
            rows = app.main_screen.query_one(ArticleList).option_count
            applied.append((len(event.items), ticks, rows, app.library.loaded))

    app._apply = spy  # type: ignore[method-assign]
    async with app.run_test() as pilot:
        await loaded(pilot)
        tasks[0].cancel()
        rows = app.main_screen.query_one(ArticleList)
        assert rows.option_count == 23
        assert rows.ids == sorted(a.id for a in app.library.articles)
    if ready:
        assert [size for size, *_ in applied] == [23]  # (one piece, one turn)
        return
    assert [size for size, *_ in applied] == [5, 5, 5, 5, 3]
    # Other tasks of the event loop ran between one piece and the next.
    ticks_at = [tick for _, tick, _, _ in applied]
    assert all(a < b for a, b in itertools.pairwise(ticks_at))
    # The first piece's rows were listed (with the first article opened)
    # before the next piece was applied.
    assert applied[1][2] == 5 and applied[1][3] is False


def _handed_names(app: ReaderApp) -> list[str]:
    """The names of the events the loader hands over, as they go."""
    handed: list[str] = []
    hand_over = app._hand_over

    def spy(events: list[object]) -> None:
        handed.extend(type(event).__name__ for event in events)
        hand_over(events)

    app._hand_over = spy  # type: ignore[method-assign]
    return handed


async def test_a_warm_starts_titles_are_in_the_first_frame(
    state_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app opens the article cache and reads the listing in a thread
    from its start; a warm start's titles (and the article opened first) are
    then in the library and the list before the first frame, and the loader
    does not hand them over again."""
    from textual import events

    from app_support import loaded, make_app
    from reader.ui import app as app_module
    from reader.ui.widgets.article_list import ArticleList

    monkeypatch.setattr(app_module, "LISTING_WAIT_SECONDS", 30.0)  # (however busy the machine)
    folder = _seed_copy(tmp_path / "seeds")
    list(load_events([folder]))  # the listing a warm start finds
    app = make_app(state_dir, [folder])
    at_ready: list[tuple[bool, int, str | None]] = []

    def first_frame(message: object) -> None:
        # Textual's Ready: the first frame is composed and painted.
        if isinstance(message, events.Ready):
            main = app.main_screen
            current = main.current.id if main.current is not None else None
            at_ready.append((app.library.loaded, main.query_one(ArticleList).option_count, current))

    handed = _handed_names(app)
    async with app.run_test(message_hook=first_frame) as pilot:
        await loaded(pilot)
        articles = app.library.articles
        assert len(articles) == 5 and app.library.index is not None
    assert at_ready == [(True, 5, articles[0].id)]
    assert "Found" not in handed and "AllRead" not in handed
    assert "IndexDone" in handed and "PeopleDone" in handed


async def test_a_cold_start_lists_its_titles_as_they_are_read(state_dir: Path, tmp_path: Path) -> None:
    """No listing to take before the first frame: the loader hands the
    articles over as it reads them."""
    from app_support import loaded, make_app

    folder = _seed_copy(tmp_path / "seeds")
    app = make_app(state_dir, [folder])
    handed = _handed_names(app)
    async with app.run_test() as pilot:
        await loaded(pilot)
        assert len(app.library.articles) == 5
    assert "Found" in handed and "AllRead" in handed
    assert not app._listed_shown


async def test_a_large_listings_first_screenful_is_in_the_first_frame(
    state_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A listing of more than FIRST_SPLIT items: its first FIRST_ITEMS are in
    the first frame, the rest are built once it is drawn and handed over
    once, in order after them; the library and the list end up as with the
    whole listing at once."""
    from textual import events

    from app_support import loaded, make_app, widget_text
    from reader.core import cache_listing
    from reader.ui import app as app_module
    from reader.ui.widgets.article_list import ArticleList

    monkeypatch.setattr(app_module, "LISTING_WAIT_SECONDS", 30.0)  # (however busy the machine)
    folder = _seed_copy(tmp_path / "seeds")
    list(load_events([folder]))  # the listing a warm start finds
    monkeypatch.setattr(cache_listing, "FIRST_SPLIT", 3)
    monkeypatch.setattr(cache_listing, "FIRST_ITEMS", 2)
    app = make_app(state_dir, [folder])
    at_ready: list[tuple[bool, int, int, str | None]] = []

    def first_frame(message: object) -> None:
        if isinstance(message, events.Ready):
            main = app.main_screen
            current = main.current.id if main.current is not None else None
            at_ready.append(
                (app.library.loaded, len(app.library.articles), main.query_one(ArticleList).option_count, current)
            )

    handed: list[tuple[str, int, bool]] = []
    hand_over = app._hand_over

    def spy(events: list[object]) -> None:
        handed.extend(
            (type(event).__name__, len(getattr(event, "items", ())), getattr(event, "ready", None) is not None)
            for event in events
        )
        hand_over(events)

    app._hand_over = spy  # type: ignore[method-assign]
    async with app.run_test(message_hook=first_frame) as pilot:
        await loaded(pilot)
        articles = app.library.articles
        ids = [a.id for a in articles]
        assert ids == sorted(ids) and len(ids) == 5 and app.library.loaded
        assert app.main_screen.query_one(ArticleList).ids == ids
        assert app.library.index is not None and app.main_screen.current is articles[0]
        # The list shows the last of the rest (handed over ready: taken in as a whole).
        listing = app.main_screen.query_one(ArticleList)
        listing.focus()
        await pilot.press("end")
        await pilot.pause()
        assert listing.highlighted_id == ids[-1]
        assert articles[-1].title[:8] in widget_text(app, listing)
        # Each text left in the cache is read from its file if it is gone from there.
        assert all(a.paragraphs.held or a.paragraphs.reload is not None for a in articles)  # type: ignore[attr-defined]
    assert at_ready == [(False, 2, 2, ids[0])]
    # The rest made ready in the opening thread, handed over once.
    assert [h for h in handed if h[0] in ("Found", "AllRead")] == [("Found", 3, True), ("AllRead", 0, False)]


def test_opening_offers_a_large_listings_first_items_then_builds_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.core import cache_listing
    from reader.session.opening import Opening

    folder = _seed_copy(tmp_path / "seeds")
    list(load_events([folder]))  # the listing a warm start finds
    monkeypatch.setattr(cache_listing, "FIRST_SPLIT", 3)
    monkeypatch.setattr(cache_listing, "FIRST_ITEMS", 2)
    opening = Opening([folder])
    first = opening.first(30.0)
    assert first is not None
    items, count = first
    assert count == 5 and len(items) == 2
    # The rest wait for go() (the first frame drawn), at most a second.
    assert opening.ready(0.3) is None
    opening.go()
    opened = opening.take()
    assert opened.listed is not None and [a.id for a in opened.listed][:2] == [a.id for a in items]
    assert opened.listed[0] is items[0]
    assert opening.first() is None and len(opened.listed) == 5
    # A small listing: no first items, all at once.
    assert opened.whole is None  # (the app took the first items: the loader readies the rest)
    monkeypatch.setattr(cache_listing, "FIRST_SPLIT", 5)
    small = Opening([folder])
    assert small.first(30.0) is None
    whole = small.ready()
    # Whole, it is made ready for the app in the opening thread.
    assert whole is not None and whole.whole is not None and whole.whole.ready is not None
    assert whole.listed is not None and whole.whole.items == tuple(whole.listed)


async def test_a_large_listing_is_taken_whole_when_the_article_to_reopen_is_further_on(
    state_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The article read last is not among a large listing's first items: the
    first frame waits for the whole listing and opens it there, rather than
    another article first and a jump when it arrives."""
    from textual import events

    from app_support import loaded, make_app
    from reader.core import cache_listing
    from reader.core.state import position_key
    from reader.ui import app as app_module

    monkeypatch.setattr(app_module, "LISTING_WAIT_SECONDS", 30.0)
    folder = _seed_copy(tmp_path / "seeds")
    cold = list(load_events([folder]))  # (all of them: the listing is saved at the end)
    listed = sorted((item for event in cold if isinstance(event, Found) for item in event.items), key=lambda a: a.id)
    monkeypatch.setattr(cache_listing, "FIRST_SPLIT", 3)
    monkeypatch.setattr(cache_listing, "FIRST_ITEMS", 2)
    app = make_app(state_dir, [folder])
    app.state.last = position_key(listed[3])
    at_ready: list[tuple[bool, int, str | None]] = []

    def first_frame(message: object) -> None:
        if isinstance(message, events.Ready):
            main = app.main_screen
            at_ready.append((app.library.loaded, len(app.library.articles), main.current and main.current.id))

    async with app.run_test(message_hook=first_frame) as pilot:
        await loaded(pilot)
        assert len(app.library.articles) == 5
    assert at_ready == [(True, 5, listed[3].id)]


def _cold_folder(tmp_path: Path, n: int = 6, tag: str = "") -> Path:
    folder = tmp_path / "cold"
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:02}.txt").write_text(
            f"冷启动标题{i}\n\n第{i}篇：林小满在高雄说，这是第{i}次发布新的模型{tag}。\n\n" + "正文内容。" * (20 + i),
            encoding="utf-8",
        )
    return folder


def test_a_cold_load_builds_the_index_while_the_first_people_are_found(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # The first article's people are asked for before the index is built,
    # not waited for first: the (fake) child answers only once the index
    # build has begun, which a load finding them first never lets it see.
    import threading

    from reader.core.search import SearchIndex
    from reader.session.people_worker import PeopleProcess

    building = threading.Event()
    asked: list[tuple[str, bool]] = []

    def find(self: PeopleProcess, article: object, cancelled: object = None) -> list:
        asked.append((article.id, building.wait(5)))  # type: ignore[attr-defined]
        return []

    real_add = SearchIndex.add

    def add(self: SearchIndex, article: object) -> None:
        building.set()
        real_add(self, article)  # type: ignore[arg-type]

    monkeypatch.setattr(PeopleProcess, "find", find)
    monkeypatch.setattr(PeopleProcess, "start", lambda self, tables_later=False: None)
    monkeypatch.setattr(SearchIndex, "add", add)
    folder = _cold_folder(tmp_path)
    events = list(load_events([folder]))
    kinds = [type(e).__name__ for e in events]
    first = kinds.index("PeopleFound")
    assert kinds.index("IndexDone") < first
    assert [aid for aid, _ in events[first].found] == ["00"]
    assert asked[0] == ("00", True)
    assert len(asked) == 6 and all(seen for _, seen in asked)


def test_a_cold_load_writes_the_cache_once_its_index_is_handed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No article row is written while the user waits for search; once the
    # load is done every row and the listing are, and a warm start serves
    # every article from them (the same articles).
    import sqlite3

    from reader.core.article_cache import ArticleCache, cache_file
    from reader.core.cached_folder import CachedFolder
    from reader.core.corpus import load_corpus
    from reader.core.digests import content_digest
    from reader.core.search_engine import cached_engine

    folder = _cold_folder(tmp_path, tag="written")  # (texts of its own: none is cached)
    digests = [content_digest(path.read_bytes()) for path in sorted(folder.iterdir())]

    def rows() -> int:
        """This folder's article rows and line rows in the cache file."""
        if not cache_file().exists():
            return 0
        with sqlite3.connect(cache_file()) as db:
            marks = ", ".join("?" * len(digests))
            found: int = sum(
                db.execute(f"SELECT count(*) FROM {table} WHERE digest IN ({marks})", digests).fetchone()[0]
                for table in ("articles", "lines")
            )
            return found

    # Each file's lines are keyed for the cache (its context worked out)
    # once the index is handed over too.
    keyed: list[Path] = []
    real_lines = CachedFolder._deferred_lines

    def lines(self: CachedFolder, path: Path, digest: str | None) -> str | None:
        keyed.append(path)
        return real_lines(self, path, digest)

    monkeypatch.setattr(CachedFolder, "_deferred_lines", lines)
    at_index: list[tuple[int, bool, int]] = []
    events = []
    for event in load_events([folder]):
        events.append(event)
        if isinstance(event, IndexDone):
            read = [a for e in events if isinstance(e, Found) for a in e.items]
            at_index.append((rows(), cached_engine(read) is not None, len(keyed)))
    assert at_index == [(0, False, 0)]  # (nor the search index)
    assert rows() == 12 and len(keyed) == 6
    restored = cached_engine([a for e in events if isinstance(e, Found) for a in e.items])
    assert restored is not None
    assert [r.id for r in restored.search("林小满")] == ["00", "01", "02", "03", "04", "05"]
    listed = ArticleCache.open()
    assert listed is not None
    with listed:
        assert listed.listing([folder]) is not None
    cold = [a for e in events if isinstance(e, Found) for a in e.items]
    cache = ArticleCache.open()
    assert cache is not None
    with cache:
        warm = load_corpus([folder], cache)
        assert (cache.hits, cache.misses) == (6, 0)
    uncached = load_corpus([folder])
    assert [(a.id, a.title, a.text) for a in warm] == [(a.id, a.title, a.text) for a in cold]
    assert [(a.id, a.title, a.text) for a in uncached] == [(a.id, a.title, a.text) for a in cold]


def test_the_people_cache_folder_is_looked_at_once_over_the_hand_overs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The loader asks at every hand-over whether to start the people child:
    a later launch's cache folder is looked at the first time only."""
    from reader.core import paths
    from reader.session.people_finder import PeopleFinder

    (tmp_path / "people").mkdir()
    looked: list[int] = []

    def cache_dir() -> Path:
        looked.append(1)
        return tmp_path

    monkeypatch.setattr(paths, "cache_dir", cache_dir)
    finder = PeopleFinder(lambda: False)
    for _ in range(3):
        finder.start_if_none_cached()
    assert len(looked) == 1 and not finder.none_cached
