"""The search screen, driven by keys (issue 11): every result reachable with
the true count, titles searchable, snippets on indented lines, punctuation,
and the search box's history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Input

from app_support import loaded, make_app, screen_text, search_for, search_results, widget_text


@pytest.fixture
def many(tmp_path: Path) -> Path:
    """120 articles that all mention 量子计算, more than a page of results."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(120):
        body = f"第{i}篇文章的正文。" + "这里讲量子计算的进展，" * (1 + i % 7) + "然后结束。"
        (folder / f"a{i:03}.txt").write_text(f"文章{i}\n\n{body}\n", encoding="utf-8")
    (folder / "title-only.txt").write_text(
        "量子计算以外的标题词：超导体\n\n正文里一个字也没有提到它。\n", encoding="utf-8"
    )
    return folder


async def test_the_true_count_and_every_result_reachable(state_dir: Path, many: Path) -> None:
    app = make_app(state_dir, [many])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await search_for(pilot, "量子计算")
        assert "121 articles match" in screen_text(app)
        found = search_results(app)
        # Down from the box moves into the results; Down keeps going past the
        # first page.
        await pilot.press("down")
        assert found.has_focus
        for _ in range(80):
            await pilot.press("down")
        assert found.highlighted == 80
        assert found.option_count > 80
        # End reaches the very last result.
        await pilot.press("end")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert found.option_count == 121
        assert found.highlighted == 120
        last = found.highlighted_option.id
        await pilot.press("enter")
        await pilot.pause()
        assert app.main_screen.current.id == last


async def test_a_word_only_in_a_title_is_found_in_the_app(state_dir: Path, many: Path) -> None:
    app = make_app(state_dir, [many])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await search_for(pilot, "超导体")
        assert [o.id for o in search_results(app)._options] == ["title-only"]
        shown = screen_text(app)
        assert "1 article matches" in shown
        # The list counts the hits the reader can step through; the title's
        # is named, not counted (it was "1 hit", and the article opened with none).
        assert "title-only · only in the title" in shown
        await pilot.press("enter")
        await pilot.pause()
        assert "Only in the title: 超导体" in screen_text(app)
        await pilot.press("escape", "n")
        await pilot.pause()
        assert "Only in the title: 超导体" in screen_text(app)
        assert "Not in this article" not in screen_text(app)


