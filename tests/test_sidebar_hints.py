"""The people sidebar's detail and hints fit its width: each line of what it
says is one line on screen, at 120×40, 80×24 and 40×12 (one pane a time)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from app_support import loaded, make_app, widget_text
from reader.ui.widgets.people_sidebar import PeopleSidebar


def _said(detail: Static) -> list[str]:
    shown = detail.render()
    return [line for line in getattr(shown, "plain", str(shown)).split("\n") if line]


async def _check_detail(pilot) -> list[str]:
    app = pilot.app
    sidebar = app.screen.query_one(PeopleSidebar)
    detail = sidebar.query_one("#person-detail", Static)
    said = _said(detail)
    assert said
    on_screen = [line.strip() for line in widget_text(app, detail).splitlines() if line.strip()]
    # (the border line above the text is drawn as ▔: not text)
    on_screen = [line for line in on_screen if set(line) != {"▔"}]
    assert on_screen == said, f"wrapped: {on_screen} for {said}"
    return said


@pytest.mark.parametrize("size", [(120, 40), (80, 24), (40, 12)])
async def test_a_persons_detail_and_hints_are_not_wrapped(state_dir: Path, size: tuple[int, int]) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=size) as pilot:
        await loaded(pilot)
        await pilot.press("p")  # (below 90 columns: the people pane alone)
        await pilot.pause()
        said = await _check_detail(pilot)
        assert any("n/N" in line for line in said)
        # One with other articles: the filter's hint.
        sidebar = app.screen.query_one(PeopleSidebar)
        people_list = sidebar.query_one("#people-list")
        for index in range(len(sidebar.people)):
            people_list.highlighted = index
            await pilot.pause()
            said = await _check_detail(pilot)
            if any(line.startswith("f:") for line in said):
                break
        else:
            pytest.fail("no person in another article among the seeds")


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_no_people_is_said_in_one_line(state_dir: Path, tmp_path: Path, size: tuple[int, int]) -> None:
    (tmp_path / "a.txt").write_text("天气\n\n今天下雨，明天晴天，后天多云。\n", encoding="utf-8")
    app = make_app(state_dir, [tmp_path])
    async with app.run_test(size=size) as pilot:
        await loaded(pilot)
        await pilot.press("p")
        await pilot.pause()
        said = await _check_detail(pilot)
        assert said[0].startswith("No people")
