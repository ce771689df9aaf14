"""The corpus listing reader search keeps in the search cache."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from reader.core import search_listing
from reader.core.article_cache import ArticleCache
from reader.core.corpus import load_corpus
from reader.core.model import Article
from reader.core.resources import seeds_dir
from reader.core.search_cache import IndexStore


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "c"
    (folder / "sub").mkdir(parents=True)
    for name in ("a.txt", "b.md", "sub/c.txt"):
        (folder / name).write_text(f"{name} 的标题\n\n作者：张三\n\n正文讲了{name}。\n", encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF")
    for path in folder.rglob("*"):
        os.utime(path, ns=(path.stat().st_mtime_ns - 10**10,) * 2)
    return folder


def test_listed_articles_are_the_loaded_ones(
    tmp_path: Path, article_fields: Callable[[list[Article]], list[tuple]]
) -> None:
    paths = [_folder(tmp_path), seeds_dir()]
    full = load_corpus(paths).articles
    with ArticleCache.open(tmp_path / "a.sqlite3") as cache, IndexStore.open(tmp_path / "s.sqlite3") as store:
        assert cache is not None and store is not None
        load_corpus(paths, cache)  # cleaned into the cache
        cache.flush()
        cache.lazy_texts = True
        walk = search_listing.Walk(paths)
        assert search_listing.listed(store, walk, cache) is None
        search_listing.save(store, walk, load_corpus(paths, cache).articles)
        listed = search_listing.listed(store, search_listing.Walk(paths), cache)
        assert listed is not None
        cache.fill(listed)
        assert article_fields(listed) == article_fields(full)
        assert [(a.path, a.digest, a.credits, a.bylines) for a in listed] == [
            (a.path, a.digest, a.credits, a.bylines) for a in full
        ]
        # Another folder, or the same under another path list: not this listing.
        assert search_listing.listed(store, search_listing.Walk(paths[:1]), cache) is None


def test_a_walk_with_a_fresh_file_is_not_listed(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "new.txt").write_text("新的\n\n正文。\n", encoding="utf-8")  # its mtime is now
    with ArticleCache.open(tmp_path / "a.sqlite3") as cache, IndexStore.open(tmp_path / "s.sqlite3") as store:
        assert cache is not None and store is not None
        load_corpus([folder], cache)
        cache.flush()
        cache.lazy_texts = True
        walk = search_listing.Walk([folder])
        assert walk.racy
        search_listing.save(store, walk, load_corpus([folder], cache).articles)
        assert search_listing.listed(store, search_listing.Walk([folder]), cache) is None
