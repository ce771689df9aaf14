"""c in the search results shows them in the next script, as in the
reading view, and the reading view follows when the search closes."""

from __future__ import annotations

from pathlib import Path

from app_support import loaded, make_app, screen_text, widget_text
from reader.core.views import View
from reader.ui.widgets.search_results import SearchResults


async def test_c_in_the_results_changes_the_script(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        assert app.main_screen.view is View.ORIGINAL
        await pilot.press("slash", *"DeepMind")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        results = app.screen.query_one(SearchResults)
        assert "年僅41歲" in widget_text(app, results)
        await pilot.press("tab")
        assert results.has_focus
        await pilot.press("down")
        highlighted = results.highlighted
        await pilot.press("c")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = widget_text(app, results)
        assert "年仅41岁" in shown and "年僅41歲" not in shown
        assert "script: 简体" in screen_text(app)
        assert results.highlighted == highlighted
        await pilot.press("escape")
        await pilot.pause()
        assert app.main_screen.view is View.SIMPLIFIED
        assert "简体" in screen_text(app).splitlines()[0]
