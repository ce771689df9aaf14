"""The large-corpus engine (tantivy over folded n-grams): the same matches and
counts as the exact engine and brute force, its order, the engine choice,
the search cache's folders, changes while running, and the exact engine
answering until the index is built."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core import search_engine, tantivy_folders, tantivy_index, tantivy_search, tantivy_tokens
from reader.core.foldtable import fold_codes, fold_text
from reader.core.model import Article
from reader.core.query import parse_query
from reader.core.script import Script
from reader.core.search import SearchIndex
from reader.core.search_cache import IndexStore
from reader.core.tantivy_search import LargeCorpusEngine, TantivyIndex

pytest.importorskip("tantivy")


def art(id: str, text: str, title: str = "") -> Article:
    return Article(id, Path(f"/tmp/{id}.txt"), title or id, tuple(text.split("\n")), Script.NONE)


def ready(articles: list[Article], store: IndexStore | None = None) -> LargeCorpusEngine:
    engine = LargeCorpusEngine.build(articles, store)
    assert engine.wait(60), engine.build_error
    return engine


def brute(articles: list[Article], query: str) -> dict[str, int]:
    """id -> hits (text and title, overlapping occurrences) of the articles
    holding every term, by scanning the folded texts."""
    terms = list(dict.fromkeys(fold_text(t) for t in parse_query(query)))
    found: dict[str, int] = {}
    for a in articles:
        text, title = fold_text(a.text), fold_text(a.title)
        if terms and all(t in text or t in title for t in terms):
            found[a.id] = sum(_overlapping(text, t) + _overlapping(title, t) for t in terms)
    return found


def _overlapping(text: str, term: str) -> int:
    return sum(text.startswith(term, i) for i in range(len(text)))


# A small alphabet so that terms recur: Simplified and Traditional forms of
# the same characters, Latin in both cases and full width, whitespace, a
# surrogate pair, a lone surrogate and a private-use character.
ALPHABET = "黄黃仁勋勳学學习習的AaBbＡｂ 　\n·😀\udcff\ue000"
texts = st.text(ALPHABET, min_size=0, max_size=60)
corpora = st.lists(st.tuples(texts, st.text(ALPHABET, max_size=6)), min_size=1, max_size=12)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpora, st.data())
def test_same_matches_and_counts_as_the_exact_engine_and_brute_force(corpus, data) -> None:
    articles = [art(f"a{i:02d}", text, title) for i, (text, title) in enumerate(corpus)]
    engine = ready(articles)
    exact = SearchIndex.build(articles)
    # Queries cut from the corpus (so most match), in the other script or case too.
    pieces = [a.text for a in articles] + [a.title for a in articles]
    for _ in range(6):
        source = data.draw(st.sampled_from(pieces))
        if not source.strip():
            continue
        start = data.draw(st.integers(0, len(source) - 1))
        size = data.draw(st.integers(1, 4))
        query = source[start : start + size]
        query = data.draw(st.sampled_from([query, query.upper(), query.replace("黄", "黃"), query + " a"]))
        if not parse_query(query):
            continue
        expected = brute(articles, query)
        got = engine.search(query)
        assert {r.id: r.count for r in got} == expected, query
        assert got.total == len(expected)
        assert {r.id: r.count for r in exact.search(query)} == expected
        for r in got:  # positions are hits of the folded terms
            folded = fold_text(r.article.text)
            terms = {fold_text(t) for t in parse_query(query)}
            assert all(folded[h.start : h.end] in terms for h in r.hits)
            assert len(r.hits) + len(r.title_hits) == r.count
        limited = engine.search(query, limit=2)
        assert limited.total == len(expected)
        assert [r.id for r in limited] == [r.id for r in got][:2]


def test_order_is_score_then_id_and_a_limit_never_splits_ties() -> None:
    same = "深度学习改变了一切。" * 3
    articles = [art(f"same{i}", same) for i in (5, 3, 9, 1, 7)]
    articles += [art("many", "深度学习" * 40 + "别的话" * 10), art("title", "无关", title="深度学习")]
    engine = ready(articles)
    results = engine.search("深度学习")
    scores = [r.score for r in results]
    assert scores == sorted(scores, reverse=True)
    tied = [r for r in results if r.id.startswith("same")]
    assert len({r.score for r in tied}) == 1  # the same text: the same score
    assert [r.id for r in tied] == ["same1", "same3", "same5", "same7", "same9"]
    for limit in range(1, len(results) + 1):
        assert [r.id for r in engine.search("深度学习", limit=limit)] == [r.id for r in results][:limit]
    # More occurrences rank higher than fewer in texts of the same length.
    two = ready([art("x", "模型模型。。。。。。"), art("y", "模型。。。。。。。。")]).search("模型")
    assert [r.id for r in two] == ["x", "y"]


def test_terms_in_the_title_or_the_text_and_phrases() -> None:
    engine = ready(
        [
            art("both", "黄仁勋谈Scaling laws", title="英伟达"),
            art("title", "无关的正文", title="黃仁勳"),
            art("apart", "scaling 和 law 分开"),
        ]
    )
    assert {r.id for r in engine.search("黄仁勋")} == {"both", "title"}
    assert {r.id for r in engine.search("黄仁勋 英偉達")} == {"both"}
    assert {r.id for r in engine.search('"scaling law"')} == {"both"}
    assert {r.id for r in engine.search("scaling law")} == {"both", "apart"}
    [title] = engine.search("黃仁勳 无关")
    assert (title.count, len(title.title_hits), len(title.hits)) == (2, 1, 1)
    assert engine.search("   ").total == 0
    assert engine.search("量子") == []


def test_hits_in_gives_every_occurrence_in_the_original_text() -> None:
    article = art("a", "AI 与 ａｉ 和 Ai")
    engine = ready([article])
    assert [(h.start, h.end) for h in engine.hits_in(article, "ai")] == [(0, 2), (5, 7), (10, 12)]
    other = art("b", "没有 AI")
    assert [(h.start, h.end) for h in engine.hits_in(other, "AI")] == [(3, 5)]


def test_the_exact_engine_answers_until_the_index_is_built(monkeypatch: pytest.MonkeyPatch) -> None:
    go = threading.Event()
    write = TantivyIndex.write

    def slow(*args, **kwargs):
        assert go.wait(30)
        return write(*args, **kwargs)

    monkeypatch.setattr(TantivyIndex, "write", slow)
    articles = [art("a", "黄仁勋说"), art("b", "深度学习")]
    engine = LargeCorpusEngine.build(articles)
    assert not engine.ready
    assert [r.id for r in engine.search("黃仁勳")] == ["a"]
    engine.add(art("c", "黄仁勋又说"))  # while building: goes in once it is built
    engine.remove("b")
    assert {r.id for r in engine.search("黄仁勋")} == {"a", "c"}
    go.set()
    assert engine.wait(30)
    assert engine.ready
    assert {r.id for r in engine.search("黄仁勋")} == {"a", "c"}
    assert engine.search("深度").total == 0
    assert len(engine) == 2 and "b" not in engine and "c" in engine


def _thread_nices() -> dict[str, set[int]]:
    """Each thread name of this process, with the nice values of the threads of that name."""
    nices: dict[str, set[int]] = {}
    for task in Path("/proc/self/task").iterdir():
        with contextlib.suppress(OSError):
            name = (task / "comm").read_text().strip()
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
            nices.setdefault(name, set()).add(int(fields[16]))  # (nice: the stat's 19th field)
    return nices


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a thread's own nice value is Linux's")
def test_tantivys_threads_run_nicer_than_the_app_and_the_thread_feeding_them_does_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[tuple[int, dict[str, set[int]]]] = []
    written = TantivyIndex._written

    def noting(writer, *args, **kwargs):
        seen.append((os.getpriority(os.PRIO_PROCESS, 0), _thread_nices()))  # (0: the calling thread, on Linux)
        return written(writer, *args, **kwargs)

    monkeypatch.setattr(TantivyIndex, "_written", noting)
    before = os.getpriority(os.PRIO_PROCESS, 0)
    engine = LargeCorpusEngine.build([art("a", "黄仁勋说")])
    assert engine.wait(30)
    [(feeding, threads)] = seen
    assert feeding == before  # (it holds the GIL as it folds the texts)
    nicer = {min(before + tantivy_index.WRITER_NICE, 19)}
    assert threads["segment_updater"] == nicer and threads["merge_thread_0"] == nicer
    assert os.getpriority(os.PRIO_PROCESS, 0) == before  # (this thread's is its own)


def test_the_stand_in_reads_its_filter_from_a_file_while_the_index_is_built(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The exact engine standing in during the build holds its filter's
    words in a file, not in memory, once the build starts (the two are
    not in memory at once), and still answers as brute force does."""
    go, started = threading.Event(), threading.Event()
    write = TantivyIndex.write

    def slow(*args, **kwargs):
        started.set()
        assert go.wait(30)
        return write(*args, **kwargs)

    monkeypatch.setattr(TantivyIndex, "write", slow)
    articles = [art(f"a{i}", ("黄仁勋说深度学习" if i % 3 else "學習的人") * (i + 1)) for i in range(40)]
    store = IndexStore.open(tmp_path / "search.sqlite3")
    assert store is not None
    with store:
        engine = LargeCorpusEngine.build(articles, store)
        assert started.wait(30)
        exact = engine._exact
        assert isinstance(exact, SearchIndex)
        assert exact._filter._file is not None and exact._filter._sliced is None
        for query in ("黃仁勳", "学习", "深度 說", "學習的人"):
            assert {r.id: r.count for r in engine.search(query)} == brute(articles, query)
        go.set()
        assert engine.wait(30)
        assert engine.ready
        assert {r.id: r.count for r in engine.search("学习")} == brute(articles, "学习")


