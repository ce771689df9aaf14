"""Pilot tests of the reader app: every key, asserted on what the screen shows."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import OptionList

from app_support import SIZE, loaded, make_app, screen_text, widget_text
from reader.core.state import DEFAULT_WIDTH, MIN_WIDTH, position_key
from reader.core.views import View
from reader.ui.widgets.article_list import ArticleList


def reading_text(app) -> str:
    return widget_text(app, app.screen.query_one("#reading"))


def status_text(app) -> str:
    return widget_text(app, app.screen.query_one("#status"))


def list_ids(app, selector: str) -> list[str]:
    widget = app.screen.query_one(selector)
    if isinstance(widget, ArticleList):
        return widget.ids
    return [widget.get_option_at_index(i).id for i in range(widget.option_count)]


def help_keys(text: str) -> set[str]:
    """The keys in the help table's first column ("? / f1" is two keys)."""
    keys: set[str] = set()
    for line in text.splitlines():
        inside = line.split("│")[1] if "│" in line else line
        keys.update(inside.strip().split("  ")[0].split(" / "))
    return keys


async def open_article(pilot, prefix: str, at: str | None = None) -> None:
    """Open the article whose id starts with ``prefix``, at the top or at ``at``."""
    app = pilot.app
    article = next(a for a in app.library.articles if a.id.startswith(prefix))
    app.main_screen.open_article(article, article.text.index(at) if at else 0)
    await pilot.pause()


def person_row(app, alias: str) -> int:
    """The sidebar's row of the person known as ``alias``."""
    people = app.main_screen.sidebar.people
    return next(i for i, p in enumerate(people) if alias in (p.person.name, *p.person.aliases))


async def highlight_person(pilot, alias: str) -> int:
    """Into the people pane, onto the person known as ``alias``: their row."""
    index = person_row(pilot.app, alias)
    await pilot.press("p")
    pilot.app.screen.query_one("#people-list", OptionList).highlighted = index
    await pilot.pause()
    return index


