"""The pages and layouts kept for the article on screen (core, no app)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core import page_cache
from reader.core.corpus import load_corpus
from reader.core.model import Article
from reader.core.page import PageText
from reader.core.page_cache import LAYOUTS, PageCache
from reader.core.views import View


def _articles(tmp_path: Path) -> list[Article]:
    for name, body in (("a", "他写了一篇博客，说到软件的历史。"), ("b", "她在网络上发表了一篇文章。")):
        (tmp_path / f"{name}.txt").write_text(f"标题{name}\n\n{body}\n", "utf-8")
    return sorted(load_corpus([tmp_path]).articles, key=lambda a: a.path.name)


def test_a_page_is_kept_per_view_for_the_article_on_screen(tmp_path: Path) -> None:
    a, _ = _articles(tmp_path)
    cache = PageCache()
    assert cache.page(a, View.TRADITIONAL) is None
    page = PageText.of(a, View.TRADITIONAL)
    cache.keep(page)
    assert cache.page(a, View.TRADITIONAL) is page
    assert cache.page(a, View.SIMPLIFIED) is None


def test_another_article_starts_afresh_and_an_old_page_is_not_kept(tmp_path: Path) -> None:
    a, b = _articles(tmp_path)
    cache = PageCache()
    old = PageText.of(a, View.TRADITIONAL)
    cache.keep(old)
    assert cache.page(b, View.TRADITIONAL) is None
    # (a conversion of the article left behind lands late: not b's page)
    cache.keep(old)
    assert cache.page(b, View.TRADITIONAL) is None
    assert cache.page(a, View.TRADITIONAL) is None


def test_a_layout_is_wrapped_once_per_page_and_column(tmp_path: Path) -> None:
    a, _ = _articles(tmp_path)
    cache = PageCache()
    page = PageText.of(a, View.TRADITIONAL)
    first = cache.layout(page, 40)
    assert cache.layout(page, 40) is first
    assert cache.layout(page, 30) is not first
    # (a page made anew, say after a reload, is wrapped anew)
    again = PageText.of(a, View.TRADITIONAL)
    assert cache.layout(again, 40) is not first and cache.layout(again, 40).page is again


def test_layouts_are_bounded_and_the_oldest_goes(tmp_path: Path) -> None:
    a, _ = _articles(tmp_path)
    cache = PageCache()
    page = PageText.of(a, View.ORIGINAL)
    first = cache.layout(page, 10)
    for column in range(11, 11 + LAYOUTS):
        cache.layout(page, column)
    assert cache.layout(page, 10) is not first
    recent = cache.layout(page, 10 + LAYOUTS)
    assert cache.layout(page, 10 + LAYOUTS) is recent


def test_a_huge_article_keeps_nothing_but_what_is_on_screen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, _ = _articles(tmp_path)
    monkeypatch.setattr(page_cache, "KEPT_CHARS", a.chars - 1)
    cache = PageCache()
    page = PageText.of(a, View.TRADITIONAL)
    cache.keep(page)
    assert cache.page(a, View.TRADITIONAL) is None
    first = cache.layout(page, 40)
    assert cache.layout(page, 40) is not first
