"""ReadingView in a small app, driven with Pilot; asserts on rendered lines."""

from __future__ import annotations

import random
import re
from functools import cache
from pathlib import Path

import pytest
from rich.cells import cell_len
from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.geometry import Offset
from textual.selection import Selection

from reader.core.conversion import convert
from reader.core.corpus import load_corpus
from reader.core.linebreak import NO_END, NO_START
from reader.core.model import Article
from reader.core.resources import seeds_dir
from reader.core.script import Script
from reader.core.state import MAX_WIDTH, MIN_WIDTH, step_width
from reader.core.views import View
from reader.ui.text import printable
from reader.ui.widgets.reading_view import ReadingView


def article(paragraphs: list[str], title: str = "標題", script: Script = Script.TRADITIONAL, **meta: str) -> Article:
    return Article(id="t", path=Path("t.txt"), title=title, paragraphs=tuple(paragraphs), script=script, **meta)


@cache
def seed(prefix: str) -> Article:
    return load_corpus([seeds_dir()]).get(prefix)


def big(chars: int) -> Article:
    paragraphs = seed("004").paragraphs
    out: list[str] = []
    total = 0
    while total < chars:
        for paragraph in paragraphs:
            out.append(paragraph)
            total += len(paragraph) + 1
    return article(out, title="大文章", script=Script.SIMPLIFIED)


class ReadingApp(App[None]):
    # n/N are bound once, on the main screen; this app stands in for it.
    BINDINGS = [Binding("n", "step(1)"), Binding("N", "step(-1)")]

    def __init__(self) -> None:
        super().__init__()
        self.animation_level = "none"
        self.moves: list[tuple[int, int]] = []
        self.positions: list[tuple[int, float]] = []

    def compose(self) -> ComposeResult:
        yield ReadingView()

    def action_step(self, direction: int) -> None:
        reading = self.query_one(ReadingView)
        reading.next_highlight() if direction > 0 else reading.previous_highlight()

    def on_reading_view_highlight_moved(self, event: ReadingView.HighlightMoved) -> None:
        self.moves.append((event.index, event.total))

    def on_reading_view_position_changed(self, event: ReadingView.PositionChanged) -> None:
        self.positions.append((event.position, event.progress))


def lines(view: ReadingView) -> list[str]:
    """The visible lines as text, margins trimmed."""
    return [view.render_line(y).text.strip() for y in range(view.scrollable_content_region.height)]


def styled(view: ReadingView, component: str) -> list[str]:
    """Visible text drawn with a highlight component's background."""
    background = view.get_component_rich_style(component, partial=True).bgcolor
    found = []
    for y in range(view.scrollable_content_region.height):
        for segment in view.render_line(y):
            if segment.style is not None and segment.style.bgcolor == background and segment.text.strip():
                found.append(segment.text)
    return found


def all_page_lines(view: ReadingView) -> list[str]:
    out = []
    for top in range(0, view.virtual_size.height, view.scrollable_content_region.height):
        view.scroll_to(y=top, animate=False)
        out.extend(lines(view))
    return out


async def start(pilot, doc: Article, view: View = View.ORIGINAL, position: int = 0) -> ReadingView:
    reading = pilot.app.query_one(ReadingView)
    reading.show(doc, view, position=position)
    reading.focus()
    await pilot.pause()
    return reading


# --------------------------------------------------------------------------


async def test_title_metadata_and_separated_paragraphs() -> None:
    doc = article(["第一段。", "第二段。"], title="標題", source="新智元", author="編輯部", date="2025-01-12")
    async with ReadingApp().run_test(size=(60, 12)) as pilot:
        reading = await start(pilot, doc)
        shown = lines(reading)
        meta = "新智元 · 編輯部 · 2025-01-12 · 繁體 · 9\u00a0chars"
        assert shown[:6] == ["標題", meta, "", "第一段。", "", "第二段。"]
        title = [s for s in reading.render_line(0) if s.text.strip()]
        assert all(s.style.bold for s in title)
        assert not any(s.style.bold for s in reading.render_line(3) if s.text.strip())


async def test_struck_out_markdown_is_drawn_with_a_strike_through() -> None:
    text = ("家姐~~好惡~~好錫我。",)
    doc = Article(id="t", path=Path("t.md"), title="講稿", paragraphs=text, script=Script.TRADITIONAL)
    async with ReadingApp().run_test(size=(60, 12)) as pilot:
        reading = await start(pilot, doc)
        y = lines(reading).index("家姐好惡好錫我。")
        drawn = [(s.text, bool(s.style and s.style.strike)) for s in reading.render_line(y) if s.text.strip()]
        assert "".join(t for t, struck in drawn if struck) == "好惡"
        assert "".join(t for t, struck in drawn if not struck) == "家姐好錫我。"


