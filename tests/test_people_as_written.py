"""A person's name stands as the article writes it when the article is
already in the view's script: the view's phrase conversion would rewrite a
Traditional name's shared characters (郭台銘 -> 郭臺銘, 鳳林里 -> 鳳林裡),
as it would the article's text, which is shown as written for that reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from app_support import SIZE, loaded, make_app, widget_text
from reader.core.people.model import Person
from reader.core.views import View
from reader.ui.widgets.people_sidebar import shown_name

TRADITIONAL_TEXT = (
    "鴻海創辦人談接班\n\n"
    "鴻海創辦人郭台銘昨日在台北表示，集團的接班安排已經完成。郭台銘說，他會把更多時間留給家人。\n\n"
    "郭台銘也提到，集團會繼續在電動車與半導體投資。\n"
)
SIMPLIFIED_TEXT = "鸿海谈电动车\n\n鸿海创办人郭台铭在深圳表示，电动车是集团的重点。郭台铭说，工厂明年投产。\n"


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, people_cache: Path) -> Path:
    monkeypatch.setenv("READER_STATE_DIR", str(tmp_path / "state"))
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(TRADITIONAL_TEXT, encoding="utf-8")
    (folder / "b.txt").write_text(SIMPLIFIED_TEXT, encoding="utf-8")
    return folder


def test_the_corpus_name_gives_way_to_the_articles_own_form_only_as_written() -> None:
    person = Person("郭台铭", "郭台銘", ("郭台銘",))
    assert shown_name(person, "郭台铭", as_written=True) == "郭台銘"
    assert shown_name(person, "郭台铭", as_written=False) == "郭台铭"  # (converted with the article's text)
    assert shown_name(person, "郭台銘", as_written=True) == "郭台銘"
    assert shown_name(person, None, as_written=False) == "郭台銘"


async def test_a_traditional_name_in_the_traditional_view_is_not_rewritten(corpus: Path, tmp_path: Path) -> None:
    app = make_app(tmp_path / "state", [corpus])
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await app.main_screen.workers.wait_for_complete()
        shown: dict[tuple[View, str], str] = {}
        for _ in range(len(View)):
            for article in app.library.articles:
                app.main_screen.open_article(article, 0)
                await pilot.pause()
                people = widget_text(app, app.screen.query_one("#people-list"))
                shown[app.main_screen.view, Path(article.path).name] = people
            await pilot.press("c")
            await pilot.pause()
        # (the Simplified article converted reads 郭臺銘, as its converted text does)
        assert "郭台銘" in shown[View.TRADITIONAL, "a.txt"] and "郭臺銘" not in shown[View.TRADITIONAL, "a.txt"]
        assert "郭台铭" in shown[View.SIMPLIFIED, "a.txt"]
        assert "郭台铭" in shown[View.SIMPLIFIED, "b.txt"] and "郭台銘" not in shown[View.SIMPLIFIED, "b.txt"]
