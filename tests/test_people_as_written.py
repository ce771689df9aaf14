"""A person's name stands as the article writes it when the article is
already in the view's script: the view's phrase conversion would rewrite a
Traditional name's shared characters (郭台銘 -> 郭臺銘, 鳳林里 -> 鳳林裡),
as it would the article's text, which is shown as written for that reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from app_support import SIZE, loaded, make_app, widget_text
from reader.core.conversion import name_in
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
    assert shown_name(person, "郭台铭", View.TRADITIONAL) == "郭台銘"
    assert shown_name(person, "郭台铭", None) == "郭台铭"  # (converted with the article's text)
    assert shown_name(person, "郭台銘", View.TRADITIONAL) == "郭台銘"
    assert shown_name(person, None, None) == "郭台銘"


def test_a_corpus_name_no_form_of_this_articles_stands_in_the_view_as_written() -> None:
    # Seed 002 writes Ilya Sutskever; the corpus names him 伊利亚·苏茨克维 (seed
    # 001). The Simplified view shows 002 as written: the corpus's name, as in
    # the other views, not the article's Latin form; from a Traditional
    # article's, converted.
    person = Person("ilya sutskever", "Ilya Sutskever", ("Ilya Sutskever", "Ilya"))
    assert shown_name(person, "伊利亚·苏茨克维", View.SIMPLIFIED) == "伊利亚·苏茨克维"
    assert shown_name(person, "伊利亞·蘇茨克維", View.SIMPLIFIED) == "伊利亚·苏茨克维"
    assert shown_name(person, "伊利亞·蘇茨克維", None) == "伊利亞·蘇茨克維"  # (converted with the text)


def test_a_name_written_in_traditional_stands_as_written_in_the_traditional_view() -> None:
    assert name_in("郭台銘", View.TRADITIONAL) == "郭台銘"
    assert name_in("鳳林里", View.TRADITIONAL) == "鳳林里"
    # (the same name so written among its forms is taken; a short form is not)
    assert name_in("黄仁勋", View.TRADITIONAL, ("仁勳", "黃仁勳")) == "黃仁勳"
    assert name_in("黄仁勋", View.TRADITIONAL, ("仁勳",)) == "黃仁勳"  # (converted)
    assert name_in("林台生", View.TRADITIONAL) == "林臺生"  # (nothing says it is written already)
    assert name_in("郭台銘", View.SIMPLIFIED) == "郭台铭"
    assert name_in("郭台銘", View.ORIGINAL) == "郭台銘"


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
        for name in ("a.txt", "b.txt"):
            assert "郭台銘" in shown[View.TRADITIONAL, name] and "郭臺銘" not in shown[View.TRADITIONAL, name]
        assert "郭台铭" in shown[View.SIMPLIFIED, "a.txt"]
        assert "郭台铭" in shown[View.SIMPLIFIED, "b.txt"] and "郭台銘" not in shown[View.SIMPLIFIED, "b.txt"]
        # The list filtered to the person (p, f) and the corpus's people (P),
        # in the Traditional view: one form, as written.
        while app.main_screen.view is not View.TRADITIONAL:
            await pilot.press("c")
        app.main_screen.open_article(app.library.articles[0], 0)
        await pilot.pause()
        await pilot.press("p", "f")
        await pilot.pause()
        bar = widget_text(app, app.screen.query_one("#article-pane"))
        assert "mentions 郭台銘" in bar and "郭臺銘" not in bar
        await pilot.press("P")
        await pilot.pause()
        listed = widget_text(app, app.screen.query_one("#corpus-people"))
        assert "郭台銘" in listed and "郭臺銘" not in listed


async def test_seed_002_names_its_people_as_the_corpus_does_in_every_view(tmp_path: Path, people_cache: Path) -> None:
    app = make_app(tmp_path / "state")
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await app.main_screen.workers.wait_for_complete()
        seed = next(a for a in app.library.articles if Path(a.path).name.startswith("002"))
        shown: dict[View, str] = {}
        for _ in range(len(View)):
            app.main_screen.open_article(seed, 0)
            await pilot.pause()
            shown[app.main_screen.view] = widget_text(app, app.screen.query_one("#people-list"))
            await pilot.press("c")
            await pilot.pause()
        assert "伊利亚·苏茨克维" in shown[View.SIMPLIFIED]  # (002 as written: it says Ilya Sutskever)
        assert "伊利亞·蘇茨克維" in shown[View.TRADITIONAL]
        assert "伊利亚·苏茨克维" in shown[View.ORIGINAL]
