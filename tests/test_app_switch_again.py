"""Switching scripts back and forth: the second time converts and wraps
nothing, and still shows the right script, in the text and the sidebar."""

from __future__ import annotations

from pathlib import Path

import pytest

from app_support import SIZE, loaded, make_app, widget_text
from reader.core import page as page_module
from reader.core.page import PageText
from reader.core.views import View
from reader.ui.widgets import people_sidebar
from reader.ui.widgets.people_sidebar import PeopleSidebar
from reader.ui.widgets.reading_view import ReadingView

BODY = (
    "记者王晓东报道：软件公司的创始人刘建国昨天在发布会上说，公司的网络服务会继续扩大。"
    "王晓东问到数据安全时，刘建国表示会加强保护。"
)


async def test_back_and_forth_converts_once_and_shows_each_script(
    state_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "simplified"
    folder.mkdir()
    (folder / "a.txt").write_text(f"软件公司的发布会\n\n{BODY}\n\n{BODY}\n", "utf-8")
    made: list[View] = []
    original_of = PageText.of.__func__  # type: ignore[attr-defined]

    def counted(cls: type[PageText], article, view, **kwargs):  # type: ignore[no-untyped-def]
        made.append(view)
        return original_of(cls, article, view, **kwargs)

    monkeypatch.setattr(page_module.PageText, "of", classmethod(counted))
    prompts: list[View] = []
    original_prompt = people_sidebar.person_prompt

    def counted_prompt(person, detail, view, name=None):  # type: ignore[no-untyped-def]
        prompts.append(view)
        return original_prompt(person, detail, view, name)

    monkeypatch.setattr(people_sidebar, "person_prompt", counted_prompt)
    app = make_app(state_dir, [folder])
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        reading = app.main_screen.query_one(ReadingView)
        sidebar = app.main_screen.query_one(PeopleSidebar)
        for key, shown, gone in (("t", "軟體", "软件"), ("s", "软件", "軟體")) * 2:
            await pilot.press(key)
            await pilot.pause()
            text = widget_text(app, reading)
            assert shown in text and gone not in text, key
            names = widget_text(app, sidebar)
            assert ("王曉東" if key == "t" else "王晓东") in names, (key, names)
        assert made.count(View.TRADITIONAL) == 1 and made.count(View.SIMPLIFIED) == 1
        # (each person's line made once per script)
        assert prompts.count(View.TRADITIONAL) == len(sidebar.people) >= 2
