"""Issue 11, smaller defects and the palette: the help lists each key once
(quit, ctrl+p, the search box's Enter), d remembers a theme picked in the
palette, the palette finds articles by id and file name, list rows end in an
ellipsis with no space before it, and the script label is the same in the
list and the reading pane in every view."""

from __future__ import annotations

from pathlib import Path

import pytest

from app_support import loaded, make_app, widget_text
from reader.ui.screens.help import HelpScreen
from reader.ui.widgets.article_list import ArticleList


async def test_help_lists_quit_once_ctrl_p_and_the_search_enter(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=(120, 100)) as pilot:
        await loaded(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        lines = widget_text(app, app.screen.query_one("#help-box")).splitlines()
        quits = [line for line in lines if "Quit" in line]
        assert len(quits) == 1, quits
        assert "q" in quits[0] and "^q" in quits[0]
        assert any("^p" in line and "Command palette" in line for line in lines)
        assert any("⏎" in line and "Open the highlighted result" in line for line in lines)
        assert any("↑" in line and "Earlier search" in line for line in lines)


async def test_d_comes_back_to_a_theme_picked_in_the_palette(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        # Pick a theme through the palette, as a user does.
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"theme")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause(0.3)
        await pilot.press(*"nord")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert app.theme == "nord"
        await pilot.press("d")
        assert not app.current_theme.dark
        await pilot.press("d")
        assert app.theme == "nord"
    # And after a restart.
    app = make_app(state_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        assert app.theme == "nord"
        await pilot.press("d", "d")
        assert app.theme == "nord"


@pytest.fixture
def named(tmp_path: Path) -> Path:
    folder = tmp_path / "named"
    folder.mkdir()
    (folder / "zebra-notes.txt").write_text("第一篇的标题\n\n正文。\n", encoding="utf-8")
    (folder / "k2-report.md").write_text("第二篇的标题\n\n正文。\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("typed", ["zebra-notes", "zebra-notes.txt", "k2-report.md"])
async def test_the_palette_finds_articles_by_id_and_file_name(state_dir: Path, named: Path, typed: str) -> None:
    app = make_app(state_dir, [named])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        wanted = "zebra-notes" if typed.startswith("zebra") else "k2-report"
        other = next(a for a in app.library.articles if a.id != wanted)
        app.main_screen.open_article(other)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*typed)
        await pilot.pause(0.6)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert app.main_screen.current.id == wanted


async def test_list_rows_put_no_space_before_the_ellipsis(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=(120, 30)) as pilot:
        await loaded(pilot)
        await pilot.press("t")
        await pilot.pause()
        rows = widget_text(app, app.main_screen.query_one("#article-list", ArticleList))
        assert "…" in rows
        assert " …" not in rows, rows


async def test_traditional_view_labels_and_sources_agree(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=(120, 30)) as pilot:
        await loaded(pilot)
        main = app.main_screen
        main.open_article(app.library.get("002_4ee52eb468da2f4b"))
        await pilot.press("t")
        await pilot.pause(0.5)
        reading = widget_text(app, main.reading)
        rows = widget_text(app, main.query_one("#article-list", ArticleList))
        # 002 is written in Simplified: both panes name the script 简体.
        assert "简体" in reading and "簡體" not in reading
        assert "简体" in rows and "簡體" not in rows
        # Sources are data: converted like titles (001 is from 第一财经).
        assert "第一財" in rows and "第一财" not in rows  # (the row may cut it: 第一財…)
