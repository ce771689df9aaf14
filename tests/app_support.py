"""Helpers for the Pilot tests of the app: start it, wait, read the screen."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input, OptionList

from reader.core.resources import seeds_dir
from reader.core.state import StateStore
from reader.ui.app import ReaderApp
from reader.ui.screens.search import SearchScreen

SIZE = (120, 40)


def make_app(state_dir: Path, paths: list[Path] | None = None) -> ReaderApp:
    return ReaderApp(paths or [seeds_dir()], StateStore(state_dir / "state.json"))


async def loaded(pilot: Pilot) -> None:
    """Wait until the corpus, the people and the search index are ready and
    the main screen has caught up with them."""
    app = pilot.app
    await app.workers.wait_for_complete()
    for _ in range(100):
        await pilot.pause()
        main = app.main_screen
        if main.status.busy is None and (main.current is not None or not app.library.articles):
            break
        await pilot.pause(0.02)
    await pilot.pause()


async def settle(pilot: Pilot) -> None:
    """Wait for the workers a key started (a search, a reload) and the redraw."""
    await pilot.pause(0.3)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def search_for(pilot: Pilot, query: str, typed: bool = True) -> SearchScreen:
    """Open the search box (unless open), replace its query and wait for the
    results; ``typed=False`` sets the text as if pasted (Pilot cannot type
    every character, such as ——)."""
    app = pilot.app
    if not isinstance(app.screen, SearchScreen):
        await pilot.press("slash")
        await pilot.pause()
    box = app.screen.query_one(Input)
    box.value = ""
    if typed:
        await pilot.press(*query)
    else:
        box.value = query
    await settle(pilot)
    screen = app.screen
    assert isinstance(screen, SearchScreen)
    return screen


def search_results(app: ReaderApp) -> OptionList:
    return app.screen.query_one("#search-results", OptionList)


def screen_lines(app: ReaderApp, styled: bool = False) -> list[str]:
    """What the terminal shows, line by line, as plain text (or with the
    escape codes of its colours and styles when ``styled``)."""
    width, height = app.size
    console = Console(
        width=width,
        height=height,
        file=io.StringIO(),
        force_terminal=True,
        color_system="truecolor",
        record=True,
        legacy_windows=False,
    )
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console.export_text(styles=styled).splitlines()


def screen_text(app: ReaderApp) -> str:
    return "\n".join(screen_lines(app))


def widget_text(app: ReaderApp, widget: Widget) -> str:
    """The part of the screen a widget covers (text only, no spaces trimmed
    inside lines, so wide characters stay in place)."""
    region = widget.region
    lines = screen_lines(app)[region.y : region.bottom]
    return "\n".join(_cells(line, region.x, region.right) for line in lines)


def _cells(line: str, start: int, end: int) -> str:
    from rich.cells import cell_len

    out, at = [], 0
    for ch in line:
        w = cell_len(ch)
        if at >= start and at + w <= end:
            out.append(ch)
        at += w
        if at >= end:
            break
    return "".join(out)
