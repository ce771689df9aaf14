"""Rich/Textual markup in an article is text: shown as written, never
interpreted (a [@click=app.quit] that quits, a [b] that bolds) nor lost, in
a Markdown article's reading view, its title in the list and status line,
and its search results."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from app_support import loaded, make_app, screen_text, widget_text
from reader.ui.widgets.reading_view import ReadingView

LINES = [
    "[@click=app.quit]点我退出[/]",
    "这是[b]粗体[/b]吗？还有[/]和[未闭合的括号",
    "[link=https://evil.example]链接[/link] 以及 [red]红字[/red] 和 [on red]底色[/]",
    "[@click=app.bell]铃声[/] 末尾一个孤零零的 [",
    "方括号里的动作 [@click=screen.dismiss] 不该执行",
]


def _article(folder: Path) -> Path:
    folder.mkdir()
    body = "\n\n".join(["第一段是正常的文字，讲一件事情。", *LINES, "最后一段，也是正常的文字。"])
    (folder / "hostile.md").write_text(f"# [b]标题[/b] 里的 [@click=app.quit]标记[/]\n\n{body}\n", encoding="utf-8")
    return folder


async def test_markup_in_a_markdown_article_is_shown_literally(state_dir: Path, tmp_path: Path) -> None:
    app = make_app(state_dir, [_article(tmp_path / "md")])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        reading = app.screen.query_one(ReadingView)
        shown = widget_text(app, reading)
        # (a long line wraps: compared without the spaces and line breaks)
        flat = "".join(shown.split())
        for line in LINES:
            assert "".join(line.split()) in flat, line
        title = "[b]标题[/b] 里的 [@click=app.quit]标记[/]"
        assert title in screen_text(app).splitlines()[0]  # the status line
        # (the list row is cut to the pane's width)
        assert "[b]标题[/b] 里的 [@click=ap…" in widget_text(app, app.screen.query_one("#article-list"))
        # Clicking where the [@click=app.quit] is written does nothing.
        row = next(y for y, text in enumerate(shown.splitlines()) if "@click=app.quit]点我" in text)
        await pilot.click(ReadingView, offset=(reading.scrollable_content_region.x - reading.region.x + 3, row))
        await pilot.pause()
        assert app.is_running
        # No bold where [b] is written.
        styled = "\n".join(line for line in _styled_lines(app) if "粗体" in line)
        assert "[b]" in styled


async def test_markup_in_search_results_is_shown_literally(state_dir: Path, tmp_path: Path) -> None:
    app = make_app(state_dir, [_article(tmp_path / "md")])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("slash", *"click")
        await pilot.pause(0.4)
        await app.workers.wait_for_complete()
        await pilot.pause()
        results = app.screen.query_one("#search-results", OptionList)
        assert results.option_count == 1
        text = widget_text(app, results)
        assert "[@click=" in text and "[b]标题[/b]" in text


def _styled_lines(app) -> list[str]:
    from app_support import screen_lines

    return screen_lines(app, styled=True)
