"""The article cache's listing of a loaded corpus, as ``reader search``
trusts it: with the walked files' stats, each text's length and CRC."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.core.article_cache import ArticleCache
from reader.core.corpus import load_corpus
from reader.core.listing_walk import Walk
from reader.core.model import Article, Paragraphs
from reader.core.resources import seeds_dir


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "c"
    (folder / "sub").mkdir(parents=True)
    for name in ("a.txt", "b.md", "sub/c.txt"):
        (folder / name).write_text(f"{name} 的标题\n\n作者：张三\n\n正文讲了{name}。\n", encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF")
    for path in folder.rglob("*"):
        os.utime(path, ns=(path.stat().st_mtime_ns - 10**10,) * 2)
    return folder


def _save(cache: ArticleCache, paths: list[Path], walk: Walk) -> None:
    loaded = load_corpus(paths, cache)
    cache.save_listing(paths, [*loaded.articles, *loaded.skipped], walk)


def test_listed_articles_are_the_loaded_ones(
    tmp_path: Path, article_fields: Callable[[list[Article]], list[tuple]]
) -> None:
    paths = [_folder(tmp_path), seeds_dir()]
    full = load_corpus(paths).articles
    with ArticleCache.open(tmp_path / "a.sqlite3") as cache:
        assert cache is not None
        load_corpus(paths, cache)  # cleaned into the cache
        cache.flush()
        cache.lazy_texts = True
        walk = Walk(paths)
        assert cache.listing(paths, walk) is None
        _save(cache, paths, walk)
        items = cache.listing(paths, Walk(paths))
        assert items is not None
        listed = sorted((i for i in items if isinstance(i, Article)), key=lambda a: a.id)
        # Nothing read yet; each text's length and CRC known.
        assert all(isinstance(a.paragraphs, Paragraphs) and not a.paragraphs.held for a in listed)
        assert [a.text_sums for a in listed] == [a.text_sums for a in full]
        cache.fill(listed)
        assert all(isinstance(a.paragraphs, Paragraphs) and a.paragraphs.held for a in listed)
        assert article_fields(listed) == article_fields(full)
        assert [(a.path, a.digest, a.credits, a.bylines) for a in listed] == [
            (a.path, a.digest, a.credits, a.bylines) for a in full
        ]
        assert [s.path.name for s in items if not isinstance(s, Article)] == ["notes.pdf"]
        # Another folder, or the same under another path list: not this listing.
        assert cache.listing(paths[:1], Walk(paths[:1])) is None


def test_any_change_a_damaged_listing_or_another_code_is_a_miss(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    with ArticleCache.open(tmp_path / "a.sqlite3") as cache:
        assert cache is not None
        cache.lazy_texts = True
        _save(cache, [folder], Walk([folder]))
        assert cache.listing([folder], Walk([folder])) is not None
        # A file touched (its mtime), added, removed: not the files listed.
        for change in (
            lambda: os.utime(folder / "a.txt", ns=(10**18, 10**18)),
            lambda: (folder / "d.txt").write_text("新的\n\n正文。\n", encoding="utf-8"),
            lambda: (folder / "d.txt").unlink(),
        ):
            change()
            assert cache.listing([folder], Walk([folder])) is None
        for path in folder.rglob("*"):
            os.utime(path, ns=(path.stat().st_mtime_ns - 10**10,) * 2)
        _save(cache, [folder], Walk([folder]))
        assert cache.listing([folder], Walk([folder])) is not None
        # A listing this code cannot read is a miss, not a broken cache.
        cache._db.execute("UPDATE listings SET data = ?", (b'{"walk": [1], "items": [[',))
        assert cache.listing([folder], Walk([folder])) is None and not cache.broken
        cache._db.execute("UPDATE listings SET data = ?", (b'{"walk": [], "items": [["x"]]}',))
        assert cache.listing([folder]) is None and not cache.broken
        # Saved by other loading code: not this code's listing.
        _save(cache, [folder], Walk([folder]))
        cache._db.execute("UPDATE listings SET fingerprint = 'other'")
        assert cache.listing([folder], Walk([folder])) is None


def test_a_walk_with_a_fresh_file_is_not_listed(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "new.txt").write_text("新的\n\n正文。\n", encoding="utf-8")  # its mtime is now
    with ArticleCache.open(tmp_path / "a.sqlite3") as cache:
        assert cache is not None
        load_corpus([folder], cache)
        cache.flush()
        cache.lazy_texts = True
        walk = Walk([folder])
        assert walk.racy
        _save(cache, [folder], walk)
        assert cache.listing([folder], Walk([folder])) is None
        # (listed still, for the app's warm start, which checks the files)
        assert cache.listing([folder]) is not None


def test_listed_articles_are_built_when_first_read_and_keyed_without_it(
    tmp_path: Path, article_fields: Callable[[list[Article]], list[tuple]]
) -> None:
    from reader.core.search_engine import article_keys

    paths = [_folder(tmp_path), seeds_dir()]
    full = load_corpus(paths).articles
    with ArticleCache.open(tmp_path / "a.sqlite3") as cache:
        assert cache is not None
        walk = Walk(paths)
        _save(cache, paths, walk)
        found = cache.listed_articles(paths, Walk(paths))
        assert found is not None
        listed, skipped = found
        assert [s.path.name for s in skipped] == ["notes.pdf"]
        built: list[str] = []
        build = listed._build
        listed._build = lambda entry: built.append(entry[0]) or build(entry)
        # Keyed as built articles are, with none built.
        assert article_keys(listed) == article_keys(full) and built == []
        third = listed[2]
        assert built == [full[2].id] and listed[2] is third  # built once
        copy = listed.copy()
        assert copy[2] is third and len(built) == 1
        # The same articles, in id order, as a load gives them.
        assert article_fields(list(listed)) == article_fields(full)
        assert [(a.path, a.digest, a.credits, a.bylines) for a in listed] == [
            (a.path, a.digest, a.credits, a.bylines) for a in full
        ]
        # A change (as an engine makes it) is the copy's own.
        copy[0] = None
        copy.append(full[0])
        assert article_keys(copy)[-1] == article_keys(full)[0] and len(copy) == len(full) + 1
        assert article_keys(listed) == article_keys(full) and listed[0] is not None
        # Files changed since: no listing.
        (paths[0] / "a.txt").write_text("改了\n", encoding="utf-8")
        assert cache.listed_articles(paths, Walk(paths)) is None


def test_a_listed_entry_that_cannot_be_built_is_text_gone(tmp_path: Path) -> None:
    import pytest

    from reader.core.cache_listing import ListedArticles
    from reader.core.model import TextGone

    good = ("a", "/tmp/a.txt", "d", "c", "标题", "simplified", None, None, None, {"bylines": ("甲",)}, 3, 7)
    bad = ("b", "/tmp/b.txt", "d", "c", "标题", "no such script", None, None, None, {}, 3, 7)
    # Extra fields as JSON (the old format), or one that is not an article's.
    as_text = ("c", "/tmp/c.txt", "d", "c", "标题", "simplified", None, None, None, "{}", 3, 7)
    unknown = ("e", "/tmp/e.txt", "d", "c", "标题", "simplified", None, None, None, {"title": "x"}, 3, 7)
    with ArticleCache.open(tmp_path / "a.sqlite3") as cache:
        assert cache is not None
        listed = ListedArticles(cache._listed_article, [good, bad, as_text, unknown])
        assert listed[0].id == "a" and listed[0].bylines == ("甲",)
        for n in (1, 2, 3):
            with pytest.raises(TextGone):
                listed[n]
        with pytest.raises(TypeError):  # no length and CRC: not a listing
            ListedArticles(cache._listed_article, [(*good[:-2], None, None)])


def test_a_listed_article_is_the_article_its_fields_make() -> None:
    """Listed articles are built without the dataclass's __init__ (see
    cache_listing._article): the same fields, the same behaviour, and any
    fields that fast path cannot take go through Article itself."""
    import dataclasses

    from reader.core.cache_listing import _article
    from reader.core.model import Article, Paragraphs
    from reader.core.script import Script

    fields = {
        "id": "001",
        "path": Path("/x/001.txt"),
        "title": "标题",
        "paragraphs": Paragraphs.join(["第一段", "第二段"]),
        "script": Script.SIMPLIFIED,
        "digest": "abc",
        "bylines": ("记者 张三",),
    }
    fast, slow = _article(dict(fields)), Article(**fields)
    assert type(fast) is Article
    assert {f.name: getattr(fast, f.name) for f in dataclasses.fields(Article)} == {
        f.name: getattr(slow, f.name) for f in dataclasses.fields(Article)
    }
    assert fast == slow and fast.text == "第一段\n第二段" and fast.replaced_bytes == 0
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.title = "x"  # type: ignore[misc]
    # Paragraphs as a list: __post_init__ joins them, as Article(...) does.
    listed = _article({**fields, "paragraphs": ["甲", "乙"]})
    assert isinstance(listed.paragraphs, Paragraphs) and listed.text == "甲\n乙"
    # A field missing or unknown: Article(...) says so.
    with pytest.raises(TypeError):
        _article({k: v for k, v in fields.items() if k != "title"})
    with pytest.raises(TypeError):
        _article({**fields, "nonsense": 1})


def test_a_listing_in_pieces_is_the_listing_and_a_damaged_one_a_miss(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A listing is kept as marshal data in pieces (cache_listing's
    FIRST_ITEMS, then PIECE_ITEMS each): read back, the same items in the
    same order with the same extra fields (tuples, as Article holds them);
    ``first`` is given the first FIRST_ITEMS of a listing of more than
    FIRST_SPLIT; a listing cut short, with a piece missing or of another
    format is a miss; which listed files are cached is worked out when
    first asked for, not while the listing is read."""
    import marshal

    from reader.core import cache_listing

    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(9):
        credit = f"记者：张{n}三\n\n" if n % 2 else ""
        text = f"第{n}篇的标题\n\n{credit}正文讲了第{n}件事，很长的一段话。\n"
        (folder / f"{n:02d}.txt").write_text(text, encoding="utf-8")
    (folder / "z.pdf").write_bytes(b"%PDF")
    for path in folder.rglob("*"):
        os.utime(path, ns=(path.stat().st_mtime_ns - 10**10,) * 2)
    monkeypatch.setattr(cache_listing, "FIRST_ITEMS", 2)
    monkeypatch.setattr(cache_listing, "PIECE_ITEMS", 3)
    monkeypatch.setattr(cache_listing, "FIRST_SPLIT", 4)
    with ArticleCache.open(tmp_path / "a.sqlite3") as cache:
        assert cache is not None
        loaded = load_corpus([folder], cache)
        cache.flush()
        _save(cache, [folder], Walk([folder]))
        data = cache._db.execute("SELECT data FROM listings").fetchone()[0]
        count, walked, pieces = cache_listing._unpacked(data)
        assert count == 10 and [len(cache_listing._piece(p)) for p in pieces] == [2, 3, 3, 2]
        firsts: list[tuple[list, int]] = []
        items = cache.listing([folder], first=lambda first, n: firsts.append((list(first), n)))
        assert items is not None
        assert [(i.id, i.credits, i.bylines) for i in items if isinstance(i, Article)] == [
            (a.id, a.credits, a.bylines) for a in loaded.articles
        ]
        assert any(a.credits for a in loaded.articles) and any(a.bylines for a in loaded.articles)
        assert [s.path.name for s in items if not isinstance(s, Article)] == ["z.pdf"]
        assert firsts == [(items[:2], 10)]
        assert cache._unchecked is items  # (not yet worked out)
        assert set(cache.listed) == {str(a.path) for a in loaded.articles}
        assert all(cache.listed[str(a.path)][2] is a for a in items if isinstance(a, Article))
        for damaged in (
            data[:-5],
            data[: len(cache_listing.LISTING_FORMAT) + 3],
            b"reader-listing/1\n" + data[len(cache_listing.LISTING_FORMAT) :],
            cache_listing.LISTING_FORMAT + marshal.dumps((count, walked, pieces[:-1])),
            cache_listing.LISTING_FORMAT + marshal.dumps((count, walked, [*pieces[:-1], b"x"])),
        ):
            cache._db.execute("UPDATE listings SET data = ?", (damaged,))
            assert cache.listing([folder]) is None and not cache.broken
            assert cache.listing([folder], Walk([folder])) is None
            assert cache.listed_articles([folder], Walk([folder])) is None