def test_add_replace_and_remove_once_built() -> None:
    engine = ready([art("a", "黄仁勋说"), art("b", "深度学习")])
    engine.add(art("a", "改了：深度学习"))
    assert {r.id for r in engine.search("深度学习")} == {"a", "b"}
    assert engine.search("黄仁勋").total == 0
    engine.remove("b")
    assert [r.id for r in engine.search("深度学习")] == ["a"]
    search_engine.forget(engine, "a")
    assert engine.search("深度学习").total == 0 and len(engine) == 0


def test_the_index_is_kept_in_the_search_cache(tmp_path: Path) -> None:
    articles = [art(f"a{i}", f"第{i}篇：黄仁勋谈深度学习。" * (i + 1)) for i in range(5)]
    with IndexStore.open(tmp_path / "search.sqlite3") as store:
        cold = ready(articles, store)
    [folder] = (tmp_path / tantivy_folders.TANTIVY_DIR).iterdir()
    with IndexStore.open(tmp_path / "search.sqlite3") as store:
        warm = LargeCorpusEngine.restore(articles, store)
    assert warm is not None and warm.ready and warm._builder is None  # opened, not built
    assert [(r.id, r.count) for r in warm.search("深度学习")] == [(r.id, r.count) for r in cold.search("深度学习")]
    # Changes after a warm start never write into the shared folder.
    before = sorted(p.name for p in folder.iterdir())
    warm.add(art("new", "深度学习"))
    assert "new" in {r.id for r in warm.search("深度学习")}
    assert sorted(p.name for p in folder.iterdir()) == before
    # Other texts are another key: not restored from this folder.
    with IndexStore.open(tmp_path / "search.sqlite3") as store:
        other = LargeCorpusEngine.restore([*articles[:4], art("a4", "改了")], store)
    assert other is None or not other.ready


