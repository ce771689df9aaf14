"""The background loader and the library it fills (no Textual needed)."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest

from reader.core.resources import seeds_dir
from reader.ui import loader
from reader.ui.library import Library, Stage
from reader.ui.loader import AllRead, Found, IndexDone, PeopleDone, PeopleFound, Problem, load_events
from reader.ui.people_worker import Cancelled, find_people_apart


@pytest.fixture(autouse=True)
def _cache(shared_cache: Path) -> None:
    """Every test here uses the session's people cache, never the user's."""


def test_events_come_in_order_and_fill_the_library() -> None:
    library = Library([seeds_dir()])
    events = list(load_events(library.paths))
    stages = [library.apply(event) for event in events]
    # The first article alone, at once, with its people before any other
    # file is read; then the rest, the index, and everyone else's people.
    assert stages[:2] == [Stage.ARTICLES, Stage.PEOPLE]
    assert [a.id for a in events[0].items] == [min(a.id for a in library.articles)]
    assert events[1].article_id == events[0].items[0].id
    loaded = stages.index(Stage.LOADED)
    assert stages[loaded + 1] is Stage.INDEX
    assert Stage.PEOPLE not in stages[2:loaded]
    assert stages[-1] is Stage.PEOPLE
    assert [a.id for a in library.articles] == sorted(a.id for a in library.articles)
    assert len(library.articles) == 5
    assert set(library.people) == {a.id for a in library.articles}
    assert library.index is not None and library.people_index is not None
    assert library.busy is None


def test_broken_and_empty_files_are_skipped_the_rest_loads(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("标题\n\n这是一篇文章的正文，讲的是黄仁勋和英伟达。", encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(bytes(range(256)) * 100)
    (tmp_path / "empty.txt").write_bytes(b"")
    events = list(load_events([tmp_path]))
    found = [item for event in events if isinstance(event, Found) for item in event.items]
    assert {Path(getattr(item, "path")).name for item in found} == {"good.txt", "broken.txt", "empty.txt"}
    library = Library([tmp_path])
    for event in events:
        library.apply(event)
    assert [a.path.name for a in library.articles] == ["good.txt"]
    assert {s.path.name for s in library.skipped} == {"broken.txt", "empty.txt"}
    assert all(s.reason for s in library.skipped)


def test_an_empty_folder_loads_nothing(tmp_path: Path) -> None:
    events = list(load_events([tmp_path]))
    assert [type(e) for e in events] == [AllRead, IndexDone, PeopleDone]


def test_huge_articles_are_read_for_people_in_a_child_process(monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.core.corpus import load_corpus
    from reader.core.people import extract_people

    article = load_corpus([seeds_dir()]).articles[1]
    apart = find_people_apart(article, lambda: False)
    assert apart == extract_people(article)
    # The loader sends an article there once it is long enough.
    sent: list[str] = []
    monkeypatch.setattr(loader, "LARGE_ARTICLE_CHARS", article.chars)

    def spy(a, cancelled):
        sent.append(a.id)
        return extract_people(a)

    monkeypatch.setattr("reader.ui.people_worker.find_people_apart", spy)
    list(load_events([seeds_dir()]))
    assert article.id in sent


def test_cancelling_stops_the_child_at_once() -> None:
    from reader.core.corpus import load_corpus

    seed = load_corpus([seeds_dir()]).articles[1]
    # No digest, so no cache: the child has seconds of work to be stopped in.
    article = replace(seed, paragraphs=seed.paragraphs * 40, digest="")
    started = time.monotonic()
    with pytest.raises(Cancelled):
        find_people_apart(article, lambda: time.monotonic() - started > 0.2)


def test_a_failing_step_is_a_problem_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.core.people as people

    def broken(article):
        raise ValueError("bad article")

    monkeypatch.setattr(people, "extract_people", broken)
    events = list(load_events([seeds_dir()]))
    problems = [e for e in events if isinstance(e, Problem)]
    assert len(problems) == 5 and "bad article" in problems[0].message
    assert isinstance(events[-1], PeopleDone)
    assert not any(isinstance(e, PeopleFound) for e in events)
