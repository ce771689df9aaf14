"""Texts left in the article cache until read (Paragraphs.later, ArticleCache.lazy_texts and fill)."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.core.article_cache import ArticleCache
from reader.core.corpus import load_corpus
from reader.core.model import Article, Paragraphs, TextGone
from reader.core.resources import seeds_dir
from reader.core.script import Script


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
        held = [a.paragraphs for a in lazy]
        assert all(isinstance(h, Paragraphs) and h.strict and not h.held for h in held)
        # Length and CRC known without reading a text.
        assert [a.text_sums for a in lazy] == [
            (len(a.text), zlib.crc32(a.text.encode("utf-16-le", "surrogatepass"))) for a in full
        ]
        assert [a.text_length for a in lazy] == [a.chars for a in full]
        assert not any(isinstance(h, Paragraphs) and h.held for h in held)
        # One read when first asked; the rest in one query.
        queries: list[str] = []
        cache._db.set_trace_callback(queries.append)
        assert lazy[0].text == full[0].text and list(lazy[0].paragraphs) == list(full[0].paragraphs)
        assert queries == []  # (read in a connection of its own: any thread may ask)
        cache.fill(lazy)
        assert len(queries) == 1
        assert all(isinstance(h, Paragraphs) and h.held for h in held)
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
        first = lazy[0].paragraphs
        assert isinstance(first, Paragraphs) and not first.held
        with pytest.raises(TextGone):
            first.give(lazy[1].text, lazy[1].paragraph_starts)  # not its text
        assert not first.held
        cache._db.execute("DELETE FROM articles")
        with pytest.raises(TextGone):
            _ = lazy[0].text
        with pytest.raises(TextGone):
            cache.fill(lazy[1:])
    finally:
        cache.close()


def test_a_loaded_article_is_measured_from_its_text() -> None:
    article = Article(id="a", path=Path("a.txt"), title="t", paragraphs=("一二", "三"), script=Script.NONE)
    assert isinstance(article.paragraphs, Paragraphs) and article.paragraphs.held
    assert article.text_sums == (4, zlib.crc32("一二\n三".encode("utf-16-le")))
    assert article.text_length == 4


def test_a_text_read_later_that_is_not_the_one_it_stood_for_is_missed_unless_strict() -> None:
    from array import array

    read = ("读到的", array("q", [0]))
    sums = (len("原来的"), zlib.crc32("原来的".encode("utf-16-le")))
    loose = Paragraphs.later(lambda: read, sums)
    assert loose.text == "" and loose.missed  # (the app's loader reads the file again)
    strict = Paragraphs.later(lambda: read, sums, strict=True)
    with pytest.raises(TextGone):
        _ = strict.text
    assert not strict.held
    fits = Paragraphs.later(lambda: ("原来的", array("q", [0])), sums, strict=True)
    assert fits.text == "原来的" and not fits.missed and fits.text_sums() == sums


def test_a_text_gone_is_asked_of_reload_and_taken_only_if_it_is_the_one() -> None:
    from array import array

    sums = (len("原来的"), zlib.crc32("原来的".encode("utf-16-le")))
    asked: list[str] = []

    def reload(text: str):
        def give() -> tuple[str, array]:
            asked.append(text)
            return text, array("q", [0])

        return give

    gone = Paragraphs.later(lambda: None, sums)
    gone.reload = reload("原来的")
    assert gone.text == "原来的" and not gone.missed and asked == ["原来的"]
    other = Paragraphs.later(lambda: ("别的文", array("q", [0])), sums)
    other.reload = reload("改过的")
    assert other.text == "" and other.missed  # (the file changed too: the watcher replaces it)
    found = Paragraphs.later(lambda: ("原来的", array("q", [0])), sums)
    found.reload = reload("不该问")
    assert found.text == "原来的" and asked == ["原来的", "改过的"]  # (not asked when the cache has it)
    strict = Paragraphs.later(lambda: None, sums, strict=True)
    strict.reload = reload("原来的")
    with pytest.raises(TextGone):
        _ = strict.text


def test_texts_read_one_at_a_time_share_a_connection_per_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3
    import threading

    from reader.core import cache_texts

    db = tmp_path / "a.sqlite3"
    with ArticleCache.open(db) as cache:
        assert cache is not None
        full = load_corpus([seeds_dir()], cache).articles
    lazy, cache = _lazy(db, seeds_dir())
    cache.close()
    opened: list[str] = []
    connect = sqlite3.connect
    monkeypatch.setattr(cache_texts.sqlite3, "connect", lambda *a, **k: opened.append(a[0]) or connect(*a, **k))
    assert [a.text for a in lazy[:3]] == [a.text for a in full[:3]]
    assert len(opened) == 1
    other = threading.Thread(target=lambda: [a.text for a in lazy[3:]])
    other.start()
    other.join()
    assert len(opened) == 2 and [a.text for a in lazy] == [a.text for a in full]


def test_a_passing_glance_reads_a_text_left_in_the_cache_without_keeping_it() -> None:
    from array import array

    sums = (len("原来的"), zlib.crc32("原来的".encode("utf-16-le")))
    reads: list[int] = []

    def fetch() -> tuple[str, array]:
        reads.append(1)
        return "原来的", array("q", [0])

    later = Paragraphs.later(fetch, sums)
    assert later.passing_text() == "原来的" and not later.held
    assert later.passing_text() == "原来的" and len(reads) == 2  # (read each time: never kept)
    assert later.text == "原来的" and later.held and len(reads) == 3
    assert later.passing_text() == "原来的" and len(reads) == 3  # held now: no read
    gone = Paragraphs.later(lambda: None, sums)
    gone.reload = lambda: ("原来的", array("q", [0]))
    assert gone.passing_text() == "原来的" and gone.held  # (gone: read as text reads it)
    article = Article("a", Path("a.txt"), "标题", Paragraphs.later(fetch, sums), Script.SIMPLIFIED)
    assert article.passing_text == "原来的" and not article.paragraphs.held  # type: ignore[attr-defined]
