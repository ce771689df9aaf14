"""Every modal screen is drawn in the one frame of ModalFrame: a rounded
box 90% of the screen high, its width capped as the screen's CSS says."""

from __future__ import annotations

from pathlib import Path

import pytest

from app_support import loaded, make_app
from reader.ui.screens.modal_frame import ModalFrame

# key that opens the screen, its box, the box's widest
SCREENS = [
    ("question_mark", "#help-box", 100),
    ("e", "#skipped-box", 100),
    ("P", "#corpus-people-box", 120),
    ("slash", "#search-box", 120),
]


@pytest.mark.parametrize(("key", "box", "widest"), SCREENS)
async def test_each_modal_screen_is_framed(state_dir: Path, key: str, box: str, widest: int) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=(200, 50)) as pilot:
        await loaded(pilot)
        await pilot.press(key)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ModalFrame)
        frame = screen.query_one(box)
        assert frame.styles.border_top[0] == "round"
        assert frame.region.width == widest  # 90% of 200 is more: the cap holds
        assert frame.region.height == 44  # 90% of the height the screen gives it
        assert frame.region.y == 1  # margin-top, aligned to the top
        assert frame.region.x == (200 - widest) // 2  # centred
