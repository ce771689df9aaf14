"""Shared test setup: no test ever touches the user's real state or cache."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reader.core.model import Article
from reader.core.paths import CACHE_DIR_ENV, PEOPLE_FILE_ENV, STATE_DIR_ENV


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests that need a specific folder set these again themselves.
    base = tmp_path_factory.mktemp("reader-dirs")
    monkeypatch.setenv(STATE_DIR_ENV, str(base / "state"))
    monkeypatch.setenv(CACHE_DIR_ENV, str(base / "cache"))
    monkeypatch.setenv(PEOPLE_FILE_ENV, str(base / "people.tsv"))


@pytest.fixture(scope="session")
def people_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder for the session's app tests, never the user's: the
    first app finds the seeds' people, the others read them back. Use it
    through :func:`shared_cache` or :func:`state_dir`."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture
def shared_cache(people_cache: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test reads and writes the session's cache (set after the private
    folders above, so it wins)."""
    monkeypatch.setenv(CACHE_DIR_ENV, str(people_cache))
    return people_cache


@pytest.fixture
def state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shared_cache: Path) -> Path:
    """A fresh state folder for one app, with the session's shared cache."""
    folder = tmp_path / "state"
    monkeypatch.setenv(STATE_DIR_ENV, str(folder))
    return folder


def _article_fields(articles: list[Article]) -> list[tuple]:
    return [
        (
            a.id,
            str(a.path),
            a.title,
            tuple(a.paragraphs),
            a.script,
            a.source,
            a.author,
            a.date,
            a.digest,
            a.credits,
            a.bylines,
            a.replaced_bytes,
            tuple(a.paragraph_starts),
        )
        for a in articles
    ]


@pytest.fixture
def article_fields() -> Callable[[list[Article]], list[tuple]]:
    """What loading an article gives, field by field: the article cache
    tests compare articles loaded with and without the cache by it."""
    return _article_fields


def _warm_serves_all(root: Path, db: Path, plain: list[Article]) -> None:
    from reader.core.article_cache import ArticleCache
    from reader.core.corpus import load_corpus

    cache = ArticleCache.open(db)
    assert cache is not None
    try:
        warm = load_corpus([root], cache).articles
    finally:
        cache.close()
    assert cache.hits == len(plain) and cache.misses == 0
    assert _article_fields(warm) == _article_fields(plain)


@pytest.fixture
def warm_serves_all() -> Callable[[Path, Path, list[Article]], None]:
    """A check that a warm load of a folder through a cache file serves
    every article from the cache, as a load without it gives them (the
    cold-load tests' last word)."""
    return _warm_serves_all