def test_a_damaged_index_is_discarded_with_one_warning_and_built_again(tmp_path: Path) -> None:
    articles = [art("a", "黄仁勋"), art("b", "深度学习")]
    with IndexStore.open(tmp_path / "search.sqlite3") as store:
        ready(articles, store)
    [folder] = (tmp_path / tantivy_folders.TANTIVY_DIR).iterdir()
    (folder / "meta.json").write_text("not json", "utf-8")
    said: list[str] = []
    with IndexStore.open(tmp_path / "search.sqlite3", warn=said.append) as store:
        engine = LargeCorpusEngine.build(articles, store)
    assert len(said) == 1 and "discarded" in said[0]
    assert engine.wait(60)
    assert [r.id for r in engine.search("黄仁勋")] == ["a"]
    assert (folder / "meta.json").read_text("utf-8") != "not json"  # built again in its place


def test_a_stopped_build_leaves_nothing_in_the_cache(tmp_path: Path) -> None:
    folders = tantivy_folders.TantivyFolders(tmp_path / "t")
    with pytest.raises(RuntimeError), folders.build("k") as folder:
        (folder / "half").write_text("x")
        raise RuntimeError
    assert list((tmp_path / "t").iterdir()) == []
    assert folders.folder("k") is None


def test_only_the_most_recently_used_indexes_are_kept(tmp_path: Path) -> None:
    folders = tantivy_folders.TantivyFolders(tmp_path / "t")
    for i in range(tantivy_folders.KEEP + 2):
        with folders.build(f"k{i}") as folder:
            (folder / "meta.json").write_text("{}")
    kept = sorted(p.name for p in (tmp_path / "t").iterdir())
    assert len(kept) == tantivy_folders.KEEP and f"k{tantivy_folders.KEEP + 1}" in kept


