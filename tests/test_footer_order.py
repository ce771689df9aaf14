"""At a narrow terminal the footer keeps the keys a lost reader needs first:
Help and Quit come first, so they are the ones that survive."""

from __future__ import annotations

from pathlib import Path

from app_support import loaded, make_app, screen_lines


async def test_help_and_quit_survive_a_narrow_terminal(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=(40, 12)) as pilot:
        await loaded(pilot)
        await pilot.pause(1.1)  # the footer's keys are drawn by then
        footer = screen_lines(app)[-1]
        assert "Help" in footer and "Quit" in footer
        assert footer.index("Help") < footer.index("Quit")
