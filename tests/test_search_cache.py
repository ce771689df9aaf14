"""The search cache: a warm index finds exactly what a fresh one finds (and
what a brute-force scan finds), a changed corpus is a miss, and a bad cache
file is discarded with one warning."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.blockfilter import BLOCK
from reader.core.folding import fold
from reader.core.query import parse_query
from reader.core.search import SearchIndex
from reader.core.search_cache import IndexStore
from reader.core.search_engine import build_engine
from test_search import _ALPHABET, _brute, art


def _random_articles(seed: int, count: int) -> list:
    rng = random.Random(seed)
    words = ["黄仁勋", "黃仁勳", "深度學習", "深度学习", "ＡＩ", "AI", "模型", "的", "。", "\n"]
    articles = []
    for i in range(count):
        size = rng.choice([5, 60, 900, BLOCK + 300, 3 * BLOCK])
        text = "".join(rng.choice(words) for _ in range(size // 3 + 1))
        articles.append(art(f"a{i:03d}", *text.split("\n"), title=f"第{i}篇 {rng.choice(words)}"))
    return articles


def _found(index, query: str) -> list[tuple[str, float, list[tuple[int, int]], int]]:
    return [
        (r.id, round(r.score, 9), [(h.start, h.end) for h in r.hits], len(r.title_hits)) for r in index.search(query)
    ]


QUERIES = ["黄仁勋", "深度学习 ai", "的", "模型 的", "第1", '"ai 模"', "absent"]


def test_warm_index_is_restored_and_finds_the_same(tmp_path: Path) -> None:
    articles = _random_articles(1, 40)
    fresh = SearchIndex.build(articles)
    with IndexStore.open(tmp_path / "s.sqlite3") as store:
        cold = SearchIndex.build(articles, store)
    with IndexStore.open(tmp_path / "s.sqlite3") as store:
        key_hit = store.load(_key(articles))
        warm = SearchIndex.build(articles, store)
    assert key_hit is not None  # the second build really came from the cache
    assert warm._filter.export() == fresh._filter.export()
    for query in QUERIES:
        expected = _found(fresh, query)
        assert _found(cold, query) == expected
        assert _found(warm, query) == expected
        assert [s.text for r in warm.search(query) for s in r.snippets] == [
            s.text for r in fresh.search(query) for s in r.snippets
        ]


def _key(articles) -> str:
    from reader.core.search import _content_key

    return _content_key(articles)


def _listed(article, reads: list[str]):
    """``article`` as a warm start lists it: its text left in the cache, read
    (and counted in ``reads``) only when asked for, its length and CRC known."""
    from dataclasses import replace

    from reader.core.model import Paragraphs

    held = article.paragraphs

    def fetch():
        reads.append(article.id)
        return held.text, held.starts

    later = Paragraphs.later(fetch, held.text_sums(), key=article.id, strict=True)
    return replace(article, paragraphs=later)


def test_a_listed_corpus_is_restored_without_reading_a_text(tmp_path: Path) -> None:
    articles = _random_articles(5, 30)
    with IndexStore.open(tmp_path / "s.sqlite3") as store:
        SearchIndex.build(articles, store)
    reads: list[str] = []
    listed = [_listed(a, reads) for a in articles]
    assert _key(listed) == _key(articles)
    with IndexStore.open(tmp_path / "s.sqlite3") as store:
        warm = SearchIndex.restore(listed, store)
    assert warm is not None
    assert reads == []  # restored (search ready) with no text read
    fresh = SearchIndex.build(articles)
    for query in QUERIES:
        assert _found(warm, query) == _found(fresh, query)
    # Only the texts of results whose hits or snippets were asked for were read.
    assert set(reads) <= {r.id for q in QUERIES for r in fresh.search(q)}


def test_titles_folded_together_are_each_title_folded() -> None:
    from dataclasses import replace

    from reader.core.foldtable import fold_text
    from reader.core.search import _fold_titles

    # Lone surrogates at the seams, a character outside the BMP, width and case.
    titles = ["黃仁勳\ud83d", "\ude00ＡＩ", "😀Ｍodel", "繁體\udfff"]
    articles = [art(f"t{i}", "正文", title=t) for i, t in enumerate(titles)]
    articles.append(replace(articles[0], id="empty", title=""))
    assert _fold_titles(articles) == [fold_text(a.title) for a in articles]
    assert _fold_titles(articles)[0] == "黄仁勋\ud83d" and _fold_titles(articles)[-1] == ""


def test_the_key_follows_each_text_not_its_length_alone(tmp_path: Path) -> None:
    # Same lengths, one character moved to another article: another key.
    a = [art("a", "甲乙"), art("b", "丙丁")]
    b = [art("a", "甲丙"), art("b", "乙丁")]
    assert _key(a) != _key(b)
    # An article outside the BMP (two UTF-16 units for one character) keys
    # by its length in characters and its CRC, read or listed.
    reads: list[str] = []
    astral = [art("c", "😀字")]
    assert _key([_listed(astral[0], reads)]) == _key(astral) and not reads


def test_a_changed_text_is_a_miss_and_still_found(tmp_path: Path) -> None:
    articles = _random_articles(2, 10)
    path = tmp_path / "s.sqlite3"
    with IndexStore.open(path) as store:
        SearchIndex.build(articles, store)
    # Same length, one character changed: the restored filter would miss it.
    changed = list(articles)
    old = changed[3]
    text = old.text
    changed[3] = art(old.id, "量子" + text[2:], title=old.title)
    assert len(changed[3].text) == len(text)
    with IndexStore.open(path) as store:
        assert store.load(_key(changed)) is None
        index = SearchIndex.build(changed, store)
    assert [r.id for r in index.search("量子")] == [old.id]
    # An article added or removed is a miss too.
    assert _key(articles[:-1]) != _key(articles)
    assert _key([*articles, art("x", "字")]) != _key(articles)


def test_more_articles_can_be_added_to_a_restored_index(tmp_path: Path) -> None:
    articles = _random_articles(3, 130)  # more than one 64-block segment
    with IndexStore.open(tmp_path / "s.sqlite3") as store:
        SearchIndex.build(articles, store)
        warm = SearchIndex.build(articles, store)
    warm.add(art("new", "独一无二的句子"))
    warm.add(art(articles[0].id, "替换了第一篇"))
    assert [r.id for r in warm.search("独一无二")] == ["new"]
    assert [r.id for r in warm.search("替换")] == [articles[0].id]
    assert articles[0].id not in [r.id for r in warm.search("黄仁勋")]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    texts=st.lists(st.text(alphabet=_ALPHABET, max_size=60), min_size=1, max_size=6),
    query=st.text(alphabet=_ALPHABET + '"', min_size=0, max_size=8),
)
def test_warm_index_agrees_with_brute_force(tmp_path: Path, texts: list[str], query: str) -> None:
    articles = [art(f"d{i}", *t.split("\n")) for i, t in enumerate(texts)]
    with IndexStore.open(tmp_path / "bf.sqlite3") as store:
        SearchIndex.build(articles, store)  # saved (or already there)
        index = SearchIndex.build(articles, store)  # restored
    terms = list(dict.fromkeys(fold(t) for t in parse_query(query)))
    expected = _brute({a.id: a.text for a in articles}, terms) if terms else {}
    got = {r.id: [(h.start, h.end) for h in r.hits] for r in index.search(query)}
    assert got == expected


@pytest.mark.parametrize("content", [b"not a database at all" * 100, b""])
def test_a_bad_cache_file_is_discarded_with_one_warning(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "s.sqlite3"
    path.write_bytes(content)
    warnings: list[str] = []
    store = IndexStore.open(path, warn=warnings.append)
    assert store is not None
    store.close()
    assert len(warnings) == (1 if content else 0)


def test_another_programs_database_is_discarded(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "s.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE other (x)")
    db.commit()
    db.close()
    warnings: list[str] = []
    with IndexStore.open(path, warn=warnings.append) as store:
        assert store is not None
    assert len(warnings) == 1 and "discarded" in warnings[0]


def test_a_damaged_entry_is_rebuilt(tmp_path: Path) -> None:
    articles = _random_articles(4, 8)
    path = tmp_path / "s.sqlite3"
    with IndexStore.open(path) as store:
        SearchIndex.build(articles, store)
        store._db.execute("UPDATE filters SET words = x'00'")
        index = SearchIndex.build(articles, store)
    assert _found(index, "黄仁勋") == _found(SearchIndex.build(articles), "黄仁勋")


def test_build_engine_uses_the_user_cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    articles = _random_articles(5, 5)
    first = build_engine(articles, cache=True)
    assert (tmp_path / "cache" / "search.sqlite3").exists()
    second = build_engine(articles, cache=True)
    assert _found(first, "模型") == _found(second, "模型") == _found(build_engine(articles), "模型")


def test_folded_texts_come_back_from_the_cache(tmp_path: Path) -> None:
    articles = [*_random_articles(6, 6), art("odd", "ＡＢＣ黃仁勳\U0001f600末")]
    with IndexStore.open(tmp_path / "s.sqlite3") as store:
        fresh = SearchIndex.build(articles, store)
        warm = SearchIndex.build(articles, store)
    assert all(d._folded is not None for d in warm._docs)  # nothing left to fold
    assert [d.folded for d in warm._docs] == [d.folded for d in fresh._docs]


def test_lone_surrogates_that_would_pair_up_are_folded_again(tmp_path: Path) -> None:
    # A high and a low surrogate side by side (from a badly decoded file) are
    # two characters; stored as UTF-16 they read back as one.
    articles = [art("s", "前\ud83d\ude00后黃")]
    with IndexStore.open(tmp_path / "s.sqlite3") as store:
        SearchIndex.build(articles, store)
        warm = SearchIndex.build(articles, store)
    assert warm._docs[0].folded == fold(articles[0].text)
    assert [r.id for r in warm.search("后黄")] == ["s"]


def _words_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("s.sqlite3-*.words"))


@pytest.mark.parametrize("damage", ["rewritten", "truncated", "removed"])
def test_a_damaged_words_file_is_a_miss_and_rebuilt(tmp_path: Path, damage: str) -> None:
    articles = _random_articles(4, 8)
    path = tmp_path / "s.sqlite3"
    with IndexStore.open(path) as store:
        SearchIndex.build(articles, store)
    [words] = _words_files(tmp_path)
    data = words.read_bytes()
    if damage == "rewritten":  # same size, other bytes: its stat says so
        stamp = words.stat().st_mtime_ns
        words.write_bytes(bytes(len(data)))
        # (A rewrite within the clock's tick could keep the mtime: not here.)
        os.utime(words, ns=(stamp + 10**9, stamp + 10**9))
    elif damage == "truncated":
        words.write_bytes(data[:-8])
    else:
        words.unlink()
    with IndexStore.open(path) as store:
        assert store.load(_key(articles)) is None
        index = SearchIndex.build(articles, store)  # built and saved again
        assert store.load(_key(articles)) is not None
    for query in QUERIES:
        assert _found(index, query) == _found(SearchIndex.build(articles), query)


def test_a_restored_filter_reads_its_file_by_rows_and_a_cold_build_moves_onto_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.core import blockfilter

    articles = _random_articles(5, 12)
    with IndexStore.open(tmp_path / "s.sqlite3") as store:
        cold = SearchIndex.build(articles, store)
        warm = SearchIndex.build(articles, store)
    for index in (cold, warm):
        # No words in memory: the file, read a filter bit's row at a time.
        assert index._filter._sliced is None and index._filter._file is not None
    read: list[int] = []
    real_pread = os.pread
    monkeypatch.setattr(blockfilter.os, "pread", lambda fd, size, at: read.append(size) or real_pread(fd, size, at))
    fresh = SearchIndex.build(articles)
    assert _found(warm, "黄仁勋") == _found(fresh, "黄仁勋")
    row = warm._filter._rows() * 8
    assert read and set(read) == {row} and sum(read) < warm._filter.exported_size(warm._filter.blocks) // 100
    assert cold._filter.export() == warm._filter.export() == fresh._filter.export()
    # Adding to a mapped filter copies it first; the file stays as it was.
    [file] = _words_files(tmp_path)
    before = file.read_bytes()
    extra = art("new", "新的黄仁勋模型")
    warm.add(extra)
    fresh.add(extra)
    assert file.read_bytes() == before
    for query in [*QUERIES, "新的"]:
        assert _found(warm, query) == _found(fresh, query)


def test_words_files_no_entry_names_are_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.core import search_cache

    path = tmp_path / "s.sqlite3"
    monkeypatch.setattr(search_cache, "KEEP", 1)
    with IndexStore.open(path) as store:
        SearchIndex.build(_random_articles(6, 3), store)
        [first] = _words_files(tmp_path)
        # Young orphans may be another instance's whose entry is on its way.
        SearchIndex.build(_random_articles(7, 3), store)
        assert first in _words_files(tmp_path) and len(_words_files(tmp_path)) == 2
        monkeypatch.setattr(search_cache, "ORPHAN_SECONDS", -1.0)
        SearchIndex.build(_random_articles(8, 3), store)
        [kept] = _words_files(tmp_path)
        assert store.load_filter(kept.name.removeprefix("s.sqlite3-").removesuffix(".words")) is not None


def test_a_search_cache_that_cannot_be_created_warns_once(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    warnings: list[str] = []
    assert IndexStore.open(blocker / "s.sqlite3", warn=warnings.append) is None
    assert len(warnings) == 1 and "search cache" in warnings[0] and "discarded" not in warnings[0]
    assert blocker.read_text() == "x"


def test_an_index_saved_after_it_is_built_is_the_one_a_build_saves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A cold load hands its index over first and saves it after
    # (build_engine_saved_later): the same entry as a build with the store,
    # restored to the same results; nothing is saved before save() is called.
    from reader.core.search_engine import build_engine_saved_later

    articles = _random_articles(3, 30)
    with IndexStore.open(tmp_path / "built.sqlite3") as store:
        SearchIndex.build(articles, store)
        saved_by_build = store.load(_key(articles))
    assert saved_by_build is not None
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "later"))
    index, save = build_engine_saved_later(articles, warn=lambda _m: None)
    with IndexStore.open() as store:
        assert store.load(_key(articles)) is None
    fresh = [_found(index, q) for q in QUERIES]
    save()
    with IndexStore.open() as store:
        later = store.load(_key(articles))
        assert later is not None
        assert (later.blocks, list(later.folded)) == (saved_by_build.blocks, list(saved_by_build.folded))
        warm = SearchIndex.build(articles, store)
    assert [_found(index, q) for q in QUERIES] == fresh  # (the filter swapped for the saved file's)
    assert [_found(warm, q) for q in QUERIES] == fresh
    assert fresh == [_found(SearchIndex.build(articles), q) for q in QUERIES]
