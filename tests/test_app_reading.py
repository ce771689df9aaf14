"""Pilot tests of reading the way less, vim and newsboat users expect (issue 11):
the list follows the open article, choosing shows and focuses the text at
every width, paging is instant, n/N/]/[ say when there is nothing to do,
find in the article, jumping back and forward, the status line, type to
filter, Markdown rendered."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.widgets import Input

from app_support import SIZE, loaded, make_app, screen_text, search_for, widget_text
from reader.core.highlights import find_all
from reader.session.library import Stage
from reader.ui.app import ReaderApp
from reader.ui.screens.search import SearchScreen
from reader.ui.widgets.article_list import ArticleList
from reader.ui.widgets.reading_view import ReadingView

SIZES = [(120, 40), (80, 24), (40, 12)]


def reading_text(app) -> str:
    return widget_text(app, app.screen.query_one("#reading"))


def status_text(app) -> str:
    return widget_text(app, app.screen.query_one("#status"))


def article_list(app) -> ArticleList:
    return app.screen.query_one("#article-list", ArticleList)


async def search_and_open(pilot, query: str, down: int = 0) -> None:
    await pilot.press("slash", *query)
    await pilot.pause(0.4)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.press(*["down"] * down, "enter")
    await pilot.pause()


# --------------------------------------------------------------------------
# Defect 3: the list cursor follows the open article.


async def test_list_cursor_follows_brackets_so_down_enter_opens_the_next(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        articles = app.library.articles
        await pilot.press("right_square_bracket")
        assert app.main_screen.current is articles[1]
        assert article_list(app).highlighted_id == articles[1].id
        await pilot.press("shift+tab", "down", "enter")
        await pilot.pause()
        assert app.main_screen.current is articles[2]


async def test_list_cursor_follows_a_search_and_a_restart(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await search_and_open(pilot, "Hinton")
        opened = app.main_screen.current
        assert opened is not app.library.articles[0]
        assert article_list(app).highlighted_id == opened.id
        await pilot.press("q")
    again = make_app(state_dir)
    async with again.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        assert again.main_screen.current.id == opened.id
        assert article_list(again).highlighted_id == opened.id
        # The row under the cursor is the open one, marked on screen.
        assert "▶ " + opened.title[:4] in screen_text(again)


# --------------------------------------------------------------------------
# Defect 4: choosing shows the text and focuses it, at every width.


@pytest.mark.parametrize("size", SIZES)
async def test_choosing_an_article_shows_and_focuses_the_text(state_dir: Path, size: tuple[int, int]) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=size) as pilot:
        await loaded(pilot)
        await pilot.press("shift+tab")
        await pilot.pause()
        assert app.focused is article_list(app)
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        chosen = app.library.articles[2]
        assert app.main_screen.current is chosen
        reading = app.screen.query_one(ReadingView)
        assert app.focused is reading
        assert reading.region.width > 0 and chosen.title[:4] in reading_text(app)
        before = reading.scroll_y
        await pilot.press("space")
        assert reading.scroll_y > before
        if size[0] < 90:
            # One pane at a time: a line says which exist and how to reach them.
            text = screen_text(app)
            assert "[Reading]" in text and "Articles" in text and "People" in text and "tab" in text


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_a_person_and_a_search_hit_show_the_text_when_narrow(state_dir: Path, size: tuple[int, int]) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=size) as pilot:
        await loaded(pilot)
        await pilot.press("p")
        await pilot.pause()
        assert "[People]" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        reading = app.screen.query_one(ReadingView)
        assert app.focused is reading and reading.region.width > 0
        assert "hit 1/" in status_text(app)
        await pilot.press("shift+tab")
        await search_and_open(pilot, "Hinton")
        assert app.focused is reading and reading.region.width > 0
        assert "[Reading]" in screen_text(app)


# --------------------------------------------------------------------------
# Defect 6: paging and jumping are instant.


async def test_five_quick_spaces_move_five_pages_and_jumps_are_instant(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        article = max(app.library.articles, key=lambda a: a.chars)
        app.main_screen.open_article(article, 0)
        await pilot.pause()
        reading = app.screen.query_one(ReadingView)
        page = reading.scrollable_content_region.height
        assert reading.max_scroll_y > 5 * page
        # Five quick presses, as a terminal sends them: Pilot's press would
        # wait for each animation to end, which a reader doesn't.
        for _ in range(5):
            app._driver.send_message(events.Key("space", " "))
        await pilot.pause()
        assert reading.scroll_y == 5 * page
        await app.animator.wait_until_complete()
        assert reading.scroll_y == 5 * page
        await pilot.press("b")
        assert reading.scroll_y == 4 * page
        await pilot.press("G")
        assert reading.scroll_y == reading.max_scroll_y
        await pilot.press("g")
        assert reading.scroll_y == 0


# --------------------------------------------------------------------------
# Defect 10: nothing to do is said, not silent.


async def test_brackets_at_the_ends_and_n_with_nothing_say_so(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("left_square_bracket")
        assert "First article" in status_text(app)
        for _ in app.library.articles:
            await pilot.press("right_square_bracket")
        assert app.main_screen.current is app.library.articles[-1]
        assert "Last article" in status_text(app)
        await pilot.press("n")
        assert "Nothing to step through" in status_text(app)
        await pilot.press("N")
        assert "Nothing to step through" in status_text(app)


# --------------------------------------------------------------------------
# Feature 1: find in the article, n/N, n after Esc, widening to the corpus.


async def test_find_in_the_traditional_view_finds_what_the_reader_sees(state_dir: Path, tmp_path: Path) -> None:
    # A Simplified article: a Traditional one is shown as written in the
    # Traditional view (the seeds' 博客 are in a Traditional article).
    folder = tmp_path / "simplified"
    folder.mkdir()
    body = "他写了一篇博客，说到软件的历史。后来的博客里，他又说了这个问题，还有很多别的话。"
    (folder / "a.txt").write_text(f"一篇关于博客的文章\n\n{body}\n", "utf-8")
    app = make_app(state_dir, [folder])
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        article = app.main_screen.current
        total = article.text.count("博客")
        assert total > 1
        await pilot.press("t")
        await pilot.pause()
        assert "部落格" in reading_text(app)
        # OpenCC turned 博客 into 部落格 whole: the reader types what is shown.
        await pilot.press("ctrl+f", "部", "落", "格")
        await pilot.pause()
        assert f"hit 1/{total}" in status_text(app)


async def test_find_in_the_article_steps_and_resumes_after_escape(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        article = app.main_screen.current
        total = len(find_all(article.text, "ai"))
        assert total > 3
        await pilot.press("ctrl+f", "a", "i")
        await pilot.pause()
        # Case-blind, counted, and the first match is current.
        assert f"1/{total}" in screen_text(app)
        assert f"hit 1/{total}" in status_text(app)
        await pilot.press("down")
        assert f"hit 2/{total}" in status_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused is app.screen.query_one(ReadingView)
        await pilot.press("n")
        assert f"hit 3/{total}" in status_text(app)
        await pilot.press("N")
        assert f"hit 2/{total}" in status_text(app)
        await pilot.press("escape")
        assert "hit " not in status_text(app)
        # n brings the last search back, from where the reader is.
        await pilot.press("n")
        assert f"/{total}" in status_text(app) and "hit " in status_text(app)


async def test_find_escape_clears_and_ctrl_g_widens_to_every_article(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("ctrl+f", *"zqxj")
        await pilot.pause()
        assert "no match" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is app.screen.query_one(ReadingView)
        assert "Find:" not in screen_text(app)
        await pilot.press("ctrl+f")
        # The last search is offered again.
        assert app.screen.query_one("#find-input", Input).value == "zqxj"
        app.screen.query_one("#find-input", Input).value = "Hinton"
        await pilot.press("ctrl+g")
        await pilot.pause(0.4)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.query_one("#search-input", Input).value == "Hinton"
        assert "match" in screen_text(app)


# --------------------------------------------------------------------------
# Feature 2: jump back and forward.


async def test_jump_back_and_forward_across_articles_and_hits(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        main = app.main_screen
        reading = app.screen.query_one(ReadingView)
        first = main.current
        await pilot.press("space", "space")
        await pilot.pause()
        where = reading.position
        assert where > 0
        await pilot.press("right_square_bracket")
        assert main.current is not first
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert main.current is first and reading.position == where
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert main.current is app.library.articles[1]
        await pilot.press("backspace")
        await pilot.pause()
        assert main.current is first
        # A search hit, then back to exactly where the reader was.
        await search_and_open(pilot, "Hinton")
        assert main.current is not first
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert main.current is first and reading.position == where
        # A person's mention in the same article.
        await pilot.press("g")
        top = reading.position
        await pilot.press("p")
        app.screen.query_one("#people-list").highlighted = len(main.sidebar.people) - 1
        await pilot.press("enter")
        await pilot.pause()
        assert reading.position != top
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert reading.position == top
        await pilot.press("ctrl+o", "ctrl+o", "ctrl+o", "ctrl+o")
        assert "No earlier place" in status_text(app)


# --------------------------------------------------------------------------
# Feature 4: the status line.


async def test_status_line_says_number_file_and_width(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=(160, 30)) as pilot:
        await loaded(pilot)
        articles = app.library.articles
        await pilot.press("right_square_bracket")
        text = status_text(app)
        assert f"2/{len(articles)}" in text
        assert articles[1].path.name in text
        await pilot.press("minus")
        column = app.screen.query_one(ReadingView).column
        assert f"Width {column} cells" in status_text(app)


async def test_status_line_counts_while_loading(state_dir: Path) -> None:
    from reader.core.corpus import load_corpus
    from reader.core.resources import seeds_dir

    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        app.workers.cancel_all()
        await pilot.pause()
        library = app.library
        library.corpus.remove([a.id for a in library.articles])
        library.loaded = False
        for article in list(load_corpus([seeds_dir()]))[:3]:
            library.add(article)
        app.library_changed.publish(Stage.ARTICLES)
        await pilot.pause()
        assert "(3 so far)" in status_text(app)


# --------------------------------------------------------------------------
# Feature 5: type to filter the list.


async def test_typing_filters_the_list_by_title(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("ampersand", *"hinton")
        await pilot.pause()
        ids = article_list(app).ids
        assert ids == [a.id for a in app.library.articles if "hinton" in a.title.lower()]
        assert len(ids) == 1
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert app.main_screen.current.id == ids[0]
        assert app.focused is app.screen.query_one(ReadingView)
        # Chinese typed on the list starts the filter; script-blind.
        await pilot.press("shift+tab")
        await pilot.press("escape")
        await pilot.press("谷", "歌")
        await pilot.pause()
        assert app.screen.query_one("#title-filter", Input).value == "谷歌"
        expected = [a.id for a in app.library.articles if "谷歌" in a.title]
        assert article_list(app).ids == expected and expected
        await pilot.press("escape")
        await pilot.pause()
        assert len(article_list(app).ids) == len(app.library.articles)


# --------------------------------------------------------------------------
# Feature 7: Markdown rendered.

MARKDOWN = """# 一篇 Markdown 文章

