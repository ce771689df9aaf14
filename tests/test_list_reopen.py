"""A restart reopens the article read last, and the article list shows it:
its row is in view, not only highlighted somewhere below the fold."""

from __future__ import annotations

from pathlib import Path

from app_support import SIZE, loaded, make_app
from corpus_support import topic_folder
from reader.core.corpus import load_corpus
from reader.core.state import position_key
from reader.ui.widgets.article_list import ROW_HEIGHT, ArticleList


async def _row_in_view(state_dir: Path, folder: Path, size: tuple[int, int], keys: tuple[str, ...] = ()) -> bool:
    articles = sorted(load_corpus([folder]).articles, key=lambda a: a.id)
    last = articles[55]
    app = make_app(state_dir, [folder])
    app.state.last = position_key(last)
    async with app.run_test(size=size) as pilot:
        await loaded(pilot)
        await pilot.press(*keys)
        await pilot.pause()
        listed = app.main_screen.query_one("#article-list", ArticleList)
        index = listed.index_of(last.id)
        assert app.main_screen.current.id == last.id and listed.highlighted == index
        top, height = index * ROW_HEIGHT, listed.scrollable_content_region.height
        assert height > 0
        return listed.scroll_y <= top and top + ROW_HEIGHT <= listed.scroll_y + height


async def test_the_reopened_article_is_in_view_in_the_list(state_dir: Path, tmp_path: Path) -> None:
    folder = topic_folder(tmp_path, 60)
    # A cold start first (it saves the listing), then the warm one a user
    # makes every day: the titles come from the listing in the first frame.
    for _ in range(2):
        assert await _row_in_view(state_dir, folder, SIZE)


async def test_on_a_narrow_screen_the_articles_tab_shows_the_open_article(state_dir: Path, tmp_path: Path) -> None:
    # (at 80×24 the list is a tab of its own, sized only when it is shown)
    folder = topic_folder(tmp_path, 60)
    assert await _row_in_view(state_dir, folder, (80, 24), ("tab", "tab"))
