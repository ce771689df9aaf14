"""Keys typed in one burst (a terminal delivers `/zz` at once) reach the
search box in order: none lost while the search screen opens, none overtaken
by an editing key of the box (ctrl+u). Pilot's press waits after each key,
so the burst is posted to the app at once, as a terminal would."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.pilot import Pilot
from textual.widgets import Input

from app_support import loaded, make_app, screen_text, settle
from reader.ui.screens.search import SearchScreen


def burst(pilot: Pilot, *keys: str) -> None:
    for key in keys:
        pilot.app.post_message(events.Key(key, key if len(key) == 1 else None))


async def test_keys_typed_right_after_slash_replace_the_last_query(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("slash", *"xy", "escape")
        await settle(pilot)
        burst(pilot, "slash", *"Hinton")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        # The box opened with "xy" selected: what was typed replaced it.
        assert app.screen.query_one(Input).value == "Hinton"
        assert "articles match" in screen_text(app) or "article matches" in screen_text(app)


async def test_ctrl_u_then_quick_typing_keeps_the_typing(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("slash", *"Hinton")
        await settle(pilot)
        box = app.screen.query_one(Input)
        assert box.value == "Hinton"
        burst(pilot, "ctrl+u", *"Hill")
        await settle(pilot)
        assert box.value == "Hill"
        assert "Hill" in screen_text(app)


async def test_slash_in_the_find_bar_is_typed(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("ctrl+f", "a", "slash", "b")
        await pilot.pause()
        assert not isinstance(app.screen, SearchScreen)
        assert app.screen.query_one("#find-input", Input).value == "a/b"


async def _results_burst(pilot: Pilot, *keys: str) -> tuple[str | None, str | None]:
    """Search Altman, then send ``keys`` in one burst; (the second result's
    id, the article then open)."""
    app = pilot.app
    await pilot.press("slash", *"Altman")
    await settle(pilot)
    results = app.screen.query_one("#search-results")
    assert results.option_count >= 2
    second = results.get_option_at_index(1).id
    burst(pilot, *keys)
    await settle(pilot)
    current = app.main_screen.current
    return second, current.id if current else None


async def test_tab_down_enter_in_one_burst_opens_the_second_result(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        second, opened = await _results_burst(pilot, "tab", "down", "enter")
        assert not isinstance(app.screen, SearchScreen)
        assert opened == second


async def test_down_down_enter_in_one_burst_opens_the_second_result(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        second, opened = await _results_burst(pilot, "down", "down", "enter")
        assert not isinstance(app.screen, SearchScreen)
        assert opened == second
