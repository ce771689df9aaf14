"""The app's row builders and status line: text is data, conversions keep marks."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.text import Text

from reader.core.linebreak import truncate
from reader.core.model import Article
from reader.core.script import Script
from reader.core.snippets import Snippet
from reader.core.views import View
from reader.ui.text import one_line, printable
from reader.ui.widgets.article_list import article_prompt
from reader.ui.widgets.search_results import snippet_text

HOSTILE = "[bold]粗[/bold] [link=https://x.example]链[/link] [@click=app.quit]退[/] \x1b[31m红\x9b"


def article(title: str, **meta) -> Article:
    return Article("id", Path("x.txt"), title, ("正文",), Script.SIMPLIFIED, **meta)


def no_actions_or_links(text: Text) -> None:
    for span in text.spans:
        style = span.style
        if not isinstance(style, str):
            assert not style.link and not style.meta


def test_printable_keeps_length_and_shows_controls() -> None:
    shown = printable(HOSTILE)
    assert len(shown) == len(HOSTILE)
    assert "\x1b" not in shown and "\x9b" not in shown
    assert "␛[31m" in shown
    assert printable("a\tb\nc") == "a\tb\nc"


def test_one_line_squeezes_whitespace() -> None:
    assert one_line("  标题\n第二行\t x ") == "标题 第二行 x"


def test_article_rows_are_plain_text() -> None:
    prompt = article_prompt(article(HOSTILE, source="[b]源", date="2024"), View.ORIGINAL, current=True)
    assert "[bold]粗[/bold]" in prompt.plain and "[@click=app.quit]" in prompt.plain
    assert "[b]源 · 2024 · 简体" in prompt.plain
    assert prompt.plain.startswith("▶ ")
    assert "\x1b" not in prompt.plain
    no_actions_or_links(prompt)


def test_article_rows_follow_the_view() -> None:
    prompt = article_prompt(article("软件与博客"), View.TRADITIONAL, current=False)
    assert "軟體與部落格" in prompt.plain


def test_an_empty_title_shows_the_id() -> None:
    assert "id" in article_prompt(article("   "), View.ORIGINAL, current=False).plain


@pytest.mark.parametrize(
    ("view", "expected"),
    [(View.ORIGINAL, "博客"), (View.SIMPLIFIED, "博客"), (View.TRADITIONAL, "部落格")],
)
def test_snippet_marks_move_with_the_conversion(view: View, expected: str) -> None:
    snippet = Snippet("我的博客很好\n下一段", 10, ((2, 4),))
    text = snippet_text(snippet, view)
    (span,) = text.spans
    assert text.plain[span.start : span.end] == expected
    assert "\n" not in text.plain


def test_snippet_with_markup_and_escapes_is_literal() -> None:
    text = snippet_text(Snippet(HOSTILE, 0, ((0, 6),)), View.ORIGINAL)
    assert text.plain.startswith("[bold]")
    assert "\x1b" not in text.plain
    no_actions_or_links(text)


@pytest.mark.parametrize("cells", [0, 1, 2, 5, 9, 40])
def test_fit_never_exceeds_the_cells(cells: int) -> None:
    from rich.cells import cell_len

    title = "黃仁勛說AI will change everything 🙂"
    fitted = truncate(title, cells)
    assert cell_len(fitted) <= cells
    if cell_len(title) > cells >= 2:
        assert fitted.endswith("…")


async def test_the_footer_holds_its_keys_until_released_and_styles_them_once() -> None:
    from textual.app import App
    from textual.binding import Binding
    from textual.widgets._footer import FooterKey

    from reader.ui.widgets.footer import ReaderFooter

    restyled: list[str] = []

    class Keys(App):
        BINDINGS = [Binding("x", "ring", "Ring"), Binding("y", "ring_again", "Ring again")]

        def compose(self):
            yield ReaderFooter()

    app = Keys()
    async with app.run_test() as pilot:
        footer = app.query_one(ReaderFooter)
        await pilot.pause()
        # The bindings are known, but the keys wait (the titles are not shown).
        assert not footer.query(FooterKey)
        original = FooterKey._watch_compact

        def watch(key, compact):
            restyled.append(key.key)
            original(key, compact)

        FooterKey._watch_compact = watch
        try:
            footer.release()
            await pilot.pause()
            await pilot.pause()
        finally:
            FooterKey._watch_compact = original
        keys = [k for k in footer.query(FooterKey) if not k.has_class("-command-palette")]
        assert {k.key for k in keys} == {"x", "y"}
        assert all(not k.compact and not k.has_class("-compact") for k in keys)
        # Born with the footer's setting: no second class change (Textual's
        # own keys start compact and are switched when the setting arrives).
        assert restyled.count("x") <= 1


@pytest.mark.parametrize(("size", "size_class"), [((80, 24), "-narrow"), ((120, 40), "-normal"), ((200, 50), "-wide")])
async def test_the_main_screen_is_restyled_once_before_its_first_frame(
    state_dir: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int], size_class: str
) -> None:
    """Each change of the screen's classes restyles every widget on it: the
    breakpoint and pane classes are there before its widgets are styled, and
    the reading view has the focus from the start, so the only restyle of the
    whole screen is Textual's own when the screen is first shown."""
    from textual.dom import DOMNode

    from reader.ui.screens.main import MainScreen
    from reader.ui.widgets.reading_view import ReadingView
    from tests.app_support import make_app

    restyled: list[str] = []
    original = DOMNode.update_node_styles

    def update_node_styles(node: DOMNode, animate: bool = True) -> None:
        if isinstance(node, MainScreen):
            restyled.append(" ".join(sorted(node.classes)))
        original(node, animate)

    monkeypatch.setattr(DOMNode, "update_node_styles", update_node_styles)
    app = make_app(state_dir)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = app.main_screen
        assert len(restyled) <= 1, restyled
        assert screen.has_class(size_class, "-pane-reading")
        assert isinstance(screen.focused, ReadingView)
        # The classes are those Textual's resize sets: a resize changes them.
        await pilot.resize_terminal(60 if size_class != "-narrow" else 200, 30)
        await pilot.pause()
        assert not screen.has_class(size_class)
