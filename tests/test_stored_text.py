"""Texts left in the article cache until read (reader.core.stored_text)."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.core.article_cache import ArticleCache
from reader.core.corpus import load_corpus
from reader.core.model import Article
from reader.core.resources import seeds_dir
from reader.core.script import Script
from reader.core.stored_text import StoredParagraphs, TextGone, stored, text_length, text_sums


def _lazy(db: Path, root: Path) -> tuple[list[Article], ArticleCache]:
    cache = ArticleCache.open(db)
    assert cache is not None
    cache.lazy_texts = True
    return load_corpus([root], cache).articles, cache


def test_lazy_articles_are_the_loaded_ones_once_read(
    tmp_path: Path, article_fields: Callable[[list[Article]], list[tuple]]
) -> None:
    db = tmp_path / "a.sqlite3"
    with ArticleCache.open(db) as cache:
        assert cache is not None
        full = load_corpus([seeds_dir()], cache).articles
    lazy, cache = _lazy(db, seeds_dir())
    try:
        assert cache.hits == len(full) and cache.misses == 0
        held = [stored(a) for a in lazy]
        assert all(h is not None and not h.loaded for h in held)
        # Length and CRC known without reading a text.
        assert [text_sums(a) for a in lazy] == [
            (len(a.text), zlib.crc32(a.text.encode("utf-16-le", "surrogatepass"))) for a in full
        ]
        assert [text_length(a) for a in lazy] == [a.chars for a in full]
        assert not any(h is not None and h.loaded for h in held)
        # One read when first asked; the rest in one query.
        assert lazy[0].text == full[0].text and list(lazy[0].paragraphs) == list(full[0].paragraphs)
        cache.fill(lazy)
        assert all(h is not None and h.loaded for h in held)
        assert article_fields(lazy) == article_fields(full)
        assert [a.paragraph_starts for a in lazy] == [a.paragraph_starts for a in full]
    finally:
        cache.close()


def test_a_text_that_is_gone_or_another_is_said(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    with ArticleCache.open(db) as cache:
        assert cache is not None
        load_corpus([seeds_dir()], cache)
    lazy, cache = _lazy(db, seeds_dir())
    try:
        first = stored(lazy[0])
        assert isinstance(first, StoredParagraphs)
        with pytest.raises(TextGone):
            first.give(lazy[1].text, lazy[1].paragraph_starts)  # not its text
        cache._db.execute("DELETE FROM articles")
        with pytest.raises(TextGone):
            _ = lazy[0].text
        with pytest.raises(TextGone):
            cache.fill(lazy[1:])
    finally:
        cache.close()


def test_a_loaded_article_is_measured_from_its_text() -> None:
    article = Article(id="a", path=Path("a.txt"), title="t", paragraphs=("一二", "三"), script=Script.NONE)
    assert stored(article) is None
    assert text_sums(article) == (4, zlib.crc32("一二\n三".encode("utf-16-le")))
