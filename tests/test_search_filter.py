"""The block filter: never misses, and narrows a rare term to a few blocks."""

from __future__ import annotations

import random

import numpy as np

from reader.core.blockfilter import BLOCK, BlockFilter, term_bits
from reader.core.foldtable import fold_codes


def random_text(rng: random.Random, size: int) -> str:
    return "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(size))


def test_rare_term_is_narrowed_to_few_blocks() -> None:
    rng = random.Random(3)
    texts = [random_text(rng, 3000) for _ in range(300)]
    texts[123] = texts[123][:1000] + "黄仁勋" + texts[123][1000:]
    flt = BlockFilter()
    for text in texts:
        flt.add(fold_codes(text))
    assert flt.blocks == 300
    found = flt.candidates(term_bits(fold_codes("黄仁勋")))
    assert 123 in found
    assert len(found) <= 5  # not a scan of every block


def test_every_block_that_holds_a_term_is_a_candidate() -> None:
    rng = random.Random(4)
    text = random_text(rng, BLOCK * 5 + 17)
    flt = BlockFilter()
    flt.add(fold_codes("短"))
    flt.add(fold_codes(text))
    for start in range(0, len(text) - 6, 997):
        for size in (1, 2, 5):
            term = text[start : start + size]
            found = flt.candidates(term_bits(fold_codes(term)))
            assert 1 + start // BLOCK in found


def test_empty_text_and_empty_filter() -> None:
    flt = BlockFilter()
    assert flt.candidates(term_bits(fold_codes("字"))).size == 0
    assert flt.add(np.zeros(0, dtype="<u4")) == 0
    assert flt.blocks == 0