async def test_switching_script_converts_and_keeps_the_position() -> None:
    doc = seed("000")
    at = doc.text.index("現在")
    async with ReadingApp().run_test(size=(70, 16)) as pilot:
        reading = await start(pilot, doc, position=at)
        assert reading.position == at
        assert "現在" in "".join(lines(reading))
        reading.view = View.SIMPLIFIED
        await pilot.pause()
        shown = "".join(lines(reading))
        assert "现在" in shown and "現在" not in shown
        assert reading.position == at
        reading.view = View.ORIGINAL
        await pilot.pause()
        assert "現在" in "".join(lines(reading))
        assert reading.position == at


async def test_no_line_starts_with_closing_or_ends_with_opening_punctuation() -> None:
    doc = article(["一二三四五六七八九、十一二三四五六七八九十「一二三四五六七八九十」。" * 8])
    async with ReadingApp().run_test(size=(60, 30)) as pilot:
        reading = await start(pilot, doc)
        for width in (20, 21, 30, 37, 44):
            reading.reading_width = width
            await pilot.pause()
            body = [line for line in lines(reading)[3:] if line]
            assert len(body) > 3
            assert all(cell_len(line) <= width for line in body)
            assert not any(line[0] in NO_START for line in body)
            assert not any(line[-1] in NO_END for line in body[:-1])


async def test_seed_pages_follow_kinsoku() -> None:
    async with ReadingApp().run_test(size=(50, 40)) as pilot:
        for prefix in ("000", "001"):
            reading = await start(pilot, seed(prefix))
            page = all_page_lines(reading)
            assert not any(line and line[0] in "、。，；：？！」』）》" for line in page)


async def test_wide_characters_and_emoji_keep_the_right_edge_straight() -> None:
    doc = article(["ＡＩ模型👨‍👩‍👧❤️中文English混排🇨🇳 e\u0301t\u00e9 ｶﾀｶﾅ" * 10, "短。"])
    async with ReadingApp().run_test(size=(53, 20)) as pilot:
        reading = await start(pilot, doc)
        reading.reading_width = 30
        await pilot.pause()
        width = reading.scrollable_content_region.width
        margin = (width - 30) // 2
        for y in range(reading.scrollable_content_region.height):
            strip = reading.render_line(y)
            assert strip.cell_length == width
            assert cell_len(strip.text.rstrip()) <= margin + 30


async def test_markup_and_escapes_are_literal_text() -> None:
    hostile = "[bold]粗[/bold] [link=https://evil.example]連[/link] [@click=app.quit]退[/] \x1b[31m紅\x1b[0m\x07\x9b"
    doc = article([hostile], title="[b]title[/b]\x1b]8;;http://x\x1b\\")
    async with ReadingApp().run_test(size=(130, 10)) as pilot:
        reading = await start(pilot, doc)
        reading.reading_width = 120
        await pilot.pause()
        shown = lines(reading)
        assert shown[0].startswith("[b]title[/b]␛]8;;http://x␛\\")
        assert shown[3].startswith(
            "[bold]粗[/bold] [link=https://evil.example]連[/link] [@click=app.quit]退[/] ␛[31m紅␛[0m␇"
        )
        for y in range(4):
            for segment in reading.render_line(y):
                assert "\x1b" not in segment.text and "\x07" not in segment.text and "\x9b" not in segment.text
                style = segment.style
                assert style is None or (not style.link and set(style.meta) <= {"offset"})
                if y == 3:
                    assert not (style and style.bold)
        await pilot.click(ReadingView, offset=(30, 3))
        await pilot.pause()
        assert pilot.app.is_running