## 第一节

这是**重要的**内容，还有*强调*和`代码`，以及[一个链接](https://example.com/path)。

- 第一条
- 第二条

> 引用的话

普通的段落，没有标记。
"""


def _markdown_app(state_dir: Path, tmp_path: Path) -> ReaderApp:
    folder = tmp_path / "md"
    folder.mkdir()
    (folder / "article.md").write_text(MARKDOWN, encoding="utf-8")
    return make_app(state_dir, [folder])


async def test_markdown_articles_show_rendered_and_find_still_lands(state_dir: Path, tmp_path: Path) -> None:
    app = _markdown_app(state_dir, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        text = reading_text(app)
        assert "第一节" in text and "## " not in text
        assert "这是重要的内容，还有强调和代码，以及一个链接。" in text
        assert "**" not in text and "](https" not in text and "`" not in text
        assert "• 第一条" in text and "│ 引用的话" in text
        # Positions stay offsets into the original text: find lands on it.
        await pilot.press("ctrl+f", *"链接", "enter")
        await pilot.pause()
        current = app.main_screen.current
        start = current.text.index("一个链接") + 2
        assert app.main_screen.reading.highlights.current_span == (start, start + 2)


async def test_markdown_search_results_show_snippets_without_markup(state_dir: Path, tmp_path: Path) -> None:
    app = _markdown_app(state_dir, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await search_for(pilot, "第一节")
        shown = screen_text(app)
        assert "第一节" in shown and "## " not in shown
        await search_for(pilot, "重要")
        shown = screen_text(app)
        assert "这是重要的内容" in shown and "**" not in shown


# --------------------------------------------------------------------------
# The list is line-based: adding rows never measures or draws the others.


async def test_adding_2000_rows_draws_only_the_visible_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    from textual.app import App, ComposeResult

    from reader.core.model import Article
    from reader.core.script import Script
    from reader.core.views import View
    from reader.ui.widgets import article_list as module

    built: list[str] = []
    real = module.article_row

    def counting(article, view):
        built.append(article.id)
        return real(article, view)

    monkeypatch.setattr(module, "article_row", counting)
    articles = [
        Article(
            id=f"{i:04}", path=Path(f"{i:04}.txt"), title=f"第{i}篇", paragraphs=("正文",), script=Script.SIMPLIFIED
        )
        for i in range(2000)
    ]

    class ListApp(App[None]):
        def compose(self) -> ComposeResult:
            yield ArticleList(id="article-list")

    async with ListApp().run_test(size=(40, 20)) as pilot:
        rows = pilot.app.query_one(ArticleList)
        for end in range(100, 2001, 100):
            rows.show(articles[:end], View.ORIGINAL, articles[0].id)
            await pilot.pause()
        assert rows.option_count == 2000
        assert rows.virtual_size.height == 4000
        # Only the rows on screen were ever built: 20 lines hold 10 rows.
        assert len(set(built)) <= 11
        rows.focus()
        await pilot.press("end")
        assert rows.highlighted == 1999
        assert "第1999篇" in "".join(rows.render_line(y).text for y in range(20))
        assert len(set(built)) <= 22


async def test_typing_filters_the_corpus_people(state_dir: Path) -> None:
    from reader.core.folding import fold

    app = make_app(state_dir)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("P")
        people = app.screen.query_one("#corpus-people")
        everyone = people.option_count
        # Typed in Traditional, found in whatever script the name is in.
        await pilot.press(*"伊利亞")
        await pilot.pause()
        assert app.screen.query_one("#corpus-people-filter", Input).value == "伊利亞"
        index = app.library.people_index
        expected = [
            p.person.key for p in index.people() if any("伊利亚" in fold(n) for n in (p.person.name, *p.person.aliases))
        ]
        assert expected and people.option_count == len(expected) < everyone
        assert f"({len(expected)} of {everyone} shown)" in screen_text(app)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.screen is app.main_screen
        assert "Filter: mentions" in screen_text(app)
        # Esc clears the filter first, then closes.
        await pilot.press("P", "a")
        await pilot.press("escape")
        assert app.screen is not app.main_screen
        assert app.screen.query_one("#corpus-people").option_count == everyone
        await pilot.press("escape")
        assert app.screen is app.main_screen


async def test_hidden_bars_are_mounted_when_first_used(state_dir: Path) -> None:
    """The find bar, the title filter and the person filter's bar are not in
    the first frame (hidden, they only cost it styling): each is mounted the
    first time it is shown, and works from then on as if it had been there."""
    from textual.widgets import Static

    from reader.ui.widgets.article_pane import ArticlePane
    from reader.ui.widgets.find_bar import FindBar

    app = make_app(state_dir)
    at_ready: list[tuple[int, int, int]] = []

    def first_frame(message: object) -> None:
        if isinstance(message, events.Ready):
            main = app.main_screen
            at_ready.append(
                (len(main.query(FindBar)), len(main.query("#title-filter")), len(main.query("#filter-bar")))
            )

    async with app.run_test(size=SIZE, message_hook=first_frame) as pilot:
        await loaded(pilot)
        assert at_ready == [(0, 0, 0)]
        main = app.main_screen
        # Esc in the list with no title filter: nothing to close, nothing mounted.
        main._set_pane("articles")
        article_list(app).focus()
        await pilot.press("escape")
        assert not main.query("#title-filter")
        # ctrl+f mounts the bar below the panes, focused, and finds.
        main.reading.focus()
        await pilot.press("ctrl+f")
        await pilot.pause()
        bar = main.query_one(FindBar)
        assert bar.display and bar.input.has_focus
        assert main.children.index(bar) == main.children.index(main.query_one("#panes")) + 1
        word = main.current.text.split()[0][:2]
        bar.input.value = word
        await pilot.pause()
        assert main.reading.highlights and "1/" in widget_text(app, bar)
        await pilot.press("escape")
        assert not bar.display and not main.reading.highlights
        # A second ctrl+f opens the same bar.
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert len(main.query(FindBar)) == 1 and main.query_one(FindBar).display
        await pilot.press("escape")
        # & mounts the title filter above the list, focused; typing filters.
        await pilot.press("ampersand")
        await pilot.pause()
        pane = main.query_one(ArticlePane)
        box = pane.query_one("#title-filter", Input)
        assert box.has_focus and pane.children.index(box) == pane.children.index(article_list(app)) - 1
        title = main.current.title
        await pilot.press(*title[:2])
        await pilot.pause()
        assert box.value == title[:2]
        assert all(title[:2] in a.title for a in article_list(app)._shown)
        # A person filter mounts its bar above the list.
        assert not pane.query("#filter-bar")
        await pilot.press("escape", "p", "f")
        await pilot.pause()
        assert pane.query_one("#filter-bar", Static).display
        assert "Filter: " in screen_text(app)
        await pilot.press("x")
        await pilot.pause()
        assert not pane.query_one("#filter-bar", Static).display


async def test_lines_drawn_after_a_theme_switch_take_its_colours(state_dir: Path) -> None:
    """The list and the reading view keep their Rich style with their drawn
    lines: a theme switch (d) draws both in the new colours."""
    app = make_app(state_dir)

    def backgrounds() -> tuple[object, object]:
        main = app.main_screen
        rows = article_list(app).render_line(0)
        text = main.reading.render_line(0)
        return rows._segments[-1].style.bgcolor, text._segments[-1].style.bgcolor

    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        before = backgrounds()
        await pilot.press("d")
        await pilot.pause()
        after = backgrounds()
        assert before[0] != after[0] and before[1] != after[1]
        await pilot.press("d")
        await pilot.pause()
        assert backgrounds() == before
