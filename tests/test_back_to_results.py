"""backspace after opening a search result goes back to the results (as a
browser's Back does), with that result highlighted; ctrl+o keeps jumping
back through the places the reader left."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from app_support import SIZE, loaded, make_app, screen_text, search_for, search_results, settle
from reader.ui.screens.main import MainScreen
from reader.ui.screens.search import SearchScreen


async def test_backspace_after_stepping_hits_returns_to_the_results(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        main = app.main_screen
        first = main.current
        await search_for(pilot, "Hinton")
        assert search_results(app).option_count >= 2
        chosen = search_results(app).get_option_at_index(1).id
        await pilot.press("down", "down", "enter")  # into the results, the second one
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and main.current.id == chosen
        await pilot.press("n", "n", "N", "n")
        await pilot.pause()
        await pilot.press("backspace")
        await settle(pilot)
        # The results again: the same query, the result read highlighted, the focus on them.
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.query_one("#search-input", Input).value == "Hinton"
        assert search_results(app).highlighted == 1
        assert app.focused is search_results(app)
        assert "Hinton" in screen_text(app) and "match" in screen_text(app)
        # Enter opens it again; Esc from the results comes back to the text.
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and main.current.id == chosen
        await pilot.press("backspace")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and main.current.id == chosen
        # Having seen the results again, backspace goes on back as ctrl+o
        # does: where the result was opened again from, then before the search.
        await pilot.press("backspace")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and main.current.id == chosen
        await pilot.press("backspace")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and main.current is first


async def test_backspace_jumps_back_once_the_reader_moved_on(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        main = app.main_screen
        await search_for(pilot, "Hinton")
        await pilot.press("enter")
        await pilot.pause()
        found = main.current
        await pilot.press("right_square_bracket")  # another article: not from the search
        await pilot.pause()
        assert main.current is not found
        await pilot.press("backspace")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and main.current is found


async def test_ctrl_o_still_jumps_back_from_a_result(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        main = app.main_screen
        first = main.current
        await search_for(pilot, "Hinton")
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert main.current is not first
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and main.current is first


async def test_back_to_a_result_past_the_rows_drawn_first(state_dir: Path, tmp_path: Path) -> None:
    """The 70th of 120 results (past the first page) is highlighted again."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(120):
        (folder / f"a{i:03}.txt").write_text(f"文章{i}\n\n第{i}篇，讲量子计算的进展。\n", encoding="utf-8")
    app = make_app(state_dir, [folder])
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await search_for(pilot, "量子计算")
        await pilot.press("tab")
        for _ in range(69):
            await pilot.press("down")
        await pilot.pause()
        assert search_results(app).highlighted == 69
        chosen = search_results(app).highlighted_option.id
        await pilot.press("enter")
        await pilot.pause()
        assert app.main_screen.current.id == chosen
        await pilot.press("backspace")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        assert search_results(app).highlighted == 69
        assert search_results(app).highlighted_option.id == chosen