async def test_highlights_follow_a_length_changing_conversion() -> None:
    # s2twp turns 博客 into 部落格: every offset after it moves by one.
    doc = article(["他的博客很有名，博客作者是黄仁勋。", "黄仁勋说：博客博客黄仁勋博客。"], script=Script.SIMPLIFIED)
    spans = [(m.start(), m.end()) for m in re.finditer("黄仁勋", doc.text)]
    second_blog = doc.text.index("博客博客") + 2
    async with ReadingApp().run_test(size=(60, 12)) as pilot:
        reading = await start(pilot, doc)
        reading.set_highlights(spans, kind="search")
        await pilot.pause()
        assert styled(reading, "reading-view--search") == ["黄仁勋"] * 3
        reading.view = View.TRADITIONAL
        await pilot.pause()
        assert "部落格" in "".join(lines(reading))
        assert styled(reading, "reading-view--search") == ["黃仁勳"] * 3
        reading.set_highlights([(second_blog, second_blog + 2)], kind="person")
        await pilot.pause()
        assert styled(reading, "reading-view--person") == ["部落格"]
        reading.view = View.SIMPLIFIED
        await pilot.pause()
        assert styled(reading, "reading-view--search") == ["黄仁勋"] * 3


async def test_person_highlights_and_n_cycles_through_them() -> None:
    filler = ["這是無關的段落，用來把提及分開。" * 3] * 12
    paragraphs = ["伊利亚在这里。", *filler, "后来苏茨克维说话了。", *filler, "最后伊利亚离开。", *filler]
    doc = article(paragraphs, script=Script.MIXED)
    spans = [(doc.text.index("伊利亚"), doc.text.index("伊利亚") + 3)]
    spans.append((doc.text.index("苏茨克维"), doc.text.index("苏茨克维") + 4))
    spans.append((doc.text.rindex("伊利亚"), doc.text.rindex("伊利亚") + 3))
    async with ReadingApp().run_test(size=(60, 12)) as pilot:
        reading = await start(pilot, doc)
        reading.set_highlights(spans, kind="person")
        await pilot.pause()
        assert styled(reading, "reading-view--person") == ["伊利亚"]
        expected = ["伊利亚", "苏茨克维", "伊利亚", "伊利亚", "伊利亚"]
        for index, name in zip([0, 1, 2, 0], expected, strict=False):
            await pilot.press("n")
            assert pilot.app.moves[-1] == (index, 3)
            assert styled(reading, "reading-view--current") == [name]
            if index:
                # A few lines of context above the mark, not the very edge.
                row = next(y for y, text in enumerate(lines(reading)) if name in text)
                assert row == 3
        await pilot.press("N")
        assert pilot.app.moves[-1] == (2, 3)
        await pilot.press("N", "N")
        assert pilot.app.moves[-1] == (0, 3)
        reading.clear_highlights()
        await pilot.pause()
        assert styled(reading, "reading-view--person") == []
        await pilot.press("n")
        assert pilot.app.moves[-1] == (0, 3)


async def test_bad_highlight_kind_and_spans() -> None:
    doc = article(["一二三"])
    async with ReadingApp().run_test(size=(40, 12)) as pilot:
        reading = await start(pilot, doc)
        with pytest.raises(ValueError):
            reading.set_highlights([(0, 1)], kind="bogus")
        reading.set_highlights([(5, 2), (-4, 1), (2, 99), (50, 60)], kind="search")
        await pilot.pause()
        assert styled(reading, "reading-view--search") == ["一", "三"]


async def test_keys_scroll_and_report_the_position() -> None:
    doc = big(20_000)
    async with ReadingApp().run_test(size=(60, 20)) as pilot:
        reading = await start(pilot, doc)
        await pilot.press("j", "j", "down")
        assert reading.scroll_y == 3
        await pilot.press("k")
        assert reading.scroll_y == 2
        await pilot.press("space")
        assert reading.scroll_y == 22
        await pilot.press("b")
        assert reading.scroll_y == 2
        await pilot.press("G")
        assert reading.scroll_y == reading.max_scroll_y
        assert reading.progress == 1.0
        await pilot.press("g")
        assert reading.scroll_y == 0 and reading.position == 0
        await pilot.press("pagedown", "end", "home")
        assert reading.scroll_y == 0
        await pilot.press("space")
        await pilot.pause(0.2)
        position, progress = pilot.app.positions[-1]
        assert position == reading.position > 0
        assert 0 < progress < 0.1
        assert lines(reading)[0].startswith(doc.text[position : position + 2])


