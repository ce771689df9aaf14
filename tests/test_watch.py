"""Files that change while the app runs: new, edited and deleted articles
show up, with the search engine and people kept up to date, and an edited
article keeps the reader's place (issue 11, feature 3)."""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app_support import loaded, make_app
from reader.session.library import Library, carry_position
from reader.session.loader import load_events
from reader.session.watcher import Changed, watch_events

BODY = "这是一篇关于{0}的文章，讲述了{0}在今年的发展与变化，以及人们对它的看法。记者走访了几位读者，他们各有各的说法。"


def _write(path: Path, title: str, topic: str, paragraphs: int = 3) -> None:
    path.write_text(f"{title}\n\n" + "\n\n".join(f"第{i}段：" + BODY.format(topic) for i in range(paragraphs)), "utf-8")


@pytest.fixture(autouse=True)
def _cache(people_cache: Path) -> None:
    """The session's people cache, never the user's."""


def test_carry_position_follows_the_text() -> None:
    old = "第一段的内容。\n第二段说的是别的事情，很长很长。\n第三段在最后。"
    at = old.index("第三段")
    assert carry_position(old, old, at) == at
    inserted = "新加的一段在最前面。\n" + old
    assert carry_position(old, inserted, at) == inserted.index("第三段")
    fixed_typo = old.replace("别的事情", "别的事")
    assert carry_position(old, fixed_typo, at) == fixed_typo.index("第三段")
    assert carry_position(old, "完全不同的文章。" * 20, at) == 0
    assert carry_position(old, old, len(old) + 5) == len(old)


def _loaded_library(root: Path) -> Library:
    library = Library([root])
    for event in load_events([root]):
        library.apply(event)
    return library