def test_large_corpora_get_tantivy_and_small_ones_the_exact_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    assert search_engine.engine_type(1000) is SearchIndex
    assert search_engine.engine_type(search_engine.LARGE_CORPUS_CHARS) is LargeCorpusEngine
    monkeypatch.setattr(tantivy_search, "available", lambda: False)
    monkeypatch.setattr(search_engine, "_said", [])
    said: list[str] = []
    for _ in range(3):
        assert search_engine.engine_type(search_engine.LARGE_CORPUS_CHARS, said.append) is SearchIndex
    assert len(said) == 1 and "tantivy" in said[0]


def test_build_engine_picks_by_the_corpus_size(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = [art("a", "黄仁勋" * 10), art("b", "深度学习")]
    assert isinstance(search_engine.build_engine(articles), SearchIndex)
    monkeypatch.setattr(search_engine, "LARGE_CORPUS_CHARS", 20)
    engine = search_engine.build_engine(articles)
    assert isinstance(engine, LargeCorpusEngine) and isinstance(engine, search_engine.SearchEngine)
    assert engine.wait(60)
    assert [r.id for r in engine.search("黃仁勳")] == ["a"]


def test_a_long_text_is_indexed_a_slice_at_a_time_with_nothing_lost_at_the_cuts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = ("黄仁勋 谈深度学习。\n" * 9)[:-1]
    [whole], [chars] = tantivy_tokens.fields(text)
    monkeypatch.setattr(tantivy_tokens, "SLICE", 15)
    grams, sliced = tantivy_tokens.fields(text)
    # Cut at the first line break a slice on (21, 43, 65, 87), each bigram in one value.
    assert len(grams) == 5 and "".join(grams) == whole and "".join(sliced) == chars
    assert all(value.endswith(FOLDED_BREAK + " ") for value in grams[:-1])
    article = art("long", text)
    engine = ready([article, art("short", "深度")])
    # 黄仁勋 and 深度学习 straddle the slices the text is folded in, of 15 characters.
    assert {r.id: r.count for r in engine.search("深度学习")} == {"long": 9}
    assert {r.id: r.count for r in engine.search('"勋 谈"')} == {"long": 9}
    assert {r.id: r.count for r in engine.search("深度")} == {"long": 9, "short": 1}
    # A text with no line break after its first slice is one value.
    assert len(tantivy_tokens.fields("深度\n" + "深度学习" * 5)[0]) == 1


FOLDED_BREAK = tantivy_tokens.token_text(tantivy_tokens.tokens(fold_codes("\n")))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpora, st.data())
def test_texts_cut_into_values_give_the_uncut_matches_counts_and_scores(corpus, data) -> None:
    articles = [art(f"a{i:02d}", text, title) for i, (text, title) in enumerate(corpus)]
    whole = ready(articles)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tantivy_tokens, "SLICE", data.draw(st.integers(1, 5)))
        cut = ready(articles)
    for _ in range(4):
        source = data.draw(st.sampled_from([a.text for a in articles]))
        start = data.draw(st.integers(0, max(0, len(source) - 1)))
        query = source[start : start + data.draw(st.integers(1, 5))]
        query = data.draw(st.sampled_from([query, f'"{query}"']))  # (a phrase keeps its spaces)
        if not parse_query(query):
            continue
        expected = brute(articles, query)
        got = cut.search(query)
        assert {r.id: r.count for r in got} == expected, query
        assert [(r.id, r.score) for r in got] == [(r.id, r.score) for r in whole.search(query)], query