async def test_mouse_wheel_scrolls_and_positions_are_reported_throttled() -> None:
    doc = big(20_000)
    async with ReadingApp().run_test(size=(60, 20)) as pilot:
        reading = await start(pilot, doc)
        await pilot.pause(0.2)
        assert pilot.app.positions == [(0, 0.0)]
        # Pilot has no wheel helper; this posts the same events a terminal does.
        await pilot._post_mouse_events([events.MouseScrollDown], ReadingView, offset=(10, 5), times=3)
        await pilot.pause()
        assert reading.scroll_y > 0
        await pilot.pause(0.2)
        before = len(pilot.app.positions)
        for _ in range(20):
            reading.scroll_to(y=reading.scroll_y + 1, animate=False)
        await pilot.pause(0.25)
        # The first move is reported at once, the rest once 0.1 s has passed.
        assert len(pilot.app.positions) == before + 2
        assert pilot.app.positions[-1] == (reading.position, round(reading.progress, 4))


async def test_theme_change_redraws_the_cached_lines() -> None:
    doc = article(["第一段。"])
    async with ReadingApp().run_test(size=(40, 10)) as pilot:
        reading = await start(pilot, doc)
        pilot.app.theme = "textual-dark"
        await pilot.pause()
        dark = reading.render_line(3)
        pilot.app.theme = "textual-light"
        await pilot.pause()
        light = reading.render_line(3)
        assert dark.text == light.text
        assert next(s.style.bgcolor for s in dark) != next(s.style.bgcolor for s in light)


async def test_position_survives_resizes_and_width_changes() -> None:
    doc = big(20_000)
    at = doc.paragraph_starts[30] + 7
    async with ReadingApp().run_test(size=(80, 24)) as pilot:
        reading = await start(pilot, doc, position=at)
        for width, height in ((40, 12), (250, 70), (41, 13), (120, 40)):
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            assert reading.position == at
            top = lines(reading)[0]
            assert top and top in doc.paragraphs[30]
        for width in (20, 47, 120):
            reading.reading_width = width
            await pilot.pause()
            assert reading.position == at
        reading.reading_width = step_width(reading.reading_width, -1, reading.column_limit)
        assert reading.reading_width == min(120, reading.scrollable_content_region.width) - 4
        reading.reading_width = step_width(reading.reading_width, 1, reading.column_limit)
        await pilot.pause()
        assert reading.position == at
        # One set of bounds: the view takes no width the state would not.
        reading.reading_width = 900
        assert reading.reading_width == MAX_WIDTH
        reading.reading_width = 1
        assert reading.reading_width == MIN_WIDTH
        reading.reading_width = 120
        # Near the end the page cannot scroll the position to the top; a
        # wider, shorter page clamps the scroll but keeps the position.
        near_end = doc.paragraph_starts[-2]
        reading.show(doc, View.ORIGINAL, position=near_end)
        for width in (20, 120, 20):
            reading.reading_width = width
            await pilot.pause()
            assert reading.position == near_end


async def test_a_megabyte_article_opens_and_switches() -> None:
    # How fast is measured by the bench (script switch, 1 MB article).
    doc = big(340_000)  # about 1 MB of UTF-8
    async with ReadingApp().run_test(size=(120, 40)) as pilot:
        reading = pilot.app.query_one(ReadingView)
        middle = doc.chars // 2
        reading.show(doc, View.ORIGINAL, position=middle)
        for _ in range(2):
            reading.view = View.ORIGINAL
            reading.view = View.TRADITIONAL
        await pilot.pause()
        assert reading.position == middle
        assert any(lines(reading))


