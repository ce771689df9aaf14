"""Each set of folders reopens at the article read last in it, whatever
was opened in between (the reader kept one last article for all)."""

from __future__ import annotations

from pathlib import Path

from app_support import loaded, make_app
from reader.core.resources import seeds_dir
from reader.core.state import State, StateStore


def test_the_last_article_of_each_folder_set(tmp_path: Path) -> None:
    from reader.core.state import last_read, remember_last

    state = State()
    a, b = [tmp_path / "a"], [tmp_path / "b", tmp_path / "c"]
    remember_last(state, a, "key-a")
    remember_last(state, b, "key-b")
    assert last_read(state, a) == "key-a"
    assert last_read(state, list(reversed(b))) == "key-b"
    assert last_read(state, [tmp_path / "d"]) is None
    store = StateStore(tmp_path / "state.json")
    store.save(state)
    loaded = StateStore(tmp_path / "state.json").load().state
    assert last_read(loaded, a) == "key-a" and loaded.last == "key-b"


def test_a_state_from_before_keeps_its_one_last_article() -> None:
    from reader.core.state import last_read

    state = State(last="old")
    assert last_read(state, [Path("anywhere")]) == "old"


async def test_the_seeds_reopen_at_their_article_after_another_folder(state_dir: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "x.txt").write_text("别的文章\n\n这是另一个文件夹里的文章，说了一些别的事情。\n", "utf-8")
    app = make_app(state_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        chosen = next(a for a in app.library.articles if a.id.startswith("002"))
        app.main_screen.open_article(chosen)
        await pilot.pause()
        await pilot.press("q")
    app = make_app(state_dir, [other])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        assert app.main_screen.current.id == "x"
        await pilot.press("q")
    app = make_app(state_dir, [seeds_dir()])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        assert app.main_screen.current.id == chosen.id
