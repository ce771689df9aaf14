"""The reading view's pure parts, without an app: the page model, the
highlights model, Markdown at view time, the jump list and width steps."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.highlights import Highlights, Kind, Spans, find_all
from reader.core.jumps import JumpList, Place
from reader.core.markdown_view import render_line, shown_excerpt
from reader.core.model import Article
from reader.core.page import HEADER, PageLayout, PageText
from reader.core.script import Script, detect_script
from reader.core.state import MAX_WIDTH, MIN_WIDTH, WIDTH_STEP, step_width
from reader.core.views import View


def article(paragraphs: list[str], name: str = "t.txt", title: str = "標題") -> Article:
    # The script as detected: an article already in a view's script is shown as written.
    script = detect_script(title, *paragraphs)
    return Article(id="t", path=Path(name), title=title, paragraphs=tuple(paragraphs), script=script)


# --------------------------------------------------------------------------
# Page model


def test_layout_has_title_meta_blank_and_paragraph_lines() -> None:
    page = PageText.of(article(["第一段。", "第二段。"]), View.ORIGINAL)
    layout = PageLayout(page, 40)
    shown = []
    for y in range(layout.height):
        line = layout.line(y)
        assert line is not None
        shown.append("" if line.blank else layout.blocks[line.block].text[line.start : line.end])
    assert shown == ["標題", "繁體 · 9\u00a0chars", "", "第一段。", "", "第二段。"]
    assert layout.line(layout.height) is None


def test_offsets_and_lines_round_trip_through_a_length_changing_view() -> None:
    # s2twp turns 博客 into 部落格: the converted paragraph is longer.
    paragraphs = ["他写了一篇博客，" * 20, "博客之后又是博客。" * 10]
    doc = article(paragraphs)
    for view in View:
        layout = PageLayout(PageText.of(doc, view), 12)
        for y in range(HEADER + 1, layout.height):
            pos = layout.position_at(y)
            line = layout.line(y)
            # Offset 0 is the top of the page, title included.
            if line is not None and not line.blank and pos > 0:
                assert layout.line_of(pos) == y, (view, y)
        # Every original offset lands on a line whose text holds it.
        for pos in range(0, doc.chars, 7):
            y = layout.line_of(pos)
            assert layout.position_at(y) <= pos


def test_a_new_column_is_a_new_layout_and_positions_hold() -> None:
    doc = article(["這是一段很長的文字，" * 40])
    page = PageText.of(doc, View.SIMPLIFIED)
    at = 123
    for column in (MIN_WIDTH, 47, MAX_WIDTH):
        layout = PageLayout(page, column)
        assert layout.column == column
        top = layout.position_at(layout.line_of(at))
        assert top <= at and at - top < column


def test_marks_on_a_line_and_the_current_one() -> None:
    doc = article(["甲乙丙丁。甲乙丙丁。"])
    layout = PageLayout(PageText.of(doc, View.ORIGINAL), 80)
    highlights = Highlights()
    highlights.set(Kind.SEARCH, find_all(doc.text, "乙丙"), doc.chars)
    highlights.step(1, 0)
    line = layout.line(HEADER + 1)
    assert line is not None
    assert layout.marks(line, highlights) == [("search", 1, 3), ("search", 6, 8), ("current", 1, 3)]


# --------------------------------------------------------------------------
# Highlights


def test_highlights_step_from_the_position_and_wrap() -> None:
    highlights = Highlights()
    assert highlights.step(1, 0) is None
    highlights.set("person", [(10, 12), (30, 32), (50, 52)], 100)
    step = highlights.step(1, 20)
    assert step is not None and (step.index, step.total, step.span) == (1, 3, (30, 32))
    assert highlights.step(1, 0).index == 2  # type: ignore[union-attr]
    assert highlights.step(1, 0).index == 0  # type: ignore[union-attr]
    assert highlights.step(-1, 0).index == 2  # type: ignore[union-attr]
    fresh = Highlights()
    fresh.set(Kind.SEARCH, [(10, 12), (30, 32)], 100)
    assert fresh.step(-1, 20).span == (10, 12)  # type: ignore[union-attr]


def test_highlights_clip_bad_spans_and_clear_by_kind() -> None:
    highlights = Highlights()
    highlights.set(Kind.SEARCH, [(5, 2), (-4, 1), (2, 99), (50, 60)], 10)
    assert highlights.by_kind[Kind.SEARCH].spans == ((0, 1), (2, 10))
    highlights.set(Kind.PERSON, [(1, 2)], 10)
    assert highlights.nav is Kind.PERSON
    highlights.clear(Kind.PERSON)
    assert highlights.nav is Kind.SEARCH and highlights.current is None
    highlights.clear()
    assert not highlights
    with pytest.raises(ValueError):
        highlights.set("bogus", [(0, 1)], 10)


def test_spans_overlapping_finds_only_nearby_ones() -> None:
    spans = Spans.of([(i, i + 2) for i in range(0, 10_000, 10)])
    assert spans.overlapping(95, 101) == [(100, 102)]
    assert spans.overlapping(101, 105) == [(100, 102)]
    assert spans.overlapping(103, 109) == []


def test_find_all_in_a_converted_view_finds_the_phrases_opencc_changed_whole() -> None:
    text = "点这个链接，看我的博客。链接。"
    # The Traditional view shows 連結 and 部落格: the reader types what they see.
    assert find_all(text, "連結", View.TRADITIONAL) == [(3, 5), (12, 14)]
    assert find_all(text, "部落格", View.TRADITIONAL) == [(9, 11)]
    assert find_all(text, "連結") == []
    # What the original spelling finds is still found, once.
    assert find_all(text, "链接", View.TRADITIONAL) == [(3, 5), (12, 14)]
    assert find_all(text, "博客", View.TRADITIONAL) == [(9, 11)]


def test_find_all_converts_an_article_once_for_every_keystroke(monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.core import highlights, offsets

    calls = []
    real = offsets.convert_mapped
    monkeypatch.setattr(offsets, "convert_mapped", lambda text, view: calls.append(view) or real(text, view))
    highlights._shown.cache_clear()
    text = "点这个链接，看我的博客。" * 50
    for typed in ("連", "連結", "部落格"):
        highlights.find_all(text, typed, View.TRADITIONAL)
    assert calls == [View.TRADITIONAL]
    assert highlights.find_all(text, "連結", View.TRADITIONAL) == [(3 + 12 * k, 5 + 12 * k) for k in range(50)]


def test_find_all_is_script_width_and_case_blind() -> None:
    text = "黃仁勛說ＡＩ，黄仁勋说ai。"
    assert find_all(text, "黄仁勋") == [(0, 3), (7, 10)]
    assert find_all(text, "AI") == [(4, 6), (11, 13)]
    assert find_all(text, "  ") == []
    assert find_all(text, "%") == []


# --------------------------------------------------------------------------
# Markdown at view time


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("## 标题 ##", "标题"),
        ("- 条目 **粗体** 和 *斜体*", "• 条目 粗体 和 斜体"),
        ("1. 第一 [链接](http://x.y/a_(b)) `code`", "1. 第一 链接 code"),
        ("> 引用 ![图](a.png)", "│ 引用 图"),
        ("普通 a\\*b 段落 &amp; <b>x</b>", "普通 a*b 段落 & x"),
        ("纯文本。", "纯文本。"),
        ("---", "───"),
        ("```python", "```python"),
    ],
)
def test_markdown_lines_render_without_markup(line: str, shown: str) -> None:
    rendered = render_line(line)
    assert rendered.text == shown
    # The map sends each shown character back to the source character.
    back = rendered.map.inverse()
    for at, char in enumerate(rendered.text):
        source = line[back(at)]
        assert source == char or char in "•│─", (line, at, char, source)


def test_markdown_styles_are_in_shown_offsets() -> None:
    rendered = render_line("这是**重要的**和`代码`")
    assert ("strong" in {name for _, _, name in rendered.spans}) and ("code" in {n for _, _, n in rendered.spans})
    for a, b, name in rendered.spans:
        piece = rendered.text[a:b]
        assert piece == {"strong": "重要的", "code": "代码"}[name]


def _marks(text: str, term: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in re.finditer(term, text))


@pytest.mark.parametrize(
    ("excerpt", "shown"),
    [
        ("# 阿公嘅涼茶舖\n一九五九年，**阿公**開咗涼茶舖", "阿公嘅涼茶舖\n一九五九年，阿公開咗涼茶舖"),
        ("> 引用**涼茶**的話", "│ 引用涼茶的話"),
        ("街坊話涼茶\n- 涼茶一碗", "街坊話涼茶\n• 涼茶一碗"),
        ("沒有標記的涼茶", "沒有標記的涼茶"),
    ],
)
def test_a_markdown_excerpt_is_shown_without_markup_with_its_marks_moved(excerpt: str, shown: str) -> None:
    # A search snippet of a Markdown article reads as the reading view shows the text.
    text, marks = shown_excerpt(excerpt, _marks(excerpt, "涼茶"))
    assert text == shown
    assert [text[a:b] for a, b in marks] == ["涼茶"] * len(_marks(excerpt, "涼茶"))


def test_struck_out_markdown_is_drawn_struck_not_as_emphasis() -> None:
    rendered = render_line("家姐~~好惡~~好錫我　←改")
    assert rendered.text == "家姐好惡好錫我　←改"
    assert [(rendered.text[a:b], name) for a, b, name in rendered.spans] == [("好惡", "struck")]


def test_markdown_page_keeps_original_offsets_in_a_converted_view() -> None:
    doc = article(["# 软件博客", "他写**博客**和*软件*。"], name="a.md")
    layout = PageLayout(PageText.of(doc, View.TRADITIONAL), 80)
    block = layout.blocks[HEADER + 1]
    assert block.text == "他寫部落格和軟體。"
    names = {block.text[a:b]: name for a, b, name in block.styles}
    assert names == {"部落格": "strong", "軟體": "emphasis"}
    highlights = Highlights()
    start = doc.text.index("博客")
    highlights.set(Kind.SEARCH, [(start, start + 2)], doc.chars)
    line = layout.line(layout.line_of(start))
    assert line is not None
    marks = layout.marks(line, highlights)
    assert [block.text[line.start + a : line.start + b] for _, a, b in marks] == ["部落格"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="#*_`[]()>!-+ 1.\\&;ab中文", max_size=40))
def test_markdown_never_breaks_on_any_line(line: str) -> None:
    rendered = render_line(line)
    m = rendered.map
    for pos in range(len(line) + 1):
        assert 0 <= m(pos) <= len(rendered.text) or m.is_identity
    for a, b, _ in rendered.spans:
        assert 0 <= a <= b <= len(rendered.text)


def test_plain_text_files_are_never_rendered_as_markdown() -> None:
    doc = article(["**不是粗体**"], name="a.txt")
    assert PageText.of(doc, View.ORIGINAL).paragraphs == ("**不是粗体**",)


# --------------------------------------------------------------------------
# Jumps and width steps


def test_jump_list_goes_back_and_forward_and_branches() -> None:
    jumps = JumpList(limit=3)
    a, b, c, d = (Place(x, 0) for x in "abcd")
    assert jumps.back(a) is None
    jumps.record(a)
    jumps.record(b)
    assert jumps.back(c) == b
    assert jumps.back(b) == a
    assert jumps.forward(a) == b
    assert jumps.forward(b) == c
    assert jumps.forward(c) is None
    jumps.back(c)
    jumps.record(d)  # a new branch: forward is gone
    assert not jumps.can_go_forward
    for x in "wxyz":
        jumps.record(Place(x, 1))
    assert len(jumps._back) == 3
    jumps.forget("z")
    assert all(p.article_id != "z" for p in jumps._back)


@pytest.mark.parametrize(
    ("width", "steps", "room", "expected"),
    [
        (80, 1, 58, 58),  # wider than the pane: + can't widen what shows
        (80, -1, 58, 54),  # - counts from what shows
        (60, 1, 200, 64),
        (MIN_WIDTH, -1, 200, MIN_WIDTH),
        (MAX_WIDTH, 1, 400, MAX_WIDTH),
        (30, -1, 10, MIN_WIDTH),
    ],
)
def test_step_width_counts_from_the_column_shown(width: int, steps: int, room: int, expected: int) -> None:
    assert step_width(width, steps, room) == expected
    assert WIDTH_STEP == 4


def test_meta_line_names_the_script_as_the_list_does_in_every_view() -> None:
    doc = Article(
        id="t", path=Path("t.txt"), title="软件", paragraphs=("软件",), script=Script.SIMPLIFIED, source="软件学报"
    )
    meta = PageText.of(doc, View.TRADITIONAL).meta
    assert meta.startswith("軟體學報 · ") and "简体" in meta and "簡體" not in meta


def test_hostile_markdown_is_shown_as_text_and_never_reaches_the_terminal() -> None:
    doc = article(
        [
            "[点我](javascript:alert(1)) 和 <script>alert(1)</script>",
            '**粗体\x1b[31m红色\x1b[0m** [x](y "t")',
            "[bold]不是标记[/bold] `\x07` " + "*" * 5000,
        ],
        name="hostile.md",
    )
    page = PageText.of(doc, View.ORIGINAL)
    # A javascript: link is no link to markdown-it: it stays visible text.
    assert page.paragraphs[0].startswith("[点我](javascript:alert(1)) 和 ")
    for text in page.paragraphs:
        assert "\x1b" not in text and "\x07" not in text
    assert "␛[31m红色" in page.paragraphs[1]
    assert page.paragraphs[2].startswith("[bold]不是标记[/bold]")
    # Every paragraph still maps back into its original.
    for index, original in enumerate(doc.paragraphs):
        back = page.maps[index].inverse()
        assert all(0 <= back(at) <= len(original) for at in range(len(page.paragraphs[index]) + 1))