def test_distinct_and_contains_agree_with_numpy() -> None:
    from reader.core.blockfilter import contains, distinct

    rng = np.random.default_rng(5)
    for size in (0, 1, 7, 500):
        values = rng.integers(0, 50, size)
        assert distinct(values).tolist() == np.unique(values).tolist()
        among = np.unique(rng.integers(0, 50, size // 2))
        assert contains(among, values).tolist() == np.isin(values, among).tolist()


def test_each_block_sets_exactly_its_hashes_bits() -> None:
    # The filter's words against the definition: bit ``slot`` of word ``h``
    # of a segment is set iff ``h`` is a hash of that block's unigrams or
    # bigrams (up to OVERLAP characters past its end), for texts of one
    # character, of a block and a bit, and of several blocks.
    from reader.core.blockfilter import OVERLAP, _hashes

    rng = random.Random(7)
    texts = [
        np.array(
            [rng.choice([0x4E00 + k for k in range(300)] + [ord("a"), 0x1F600]) for _ in range(size)], dtype=np.uint32
        )
        for size in (1, 2, 50, BLOCK, BLOCK + 1, BLOCK + OVERLAP + 5, 3 * BLOCK + 17)
    ]
    flt = BlockFilter()
    expected: list[set[int]] = []
    for codes in texts:
        flt.add(codes)
        for start in range(0, codes.size, BLOCK):
            window = codes[start : min(start + BLOCK + OVERLAP, codes.size)]
            expected.append({int(h) for part in _hashes(window) for h in part})
    assert flt.blocks == len(expected)
    words = flt._words
    for block, bits in enumerate(expected):
        segment, slot = divmod(block, 64)
        have = set(np.flatnonzero((words[segment] >> np.uint64(slot)) & np.uint64(1)).tolist())
        assert have == bits


def test_a_spilled_filter_gives_the_same_candidates_and_reads_its_file(tmp_path) -> None:
    rng = random.Random(5)
    texts = [random_text(rng, rng.randint(1, BLOCK * 3)) for _ in range(150)]
    flt = BlockFilter()
    for text in texts:
        flt.add(fold_codes(text))
    queries = [text[i : i + n] for text in texts[::7] for i, n in ((0, 1), (len(text) // 2, 2), (3, 4))]
    queries += [random_text(rng, 2) for _ in range(20)]
    before = [flt.candidates(term_bits(fold_codes(q))).tolist() for q in queries]
    file = open(tmp_path / "words", "w+b")  # noqa: SIM115 (the spilled filter owns it)
    spilled = flt.spilled(file)
    assert spilled is not None and spilled.blocks == flt.blocks
    assert spilled._file is not None and spilled._sliced is None  # read from the file, not held
    assert (tmp_path / "words").stat().st_size == BlockFilter.exported_size(flt.blocks)
    assert [spilled.candidates(term_bits(fold_codes(q))).tolist() for q in queries] == before
    spilled.add(fold_codes("新加的字"))  # adding reads it back, then goes on as before
    assert spilled.blocks == flt.blocks + 1
    assert spilled.blocks - 1 in spilled.candidates(term_bits(fold_codes("加的")))


def test_a_search_index_spills_its_filter_with_the_same_results(tmp_path) -> None:
    from pathlib import Path

    from reader.core.model import Article
    from reader.core.script import Script
    from reader.core.search import SearchIndex

    rng = random.Random(6)
    texts = [random_text(rng, rng.randint(10, BLOCK * 2)) for _ in range(60)]
    articles = [Article(f"a{i}", Path(f"/tmp/a{i}.txt"), f"t{i}", (t,), Script.NONE) for i, t in enumerate(texts)]
    index = SearchIndex.build(articles)
    queries = [t[5:7] for t in texts[::5]] + [texts[3][100:103], "的"]
    before = [[(r.id, r.count) for r in index.search(q)] for q in queries]
    assert index.spill_filter(str(tmp_path))
    assert index._filter._file is not None
    assert [[(r.id, r.count) for r in index.search(q)] for q in queries] == before
    assert SearchIndex().spill_filter(str(tmp_path)) is False  # nothing to move


def test_a_spooled_filter_has_the_same_words_and_candidates(tmp_path) -> None:
    rng = random.Random(7)
    # ~300 blocks: several full segments of 64 and a part-filled last one.
    texts = [random_text(rng, rng.randint(1, BLOCK * 3)) for _ in range(150)]
    flt = BlockFilter()
    spool = open(tmp_path / "spool", "w+b")  # noqa: SIM115 (the filter owns it)
    spooling = BlockFilter.spooling(spool)
    for text in texts:
        assert spooling.add(fold_codes(text)) == flt.add(fold_codes(text))
    assert spooling.blocks == flt.blocks and flt.blocks % 64
    assert spooling._words.shape[0] == 1  # one segment's row in memory, never the whole
    assert (tmp_path / "spool").stat().st_size == (flt.blocks // 64) * (1 << 16) * 8  # full segments written
    out = open(tmp_path / "words", "w+b")  # noqa: SIM115
    spooled = spooling.spooled(out)
    assert spooled is not None and spooled.in_file and spooled.blocks == flt.blocks
    assert spool.closed
    assert spooled.export() == flt.export()
    queries = [text[i : i + n] for text in texts[::7] for i, n in ((0, 1), (len(text) // 2, 2), (3, 4))]
    queries += [random_text(rng, 2) for _ in range(20)]
    for q in queries:
        bits = term_bits(fold_codes(q))
        assert spooled.candidates(bits).tolist() == flt.candidates(bits).tolist()


def test_a_spooled_filter_of_whole_segments_and_of_none(tmp_path) -> None:
    for blocks in (0, 64, 128):
        flt = BlockFilter()
        spooling = BlockFilter.spooling(open(tmp_path / f"s{blocks}", "w+b"))  # noqa: SIM115
        rng = random.Random(blocks)
        for _ in range(blocks):
            text = random_text(rng, BLOCK)
            flt.add(fold_codes(text))
            spooling.add(fold_codes(text))
        spooled = spooling.spooled(open(tmp_path / f"w{blocks}", "w+b"))  # noqa: SIM115
        assert spooled is not None and spooled.blocks == blocks
        assert spooled.export() == flt.export()


def test_a_search_index_built_spooled_gives_the_same_results(tmp_path) -> None:
    from pathlib import Path

    from reader.core.model import Article
    from reader.core.script import Script
    from reader.core.search import SearchIndex

    rng = random.Random(8)
    texts = [random_text(rng, rng.randint(10, BLOCK * 3)) for _ in range(120)]
    articles = [Article(f"a{i}", Path(f"/tmp/a{i}.txt"), f"t{i}", (t,), Script.NONE) for i, t in enumerate(texts)]
    index = SearchIndex.build(articles)
    spooled = SearchIndex.build_spooled(articles, str(tmp_path))
    assert spooled._filter.in_file and not index._filter.in_file
    queries = [t[5:7] for t in texts[::5]] + [texts[3][100:103], "的", texts[50][7:8]]
    for q in queries:
        assert [(r.id, r.count) for r in spooled.search(q)] == [(r.id, r.count) for r in index.search(q)]
    assert spooled.spill_filter(str(tmp_path))  # already in a file: nothing read back
    assert spooled._filter.in_file


def test_a_search_index_built_spooled_where_no_file_can_be_made_is_built_in_memory(tmp_path) -> None:
    from pathlib import Path

    from reader.core.model import Article
    from reader.core.script import Script
    from reader.core.search import SearchIndex

    articles = [Article("a", Path("/tmp/a.txt"), "t", ("黄仁勋说",), Script.NONE)]
    index = SearchIndex.build_spooled(articles, str(tmp_path / "missing"))
    assert not index._filter.in_file
    assert [r.id for r in index.search("仁勋")] == ["a"]


def test_a_search_index_built_spooled_keeps_its_folded_texts_in_a_file_with_the_same_results(tmp_path) -> None:
    from pathlib import Path

    from reader.core.model import Article
    from reader.core.script import Script
    from reader.core.search import SearchIndex

    rng = random.Random(9)
    # Several blocks each, Traditional to fold, an emoji (a placeholder in
    # the compact fold), and runs of one character (overlapping occurrences)
    # across block borders.
    texts = [random_text(rng, rng.randint(10, BLOCK * 3)) for _ in range(40)]
    texts[3] = texts[3][: BLOCK - 2] + "黃黃黃黃黃" + texts[3][BLOCK - 2 :] + "😀黃仁勛"
    texts[7] = "ＡＢ" + texts[7] + "😀" * 3 + "ab"
    texts[8] = "\ud83d" + texts[8][:BLOCK] + "\ud83d\ude00" + texts[8][BLOCK:]
    articles = [Article(f"a{i}", Path(f"/tmp/a{i}.txt"), f"t{i}", (t,), Script.NONE) for i, t in enumerate(texts)]
    index = SearchIndex.build(articles)
    spooled = SearchIndex.build_spooled(articles, str(tmp_path))
    assert all(d is not None and d._folded is None and d._store is not None for d in spooled._docs)
    queries = [t[5:7] for t in texts[::4]] + [texts[3][100:103], "的", "黄黄", "黄黄黄", "😀黄仁勋", "😀", "ab"]
    queries.append("\ud83d")
    queries += [texts[8][BLOCK - 1 : BLOCK + 2], texts[20][BLOCK - 3 : BLOCK + 3]]
    for q in queries:
        want = [(r.id, r.count, r.hits, r.snippets) for r in index.search(q)]
        assert want, q
        assert [(r.id, r.count, r.hits, r.snippets) for r in spooled.search(q)] == want, q
        for a in articles[::5]:
            assert spooled.hits_in(a, q) == index.hits_in(a, q)
    # Read from the file, the whole folded text is the one kept in memory.
    assert all(s.folded == d.folded for s, d in zip(spooled._docs, index._docs, strict=True))  # type: ignore[union-attr]
    spooled.add(Article("new", Path("/tmp/new.txt"), "t", ("新加的字黃",), Script.NONE))  # added later: in the file too
    assert spooled._docs[-1]._store is not None  # type: ignore[union-attr]
    assert [r.id for r in spooled.search("加的字黄")] == ["new"]
