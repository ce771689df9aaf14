"""Open search results follow the files: a file removed, added or edited
while the results are open redraws them (the cursor kept on its article),
and Enter on an article gone meanwhile says so rather than doing nothing."""

from __future__ import annotations

import time
from pathlib import Path

from textual.widgets import OptionList

from app_support import loaded, make_app, screen_text
from reader.ui.screens.main import MainScreen
from reader.ui.screens.search import SearchScreen


def _write(path: Path, title: str, body: str) -> None:
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")


async def _until(pilot, done, seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not done():
        await pilot.pause(0.1)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def _ids(app) -> list[str | None]:
    results = app.screen.query_one("#search-results", OptionList)
    return [results.get_option_at_index(i).id for i in range(results.option_count)]


async def test_results_follow_files_changed_while_open(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    _write(folder / "gbk.txt", "广州天气", "今天去散步。")
    _write(folder / "big5.txt", "台北天气", "明天也去散步。")
    _write(folder / "other.txt", "别的文章", "这里没有那个词。")
    app = make_app(tmp_path / "state", [folder])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await _until(pilot, lambda: app._watch_stop is not None, 5)
        await pilot.pause(0.5)  # the watch is set up
        await pilot.press("slash", *"散步")
        await _until(pilot, lambda: len(_ids(app)) == 2, 5)
        assert sorted(_ids(app)) == ["big5", "gbk"]
        (folder / "big5.txt").unlink()
        _write(folder / "new.txt", "新文章标题", "散步，再散步。")
        await _until(pilot, lambda: sorted(_ids(app)) == ["gbk", "new"])
        assert isinstance(app.screen, SearchScreen)
        assert sorted(_ids(app)) == ["gbk", "new"]
        assert "台北天气" not in screen_text(app) and "新文章标题" in screen_text(app)
        # The cursor stays on its article through a redraw.
        results = app.screen.query_one("#search-results", OptionList)
        results.highlighted = _ids(app).index("gbk")
        await pilot.pause()
        _write(folder / "other.txt", "别的文章", "这里也去散步了。")
        await _until(pilot, lambda: len(_ids(app)) == 3)
        assert results.highlighted_option.id == "gbk"


async def test_enter_on_a_result_gone_meanwhile_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    _write(folder / "a.txt", "甲文", "今天去散步。")
    _write(folder / "b.txt", "乙文", "没有那个词。")
    app = make_app(tmp_path / "state", [folder])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        main = app.main_screen
        main.open_article(app.library.get("b"))
        await pilot.pause()
        await pilot.press("slash", *"散步")
        await _until(pilot, lambda: _ids(app) == ["a"], 5)
        # Gone from the library while the results still show it (as between
        # a file's removal and the redraw).
        app.library.corpus.remove({"a"})
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert main.current.id == "b"
        assert "That article is gone" in screen_text(app)
