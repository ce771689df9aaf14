"""Switching the script of a long article (converted in a thread) says so
in the status line until the text has changed, and only then names the
new script."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app_support import loaded, make_app
from reader.core import page as page_module
from reader.core.page import PageText
from reader.core.views import View


async def test_the_status_names_the_new_script_when_the_text_has_it(
    state_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "long"
    folder.mkdir()
    text = "長文章\n\n" + "".join(f"第{i}段，這裡說明軟體與網路的第{i}件事。\n\n" for i in range(50))
    (folder / "long.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr(page_module, "SLOW_CHARS", 100)
    # The conversion thread waits until the test lets it finish.
    release = threading.Event()
    original = PageText.of.__func__  # type: ignore[attr-defined]

    def slow_of(cls, article, view, *, markdown=None):  # type: ignore[no-untyped-def]
        if view is not View.ORIGINAL:
            release.wait(10)
        return original(cls, article, view, markdown=markdown)

    monkeypatch.setattr(PageText, "of", classmethod(slow_of))
    app = make_app(state_dir, [folder])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        main = app.main_screen
        main.action_view("simplified")
        await pilot.pause(0.2)
        assert main.reading.page_layout.page.view is View.ORIGINAL
        assert main.status.view_label == "Original → 简体…"
        assert "长文章" not in main.reading.page_layout.page.title
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause(0.1)
        assert main.reading.page_layout.page.view is View.SIMPLIFIED
        assert main.status.view_label == "简体"