def test_new_edited_and_deleted_files_come_as_one_change(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", "甲文", "苹果")
    _write(tmp_path / "b.txt", "乙文", "香蕉")
    library = _loaded_library(tmp_path)
    assert library.index is not None and library.people_index is not None
    events: queue.Queue[Changed] = queue.Queue()
    stop = threading.Event()

    def run() -> None:
        for event in watch_events([tmp_path], library.files, library.index, library.people_index, stop.is_set):
            events.put(event)

    watcher = threading.Thread(target=run, daemon=True)
    watcher.start()
    try:
        time.sleep(0.5)  # the watch is set up
        _write(tmp_path / "c.txt", "丙文", "樱桃")
        _write(tmp_path / "a.txt", "甲文改", "葡萄")
        (tmp_path / "b.txt").unlink()
        (tmp_path / "notes.json").write_text("{}")  # not an article file
        seen: list[Changed] = []
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            with contextlib.suppress(queue.Empty):
                seen.append(events.get(timeout=0.5))
            for event in seen[len(seen) - 1 :]:
                library.apply(event)
            if {a.id for a in library.articles} == {"a", "c"} and library.get("a").title == "甲文改":
                break
    finally:
        stop.set()
        watcher.join(5)
    assert not watcher.is_alive()
    assert sorted(a.id for a in library.articles) == ["a", "c"]
    assert library.get("a").title == "甲文改"
    # The engine was updated in place: new text found, old and deleted text not.
    assert [r.id for r in library.index.search("樱桃")] == ["c"]
    assert [r.id for r in library.index.search("葡萄")] == ["a"]
    assert library.index.search("苹果") == [] and library.index.search("香蕉") == []
    assert "b" not in library.people and set(library.people) == {"a", "c"}


async def test_the_app_shows_new_files_and_keeps_the_place_in_an_edited_one(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    _write(folder / "a.txt", "甲文", "苹果", paragraphs=60)
    app = make_app(tmp_path / "state", [folder])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        main = app.main_screen
        article = main.current
        assert article is not None and article.id == "a"
        place = article.text.index("第40段：" + BODY.format("苹果"))
        main.open_article(article, place)
        await pilot.pause()
        deadline = time.monotonic() + 5
        while app._watch_stop is None and time.monotonic() < deadline:
            await pilot.pause(0.05)
        await pilot.pause(0.5)  # the watch is set up
        _write(folder / "b.txt", "乙文", "香蕉")
        # The edit: a new first paragraph; the place is the same paragraph.
        text = (folder / "a.txt").read_text("utf-8")
        (folder / "a.txt").write_text(text.replace("\n\n", "\n\n新的第一段。\n\n", 1), "utf-8")
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            await pilot.pause(0.1)
            current = main.current
            if len(app.library.articles) == 2 and current is not None and "新的第一段" in current.text:
                break
        assert [a.id for a in app.library.articles] == ["a", "b"]
        current = main.current
        assert current is not None and "新的第一段" in current.text
        assert main.reading.position == current.text.index("第40段：" + BODY.format("苹果"))


def _first_changes(
    root: Path, library: Library, since_ns: int | None, act: Callable[[], None], *, digests: bool = False
) -> list[Changed]:
    """Watch ``root`` from ``since_ns``, do ``act`` once the watch is set
    up, and take in the changes for a few seconds (and return them)."""
    events: queue.Queue[Changed] = queue.Queue()
    taken: list[Changed] = []
    stop = threading.Event()

    def run() -> None:
        known = library.digests if digests else None
        for event in watch_events(
            [root], library.files, library.index, library.people_index, stop.is_set, since_ns, known
        ):
            events.put(event)

    watcher = threading.Thread(target=run, daemon=True)
    watcher.start()
    try:
        time.sleep(0.5)  # the watch is set up
        act()
        deadline = time.monotonic() + 4
        while time.monotonic() < deadline:
            with contextlib.suppress(queue.Empty):
                taken.append(events.get(timeout=0.5))
                library.apply(taken[-1])
    finally:
        stop.set()
        watcher.join(5)
    return taken


def test_files_changed_after_loading_began_and_before_the_watch_are_taken_in(tmp_path: Path) -> None:
    # The watch starts once everyone's people are in, minutes after loading
    # on a large folder: what changed meanwhile comes in its first batch.
    _write(tmp_path / "a.txt", "甲文", "苹果")
    _write(tmp_path / "b.txt", "乙文", "香蕉")
    library = _loaded_library(tmp_path)
    _write(tmp_path / "c.txt", "丙文", "樱桃")
    _write(tmp_path / "a.txt", "甲文改", "葡萄")
    (tmp_path / "b.txt").unlink()
    _first_changes(tmp_path, library, library.opened_ns, lambda: None)
    assert sorted(a.id for a in library.articles) == ["a", "c"]
    assert library.get("a").title == "甲文改"
    assert library.index is not None and [r.id for r in library.index.search("樱桃")] == ["c"]


def test_without_a_start_time_only_changes_after_the_watch_count(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", "甲文", "苹果")
    library = _loaded_library(tmp_path)
    _write(tmp_path / "c.txt", "丙文", "樱桃")
    _first_changes(tmp_path, library, None, lambda: None)
    assert [a.id for a in library.articles] == ["a"]


def test_a_folder_given_relative_to_the_working_folder_is_watched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (reader articles/: the watch reports absolute paths, the articles keep the form given)
    monkeypatch.chdir(tmp_path)
    folder = Path("articles")
    folder.mkdir()
    _write(folder / "a.txt", "甲文", "苹果")
    library = _loaded_library(folder)

    def act() -> None:
        _write(folder / "b.txt", "乙文", "香蕉")
        _write(folder / "a.txt", "甲文改", "葡萄")

    _first_changes(folder, library, None, act)
    assert sorted((a.id, str(a.path)) for a in library.articles) == [("a", "articles/a.txt"), ("b", "articles/b.txt")]
    assert library.get("a").title == "甲文改"


def test_a_file_written_just_before_loading_is_no_change(tmp_path: Path) -> None:
    # (file times are taken with two seconds of slack: a file saved right
    # before the launch is looked at again, and is the same bytes)
    _write(tmp_path / "a.txt", "甲文", "苹果")
    library = _loaded_library(tmp_path)
    assert _first_changes(tmp_path, library, library.opened_ns, lambda: None, digests=True) == []
    _write(tmp_path / "a.txt", "甲文改", "葡萄")
    assert [
        a.title
        for c in _first_changes(tmp_path, library, library.opened_ns, lambda: None, digests=True)
        for a in c.articles
    ] == ["甲文改"]


def test_a_file_named_relative_to_the_working_folder_is_watched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (reader a.txt: the file itself, as given; its neighbours are no one's)
    monkeypatch.chdir(tmp_path)
    _write(Path("a.txt"), "甲文", "苹果")
    library = _loaded_library(Path("a.txt"))

    def act() -> None:
        _write(Path("a.txt"), "甲文改", "葡萄")
        _write(Path("other.txt"), "乙文", "香蕉")

    _first_changes(Path("a.txt"), library, None, act)
    assert [(a.id, a.title) for a in library.articles] == [("a", "甲文改")]
