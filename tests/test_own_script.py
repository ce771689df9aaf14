"""An article already in the view's script is shown as written: the
Traditional view no longer rewrites a Traditional original with Taiwan
phrasing (台北 -> 臺北, 了解 -> 瞭解); the same for Simplified."""

from __future__ import annotations

from pathlib import Path

from app_support import loaded, make_app, widget_text
from reader.core.conversion import convert
from reader.core.model import Article
from reader.core.page import PageText
from reader.core.script import Script, detect_script
from reader.core.views import View
from reader.ui.widgets.article_list import ArticleList
from reader.ui.widgets.reading_view import ReadingView

TITLE = "台北學者談這段歷史"
BODY = "臺灣的學者們說：我們在台北了解這個問題的歷史與變化，沒有人會覺得奇怪。"


def _article(title: str, body: str) -> Article:
    return Article(id="a", path=Path("a.txt"), title=title, paragraphs=(body,), script=detect_script(title, body))


def test_a_traditional_article_in_the_traditional_view_is_as_written() -> None:
    article = _article(TITLE, BODY)
    assert article.script is Script.TRADITIONAL
    assert convert(BODY, View.TRADITIONAL) != BODY  # what s2twp alone would show
    page = PageText.of(article, View.TRADITIONAL)
    assert page.paragraphs == (BODY,) and page.title == TITLE
    assert page.view is View.TRADITIONAL
    # The other view still converts.
    assert "台湾" in PageText.of(article, View.SIMPLIFIED).paragraphs[0]


def test_a_simplified_article_in_the_simplified_view_is_as_written() -> None:
    body = "我们在台北了解这个问题的历史与变化，没有人会觉得奇怪，里面的内容很多。"
    article = _article("一个标题", body)
    assert article.script is Script.SIMPLIFIED
    assert PageText.of(article, View.SIMPLIFIED).paragraphs == (body,)
    assert PageText.of(article, View.TRADITIONAL).paragraphs[0] != body


async def test_the_app_shows_a_traditional_article_as_written(state_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "trad"
    folder.mkdir()
    (folder / "a.txt").write_text(f"{TITLE}\n\n{BODY}\n", "utf-8")
    app = make_app(state_dir, [folder])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("t")
        await pilot.pause()
        main = app.main_screen
        assert main.view is View.TRADITIONAL
        text = widget_text(app, main.query_one(ReadingView))
        assert "台北了解" in text and "臺北" not in text and "瞭解" not in text
        assert TITLE in widget_text(app, main.query_one(ArticleList))
        await pilot.press("slash", *"taibei")  # (Pilot types ASCII; the query is set below)
        app.screen.query_one("#search-input").value = "了解"
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        results = widget_text(app, app.screen.query_one("#search-results"))
        assert "了解" in results and "瞭解" not in results and "臺北" not in results
