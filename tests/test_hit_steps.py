"""n and N step from the hit that is current while it is in view; once the
reader has moved away (G, a page down), from where they are reading."""

from __future__ import annotations

from pathlib import Path

from app_support import loaded, make_app, screen_text
from reader.core.highlights import Highlights, Kind, find_all


def test_a_step_after_moving_away_goes_from_the_view() -> None:
    highlights = Highlights()
    highlights.set(Kind.SEARCH, [(10, 12), (20, 22), (1000, 1002), (2000, 2002)], 3000)
    assert highlights.step(1, 0, 100).index == 0  # type: ignore[union-attr]
    # Still in view: the next one.
    assert highlights.step(1, 0, 100).index == 1  # type: ignore[union-attr]
    # The view moved to 1500-2500: the first hit in it, not hit 3.
    assert highlights.step(1, 1500, 2500).index == 3  # type: ignore[union-attr]
    # ... and N from a view past every hit: the last one before it.
    highlights.step(1, 0, 100)
    assert highlights.step(-1, 2900, 3000).index == 3  # type: ignore[union-attr]


async def test_G_then_n_goes_to_the_first_hit_from_the_view(state_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "long"
    folder.mkdir()
    body = "".join(f"第{i}段，{'量子' if i % 10 == 0 else '别的'}事情在这里说完。\n\n" for i in range(400))
    (folder / "long.txt").write_text("长文章\n\n" + body, encoding="utf-8")
    app = make_app(state_dir, [folder])
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        main = app.main_screen
        total = len(find_all(main.current.text, "量子"))
        assert total == 40
        await pilot.press("ctrl+f", *"量子")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert "hit 1/40" in screen_text(app)
        await pilot.press("G")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        # The view shows the end of the article: the last hits, not hit 2.
        assert "hit 2/40" not in screen_text(app)
        step = main.reading.highlights.current
        assert step is not None and step >= 37
