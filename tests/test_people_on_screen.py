"""The article the reader has open gets its people next: a cold corpus's
people are found one article after another, and an article the reader opens
while many wait ahead of it (or a huge one is indexed first) would show
"Finding people…" until the pass came to it."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.model import Article
from reader.core.script import Script
from reader.session.load_events import PeopleFound
from reader.session.loader import load_events
from reader.session.people_finder import PeopleFinder, _on_screen_first


def _article(name: str, text: str = "教练王涛说，球队已经准备好了。") -> Article:
    return Article(name, Path(f"{name}.txt"), name, (text,), Script.SIMPLIFIED, digest=name)


def test_the_open_article_comes_next_while_it_waits_then_the_order_goes_on() -> None:
    articles = [_article(n) for n in "abcde"]
    open_now: list[str | None] = [None]
    order = []
    for article, _, wanted in _on_screen_first(articles, [None] * 5, lambda: open_now[0]):
        order.append((article.id, wanted))
        open_now[0] = {"a": "d", "d": "d", "b": "zz"}.get(article.id)
    # (d opened after a: next, handed over at once; once done, or with an id
    # not among them, the order goes on)
    assert order == [("a", False), ("d", True), ("b", False), ("c", False), ("e", False)]


def test_each_article_comes_once_though_it_stays_open() -> None:
    articles = [_article(n) for n in "abc"]
    got = [a.id for a, _, _ in _on_screen_first(articles, [None] * 3, lambda: "b")]
    assert got == ["b", "a", "c"]


def test_the_open_articles_people_are_found_first_and_handed_over_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = [_article(n) for n in "abcd"]
    finder = PeopleFinder(lambda: False, lambda: "c")
    asked: list[str] = []

    def find(article: Article, cancelled: object) -> list[object]:
        asked.append(article.id)
        return []

    monkeypatch.setattr(finder._process, "find", find)
    events = list(finder.events(articles, [None] * 4))
    assert asked == ["c", "a", "b", "d"]
    batches = [tuple(i for i, _ in e.found) for e in events if isinstance(e, PeopleFound)]
    assert batches[0] == ("c",)
    assert sorted(i for b in batches for i in b) == ["a", "b", "c", "d"]
    assert finder.on_screen_among(articles) is articles[2]
    assert PeopleFinder(lambda: False).on_screen_among(articles) is None


def test_a_cold_load_finds_the_open_articles_people_before_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "articles"
    folder.mkdir()
    for k, name in enumerate(["张伟", "李娜", "王芳", "赵强"]):
        (folder / f"{k}.txt").write_text(f"第{k}篇\n\n记者{name}报道，{name}说球队已经准备好了。\n", encoding="utf-8")
    open_id: list[str | None] = [None]

    def on_screen() -> str | None:
        return open_id[0]

    found: list[str] = []
    names: dict[str, str] = {}
    for event in load_events([folder], on_screen=on_screen):
        for item in getattr(event, "items", ()):
            if isinstance(item, Article):
                names[item.id] = item.path.name
                if item.path.name == "2.txt":
                    open_id[0] = item.id  # (the reader opens the third as soon as it is listed)
        if isinstance(event, PeopleFound):
            found.extend(i for i, _ in event.found)
    assert [names[i] for i in found] == ["2.txt", "0.txt", "1.txt", "3.txt"]


async def test_the_app_tells_the_loader_which_article_is_open(tmp_path: Path, people_cache: Path) -> None:
    from app_support import SIZE, loaded, make_app

    app = make_app(tmp_path / "state")
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        article = app.library.articles[3]
        app.main_screen.open_article(article, 0)
        await pilot.pause()
        assert app.library.on_screen == article.id
