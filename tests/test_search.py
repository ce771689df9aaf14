"""The search index: folding, AND and phrases, ranking, snippets, positions,
hostile input, threads, and agreement with a brute-force scan."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.blockfilter import BLOCK, OVERLAP
from reader.core.folding import fold
from reader.core.foldtable import fold_text
from reader.core.model import Article
from reader.core.query import parse_query
from reader.core.script import Script
from reader.core.search import Hit, SearchIndex
from reader.core.snippets import Snippet, make_snippets


def art(id: str, *paragraphs: str, title: str = "") -> Article:
    return Article(id, Path(f"/tmp/{id}.txt"), title or id, tuple(paragraphs), Script.NONE)


def ids(results) -> list[str]:
    return [r.id for r in results]


# ---------------------------------------------------------------- folding


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("黃仁勛", "黄仁勋"),  # Traditional
        ("黃仁勳", "黄仁勋"),  # Traditional variant
        ("黄仁勋", "黄仁勋"),  # Simplified stays
        ("深度學習", "深度学习"),
        ("ＡＩ", "ai"),  # full-width letters
        ("１２３", "123"),  # full-width digits
        ("Scaling LAW", "scaling law"),  # case
        ("，：（）", ",:()"),  # full-width punctuation
        ("English only", "english only"),
        ("", ""),
    ],
)
def test_fold_table_agrees_with_fold(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert fold_text(text) == folded


def test_fold_text_keeps_length_on_hostile_input() -> None:
    junk = "\x00\x1b[31m[bold]\udcff😀\U00020000é\u0301" + bytes(range(256)).decode("latin-1")
    folded = fold_text(junk)
    assert len(folded) == len(junk)
    assert folded[junk.index("😀")] == "😀"


# ---------------------------------------------------------------- queries


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("scaling law", ["scaling", "law"]),
        ('"scaling law"', ["scaling law"]),
        ("深度\u3000学习", ["深度", "学习"]),  # ideographic space
        ('"scaling   law" AI', ["scaling law", "AI"]),
        ('"open quote runs on', ["open quote runs on"]),
        ("“预测 下一个”", ["预测 下一个"]),  # curly quotes from a Chinese IME
        ("AI AI", ["AI"]),
        # Punctuation is searched like any other character (issue 11).
        ("，。 ! ... ——", ["，。", "!", "...", "——"]),
        ('"" “”', []),
        ("", []),
        ('""', []),
        ("C++ $", ["C++", "$"]),
    ],
)
def test_parse_query(query: str, terms: list[str]) -> None:
    assert parse_query(query) == terms


# ---------------------------------------------------------------- matching


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex.build(
        [
            art("trad", "英偉達的黃仁勛說:深度學習改變了一切。", "ＡＩ 是未來。"),
            art("simp", "黄仁勋在GTC上谈Scaling laws和深度学习。"),
            art("eng", "The scaling law holds. A law of scaling."),
            art("none", "今天天气很好。"),
        ]
    )


@pytest.mark.parametrize("query", ["黄仁勋", "黃仁勛", "黃仁勳"])
def test_any_script_finds_both(index: SearchIndex, query: str) -> None:
    results = index.search(query)
    assert sorted(ids(results)) == ["simp", "trad"]
    assert all(len(r.hits) == 1 for r in results)


def test_width_and_case(index: SearchIndex) -> None:
    assert ids(index.search("ai")) == ["trad"]
    assert ids(index.search("ＡＩ")) == ["trad"]
    assert sorted(ids(index.search("SCALING"))) == ["eng", "simp"]


def test_and_and_phrase(index: SearchIndex) -> None:
    assert sorted(ids(index.search("scaling law"))) == ["eng", "simp"]
    phrase = index.search('"scaling law"')
    assert sorted(ids(phrase)) == ["eng", "simp"]  # "Scaling laws" contains it
    assert ids(index.search('"law of scaling"')) == ["eng"]
    assert ids(index.search("scaling 黄仁勋")) == ["simp"]
    assert index.search("scaling 天气") == []


def test_hits_count_every_term(index: SearchIndex) -> None:
    results = {r.id: r for r in index.search("scaling law")}
    eng = results["eng"]
    assert len(eng.hits) == 4
    assert list(eng.hits) == sorted(eng.hits)


def test_hit_positions_are_in_the_original_text(index: SearchIndex) -> None:
    for query in ["黄仁勋", "深度学习", "ＡＩ", "scaling law", "是"]:
        terms = [fold(t) for t in parse_query(query)]
        for result in index.search(query):
            text = result.article.text
            for hit in result.hits:
                assert fold(text[hit.start : hit.end]) in terms
            assert tuple(result.hits) == index.hits_in(result.article, query)


def test_overlapping_hits_are_all_kept() -> None:
    index = SearchIndex.build([art("a", "哈哈哈 abab")])
    [result] = index.search("哈哈 ab ba")
    assert list(result.hits) == [Hit(0, 2), Hit(1, 3), Hit(4, 6), Hit(5, 7), Hit(6, 8)]


def test_one_character_queries(index: SearchIndex) -> None:
    assert sorted(ids(index.search("天"))) == ["none"]
    assert sorted(ids(index.search("學"))) == ["simp", "trad"]


@pytest.mark.parametrize("query", ["", "   ", '"', '" "', "\u3000", "“”"])
def test_blank_queries(index: SearchIndex, query: str) -> None:
    assert index.search(query) == []
    assert index.hits_in(index.search("黄仁勋")[0].article, query) == ()


def test_limit(index: SearchIndex) -> None:
    assert len(index.search("深度", limit=1)) == 1
    assert len(index.search("深度")) == 2
    assert index.search("深度", limit=0) == []


def test_len_contains_and_replace(index: SearchIndex) -> None:
    assert len(index) == 4 and "simp" in index and "nope" not in index
    index.add(art("simp", "换了内容"))
    assert len(index) == 4
    assert ids(index.search("内容")) == ["simp"]
    assert "simp" not in ids(index.search("黄仁勋"))


def test_hostile_input_is_searchable_literally() -> None:
    text = "x\x1b[31mred\x1b[0m [bold]粗[/bold] \x00 😀👍🏽 e\u0301"
    index = SearchIndex.build([art("h", text), art("empty")])
    assert ids(index.search("[bold]")) == ["h"]
    assert ids(index.search("31mred")) == ["h"]
    assert ids(index.search("😀")) == ["h"]
    assert index.search("\udcff") == []
    [result] = index.search("粗")
    [snippet] = result.snippets
    assert snippet.text == text[snippet.start : snippet.start + len(snippet.text)]
    assert "«粗»" in snippet.plain()


def test_huge_article_across_blocks() -> None:
    # A term that straddles a block boundary is still found, once.
    filler = "甲乙丙丁" * 3000
    assert BLOCK == 4096
    text = filler[:4094] + "黄仁勋" + filler + "黃仁勛"
    index = SearchIndex.build([art("big", text)])
    [result] = index.search("黄仁勋")
    assert [h.start for h in result.hits] == [4094, len(text) - 3]
    # So is a phrase longer than the blocks' overlap, in any block.
    phrase = "黄仁勋在二〇二四年的GTC大会上说未来是生成的而不是检索的所以我们要重新思考"
    assert len(phrase) > OVERLAP + 1
    text = filler[:4090] + phrase + filler + phrase
    [result] = SearchIndex.build([art("big", text)]).search(f'"{phrase}"')
    assert [h.start for h in result.hits] == [4090, len(text) - len(phrase)]


def test_title_boost_needs_the_term_inside_one_title() -> None:
    # The titles are searched joined together; a match across two must not count.
    index = SearchIndex.build(
        [art("a", "正文 量子", title="关于量"), art("b", "正文 量子", title="子的事"), art("c", "量子", title="标题")]
    )
    scores = {r.id: r.score for r in index.search("量子")}
    assert scores["a"] == scores["b"]


# ---------------------------------------------------------------- ranking


def test_bm25_short_many_beats_long_once() -> None:
    filler = "今天天气很好，我们去公园散步。" * 40
    index = SearchIndex.build(
        [
            art("long", filler + "深度学习" + filler),
            art("short", "深度学习，深度学习，深度学习，深度学习，深度学习。"),
            art("other", filler),
        ]
    )
    assert ids(index.search("深度学习")) == ["short", "long"]


def test_title_boosts() -> None:
    body = "这是关于量子的文章。" * 3
    index = SearchIndex.build([art("a", body, title="天气"), art("b", body, title="量子计算")])
    assert ids(index.search("量子")) == ["b", "a"]


def test_rarer_term_weighs_more() -> None:
    index = SearchIndex.build(
        # Same length; each names one term twice and the other once.
        [art("rare-twice", "饕餮饕餮 模型"), art("common-twice", "模型模型 饕餮")]
        + [art(f"n{i}", "模型") for i in range(5)]
    )
    assert ids(index.search("模型 饕餮")) == ["rare-twice", "common-twice"]


# ---------------------------------------------------------------- snippets


def test_snippets_are_true_slices_with_marks() -> None:
    para = "开头" + "很长的一段话，" * 20 + "黄仁勋说了话。" + "很长的一段话，" * 20
    article = art("s", para, "第二段也有黄仁勋和英伟达。")
    [result] = SearchIndex.build([article]).search("黄仁勋 英伟达")
    assert 1 <= len(result.snippets) <= 3
    for s in result.snippets:
        assert article.text[s.start : s.start + len(s.text)] == s.text
        assert len(s.text) <= 70
        for a, b in s.marks:
            assert fold(s.text[a:b]) in ("黄仁勋", "英伟达")
    # The window with both terms comes first in score, and is in text order.
    assert any({fold(s.text[a:b]) for a, b in s.marks} == {"黄仁勋", "英伟达"} for s in result.snippets)
    assert [s.start for s in result.snippets] == sorted(s.start for s in result.snippets)


def test_snippet_plain_and_newlines() -> None:
    s = Snippet("ab\ncd", 10, ((0, 1), (3, 5)))
    assert s.plain() == "«a»b «cd»"
    assert s.plain("[", "]") == "[a]b [cd]"
    assert s.pieces() == [("a", True), ("b\n", False), ("cd", True)]


def test_snippet_never_splits_combining_marks_or_hits() -> None:
    text = "e\u0301" * 40 + "XY" + "e\u0301" * 40
    hits = [(80, 82, 0)]
    [snippet] = make_snippets(text, hits, width=11)
    assert not snippet.text.startswith("\u0301")
    assert snippet.text[snippet.marks[0][0] : snippet.marks[0][1]] == "XY"
    # A hit at the edge of a window is dropped, never cut in half.
    text = "一二三四五六七八九十" * 3
    hits = [(0, 2, 0), (9, 13, 1)]
    for s in make_snippets(text, hits, width=10):
        for a, b in s.marks:
            assert (s.start + a, s.start + b) in [(0, 2), (9, 13)]


def test_no_hits_no_snippets() -> None:
    assert make_snippets("abc", []) == ()


# ---------------------------------------------------------------- threads


def test_add_during_search_is_safe() -> None:
    index = SearchIndex()
    errors: list[BaseException] = []
    done = threading.Event()

    def writer() -> None:
        try:
            for i in range(300):
                index.add(art(f"a{i:03d}", f"第{i}篇：黄仁勋谈深度学习。" * 5))
        except BaseException as exc:
            errors.append(exc)
        finally:
            done.set()

    thread = threading.Thread(target=writer)
    thread.start()
    seen = 0
    while not done.is_set():
        results = index.search("黃仁勛 深度學習")
        assert all(len(r.hits) == 10 for r in results)
        assert len(results) >= seen
        seen = len(results)
    thread.join()
    assert not errors
    assert len(index.search("黄仁勋")) == 300


# ---------------------------------------------------------------- property

# A small alphabet of Simplified/Traditional pairs, full-width and ASCII
# letters, so that random queries match random texts often.
_ALPHABET = "黄黃勋勛勳学學习習ａＡaAbＢ 。\n"


def _brute(texts: dict[str, str], terms: list[str]) -> dict[str, list[tuple[int, int]]]:
    found = {}
    for id, text in texts.items():
        f = fold(text)
        hits = sorted((i, i + len(t)) for t in terms for i in range(len(f) - len(t) + 1) if f[i : i + len(t)] == t)
        if all(t in f for t in terms):
            found[id] = hits
    return found


@settings(max_examples=150, deadline=None)
@given(
    texts=st.lists(st.text(alphabet=_ALPHABET, max_size=60), min_size=1, max_size=6),
    query=st.text(alphabet=_ALPHABET + '"', min_size=0, max_size=8),
)
@pytest.mark.parametrize("spooled", [False, True])
def test_index_agrees_with_brute_force(texts: list[str], query: str, spooled: bool) -> None:
    articles = [art(f"d{i}", *t.split("\n")) for i, t in enumerate(texts)]
    # spooled: the stand-in's index, its folded texts in a file (read a range at a time)
    index = SearchIndex.build_spooled(articles) if spooled else SearchIndex.build(articles)
    terms = list(dict.fromkeys(fold(t) for t in parse_query(query)))
    expected = _brute({a.id: a.text for a in articles}, terms) if terms else {}
    results = index.search(query)
    got = {r.id: [(h.start, h.end) for h in r.hits] for r in results}
    assert got == expected
    # The count known before positions are computed is the number of them.
    assert all(len(r.hits) == len(got[r.id]) for r in results)


# Characters outside the BMP (an emoji, a rare ideograph, a bold A that
# folds to "a"), U+FFFF (what the index keeps in their place) and lone
# surrogates beside BMP text.
_WIDE_ALPHABET = "黄黃a😀𠀀𝐀\uffff\ud83d 。\n"


@settings(max_examples=150, deadline=None)
@given(
    texts=st.lists(st.text(alphabet=_WIDE_ALPHABET, max_size=40), min_size=1, max_size=5),
    query=st.text(alphabet=_WIDE_ALPHABET + '"', min_size=0, max_size=6),
)
@pytest.mark.parametrize("spooled", [False, True])
def test_characters_outside_the_bmp_are_found_as_brute_force_finds_them(
    texts: list[str], query: str, spooled: bool
) -> None:
    articles = [art(f"d{i}", *t.split("\n")) for i, t in enumerate(texts)]
    # spooled: the stand-in's index, its folded texts in a file (read a range at a time)
    index = SearchIndex.build_spooled(articles) if spooled else SearchIndex.build(articles)
    terms = list(dict.fromkeys(fold(t) for t in parse_query(query)))
    expected = _brute({a.id: a.text for a in articles}, terms) if terms else {}
    results = index.search(query)
    got = {r.id: [(h.start, h.end) for h in r.hits] for r in results}
    assert got == expected
    assert all(len(r.hits) == len(got[r.id]) for r in results)
    for article in articles:
        hits = sorted({(h.start, h.end) for h in index.hits_in(article, query)})
        whole = fold(article.text)
        assert hits == sorted({(i, i + len(t)) for t in terms for i in range(len(whole)) if whole.startswith(t, i)})


def test_the_index_keeps_two_bytes_a_character_for_text_with_an_emoji() -> None:
    import sys

    text = "黄仁勋😀" * 1000
    index = SearchIndex.build([art("e", text)])
    [doc] = index._docs
    assert doc is not None and len(doc.folded) == len(text)
    assert sys.getsizeof(doc.folded) < 2.2 * len(text)  # not 4 bytes a character
    assert [len(r.hits) for r in index.search("勋😀黄")] == [999]
    assert [len(r.hits) for r in index.search("\uffff")] == []


def test_hostile_queries(index: SearchIndex) -> None:
    assert index.search("\x00\x01\x7f") == []
    assert index.search("\x1b[31m") == []
    assert index.search("[bold]黄仁勋[/bold]") == []
    assert index.search("\udcff\ud800") == []
    huge = "黄仁勋" * 20_000
    assert index.search(huge) == []
    repeated = index.search(" ".join(["黄仁勋"] * 500))
    assert [(r.id, len(r.hits)) for r in repeated] == [(r.id, len(r.hits)) for r in index.search("黄仁勋")]
    many = " ".join(chr(0x4E00 + i) for i in range(300))
    assert index.search(many) == []


# ---------------------------------------------------------------- issue 11


def test_blank_reason_says_why_a_query_has_no_terms() -> None:
    from reader.core.query import blank_reason

    assert blank_reason("  ") == "empty query: give one or more terms"
    assert "quote marks" in (blank_reason('""') or "")
    assert blank_reason("%") is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [("%", ["pct"]), ("——", ["dash"]), ("(", ["paren"]), ("（", ["paren"]), ("50%", ["pct"])],
)
def test_punctuation_queries_match_where_the_text_has_them(query: str, expected: list[str]) -> None:
    index = SearchIndex.build(
        [
            art("pct", "增长了50%以上"),
            art("dash", "他说——这是真的"),
            art("paren", "英伟达（NVIDIA）的股价"),
            art("none", "没有标点的句子"),
        ]
    )
    results = index.search(query)
    assert ids(results) == expected
    article = results[0].article
    [hit] = index.hits_in(article, query)
    assert article.text[hit.start : hit.end] in (query, "（")


def test_a_word_only_in_the_title_is_found_and_counted() -> None:
    index = SearchIndex.build(
        [
            art("a", "正文没有这个词", title="量子计算的未来"),
            art("b", "量子计算在正文里，量子计算又一次", title="别的标题"),
            art("c", "无关", title="无关"),
        ]
    )
    results = {r.id: r for r in index.search("量子计算")}
    assert sorted(results) == ["a", "b"]
    a, b = results["a"], results["b"]
    assert (len(a.hits), len(a.title_hits), a.count) == (0, 1, 1)
    assert (len(b.hits), len(b.title_hits), b.count) == (2, 0, 2)
    assert [(h.start, h.end) for h in a.title_hits] == [(0, 4)]


def test_terms_may_be_split_between_title_and_text() -> None:
    index = SearchIndex.build([art("a", "正文讲芯片", title="英伟达"), art("b", "正文讲芯片", title="别的")])
    assert ids(index.search("英伟达 芯片")) == ["a"]
    [result] = index.search("英伟达 芯片")
    assert result.count == 2


def test_total_counts_every_match_past_the_limit() -> None:
    index = SearchIndex.build([art(f"{i:03}", f"第{i}篇 量子") for i in range(120)])
    results = index.search("量子", limit=50)
    assert len(results) == 50
    assert results.total == 120
    assert index.search("量子").total == 120


def _snippet_around(text: str, term: str, width: int = 60) -> Snippet:
    i = text.index(term)
    [snippet] = make_snippets(text, [(i, i + len(term), 0)], width=width)
    return snippet


@pytest.mark.parametrize(
    ("before", "whole"),
    [
        ("一" * 40 + "在11月17日", "11月17日"),  # a date is not cut to 1月17日
        ("一" * 40 + "公司DeepMind", "DeepMind"),  # nor a word to pMind
        ("一" * 40 + "增长了3.14%", "3.14%"),
    ],
)
def test_snippets_never_start_inside_a_word_or_number(before: str, whole: str) -> None:
    text = before + "二" * 25 + "目标" + "三" * 60
    for shift in range(0, 40):
        snippet = _snippet_around("四" * shift + text, "目标")
        # Either the whole word or number is in, or none of it: no …1月17日.
        cut = [whole[k:] for k in range(1, len(whole))]
        assert not any(snippet.text.startswith(part) for part in cut), (shift, snippet.text)


def test_snippets_start_and_end_at_sentences_when_near() -> None:
    text = (
        "前面的句子说了别的事情，而且很长很长很长。英伟达发布了新的芯片，股价上涨。后面还有一些别的内容和句子继续往下写。"
        * 3
    )
    snippet = _snippet_around(text, "芯片", width=24)
    assert snippet.text.startswith("英伟达")
    assert snippet.text.endswith("。")
    english = "The company DeepMind released Gemini on November 17 and it was widely regarded as a milestone."
    snippet = _snippet_around(english, "Gemini", width=40)
    words = english.split()
    assert snippet.text.split()[0] in words and snippet.text.split()[-1] in words
    assert snippet.text == snippet.text.strip()


def test_snippets_know_whether_they_start_or_end_a_paragraph() -> None:
    snippet = _snippet_around("短段落有目标。\n第二段", "目标")
    assert (snippet.at_start, snippet.at_end) == (True, True)
    snippet = _snippet_around("一" * 100 + "目标" + "二" * 100, "目标")
    assert (snippet.at_start, snippet.at_end) == (False, False)


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="一二三四五六七八九十ab1 2.,，。！？%\n", min_size=1, max_size=300),
    st.data(),
)
def test_snippets_are_slices_that_hold_a_whole_hit(text: str, data) -> None:
    starts = sorted(set(data.draw(st.lists(st.integers(0, len(text) - 1), min_size=1, max_size=5))))
    hits = [(s, min(s + 2, len(text)), k % 2) for k, s in enumerate(starts)]
    for snippet in make_snippets(text, hits):
        assert text[snippet.start : snippet.start + len(snippet.text)] == snippet.text
        assert len(snippet.text) <= 60 + 2 * 15 + 2
        for a, b in snippet.marks:
            assert 0 <= a < b <= len(snippet.text)
        assert snippet.at_start == (snippet.start == 0 or text[snippet.start - 1] == "\n")


@settings(max_examples=60, deadline=None)
@given(
    data=st.data(),
    terms=st.lists(
        st.sampled_from(["的", "模型", "的模", "型的", "a", "aa", "。"]), min_size=1, max_size=3, unique=True
    ),
)
def test_snippets_from_the_first_hits_are_those_from_all(data, terms: list[str]) -> None:
    # Thousands of hits: the snippets are made from those before the last
    # window that can open, and must be what all the hits would give.
    from reader.core.search_results import _positions, _snippet_positions
    from reader.core.snippets import MAX_CANDIDATES, Windows

    pieces = data.draw(st.lists(st.sampled_from(["的", "模型", "a", "。", "\n", "是", "，", "x" * 40]), min_size=1))
    text = "".join(pieces) * (1 + 3 * MAX_CANDIDATES // max(1, len(pieces)))
    everything = _positions(text, terms)
    fewer = _snippet_positions(Windows(text), text, terms)
    assert make_snippets(text, fewer) == make_snippets(text, everything)
    assert len(fewer) <= len(everything)


def test_a_common_term_in_a_huge_article_needs_few_positions() -> None:
    from reader.core.search_results import _snippet_positions
    from reader.core.snippets import Windows

    text = "模型的研究。\n" * 50_000
    fewer = _snippet_positions(Windows(text), text, ["的"])
    from reader.core.snippets import MAX_CANDIDATES

    assert MAX_CANDIDATES <= len(fewer) < 3 * MAX_CANDIDATES
    index = SearchIndex.build([art("big", *text.split("\n"))])
    [result] = index.search("的")
    assert len(result.hits) == 50_000  # the count stays exact
    assert result.snippets[0].text.count("的") >= 1


def test_the_best_window_may_lie_at_the_last_candidate() -> None:
    # Lone hits, then a dense run starting at the last candidate: its window
    # holds the most hits only if the hits after that one are found too.
    from reader.core.search_results import _positions, _snippet_positions
    from reader.core.snippets import MAX_CANDIDATES, Windows

    lone = MAX_CANDIDATES - 1
    text = ("是" * 80 + "的") * lone + "是" * 80 + "的" * 5 + "是" * 3 + "的" * 30 + "是" * 80 + "的" * 3000
    everything = _positions(text, ["的"])
    fewer = _snippet_positions(Windows(text), text, ["的"])
    best = make_snippets(text, everything)
    assert make_snippets(text, fewer) == best
    assert max(s.text.count("的") for s in best) > 5


def test_a_repr_of_results_finds_no_hits() -> None:
    # Textual names a worker by the repr of its arguments: the results of a
    # common term passed to a worker must not each find every hit for it.
    index = SearchIndex.build([art(f"a{i}", "的" * 5000) for i in range(3)])
    results = index.search("的")
    assert len(repr(results)) < 300  # ids, scores and counts; never the texts
    # hits and snippets are cached properties: not in the instance until read.
    assert not any({"hits", "snippets", "title_hits"} & vars(r).keys() for r in results)
    assert results[0].count == 5000
    assert "hits" not in vars(results[0])
    assert len(results[0].hits) == 5000 and "hits" in vars(results[0])


def _edge_by_position(text: str, at: int, lo: int, hi: int, before: bool) -> int | None:
    """The boundary rule of snippets._edge, position by position (its
    definition; the module finds the same spots with a regex)."""
    from reader.core import snippets as sn

    reach = range(max(lo, at - sn._SLACK), min(hi, at + sn._SLACK) + 1)
    for ends in (sn._SENTENCE_ENDS, sn._CLAUSE_ENDS):
        spots = [p for p in reach if p > 0 and text[p - 1] in ends and (p >= len(text) or text[p] not in sn._CLOSERS)]
        natural = lo if before else hi
        if natural in reach:
            spots.append(natural)
        if spots:
            return min(spots, key=lambda p: (abs(p - at), p))
    return None


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="字的。！？；!?;…，、：,:”’」』）)】》\"'ab1 \n", min_size=1, max_size=80), data=st.data())
def test_snippet_edges_are_found_as_defined(text: str, data) -> None:
    from reader.core.snippets import _edge

    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    at = data.draw(st.integers(lo, hi))
    before = data.draw(st.booleans())
    expected = _edge_by_position(text, at, lo, hi, before)
    if expected is not None and not ((before and at == lo) or (not before and at == hi)):
        assert _edge(text, at, lo, hi, hi, before) == expected


def test_each_snippet_window_is_worked_out_once(monkeypatch) -> None:
    # needed_until and make_snippets ask about the same first hits: a common
    # word's article has a hundred windows, each costing ~20 us.
    from reader.core import snippets

    calls = []
    window = snippets._window
    monkeypatch.setattr(snippets, "_window", lambda *a: calls.append(a[1:3]) or window(*a))
    index = SearchIndex.build([art("common", "模型的研究，" * 400)])
    [result] = index.search("的")
    assert result.snippets and len(calls) == len(set(calls)) == snippets.MAX_CANDIDATES