def test_results_past_the_first_are_counted_when_first_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tantivy_search, "EAGER", 1)
    articles = [art(f"a{i}", "黄仁勋说：" + "深度学习，" * i, title="深度学习" if i == 2 else "") for i in range(1, 5)]
    engine = ready(articles)
    results = engine.search("深度学习")
    late = results[-1]
    assert "_counts" not in late.__dict__ and late.doc._folded is None  # nothing folded or counted yet
    assert "count" not in repr(late) and "_counts" not in late.__dict__  # a repr computes nothing
    assert {r.id: (r.count, r.text_count, r.title_count) for r in results} == {
        "a1": (1, 1, 0),
        "a2": (3, 2, 1),
        "a3": (3, 3, 0),
        "a4": (4, 4, 0),
    }
    assert brute(articles, "深度学习") == {r.id: r.count for r in results}


def test_reader_search_saves_a_large_corpus_index_and_the_next_search_opens_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from reader.cli import search
    from reader.cli.common import build_parser

    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(4):
        (folder / f"{i}.txt").write_text(f"第{i}篇\n\n黄仁勋谈深度学习。{'深度学习' * i}\n", "utf-8")
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("READER_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setattr(search_engine, "LARGE_CORPUS_CHARS", 10)

    def run() -> tuple[dict, str]:
        parser, sub = build_parser(["search"])
        search.add_parser(sub, "search")
        assert search.run(parser.parse_args(["search", "深度學習", "--json", "--corpus", str(folder)])) == 0
        out = capsys.readouterr()
        return json.loads(out.out), out.err

    cold, said = run()
    assert "indexing" in said
    assert len(list((tmp_path / "cache" / tantivy_folders.TANTIVY_DIR).iterdir())) == 1
    warm, said = run()
    assert "indexing" not in said
    assert warm["total"] == cold["total"] == 4
    assert sorted((r["id"], r["hits"]) for r in warm["results"]) == sorted(
        (r["id"], r["hits"]) for r in cold["results"]
    )


def test_commits_along_the_way_change_no_result(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = [art(f"a{i}", f"第{i}篇：" + "黄仁勋谈深度学习。" * (i % 3 + 1)) for i in range(9)]
    once = {r.id: (r.count, r.score) for r in ready(articles).search("深度学习 黃仁勳")}
    monkeypatch.setattr(tantivy_index, "QUEUED_CHARS", 20)  # a commit every article or two
    often = {r.id: (r.count, r.score) for r in ready(articles).search("深度学习 黃仁勳")}
    assert often.keys() == once.keys() and len(once) == 9
    assert all(often[k][0] == once[k][0] for k in once)
    assert brute(articles, "深度学习 黃仁勳") == {k: v[0] for k, v in often.items()}


def test_a_cached_build_opens_the_index_once_where_it_is_saved(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The build writes the index and opens nothing for searching (whose
    readers mapped its segments while it went on, commit after commit); the
    one index opened is the saved one, and its reader reloads by hand only
    while it is written."""
    import tantivy

    opened: list[Path | None] = []
    init = TantivyIndex.__init__

    def spy(self, index, folder, owned=None):  # type: ignore[no-untyped-def]
        opened.append(folder)
        init(self, index, folder, owned)

    policies: list[str] = []
    config = tantivy.Index.config_reader

    def said(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        policies.append(args[0] if args else kwargs.get("reload_policy"))
        return config(self, *args, **kwargs)

    monkeypatch.setattr(TantivyIndex, "__init__", spy)
    monkeypatch.setattr(tantivy.Index, "config_reader", said, raising=False)
    monkeypatch.setattr(tantivy_index, "QUEUED_CHARS", 50)  # several commits
    articles = [art(f"a{i}", "黄仁勋说深度学习" * (i + 3)) for i in range(30)]
    store = IndexStore.open(tmp_path / "search.sqlite3")
    assert store is not None
    with store:
        engine = ready(articles, store)
        assert opened == [store.tantivy.folder(tantivy_index.content_key(articles))]
    assert policies == ["Manual"]
    assert {r.id: r.count for r in engine.search("学习")} == brute(articles, "学习")
