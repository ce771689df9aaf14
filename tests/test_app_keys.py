"""Every key the help screen lists does something visible.

The help is built from the live bindings, so this walks exactly what the
user is told: for each key, put the app where the key makes sense, press it,
and compare what the screen shows (and which screen, focus and theme) before
and after.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList

from app_support import loaded, make_app, screen_lines
from reader.ui.screens.help import help_entries, help_sections
from reader.ui.screens.main import MainScreen
from reader.ui.screens.search import SearchScreen
from reader.ui.widgets.article_list import ArticleList

# Wide enough that the reading column (80 cells) is narrower than its pane,
# so wider/narrower show.
WIDE = (200, 50)
# Keys whose effect is outside the screen: quitting (tested on its own in
# test_app.py) and copying a selection to the clipboard.
ELSEWHERE = {"quit", "screen.copy_text"}


def fingerprint(app) -> tuple:
    return (
        tuple(screen_lines(app, styled=True)),
        type(app.screen).__name__,
        getattr(app.focused, "id", None),
        app.theme,
    )


async def back_to_main(pilot) -> MainScreen:
    app = pilot.app
    while not isinstance(app.screen, MainScreen):
        app.pop_screen()
        await pilot.pause()
    # The note the last key left in the status line is not this key's doing.
    app.screen.status.note = ""
    return app.screen


async def reading_setup(pilot, action: str) -> None:
    """Article 3 of 5, halfway down, a person highlighted, no filter."""
    main = await back_to_main(pilot)
    main.action_clear_filter()
    article = pilot.app.library.articles[2]
    main.open_article(article, article.chars // 2)
    main.highlight_person(main.sidebar.people[0])
    main.reading.focus()
    await pilot.pause()


async def filtered_setup(pilot, action: str) -> None:
    await reading_setup(pilot, action)
    pilot.app.main_screen.action_filter_person()
    await pilot.pause()


async def other_view_setup(pilot, action: str) -> None:
    """Reading in another view than the one the key asks for."""
    await reading_setup(pilot, action)
    other = "simplified" if "traditional" in action else "traditional"
    pilot.app.main_screen.action_view(other)
    await pilot.pause()


async def list_setup(pilot, action: str) -> None:
    await reading_setup(pilot, action)
    articles = pilot.app.main_screen.query_one("#article-list", ArticleList)
    articles.focus()
    articles.highlighted = 1
    await pilot.pause()


async def search_setup(pilot, action: str) -> None:
    """The search screen with results for "AI", the second one under the cursor."""
    app = pilot.app
    if not isinstance(app.screen, SearchScreen):
        main = await back_to_main(pilot)
        await main.open_search()
        app.screen.query_one(Input).value = "AI"
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
    search = app.screen
    results = search.query_one("#search-results", OptionList)
    assert results.option_count > 2
    results.highlighted = 1
    search.query_one(Input).focus()
    await pilot.pause()


async def find_setup(pilot, action: str) -> None:
    """The find bar open on "AI" in the article, the first match current."""
    await reading_setup(pilot, action)
    await pilot.press("ctrl+f")
    pilot.app.screen.query_one("#find-input", Input).value = "AI"
    await pilot.pause()


SETUPS = {
    "Find in the article (ctrl+f)": find_setup,
    "Lists: articles, people, search results": list_setup,
    "Search": search_setup,
}
# Keys that need a particular state to have something to do.
KEY_SETUPS = {"clear_filter": filtered_setup, "view": other_view_setup}


async def test_every_key_in_the_help_does_something(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=WIDE) as pilot:
        await loaded(pilot)
        idle: list[str] = []
        tried = 0
        for title, cls in help_sections():
            for entry in help_entries(cls):
                if entry.action.split("(")[0] in ELSEWHERE:
                    continue
                for key in entry.keys:
                    binding_key = _binding_key(cls, entry.action, key)
                    setup = KEY_SETUPS.get(entry.action.split("(")[0], SETUPS.get(title, reading_setup))
                    await setup(pilot, entry.action)
                    before = fingerprint(app)
                    await pilot.press(binding_key)
                    tried += 1
                    if fingerprint(app) == before:
                        idle.append(f"{title}: {key} ({entry.description})")
                    if app.theme != "textual-dark":
                        app.theme = "textual-dark"
        assert tried > 40
        assert not idle, idle


def _binding_key(cls, action: str, shown: str) -> str:
    """The key name to press for a key the help shows as ``shown``."""
    from reader.ui.screens.help import bindings_of

    for binding in bindings_of(cls):
        if binding.action == action and shown in (binding.key, binding.key_display):
            return binding.key
    return shown
