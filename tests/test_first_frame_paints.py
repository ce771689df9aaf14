"""A warm start lists every title in its first frame, each row of the list
drawn once, at its final width, and each widget styled once.

Textual gives a scrolling list its scrollbar only once the list has a size
(a second layout, every row drawn again two cells narrower), and styles a
screen's every widget again when the screen is shown; both before the first
frame was done (~15 ms of the UI thread on 2,000 titles).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from textual import events

from app_support import SIZE, loaded, make_app
from corpus_support import topic_folder
from reader.core.state import StateStore
from reader.ui.app import ReaderApp
from reader.ui.widgets.article_list import ArticleList


class _FirstFrame(ReaderApp):
    """The app, noting what was drawn by the time of its first frame."""

    def __init__(self, *args: object, drawn: Counter[tuple[int, int]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.drawn = drawn
        self.at_first_frame: Counter[tuple[int, int]] | None = None
        self.styled: Counter[str] | None = None
        self.styled_at_first_frame: Counter[str] = Counter()

    def on_ready(self, event: events.Ready) -> None:
        if self.at_first_frame is None:
            self.at_first_frame = Counter(self.drawn)
            self.styled_at_first_frame = Counter(self.styled or ())


async def test_a_warm_start_draws_each_row_once_at_its_final_width(
    state_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = topic_folder(tmp_path, 60)  # (more rows than the screen has lines)
    async with make_app(state_dir, [folder]).run_test(size=SIZE) as pilot:
        await loaded(pilot)  # (a cold start: it saves the listing)
    drawn: Counter[tuple[int, int]] = Counter()
    render_row_line = ArticleList._render_row_line

    def row_line(self: ArticleList, line: int, width: int):  # type: ignore[no-untyped-def]
        drawn[(line, width)] += 1
        return render_row_line(self, line, width)

    monkeypatch.setattr(ArticleList, "_render_row_line", row_line)
    app = _FirstFrame([folder], StateStore(state_dir / "state.json"), drawn=drawn)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        listed = app.main_screen.query_one(ArticleList)
        assert listed.option_count == 60 and listed.show_vertical_scrollbar
        width = listed.scrollable_content_region.width
    assert app.at_first_frame is not None
    rows = app.at_first_frame
    assert rows, "the titles are in the first frame"
    assert {drawn_at for _, drawn_at in rows} == {width}
    assert max(rows.values()) == 1


async def test_a_warm_start_lists_its_titles_with_the_scrollbar_they_need(
    state_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.ui.screens.main import MainScreen

    folder = topic_folder(tmp_path, 60)
    async with make_app(state_dir, [folder]).run_test(size=SIZE) as pilot:
        await loaded(pilot)
    before_layout: list[tuple[bool, bool]] = []
    on_mount = MainScreen.on_mount

    def mounted(self: MainScreen) -> None:
        on_mount(self)
        listed = self.query_one(ArticleList)
        before_layout.append((bool(listed.container_size), listed.show_vertical_scrollbar))

    monkeypatch.setattr(MainScreen, "on_mount", mounted)
    app = make_app(state_dir, [folder])
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        assert app.main_screen.query_one(ArticleList).show_vertical_scrollbar
    # (the titles listed, not laid out yet: the scrollbar 120 rows need is there)
    assert before_layout == [(False, True)]


async def test_a_short_list_has_no_scrollbar(state_dir: Path, tmp_path: Path) -> None:
    folder = topic_folder(tmp_path, 5)
    for _ in range(2):  # (cold, then warm)
        app = make_app(state_dir, [folder])
        async with app.run_test(size=SIZE) as pilot:
            await loaded(pilot)
            assert not app.main_screen.query_one(ArticleList).show_vertical_scrollbar


async def test_the_main_screen_styles_each_widget_once_before_its_first_frame(
    state_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Textual styles every widget of a screen again when it is shown; the
    # first time, each was styled as it was mounted. (The reading view gets
    # the focus, and is styled again for it.)
    from textual.css.stylesheet import Stylesheet

    from reader.ui.widgets.status_bar import StatusBar

    folder = topic_folder(tmp_path, 30)
    async with make_app(state_dir, [folder]).run_test(size=SIZE) as pilot:
        await loaded(pilot)
    styled: Counter[str] = Counter()
    apply = Stylesheet.apply

    def counted(self: Stylesheet, node, *args, **kwargs):  # type: ignore[no-untyped-def]
        styled[type(node).__name__] += 1
        return apply(self, node, *args, **kwargs)

    monkeypatch.setattr(Stylesheet, "apply", counted)
    app = _FirstFrame([folder], StateStore(state_dir / "state.json"), drawn=Counter())
    app.styled = styled
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        assert isinstance(app.main_screen.query_one("#status"), StatusBar)
    assert app.at_first_frame is not None
    # (counted at the first frame: the footer's keys come once the titles are painted)
    at_first_frame = app.styled_at_first_frame
    assert at_first_frame["ArticleList"] == at_first_frame["StatusBar"] == at_first_frame["PeopleSidebar"] == 1
