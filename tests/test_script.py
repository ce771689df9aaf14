"""Script detection, conversion, offset maps between views, and folding."""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.conversion import convert
from reader.core.corpus import load_corpus
from reader.core.folding import fold
from reader.core.offsets import OffsetMap, convert_mapped, offset_map
from reader.core.resources import seeds_dir
from reader.core.script import Script, detect_script
from reader.core.views import View

# -- detection -----------------------------------------------------------------


def test_detects_each_script() -> None:
    assert detect_script("软件工程师在网络上发布了这篇博客。") is Script.SIMPLIFIED
    assert detect_script("軟體工程師在網路上發布了這篇部落格。") is Script.TRADITIONAL
    assert detect_script("软件工程师" + "軟體工程師") is Script.MIXED
    assert detect_script("English only, and 中文 that is the same in both.") is Script.NONE
    assert detect_script("") is Script.NONE


def test_stray_simplified_characters_leave_a_text_traditional() -> None:
    text = "這是一篇繁體文章，記錄了學者們的研究與討論。" * 10 + "于是并且后来"
    assert detect_script(text) is Script.TRADITIONAL


def test_seed_000_is_traditional_despite_stray_simplified_characters() -> None:
    article = load_corpus([seeds_dir()]).get("000")
    simplified_only = {
        ch for ch in article.text if convert(ch, View.TRADITIONAL) != ch and convert(ch, View.SIMPLIFIED) == ch
    }
    assert simplified_only, "the seed is known to contain stray Simplified characters"
    assert article.script is Script.TRADITIONAL


# -- conversion ------------------------------------------------------------------


def test_traditional_view_uses_taiwan_phrasing() -> None:
    assert convert("软件和网络", View.TRADITIONAL) == "軟體和網路"
    assert convert("博客", View.TRADITIONAL) == "部落格"


def test_simplified_view() -> None:
    assert convert("軟體工程師的網路", View.SIMPLIFIED) == "软体工程师的网路"
    assert convert("黃仁勛", View.SIMPLIFIED) == "黄仁勋"


def test_original_view_is_untouched() -> None:
    for text in ("软件", "軟體", "", "[bold]x[/bold]"):
        assert convert(text, View.ORIGINAL) == text


def test_views_cycle_and_have_labels() -> None:
    assert [View.ORIGINAL.next(), View.SIMPLIFIED.next(), View.TRADITIONAL.next()] == [
        View.SIMPLIFIED,
        View.TRADITIONAL,
        View.ORIGINAL,
    ]
    assert {v.label for v in View} == {"Original", "简体", "繁體"}


# -- offsets across views ---------------------------------------------------------


def test_offsets_move_past_a_longer_phrase() -> None:
    text = "我的博客很好\n第二段博客"
    conversion = convert_mapped(text, View.TRADITIONAL)
    assert conversion.text == "我的部落格很好\n第二段部落格"
    assert conversion.map(4) == 5  # 很
    assert conversion.map.span(2, 4) == (2, 5)  # 博客 -> 部落格
    assert conversion.map.span(10, 12) == (11, 14)  # at the very end
    assert conversion.map(len(text)) == len(conversion.text)


def test_identity_when_lengths_agree() -> None:
    conversion = convert_mapped("软件工程师", View.TRADITIONAL)
    assert conversion.text == "軟體工程師"
    assert conversion.map.is_identity
    assert conversion.map(3) == 3


def test_span_never_collapses() -> None:
    m = OffsetMap((0, 2, 3), (0, 2, 2), 5, 4)
    a, b = m.span(2, 3)
    assert b > a


def test_offset_map_on_its_own() -> None:
    m = offset_map("我的博客", "我的部落格")
    assert m(2) == 2 and m(4) == 5


WORDS = ["博客", "软件", "网络", "我们", "的", "很好", "信息", "Felix", " ", "，", "。", "\n"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_mapped_offsets_are_monotonic_and_keep_words(words: list[str]) -> None:
    text = "".join(words)
    for view in (View.SIMPLIFIED, View.TRADITIONAL):
        conversion = convert_mapped(text, view)
        positions = [conversion.map(i) for i in range(len(text) + 1)]
        assert positions == sorted(positions)
        assert positions[0] == 0 and positions[-1] == len(conversion.text)
        # Every word lands on its own conversion.
        start = 0
        for word in words:
            a, b = conversion.map.span(start, start + len(word))
            if word != "\n":
                assert conversion.text[a:b] == convert(word, view)
            start += len(word)


def test_paragraph_starts_map_to_paragraph_starts_on_the_seeds() -> None:
    for article in load_corpus([seeds_dir()]):
        for view in (View.SIMPLIFIED, View.TRADITIONAL):
            conversion = convert_mapped(article.text, view)
            paragraphs = conversion.text.split("\n")
            assert len(paragraphs) == len(article.paragraphs)
            starts = [0, *itertools.accumulate(len(p) + 1 for p in paragraphs)][:-1]
            assert [conversion.map(s) for s in article.paragraph_starts] == starts


def test_mapping_a_long_text() -> None:
    text = "\n".join(["我在博客上写了关于软件的文章，很多人在网络上讨论。"] * 20_000)
    conversion = convert_mapped(text, View.TRADITIONAL)
    assert conversion.map(len(text)) == len(conversion.text)


# -- folding -------------------------------------------------------------------


def test_fold_is_script_width_and_case_blind() -> None:
    assert fold("黃仁勛") == fold("黄仁勋") == "黄仁勋"
    assert fold("ＡＩ") == "ai"
    assert fold("Scaling LAW") == "scaling law"


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=60))
def test_fold_keeps_length(text: str) -> None:
    assert len(fold(text)) == len(text)


