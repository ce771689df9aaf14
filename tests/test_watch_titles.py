"""An edited file's new title shows in the list at once (the row was drawn
from a cache keyed by id, and kept the old title)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from app_support import loaded, make_app, widget_text
from reader.ui.widgets.article_list import ArticleList

BODY = "这是一篇关于苹果的文章，讲述了苹果在今年的发展与变化，以及人们对它的看法。"


@pytest.fixture(autouse=True)
def _cache(people_cache: Path) -> None:
    """The session's people cache, never the user's."""


async def test_the_list_shows_an_edited_title(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(f"旧的标题\n\n{BODY}\n", "utf-8")
    (folder / "b.txt").write_text(f"另一篇\n\n{BODY}又一篇。\n", "utf-8")
    app = make_app(tmp_path / "state", [folder])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        main = app.main_screen
        articles = main.query_one(ArticleList)
        assert "旧的标题" in widget_text(app, articles)
        deadline = time.monotonic() + 5
        while app._watch_stop is None and time.monotonic() < deadline:
            await pilot.pause(0.05)
        await pilot.pause(0.5)  # the watch is set up
        (folder / "a.txt").write_text(f"新的标题\n\n{BODY}\n", "utf-8")
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            await pilot.pause(0.1)
            if main.current is not None and main.current.title == "新的标题":
                break
        await pilot.pause(0.2)
        shown = widget_text(app, articles)
        assert "新的标题" in shown and "旧的标题" not in shown
