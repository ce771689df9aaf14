"""Texts left to the article cache once it holds them (Paragraphs.leave,
ArticleCache.leave_texts, reader.session.left_texts): dropped from memory,
read back the same when asked for, from the file if the cache lost them."""

from __future__ import annotations

import sqlite3
from array import array
from pathlib import Path

import pytest

from reader.core.model import Paragraphs


def test_a_left_text_is_read_again_when_asked_for() -> None:
    paragraphs = Paragraphs.join(["林小满说：", "今天发布。"])
    text, starts = paragraphs.text, paragraphs.starts
    reads: list[int] = []

    def fetch() -> tuple[str, array[int]]:
        reads.append(1)
        return text, array("q", starts)

    assert paragraphs.leave(fetch, "key") and not paragraphs.held
    assert paragraphs.text_length() == len(text) and not reads  # (its sums, without a read)
    assert paragraphs.passing_text() == text and not paragraphs.held  # a glance keeps nothing
    assert list(paragraphs) == ["林小满说：", "今天发布。"] and paragraphs.held
    assert paragraphs.leave(fetch, "key") and not paragraphs.held  # (read again: left again)
    assert not Paragraphs.later(fetch).leave(fetch, "key")  # (none held: none dropped)


def test_a_left_text_the_cache_lost_is_read_from_its_file() -> None:
    paragraphs = Paragraphs.join(["原来的正文。"])
    paragraphs.leave(lambda: ("别的正文。", array("q", [0])), "key")
    paragraphs.reload = lambda: ("原来的正文。", array("q", [0]))
    assert paragraphs.text == "原来的正文。" and not paragraphs.missed
    gone = Paragraphs.join(["原来的正文。"])
    gone.leave(lambda: None, "key")
    assert gone.text == "" and gone.missed  # (no file to read it from either)


def _seed_folder(tmp_path: Path, n: int = 3) -> Path:
    import shutil

    from reader.core.resources import seeds_dir

    folder = tmp_path / "seeds"
    folder.mkdir(parents=True)
    for seed in sorted(seeds_dir().glob("*.txt"))[:n]:
        shutil.copy(seed, folder)
    return folder


def test_the_cache_leaves_only_the_texts_it_stores(tmp_path: Path) -> None:
    from reader.core.article_cache import FILE_NAME, ArticleCache
    from reader.core.corpus import load_corpus

    folder = _seed_folder(tmp_path)
    path = tmp_path / FILE_NAME
    with ArticleCache.open(path) as cache:
        assert cache is not None
        articles = list(load_corpus([folder], cache).articles)
        texts = [a.text for a in articles]
        other = _seed_folder(tmp_path / "other", 4)
        stranger = load_corpus([other]).articles[3]  # (a file this cache never saw: not its to leave)
        cache.flush()
        assert cache.leave_texts([*articles, stranger]) == articles
        assert stranger.paragraphs.held and not any(a.paragraphs.held for a in articles)  # type: ignore[attr-defined]
        assert cache.leave_texts(articles) == []
        assert [a.text for a in articles] == texts
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM articles")
    with ArticleCache.open(path) as cache:
        assert cache is not None
        articles = list(load_corpus([folder], cache).articles)
        cache.broken = True
        assert cache.leave_texts(articles) == []  # (a cache that failed keeps nothing)


class _Index:
    def __init__(self, ready: bool) -> None:
        self.ready = ready


def test_only_texts_nothing_reads_in_bulk_are_left(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Left: the texts of articles whose people are cached, while the index
    # keeps no texts of its own (ready), but the open article's.
    from reader.core import people
    from reader.core.article_cache import FILE_NAME, ArticleCache
    from reader.core.corpus import load_corpus
    from reader.session.left_texts import leave_texts

    folder = _seed_folder(tmp_path, 4)
    monkeypatch.setattr(people, "cached_people_many", lambda articles, warn: [[], None, [], []])
    with ArticleCache.open(tmp_path / FILE_NAME) as cache:
        assert cache is not None
        articles = list(load_corpus([folder], cache).articles)
        cache.flush()
        assert leave_texts(cache, _Index(False), articles, None, [folder]) == (None, [])
        assert leave_texts(cache, object(), articles, None, [folder]) == (None, [])
        assert all(a.paragraphs.held for a in articles)  # type: ignore[attr-defined]
        known, warned = leave_texts(cache, _Index(True), articles, articles[3], [folder])
    assert known == [[], None, [], []] and warned == []
    held = [a.paragraphs.held for a in articles]  # type: ignore[attr-defined]
    assert held == [False, True, False, True]
    assert all(a.paragraphs.reload is not None for a in (articles[0], articles[2]))  # type: ignore[attr-defined]


def test_a_left_text_gone_from_the_cache_is_read_from_its_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.core import people
    from reader.core.article_cache import FILE_NAME, ArticleCache
    from reader.core.corpus import load_corpus
    from reader.session.left_texts import leave_texts

    folder = _seed_folder(tmp_path, 2)
    monkeypatch.setattr(people, "cached_people_many", lambda articles, warn: [[] for _ in articles])
    path = tmp_path / "cache" / FILE_NAME
    path.parent.mkdir()
    monkeypatch.setenv("READER_CACHE_DIR", str(path.parent))
    with ArticleCache.open(path) as cache:
        assert cache is not None
        articles = list(load_corpus([folder], cache).articles)
        texts = [a.text for a in articles]
        cache.flush()
        leave_texts(cache, _Index(True), articles, None, [folder])
    assert not any(a.paragraphs.held for a in articles)  # type: ignore[attr-defined]
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM articles")  # (another instance, of other code, tidied it)
    assert [a.text for a in articles] == texts
    assert not any(a.paragraphs.missed for a in articles)  # type: ignore[attr-defined]


def test_an_upgrade_load_leaves_its_texts_once_the_cache_holds_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The first load after the cleaning code changed, with tantivy's index
    # (every corpus is large here) and everyone's people cached: the same
    # articles and people as before, their texts read from the cache (all
    # but the first, on screen).
    from reader.core.article_cache import cache_file
    from reader.core.search_engine import LARGE_CORPUS_ENV
    from reader.session.load_events import Found, IndexDone, PeopleDone
    from reader.session.loader import load_events

    monkeypatch.setenv(LARGE_CORPUS_ENV, "1")
    folder = _seed_folder(tmp_path, 4)

    def load() -> tuple[list, object, object]:
        events = list(load_events([folder]))
        articles = sorted((i for e in events if isinstance(e, Found) for i in e.items), key=lambda a: a.id)
        index = next(e.index for e in events if isinstance(e, IndexDone))
        done = next(e for e in events if isinstance(e, PeopleDone))
        return articles, index, done

    cold, index, _ = load()
    assert index.wait(60)  # type: ignore[attr-defined]  # (built and saved in its thread)
    warm, _, done = load()  # (everyone's people cached by now)
    texts = [a.text for a in cold]
    with sqlite3.connect(cache_file()) as db:
        for table in ("articles", "lines", "tables", "listings"):
            db.execute(f"UPDATE OR REPLACE {table} SET fingerprint = 'older'")
    again, index, done_again = load()
    assert index.ready  # type: ignore[attr-defined]
    held = [a.paragraphs.held for a in again]
    assert held.count(True) == 1, held
    assert [a.text for a in again] == texts
    people = {a.id: done.index.in_article(a.id) for a in warm}  # type: ignore[attr-defined]
    assert {a.id: done_again.index.in_article(a.id) for a in again} == people  # type: ignore[attr-defined]
