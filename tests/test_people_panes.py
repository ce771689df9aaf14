"""One name per person everywhere: the sidebar, the corpus people screen (P)
and the list filter show the same name for the same person, however each
article writes it (issue 10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app_support import SIZE, loaded, make_app, widget_text


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, people_cache: Path) -> Path:
    monkeypatch.setenv("READER_STATE_DIR", str(tmp_path / "state"))
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "辛顿谈人工智能\n\nAI教父辛顿表示，神经网络会继续发展。辛顿说他很担心。\n", encoding="utf-8"
    )
    (folder / "b.txt").write_text(
        "Hinton on AI\n\nGeoffrey Hinton said the field moved fast. Hinton was worried about it.\n", encoding="utf-8"
    )
    return folder


async def test_sidebar_people_screen_and_filter_show_one_name(corpus: Path, tmp_path: Path) -> None:
    app = make_app(tmp_path / "state", [corpus])
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        index = app.library.people_index
        assert index is not None
        names = set()
        for article in app.library.articles:
            app.main_screen.open_article(article, 0)
            await pilot.pause()
            (entry,) = app.main_screen.sidebar.people
            shown = widget_text(app, app.screen.query_one("#people-list"))
            corpus_name = index.name_of(entry.person.key)
            assert corpus_name and corpus_name in shown
            names.add(corpus_name)
        # The two articles write the name differently; every pane shows one.
        assert len(names) == 1
        (name,) = names
        await pilot.press("p", "f")
        assert f"mentions {name}" in widget_text(app, app.screen.query_one("#article-pane"))
        await pilot.press("P")
        await pilot.pause()
        assert name in widget_text(app, app.screen.query_one("#corpus-people"))


async def test_enter_in_the_people_filter_lists_the_first_match(tmp_path: Path) -> None:
    """P, type a name, Enter: that person's articles (Enter did nothing but
    move into the list, though the title says Enter lists them)."""
    from textual.widgets import Input

    from app_support import screen_text

    app = make_app(tmp_path / "state")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("P", *"伊利亞")
        await pilot.pause()
        assert app.screen.query_one("#corpus-people-filter", Input).value == "伊利亞"
        first = app.screen.query_one("#corpus-people").highlighted_option.id
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is app.main_screen
        assert "Filter: mentions" in screen_text(app)
        assert app.main_screen.article_filter is not None
        assert set(app.main_screen.article_filter.ids) == set(app.library.people_index.articles_of(first))


async def test_the_people_screen_lists_those_found_so_far(corpus: Path, tmp_path: Path) -> None:
    """While people are still being found (a cold corpus takes minutes), P
    lists those found so far and says in how many articles; Enter lists the
    person's articles found so far, and the filter takes in the rest once
    everyone's people are found."""
    from reader.session.library import Stage

    app = make_app(tmp_path / "state", [corpus])
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        library = app.library
        index, found = library.people_index, dict(library.people)
        assert index is not None
        first = library.articles[0].id
        # As in the middle of a cold pass: one article's people, no corpus index.
        library.people_index = None
        library.people.clear()
        library.people[first] = found[first]
        (person,) = found[first]
        notices: list[str] = []
        app.notify = lambda message, **_: notices.append(message)  # type: ignore[method-assign]
        # The sidebar's person: f says where their articles are listed so far.
        app.main_screen.open_article(library.get(first), 0)
        await pilot.pause()
        await pilot.press("p", "f")
        await pilot.pause()
        assert app.main_screen.article_filter is None
        assert any("P lists their articles found so far" in notice for notice in notices), notices
        await pilot.press("escape")
        await pilot.press("P")
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        title = widget_text(app, app.screen.query_one("#corpus-people-title"))
        assert "so far" in title and "1 of 2 articles" in title
        assert person.person.name in widget_text(app, app.screen.query_one("#corpus-people"))
        await pilot.press("enter")
        await pilot.pause()
        main = app.main_screen
        assert app.screen is main
        assert main.article_filter is not None and main.article_filter.ids == {first}
        # (the bar wraps in the narrow pane)
        assert "(1 so far)" in " ".join(widget_text(app, main.query_one("#article-pane")).replace("▕", " ").split())
        # Everyone found: the filter now holds every article that mentions them.
        everywhere = set(index.articles_of(person.person.key))
        assert len(everywhere) == 2
        library.people_index = index
        library.people.update(found)
        library.people_changed = None
        app.library_changed.publish(Stage.PEOPLE)
        await pilot.pause()
        assert main.article_filter is not None and main.article_filter.ids == everywhere
        shown = widget_text(app, main.query_one("#article-pane"))
        assert "so far" not in shown and "(2)" in shown
        # And P now lists the corpus's people, Enter their articles.
        await pilot.press("P")
        await pilot.pause()
        title = widget_text(app, app.screen.query_one("#corpus-people-title"))
        assert "so far" not in title and "Enter lists their articles" in title
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is main
        assert main.article_filter is not None and main.article_filter.ids == everywhere