async def test_a_very_long_article_converts_in_the_background() -> None:
    doc = big(600_000)
    at = doc.paragraph_starts[len(doc.paragraphs) // 2]
    async with ReadingApp().run_test(size=(80, 20)) as pilot:
        reading = pilot.app.query_one(ReadingView)
        reading.show(doc, View.TRADITIONAL, position=at)
        # Until the conversion lands the original script shows, in place.
        assert reading.view is View.TRADITIONAL
        assert lines(reading)[0] == doc.paragraphs[len(doc.paragraphs) // 2][: len(lines(reading)[0])]
        reading.set_highlights([(at, at + 2)], kind="search")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        top = lines(reading)[0]
        assert top == convert(doc.paragraphs[len(doc.paragraphs) // 2], View.TRADITIONAL)[: len(top)]
        assert reading.position == at
        assert styled(reading, "reading-view--search") == [top[:2]]


async def test_selection_copies_paragraph_text_across_wrapped_lines() -> None:
    paragraph = "就在剛剛，一個令人悲傷的消息傳來。谷歌DeepMind研究科學家英年早逝。" * 2
    doc = article([paragraph, "第二段。"])
    async with ReadingApp().run_test(size=(44, 16)) as pilot:
        reading = await start(pilot, doc)
        reading.reading_width = 20
        await pilot.pause()
        shown = lines(reading)
        row = next(y for y, line in enumerate(shown) if line.startswith("就在"))
        # From the paragraph's 3rd character to the 2nd of its third line.
        selection = Selection(Offset(2, row), Offset(2, row + 2))
        text, _ = reading.get_selection(selection)
        assert text == paragraph[2 : len(shown[row]) + len(shown[row + 1]) + 2]
        everything, _ = reading.get_selection(Selection(None, None))
        assert everything.split("\n")[-2:] == [paragraph, "第二段。"]
        # The mouse: drag from the left margin of the first paragraph line
        # to the middle of the next line.
        margin = (reading.scrollable_content_region.width - 20) // 2
        await pilot.mouse_down(ReadingView, offset=(1, row))
        await pilot.hover(ReadingView, offset=(margin + 4, row + 1))
        await pilot.mouse_up(ReadingView, offset=(margin + 4, row + 1))
        await pilot.pause()
        selected = pilot.app.screen.get_selected_text()
        assert selected == paragraph[: len(shown[row]) + 3]
        await pilot.press("ctrl+c")
        assert pilot.app.clipboard == selected


async def test_random_hostile_articles_render_cleanly() -> None:
    # A seeded fuzz in one app: Pilot per hypothesis example would be slow.
    alphabet = [
        *list("中文字，。、「」『』（）《》——……ａＡ1 aZ\t[]=@/"),
        "\x1b",
        "\x07",
        "\x9b",
        "\u200d",
        "️",
        "́",
        "👨\u200d👩\u200d👧",
        "❤️",
        "🇨🇳",
        "[bold]",
        "[/]",
        "\u2028",
    ]
    rng = random.Random(5)
    async with ReadingApp().run_test(size=(47, 14)) as pilot:
        reading = pilot.app.query_one(ReadingView)
        for _ in range(25):
            paragraphs = ["".join(rng.choices(alphabet, k=rng.randint(0, 120))) for _ in range(rng.randint(0, 6))]
            doc = article(paragraphs, title="".join(rng.choices(alphabet, k=12)))
            reading.show(doc, rng.choice(list(View)), position=rng.randint(0, doc.chars + 5))
            reading.reading_width = rng.randint(1, 60)
            reading.set_highlights([(rng.randint(0, 300), rng.randint(0, 300)) for _ in range(5)], kind="search")
            await pilot.press(rng.choice(["n", "N", "j", "space", "G", "g"]))
            width = reading.scrollable_content_region.width
            for y in range(reading.scrollable_content_region.height):
                strip = reading.render_line(y)
                assert strip.cell_length == width
                assert not any(c in segment.text for segment in strip for c in "\x1b\x07\x9b\t\u2028")
            assert 0 <= reading.position <= doc.chars
            if reading.view is View.ORIGINAL:
                text, _ = reading.get_selection(Selection(None, None))
                # What is copied is what shows: control pictures, not controls.
                shown = [printable(p).replace("\t", " ").replace("\u2028", " ") for p in doc.paragraphs]
                assert text.split("\n")[2:] == shown or not doc.paragraphs


async def test_empty_and_huge_articles() -> None:
    async with ReadingApp().run_test(size=(40, 12)) as pilot:
        reading = await start(pilot, article([], title=""))
        assert reading.position == 0 and reading.progress == 1.0
        await pilot.press("j", "n", "N", "G", "space")
        reading = await start(pilot, article(["字" * 300_000]))
        await pilot.press("G")
        assert reading.position > 290_000
        reading.view = View.SIMPLIFIED
        await pilot.pause()
        assert "字" in lines(reading)[0]


async def test_a_long_markdown_article_renders_in_the_background() -> None:
    paragraphs = ["## 小节", "这是**重要的**内容，还有*强调*和[链接](http://x.y)。" * 40] * 100
    doc = Article(id="m", path=Path("m.md"), title="长文", paragraphs=tuple(paragraphs), script=Script.SIMPLIFIED)
    assert doc.chars > 100_000
    async with ReadingApp().run_test(size=(80, 20)) as pilot:
        reading = pilot.app.query_one(ReadingView)
        reading.show(doc, View.ORIGINAL, position=doc.paragraph_starts[3])
        # At once: the text as it is, in place.
        assert lines(reading)[0].startswith("这是**重要的**")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert lines(reading)[0].startswith("这是重要的内容")
        assert reading.position == doc.paragraph_starts[3]
        assert "##" not in "".join(all_page_lines(reading)[:40])
