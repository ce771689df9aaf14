"""CJK line breaking: cell widths, kinsoku, words, coverage, speed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len as rich_cell_len

from reader.core.linebreak import (
    BREAK_SPACES,
    NO_END,
    NO_START,
    cell_len,
    cell_width,
    cell_widths,
    fit,
    fit_parts,
    wrap,
    wrap_parts,
)


def lines_of(text: str, width: int) -> list[str]:
    return [text[a:b] for a, b in wrap(text, width)]


def is_one_grapheme(line: str) -> bool:
    return len(line) == 1 or all(w == 0 for w in cell_widths(line)[1:])


def check_cover(text: str, spans: list[tuple[int, int]]) -> None:
    """Spans are in order, disjoint, and skip only break spaces/newlines."""
    pos = 0
    for start, end in spans:
        assert pos <= start <= end <= len(text)
        assert all(c in BREAK_SPACES or c == "\n" for c in text[pos:start]), (text, spans)
        pos = end
    assert all(c in BREAK_SPACES or c == "\n" for c in text[pos:]), (text, spans)
    assert spans


# --------------------------------------------------------------------------
# Widths


def test_widths_of_common_characters() -> None:
    assert [cell_width(c) for c in "a中，。ＡＡ😀\u0301\x1b"] == [1, 2, 2, 2, 2, 2, 2, 0, 0]
    assert cell_len("黃仁勛 said") == 11


def test_widths_agree_with_rich_for_every_code_point() -> None:
    # Textual lays out with Rich's table: a disagreement would push the right
    # edge of a line out of the column. Unassigned code points too: Rich's
    # Unicode is newer than Python's, and articles use the new characters.
    # ZWJ and VS16 change their neighbours: see the sequence tests below.
    chars = [chr(code) for code in range(0x110000) if code not in (0x200D, 0xFE0F)]
    ours = cell_widths("".join(chars))
    theirs = bytes(map(rich_cell_len, chars))
    if ours != theirs:
        wrong = [hex(ord(c)) for c, a, b in zip(chars, ours, theirs, strict=True) if a != b]
        pytest.fail(f"{len(wrong)} code points differ from Rich: {wrong[:20]}")
    # cell_width, one character at a time, reads the same table.
    assert [cell_width(c) for c in chars[::101]] == list(theirs[::101])


@pytest.mark.parametrize(
    "text",
    [
        "👨\u200d👩\u200d👧",
        "❤️",
        "1️⃣",
        "👍🏽",
        "🇨🇳",
        "e\u0301",
        "中文😀ok",
        "a\u200db",
        "\u200d",
        "x\ufe0f",
        "♥\u0301\ufe0f",  # VS16 reaches back over a combining mark
        "♥\u200dx\ufe0f",  # ... and over a character a ZWJ swallowed
        "a\u200d\ufe0f",  # a swallowed VS16 widens nothing
        "♥\ufe0f\ufe0f",  # only the first VS16 counts
    ],
)
def test_sequence_widths_agree_with_rich(text: str) -> None:
    assert cell_len(text) == rich_cell_len(text)


# Characters whose width depends on their neighbours, and some that do not.
_TRICKY = "a1#中，♥☺✂⌚\u200d\ufe0f\ufe0e\u0301\u20e3👨🏽🇨 \t\x1b\u1100\u1160\u3000"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_TRICKY, max_size=12))
def test_any_sequence_width_agrees_with_rich(text: str) -> None:
    assert cell_len(text) == rich_cell_len(text)


# --------------------------------------------------------------------------
# Breaking rules


def test_a_line_never_starts_with_a_closing_mark() -> None:
    text = "他說：「我們現在就走。」大家都同意，於是出發了、沒有人回頭。"
    # From 6 cells up a line holds 走。」 so every violation is avoidable.
    for width in range(6, 40):
        lines = lines_of(text, width)
        assert "".join(lines) == text
        for line in lines[1:]:
            assert line[0] not in NO_START, (width, lines)
        for line in lines[:-1]:
            assert line[-1] not in NO_END, (width, lines)
            assert cell_len(line) <= width


def test_ideographic_comma_is_pulled_down_with_its_character() -> None:
    # 10 cells hold five characters; the sixth is 、 and must not start line 2.
    assert lines_of("一二三四五、六七八", 10) == ["一二三四", "五、六七八"]


def test_opening_mark_moves_to_the_next_line() -> None:
    assert lines_of("一二三四「五六」", 10) == ["一二三四", "「五六」"]


def test_dashes_and_ellipses_stay_together() -> None:
    for width in range(6, 20):
        for line in lines_of("他停了一下——然後說……好吧。", width)[1:]:
            assert line[0] not in "—…"


def test_latin_words_are_not_split_and_spaces_are_dropped() -> None:
    text = "DeepMind 研究科學家 Felix Hill 英年早逝"
    assert lines_of(text, 12) == ["DeepMind 研", "究科學家 ", "Felix Hill ", "英年早逝"]
    assert lines_of("hello   world", 5) == ["hello", "world"]


def test_a_word_longer_than_the_line_breaks_hard() -> None:
    url = "https://example.com/" + "a" * 50
    lines = lines_of(url, 20)
    assert "".join(lines) == url
    assert all(cell_len(line) <= 20 for line in lines)


def test_wide_character_in_a_one_cell_line() -> None:
    assert lines_of("中文", 1) == ["中", "文"]


def test_graphemes_are_not_split() -> None:
    text = "ab👨\u200d👩\u200d👧cd e\u0301e\u0301"
    for width in range(1, 10):
        for line in lines_of(text, width)[1:]:
            assert cell_widths(line)[0] != 0 or line[0] == "", (width, line)


def test_newline_is_a_forced_break() -> None:
    assert lines_of("一二\n三四", 40) == ["一二", "三四"]
    assert wrap("", 5) == [(0, 0)]
    assert wrap("\n", 5) == [(0, 0), (1, 1)]


def test_a_line_breaks_after_a_dash_rather_than_inside_the_latin_word_after_it() -> None:
    # (hypothesis's counterexample: 字——AIwo | rd, the dashes read as part of the word)
    text = "字——AIword "
    assert [text[a:b] for a, b in wrap(text, 8)] == ["字——", "AIword "]
    text = "他说……Hello"
    assert [text[a:b] for a, b in wrap(text, 9)] == ["他说……", "Hello"]


def test_width_must_be_positive() -> None:
    with pytest.raises(ValueError):
        wrap("中文", 0)


def test_hostile_text_is_just_characters() -> None:
    text = "[bold]粗[/bold] \x1b[31m紅\x1b[0m [link=http://x]連[/link]" * 20 + "\x00\x07" * 10
    spans = wrap(text, 17)
    check_cover(text, spans)


# --------------------------------------------------------------------------
# Properties

_TOKENS = st.sampled_from(
    [
        "字",
        "中",
        "文",
        "字，",
        "字。",
        "字。」",
        "字」、",
        "「字",
        "『「字",
        "（字",
        "字）",
        "word ",
        "AI",
        "2024年",
        "字——",
        "字……",
    ]
)


def _latin_word_at(text: str, cut: int) -> int:
    """The length of the run of ASCII letters around position ``cut``."""
    start, end = cut, cut
    while start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isascii() and text[end].isalpha():
        end += 1
    return end - start


@settings(max_examples=300, deadline=None)
@given(st.lists(_TOKENS, min_size=1, max_size=60), st.integers(min_value=8, max_value=90))
def test_kinsoku_always_holds_when_avoidable(tokens: list[str], width: int) -> None:
    # Every token is at most 6 cells, so an allowed break always fits.
    text = "".join(tokens)
    spans = wrap(text, width)
    check_cover(text, spans)
    lines = [text[a:b] for a, b in spans]
    for i, line in enumerate(lines):
        assert cell_len(line) <= width
        if i:
            assert line[0] not in NO_START, lines
            # The line break does not fall inside a Latin word that fits on a
            # line ("AI" "AI" "AI" "word" joins into one 10-letter word).
            cut = spans[i - 1][1]
            if _latin_word_at(text, cut) <= width:
                assert not (text[cut - 1 : cut + 1].isascii() and text[cut - 1 : cut + 1].isalpha()), lines
        if i < len(lines) - 1:
            assert line[-1] not in NO_END, lines


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.integers(min_value=1, max_value=100))
def test_any_text_is_covered_and_fits(text: str, width: int) -> None:
    spans = wrap(text, width)
    check_cover(text, spans)
    for start, end in spans:
        line = text[start:end]
        assert cell_len(line) <= width or is_one_grapheme(line), (line, width)
        if start and text[start - 1] != "\n" and line:
            # Break spaces never start a continued line.
            assert line[0] not in BREAK_SPACES


def test_five_megabytes_wrap() -> None:
    # How fast is the bench's to measure (the script switch re-wraps).
    paragraph = "就在剛剛，一個令人悲傷的消息傳來：谷歌DeepMind研究科學家Felix Hill英年早逝。" * 12
    paragraphs = [paragraph] * (1_700_000 // len(paragraph))
    lines = sum(len(wrap(p, 80)) for p in paragraphs)
    assert lines > 30_000


def test_truncate_fits_cells_and_marks_the_cut() -> None:
    from reader.core.linebreak import cell_len, truncate

    assert truncate("黄仁勋说", 8) == "黄仁勋说"
    assert truncate("黄仁勋说话了", 8) == "黄仁勋…"
    assert cell_len(truncate("黄仁勋说话了", 8)) <= 8
    assert truncate("abcdef", 4) == "abc…"
    assert truncate("abc", 1) == "…"
    assert truncate("abc", 0) == ""


def test_a_word_led_by_a_period_may_start_a_line() -> None:
    # `.md` after a space is a word, not closing punctuation: breaking at the
    # space before it must not pull the line back to a stray word, nor cut it.
    text = "not a format reader reads (.png; it reads .htm, .html, .markdown, .md, .txt)"
    lines = [text[a:b] for a, b in wrap(text, 32)]
    assert lines == ["not a format reader reads (.png;", "it reads .htm, .html, .markdown,", ".md, .txt)"]
    # A mark that closes what is before it still never starts a line.
    closing = "abcd efgh , ijkl"
    assert all(not text_line.startswith(",") for text_line in (closing[a:b] for a, b in wrap(closing, 9)))


def test_a_details_line_breaks_only_between_its_parts() -> None:
    text = "西岭音乐学院社会艺术水平考级中心 · 2026-11-27 16:30 · 简体 · 568\u00a0chars"
    for width in range(32, 80):  # (from the widest part up)
        lines = [text[a:b] for a, b in wrap_parts(text, width)]
        # Every part whole on one line, no line wider than the width.
        assert all(cell_len(line) <= width for line in lines), (width, lines)
        parts = [part for line in lines for part in line.split(" · ")]
        assert parts == text.split(" · "), (width, lines)
    # A part wider than the line is wrapped on its own.
    assert [text[a:b] for a, b in wrap_parts(text, 20)][:2] == ["西岭音乐学院社会艺术", "水平考级中心"]
    assert wrap_parts("", 10) == [(0, 0)]


def test_fit_parts_keeps_a_line_that_fits() -> None:
    line = "新智元 · 10月26日 23:27 · 繁體→简体"
    assert fit_parts(line, cell_len(line)) == line


def test_fit_parts_drops_the_clock_time_first() -> None:
    line = "Interconnects · 10月26日 23:27 · 简体"
    assert fit_parts(line, 35) == "Interconnects · 10月26日 · 简体"
    assert fit_parts("一财 · 2025-10-26 09:05:33 · 繁體", 24) == "一财 · 2025-10-26 · 繁體"


def test_fit_parts_then_shortens_the_label_then_cuts_the_source() -> None:
    line = "Interconnects Weekly Digest · 10月26日 23:27 · 繁體→简体"
    whole = "Interconnects Weekly Digest · 10月26日 · 繁體→简体"
    assert fit_parts(line, cell_len(whole)) == whole
    short = "Interconnects Weekly Digest · 10月26日 · 繁→简"
    assert fit_parts(line, cell_len(whole) - 1) == short
    # (the date and the short label take 19 cells, the source keeps 6 with its ellipsis)
    for width in range(25, cell_len(short)):
        got = fit_parts(line, width)
        assert cell_len(got) <= width
        assert got.endswith(" · 10月26日 · 繁→简"), got
        assert got.startswith("Inter") and "…" in got


def test_fit_parts_cuts_the_end_when_even_the_date_and_script_do_not_fit() -> None:
    line = "Interconnects · 10月26日 23:27 · 繁體→简体"
    assert fit_parts(line, 12) == "Inter… · 10…"
    assert fit_parts(line, 20) == "Inter… · 10月26日…"
    assert cell_len(fit_parts(line, 20)) <= 20


def test_fit_never_leaves_a_space_before_its_ellipsis() -> None:
    assert fit("第一财经 新闻", 6) == "第一…"
    assert fit("short", 10) == "short"


def test_fit_parts_shortens_the_label_before_cutting_a_short_source() -> None:
    line = "第一財經 · 2024-05-28 19:40 · 简体→繁體"
    assert fit_parts(line, 35) == "第一財經 · 2024-05-28 · 简体→繁體"
    assert fit_parts(line, 29) == "第一財經 · 2024-05-28 · 简→繁"
    # (one cell less: the source gives way, down to three characters, before the label is cut)
    assert fit_parts(line, 28) == "第一財… · 2024-05-28 · 简→繁"
    assert fit_parts("Interconnects Weekly Digest · 10月26日 23:27 · 繁體→简体", 28) == "Intercon… · 10月26日 · 繁→简"
