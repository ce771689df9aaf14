"""The hit count a search result shows is what the reader steps through
once the article is open: hits in the text; a title hit is named."""

from __future__ import annotations

import re
from pathlib import Path

from app_support import loaded, make_app, screen_text


def test_hit_label() -> None:
    from reader.ui.widgets.search_results import hit_label

    assert hit_label(0, 1) == "only in the title"
    assert hit_label(28, 1) == "28 hits · in the title too"
    assert hit_label(1, 0) == "1 hit"


async def test_the_listed_count_is_the_count_stepped_through(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("slash", *"Hinton")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        first = app.screen.query_one("#search-results").highlighted_option.id
        listed = re.search(rf"{first} · (\d+) hits", screen_text(app))
        assert listed is not None
        await pilot.press("enter")
        await pilot.pause()
        assert f"hit 1/{listed.group(1)}" in screen_text(app)