async def test_three_panes_on_the_seeds(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        text = screen_text(app)
        assert len(app.library.articles) == 5
        for article in app.library.articles:
            assert article.title[:8] in text
        # The first article is open, marked in the list, and its people are listed.
        first = app.library.articles[0]
        assert "▶ " + first.title[:6] in text
        assert first.title[:10] in status_text(app)
        assert "People (" in text
        assert "Original" in status_text(app)
        assert app.screen.query_one("#people-list", OptionList).option_count > 0


async def test_script_keys_convert_the_reading_view_and_persist(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await open_article(pilot, "000", at="現在")
        text = reading_text(app)
        assert "現在" in text and "现在" not in text
        position = app.screen.query_one("#reading").position
        await pilot.press("s")
        assert app.screen.query_one("#reading").position == position
        text = reading_text(app)
        assert "现在" in text and "現在" not in text
        assert "简体" in status_text(app)
        # The list titles follow the view too.
        assert "年仅41岁" in screen_text(app)
        await pilot.press("t")
        assert "現在" in reading_text(app)
        await pilot.press("o")
        assert "Original" in status_text(app)
        await pilot.press("c")
        assert app.state.view is View.SIMPLIFIED
        await pilot.press("c", "c")
        assert app.state.view is View.ORIGINAL
        await pilot.press("s")
        # Another article keeps the view.
        await pilot.press("right_square_bracket")
        assert "简体" in status_text(app)
    assert json.loads((state_dir / "state.json").read_text())["view"] == "simplified"


async def test_search_lists_000_and_004_and_opens_at_the_hits(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await open_article(pilot, "002")
        await pilot.press("slash", *"黄仁勋")
        await pilot.pause(0.4)
        await app.workers.wait_for_complete()
        await pilot.pause()
        ids = list_ids(app, "#search-results")
        assert sorted(i[:3] for i in ids) == ["000", "004"]
        shown = screen_text(app)
        assert "2 articles match" in shown
        # Titles and snippets, in the current (original) view: 000 is Traditional.
        assert "黃仁勛" in shown
        await pilot.press("down")
        chosen = app.screen.query_one("#search-results", OptionList).highlighted_option.id
        await pilot.press("enter")
        await pilot.pause()
        assert app.main_screen.current.id == chosen
        total = len(app.library.index.hits_in(app.main_screen.current, "黄仁勋"))
        assert f"hit 1/{total}" in status_text(app)
        # With one hit, n and N stay on it (stepping: the next test).
        await pilot.press("n")
        assert f"hit {min(2, total)}/{total}" in status_text(app)
        await pilot.press("N")
        assert f"hit 1/{total}" in status_text(app)


async def test_n_and_N_step_through_search_hits_and_wrap(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("slash", *"田渊栋")
        await pilot.pause(0.4)
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        total = len(app.library.index.hits_in(app.main_screen.current, "田渊栋"))
        assert total >= 3  # the test needs hits to step through
        assert f"hit 1/{total}" in status_text(app)
        await pilot.press("n", "n")
        assert f"hit 3/{total}" in status_text(app)
        await pilot.press("N")
        assert f"hit 2/{total}" in status_text(app)
        await pilot.press("N", "N")
        assert f"hit {total}/{total}" in status_text(app)
        await pilot.press("n")
        assert f"hit 1/{total}" in status_text(app)


async def test_search_without_results_says_so_and_escape_returns(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        before = app.main_screen.current
        await pilot.press("slash", *"zqxjkv")
        await pilot.pause(0.4)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "No results for “zqxjkv”" in screen_text(app)
        await pilot.press("escape")
        assert app.screen is app.main_screen
        assert app.main_screen.current is before


async def test_search_while_the_index_builds_says_so(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        app.workers.cancel_all()
        app.library.index = None
        await pilot.press("slash", *"AI")
        await pilot.pause(0.4)
        assert "Building the search index" in screen_text(app)


async def test_person_highlights_every_alias_and_n_steps(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await open_article(pilot, "001")
        sidebar = app.main_screen.sidebar
        names = [p.person.name for p in sidebar.people]
        index = person_row(app, "伊利亚")
        entry = sidebar.people[index]
        assert {"伊利亚", "Ilya Sutskever"} <= {m.alias for m in entry.mentions}, names
        await pilot.press("p")
        people = app.screen.query_one("#people-list", OptionList)
        assert app.focused is people
        people.highlighted = index
        await pilot.press("enter")
        total = entry.count
        assert f"hit 1/{total}" in status_text(app)
        # n and N step through every mention, under both names.
        seen = []
        for step in range(total):
            seen.append(entry.mentions[step].alias)
            assert f"hit {step + 1}/{total}" in status_text(app)
            await pilot.press("n")
        assert {"伊利亚", "Ilya Sutskever"} <= set(seen)
        assert f"hit 1/{total}" in status_text(app)
        await pilot.press("N")
        assert f"hit {total}/{total}" in status_text(app)
        # Escape clears.
        await pilot.press("escape")
        assert "hit " not in status_text(app)


async def test_sidebar_says_a_person_is_in_no_other_article(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await open_article(pilot, "001")
        sidebar = app.main_screen.sidebar
        index = next(
            i for i, p in enumerate(sidebar.people) if len(app.library.people_index.articles_of(p.person.key)) == 1
        )
        await pilot.press("p")
        app.screen.query_one("#people-list", OptionList).highlighted = index
        await pilot.pause()
        assert "In no other article" in screen_text(app)
        assert "In 0 other" not in screen_text(app)


async def test_sidebar_counts_other_articles_and_f_filters_the_list(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await open_article(pilot, "001")
        sidebar = app.main_screen.sidebar
        index = await highlight_person(pilot, "伊利亚")
        key = sidebar.people[index].person.key
        articles = app.library.people_index.articles_of(key)
        others = len(articles) - 1
        assert others > 0 and f"In {others} other article" in screen_text(app)
        await pilot.press("f")
        assert "Filter: mentions" in screen_text(app)
        assert list_ids(app, "#article-list") == sorted(articles)
        await pilot.press("x")
        assert "Filter:" not in screen_text(app)
        assert len(list_ids(app, "#article-list")) == 5


async def test_corpus_people_screen_filters_to_a_person(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("P")
        assert "People in the corpus" in screen_text(app)
        people = app.screen.query_one("#corpus-people", OptionList)
        assert people.option_count == len(app.library.people_index.people())
        key = people.highlighted_option.id
        await pilot.press("enter")
        assert app.screen is app.main_screen
        assert "Filter: mentions" in screen_text(app)
        assert list_ids(app, "#article-list") == sorted(app.library.people_index.articles_of(key))


async def test_brackets_move_between_articles(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        ids = [a.id for a in app.library.articles]
        assert app.main_screen.current.id == ids[0]
        await pilot.press("right_square_bracket")
        assert app.main_screen.current.id == ids[1]
        assert app.library.articles[1].title[:8] in status_text(app)
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert app.main_screen.current.id == ids[0]


async def test_list_selection_opens_with_mouse_and_keys(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("shift+tab")
        article_list = app.screen.query_one("#article-list", ArticleList)
        assert app.focused is article_list
        await pilot.press("j", "j", "enter")
        assert app.main_screen.current.id == app.library.articles[2].id
        await pilot.click("#article-list", offset=(4, 7))
        assert app.main_screen.current.id == app.library.articles[3].id


async def test_tab_cycles_the_panes(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        assert app.focused.id == "reading"
        await pilot.press("tab")
        assert app.focused.id == "people-list"
        await pilot.press("tab")
        assert app.focused.id == "article-list"
        await pilot.press("tab")
        assert app.focused.id == "reading"
        await pilot.press("shift+tab")
        assert app.focused.id == "article-list"


def widest_line(app) -> int:
    from rich.cells import cell_len

    reading = app.screen.query_one("#reading")
    text = widget_text(app, reading)
    # Without the scrollbar's cells on the right.
    scrollbar = reading.region.width - reading.scrollable_content_region.width
    lines = [line[: len(line) - scrollbar] if scrollbar else line for line in text.splitlines()]
    return max(cell_len(line.strip()) for line in lines)


async def test_width_keys_change_the_visible_column_every_press_or_say_so(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        reading = app.screen.query_one("#reading")
        room = reading.column_limit
        # The saved width (80) is wider than the pane at 120 columns: + can't
        # widen what shows, and says so instead of storing a wider width.
        assert room < DEFAULT_WIDTH and reading.column == room
        await pilot.press("plus")
        assert reading.column == room and "at its widest" in status_text(app)
        # Every - press narrows what shows, from the first one.
        for presses in (1, 2, 3):
            await pilot.press("minus")
            assert reading.column == room - 4 * presses
            assert f"Width {room - 4 * presses} cells" in status_text(app)
            assert widest_line(app) <= room - 4 * presses
        await pilot.press("plus")
        assert reading.column == room - 8
        for _ in range(room // 4):
            await pilot.press("minus")
        assert reading.column == MIN_WIDTH and "at its narrowest" in status_text(app)
        await pilot.press("plus")
        assert reading.column == MIN_WIDTH + 4
        assert widest_line(app) <= MIN_WIDTH + 4
    again = make_app(state_dir)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert again.screen.query_one("#reading").reading_width == MIN_WIDTH + 4


async def test_theme_toggles_and_persists(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        assert app.current_theme.dark
        await pilot.press("d")
        assert not app.current_theme.dark
        await pilot.pause()
    again = make_app(state_dir)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert again.theme == "textual-light"


async def test_state_survives_a_restart(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await open_article(pilot, "003")
        await pilot.press("t", "space", "space")
        await pilot.pause()
        reading = app.screen.query_one("#reading")
        position = reading.position
        assert position > 0
        article = app.main_screen.current
        await pilot.press("q")
    saved = json.loads((state_dir / "state.json").read_text())
    assert saved["view"] == "traditional"
    assert saved["positions"][position_key(article)] == position
    again = make_app(state_dir)
    async with again.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.pause()
        assert again.state.view is View.TRADITIONAL
        # The article read last reopens by itself, where the reader left it.
        assert again.main_screen.current.id == article.id
        assert again.screen.query_one("#reading").position == position
        assert "繁體" in status_text(again)
        await open_article(pilot, "001")
        chosen = again.main_screen.current
        await pilot.press("q")
    assert json.loads((state_dir / "state.json").read_text())["last"] == position_key(chosen)


async def test_corrupt_state_is_survived(state_dir: Path) -> None:
    state_dir.mkdir(parents=True)
    (state_dir / "state.json").write_bytes(b"\x00\xff{not json[bold]")
    app = make_app(state_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await loaded(pilot)
        assert "corrupt" in screen_text(app)
        assert app.state.view is View.ORIGINAL
        await pilot.press("s")
    assert json.loads((state_dir / "state.json").read_text())["view"] == "simplified"
    assert (state_dir / "state.json.corrupt").exists()


HOSTILE_TITLE = "[bold]Bold[/bold] [link=https://evil.example]link[/link] [@click=app.quit]quit[/] \x1b[31mred"


@pytest.fixture
def hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    body = "\n\n".join(
        [
            HOSTILE_TITLE,
            "这是正文第一段，[bold]不是粗体[/bold]，也不是[@click=app.quit]动作[/]。",
            "第二段含有转义序列\x1b[2J\x1b[31m红色\x1b[0m，应当原样显示。" * 3,
        ]
    )
    (folder / "good.txt").write_text(body, encoding="utf-8")
    (folder / "broken.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "empty.txt").write_bytes(b"")
    return folder


async def test_article_text_is_never_markup(state_dir: Path, hostile_folder: Path) -> None:
    app = make_app(state_dir, [hostile_folder])
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        text = screen_text(app)
        assert "[bold]Bold[/bold]" in text
        assert "[bold]不是粗体[/bold]" in text
        assert "[@click=app.quit]" in text
        # Clicking on the would-be action does nothing but select.
        await pilot.click("#status", offset=(10, 0))
        await pilot.click("#reading", offset=(5, 3))
        assert app.is_running
        assert "\x1b" not in text


async def test_skipped_files_are_listed_with_reasons(state_dir: Path, hostile_folder: Path) -> None:
    app = make_app(state_dir, [hostile_folder])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await loaded(pilot)
        assert "press e" in screen_text(app)
        await pilot.press("e")
        text = screen_text(app)
        assert "broken.txt" in text and "empty.txt" in text
        reasons = {s.path.name: s.reason for s in app.library.skipped}
        assert reasons["broken.txt"][:20] in text
        await pilot.press("escape")
        assert app.screen is app.main_screen


@pytest.mark.parametrize("size", [(40, 12), (250, 70)])
async def test_resizing_never_breaks(state_dir: Path, size: tuple[int, int]) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.resize_terminal(*size)
        await pilot.pause()
        await pilot.press(
            "tab", "j", "tab", "enter", "tab", "space", "s", "slash", "A", "escape", "question_mark", "escape"
        )
        await pilot.pause()
        text = screen_text(app)
        assert text.strip()
        # On a narrow terminal the focused pane fills the width.
        if size[0] < 90:
            assert app.focused is not None and app.focused.region.width >= size[0] - 4


async def test_help_lists_every_key_and_each_is_bound(state_dir: Path) -> None:
    from reader.ui.screens.help import help_entries, help_sections
    from reader.ui.screens.main import MainScreen

    app = make_app(state_dir)
    async with app.run_test(size=(120, 160)) as pilot:
        await loaded(pilot)
        await pilot.press("question_mark")
        text = screen_text(app)
        for _title, cls in help_sections():
            for entry in help_entries(cls):
                assert entry.description in text, entry
                # The action exists where the key is bound.
                namespace, _, action = entry.action.split("(")[0].rpartition(".")
                owner = {"app": type(app), "screen": MainScreen}.get(namespace, cls)
                # Or in a widget whose own keys the section lists (the search box).
                owners = [owner, *getattr(cls, "HELP_WIDGETS", ())]
                assert any(callable(getattr(o, f"action_{action}", None)) for o in owners), entry
        shown = help_keys(text)
        for key in ("q", "/", "[", "]", "p", "o", "s", "t", "c", "n", "N", "d"):
            assert key in shown, key
        await pilot.press("escape")
        assert app.screen is app.main_screen
        await pilot.press("f1")
        assert app.screen is not app.main_screen


async def test_palette_opens_articles(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        target = app.library.articles[3]
        await pilot.press("ctrl+p")
        await pilot.press(*target.title[:6])
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app.main_screen.current is target


async def test_quit_key_quits(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_palette_finds_people_and_actions(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        # A person, typed in the other script: the palette matches script-blind.
        await pilot.press("ctrl+p", *"伊利亞")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert "Filter: mentions" in screen_text(app)
        key = next(p.person.key for p in app.library.people_index.people() if "伊利亚" in p.person.aliases)
        assert list_ids(app, "#article-list") == sorted(app.library.people_index.articles_of(key))
        # An action.
        await pilot.press("ctrl+p", *"Traditional (")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app.state.view is View.TRADITIONAL
        assert "繁體" in status_text(app)


async def test_unwritable_state_is_reported_once_and_never_crashes(tmp_path: Path, people_cache: Path) -> None:
    blocked = tmp_path / "state"
    blocked.mkdir()
    (blocked / "state.json").mkdir()  # a folder where the file should be
    app = make_app(blocked)
    # Every notice the app gives, kept: on a busy machine loading outlives a
    # notice's timeout, so the screen alone cannot say how many there were.
    notices: list[str] = []
    notify = app.notify

    def record(message: str, **kwargs: Any) -> None:
        notices.append(message)
        notify(message, **kwargs)

    app.notify = record  # type: ignore[method-assign]
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        for _ in range(100):
            if "Could not read saved state" in screen_text(app):
                break
            await pilot.pause(0.05)
        assert "Could not read saved state" in screen_text(app)
        await loaded(pilot)
        # Opening the first article may already have tried to save: the
        # failure is reported either way, and only once.
        await pilot.press("s")
        app.save_state()
        await pilot.pause()
        assert sum("Could not save state" in notice for notice in notices) == 1, notices
        app.clear_notifications()
        await pilot.press("t")
        app.save_state()
        await pilot.pause()
        assert sum("Could not save state" in notice for notice in notices) == 1, notices
        assert "Could not save state" not in screen_text(app)
        assert app.state.view is View.TRADITIONAL


async def test_escape_from_search_returns_to_the_same_place(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await open_article(pilot, "003", at="。")
        await pilot.press("space")
        reading = app.screen.query_one("#reading")
        before = (app.main_screen.current, reading.position, reading_text(app))
        await pilot.press("slash", *"OpenAI")
        await pilot.pause(0.4)
        await pilot.press("escape")
        assert app.focused is reading
        assert (app.main_screen.current, reading.position, reading_text(app)) == before


async def test_reading_saves_while_you_read(state_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.ui.saved_state

    monkeypatch.setattr(reader.ui.saved_state, "SAVE_DELAY", 0.1)
    app = make_app(state_dir)
    writers: list[str] = []
    save = app.store.save

    def noting(state):
        writers.append(threading.current_thread().name)
        return save(state)

    app.store.save = noting  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("space", "space")
        await pilot.pause(0.5)
        position = app.screen.query_one("#reading").position
        saved = json.loads((state_dir / "state.json").read_text())
        assert saved["positions"][position_key(app.main_screen.current)] == position > 0
        # (written off the UI thread: its disk writes stalled the UI while loading)
        assert writers and threading.main_thread().name not in writers


async def test_any_theme_persists(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        app.theme = "nord"
        await pilot.pause()
    again = make_app(state_dir)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert again.theme == "nord"


HOSTILE_QUERIES = ["[bold]", "[@click=app.quit]x[/]", "\x1b[31m", "AI" * 500, "   ", "((("]


async def test_hostile_queries_never_break_search(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("slash")
        for query in HOSTILE_QUERIES:
            app.screen.query_one("#search-input").value = query
            await pilot.pause(0.3)
            await app.workers.wait_for_complete()
            await pilot.pause()
            text = screen_text(app)
            assert "Search failed" not in text, query
            assert any(s in text for s in ("articles match", "article matches", "No results", "Type to search")), query
        await pilot.press("enter", "escape")
        assert app.is_running


async def test_an_empty_folder_says_so_and_every_key_is_safe(state_dir: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    app = make_app(state_dir, [empty])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await loaded(pilot)
        assert "No articles to read" in screen_text(app)
        app.clear_notifications()
        await pilot.pause()
        text = screen_text(app)
        assert "No articles found." in text and "No article open." in text
        await pilot.press(
            "right_square_bracket",
            "left_square_bracket",
            "s",
            "c",
            "n",
            "N",
            "f",
            "x",
            "escape",
            "plus",
            "minus",
            "p",
            "tab",
            "enter",
            "j",
            "k",
            "tab",
            "space",
            "G",
            "g",
            "e",
            "escape",
            "P",
            "escape",
            "slash",
            "a",
            "enter",
            "escape",
        )
        assert app.is_running
        assert app.main_screen.current is None


async def test_the_status_says_when_the_open_article_is_filtered_out(state_dir: Path) -> None:
    """A person filter on, a search result outside it opened: the status
    said 2/5 as if it were in the list of 2 (qa21 #12)."""
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await open_article(pilot, "001")
        await highlight_person(pilot, "伊利亚")
        await pilot.press("f")
        shown = list_ids(app, "#article-list")
        assert 0 < len(shown) < 5
        assert "filtered out" not in status_text(app)
        outside = next(a for a in app.library.articles if a.id not in shown)
        await pilot.press("slash", *outside.title[:4])
        await pilot.pause(0.4)
        await app.workers.wait_for_complete()
        await pilot.pause()
        results = app.screen.query_one("#search-results", OptionList)
        results.highlighted = next(
            i for i in range(results.option_count) if results.get_option_at_index(i).id == outside.id
        )
        await pilot.press("tab", "enter")
        await pilot.pause()
        assert app.main_screen.current is outside
        assert "filtered out" in status_text(app)
        await pilot.press("x")
        await pilot.pause()
        assert "filtered out" not in status_text(app)