def test_lone_surrogates_neither_fold_nor_convert_fails():
    from reader.core.conversion import convert
    from reader.core.folding import fold
    from reader.core.views import View

    assert fold("a\udcffＢ黃") == "a\udcffb黄"
    converted = convert("x\udcff软件", View.TRADITIONAL)
    assert converted == "x\ufffd軟體"


def test_align_maps_each_phrase_in_a_long_paragraph_and_inverts():
    from reader.core.conversion import convert
    from reader.core.offsets import align
    from reader.core.views import View

    original = "他的博客很好看，" * 5000
    converted = convert(original, View.TRADITIONAL)
    offsets = align(original, converted, View.TRADITIONAL)
    last = original.rindex("博客")
    start, end = offsets.span(last, last + 2)
    assert converted[start:end] == "部落格"
    back = offsets.inverse()
    assert back(start) == last
    assert back(len(converted)) == len(original)


def test_convert_paragraphs_matches_one_by_one():
    from reader.core.conversion import convert, convert_paragraphs
    from reader.core.views import View

    paragraphs = ["软件和博客", "", "鼠标", "现在"] * 3
    assert convert_paragraphs(paragraphs, View.TRADITIONAL) == tuple(convert(p, View.TRADITIONAL) for p in paragraphs)
    assert convert_paragraphs(paragraphs, View.ORIGINAL) == tuple(paragraphs)


# -- phrase fixes through OpenCC's own configuration (issue 11) --------------------


def test_the_seed_phrase_opencc_gets_wrong_is_fixed_and_taiwan_phrasing_stays() -> None:
    assert convert("Hinton揭秘Ilya成长历程", View.TRADITIONAL) == "Hinton揭秘Ilya成長歷程"
    assert convert("他的成长历程很长", View.TRADITIONAL) == "他的成長歷程很長"
    # The shipped dictionaries still apply, first step and Taiwan phrasing.
    assert convert("软件和博客", View.TRADITIONAL) == "軟體和部落格"
    assert convert("成長歷程", View.SIMPLIFIED) == "成长历程"


def test_calendar_words_keep_their_calendar() -> None:
    for text, expected in [("日历", "日曆"), ("农历新年", "農曆新年"), ("日历程序", "日曆程式"), ("长历", "長曆")]:
        assert convert(text, View.TRADITIONAL) == expected


def test_every_shipped_phrase_fixes_a_real_mistake() -> None:
    import opencc

    from reader.core.phrases import SHIPPED, parse

    plain = opencc.OpenCC("s2twp", include_tofu_risk_dictionaries=False)
    pairs = parse(SHIPPED.read_text(encoding="utf-8"), "shipped")
    assert pairs
    for simplified, traditional in pairs.items():
        # In a sentence, as readers meet them: 百年历史, 她的成长历程.
        sentence = f"百{simplified}"
        assert plain.convert(sentence) != "百" + traditional, simplified  # OpenCC alone gets it wrong
        assert convert(sentence, View.TRADITIONAL) == "百" + traditional, simplified


def test_phrases_go_ahead_of_the_shipped_dictionaries_in_the_config(tmp_path) -> None:
    from reader.core.phrases import config_with_phrases, opencc_share_dir

    share = opencc_share_dir()
    config = config_with_phrases("s2twp", tmp_path / "p.txt", share)
    ours = {"type": "text", "file": str(tmp_path / "p.txt")}
    assert config["segmentation"]["dict"]["dicts"][0] == ours
    assert config["conversion_chain"][0]["dict"]["dicts"][0] == ours
    # Later steps are as shipped; every ocd2 file is found where opencc keeps it.
    assert ours not in config["conversion_chain"][1]["dict"]["dicts"]
    files = []

    def walk(node) -> None:
        if isinstance(node, dict):
            if node.get("type") == "ocd2":
                files.append(node["file"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(config)
    assert files and all(Path(f).is_absolute() and Path(f).is_file() for f in files)


def test_the_users_phrase_file_beside_people_tsv(tmp_path, monkeypatch) -> None:
    import warnings

    from reader.core.phrases import build_converter, user_file

    monkeypatch.setenv("READER_PEOPLE_FILE", str(tmp_path / "people.tsv"))
    assert user_file() == tmp_path / "phrases.tsv"
    (tmp_path / "phrases.tsv").write_text("# mine\n鼠标垫\t滑鼠墊子\nbad line without a tab\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        to_traditional = build_converter("s2twp")
        to_simplified = build_converter("t2s")
    assert any("phrases.tsv:3" in str(w.message) for w in caught)
    assert to_traditional.convert("买了鼠标垫") == "買了滑鼠墊子"
    assert to_simplified.convert("買了滑鼠墊子") == "买了鼠标垫"
    # The shipped fixes are still there.
    assert to_traditional.convert("成长历程") == "成長歷程"


def test_several_texts_count_as_one() -> None:
    """The loader detects a title and its body together without joining
    them: the same verdict as the joined text, whichever way it falls."""
    from reader.core.script import detect_script

    cases = [("黃仁勛說", "软件很好" * 3), ("软件", "軟體很好" * 5), ("", "軟體"), ("title", ""), ("軟體", "软件")]
    for title, body in cases:
        assert detect_script(title, body) == detect_script(title + "\n" + body), (title, body)
    assert detect_script("軟體", "软件很好很好") != detect_script("軟體")