async def test_snippets_wrap_onto_indented_lines(state_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "long"
    folder.mkdir()
    body = "前面的话很长。" * 10 + "英伟达发布了新的芯片，" + "后面还有很多很多的话要说，" * 10
    (folder / "a.txt").write_text(f"一个标题\n\n{body}\n", encoding="utf-8")
    app = make_app(state_dir, [folder])
    async with app.run_test(size=(60, 24)) as pilot:
        await loaded(pilot)
        await search_for(pilot, "芯片")
        lines = widget_text(app, search_results(app)).splitlines()

        def column(line: str) -> int:
            return len(line) - len(line.lstrip(" "))

        # The title line, then the snippet's lines: each indented under it.
        at = next(i for i, line in enumerate(lines) if "一个标题" in line)
        snippet = []
        for line in lines[at + 1 :]:
            if not line.strip():
                break
            snippet.append(line)
        assert len(snippet) >= 2, lines
        title_col = column(lines[at])
        assert all(column(line) == title_col + 4 for line in snippet), snippet
        assert "芯片" in "".join(snippet)


async def test_punctuation_is_searched(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        for query in ("%", "——", "("):
            await search_for(pilot, query, typed=False)
            assert search_results(app).option_count > 0, query
            assert "No results" not in screen_text(app)


async def test_history_up_down_and_the_last_query_kept(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await search_for(pilot, "AI")
        await pilot.press("enter")  # opens the first result
        await pilot.pause()
        assert app.screen is app.main_screen
        await search_for(pilot, "黄仁勋")
        await pilot.press("escape")  # searched for, though nothing was opened
        await pilot.pause()
        await pilot.press("slash")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        box = app.screen.query_one(Input)
        # The last query is kept, selected (typing replaces it), with its results.
        assert box.value == "黄仁勋"
        assert box.selection.start != box.selection.end
        assert "2 articles match" in screen_text(app)
        await pilot.press("up")
        assert box.value == "AI"
        await pilot.press("up")
        assert box.value == "AI"
        assert "oldest search" in screen_text(app)
        await pilot.press("down")
        assert box.value == "黄仁勋"
        await pilot.press("escape")
        await pilot.pause()
    saved = json.loads((state_dir / "state.json").read_text())
    assert saved["searches"] == ["AI", "黄仁勋"]
    # A new run keeps it too.
    app = make_app(state_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("slash")
        await pilot.pause()
        assert app.screen.query_one(Input).value == "黄仁勋"


async def test_up_with_no_history_says_so_and_up_from_the_first_result_returns(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await search_for(pilot, "AI")
        await pilot.press("up")
        assert "No earlier searches" in screen_text(app)
        await pilot.press("tab")
        assert search_results(app).has_focus
        await pilot.press("up")
        assert app.screen.query_one(Input).has_focus


async def test_a_query_of_only_quote_marks_says_why_it_finds_nothing(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await search_for(pilot, '""', typed=False)
        assert "The query has only quote marks" in screen_text(app)
        assert search_results(app).option_count == 0


class _GatedEngine:
    """The app's engine, counting its searches; while ``gate`` is clear a
    search waits for it (a slow engine)."""

    def __init__(self, engine) -> None:
        import threading

        self._engine = engine
        self.gate = threading.Event()
        self.gate.set()
        self.asked: list[str] = []

    def search(self, query: str, limit: int | None = None):
        self.asked.append(query)
        self.gate.wait(10)
        return self._engine.search(query, limit)

    def __getattr__(self, name: str):
        return getattr(self._engine, name)


async def test_a_fast_engine_is_asked_at_once_and_the_results_come(state_dir: Path, many: Path) -> None:
    app = make_app(state_dir, [many])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        engine = _GatedEngine(app.library.index)
        app.library.index = engine
        await pilot.press("slash")
        await pilot.pause()
        # No pause in typing: each key searches at once (no fixed debounce),
        # one search at a time.
        await pilot.press(*"量子")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert engine.asked and engine.asked[-1] == "量子"
        assert app.screen._shown_query == "量子"
        assert "121 articles match" in screen_text(app)


async def test_keys_typed_while_a_search_runs_are_not_lost(state_dir: Path, many: Path) -> None:
    app = make_app(state_dir, [many])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        engine = _GatedEngine(app.library.index)
        app.library.index = engine
        await pilot.press("slash")
        await pilot.pause()
        engine.gate.clear()  # the first search hangs until released
        await pilot.press("超")
        await pilot.pause(0.05)
        assert engine.asked == ["超"]
        await pilot.press(*"导体")
        await pilot.pause(0.05)
        # The typed keys wait for the running search rather than piling up.
        assert engine.asked == ["超"]
        engine.gate.set()
        for _ in range(50):
            await app.workers.wait_for_complete()
            await pilot.pause(0.02)
            if app.screen._shown_query == "超导体":
                break
        # The newest query is searched once, right after; the one between is skipped.
        assert engine.asked == ["超", "超导体"]
        assert app.screen._shown_query == "超导体"
        assert [o.id for o in search_results(app)._options] == ["title-only"]
        # Enter opens what the last keystrokes found.
        await pilot.press("enter")
        await pilot.pause()
        assert app.main_screen.current.id == "title-only"


async def test_the_rows_on_screen_come_first_then_the_page(state_dir: Path, many: Path) -> None:
    from reader.ui.screens.search import PAGE

    app = make_app(state_dir, [many])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("slash")
        await pilot.pause()
        screen = app.screen
        first: list[int] = []
        show = screen._show_results

        def spy(query, view, found, prompts, cost):
            first.append(len(prompts))
            show(query, view, found, prompts, cost)

        screen._show_results = spy
        await search_for(pilot, "量子计算")
        found = search_results(app)
        # The first hand-over holds what fits in the list (a line a result
        # at least), not the whole page; the rest of the page follows.
        assert first and 0 < first[-1] <= found.size.height < PAGE
        for _ in range(50):
            if found.option_count >= PAGE:
                break
            await app.workers.wait_for_complete()
            await pilot.pause(0.02)
        assert found.option_count == PAGE
        assert "121 articles match (50 shown" in screen_text(app)
