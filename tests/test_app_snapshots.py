"""Snapshots of the main screen and the help screen on the seeds.

Deterministic: a fixed terminal size, state in a temporary folder, and the
loader finished (articles, people, index) before the picture is taken.
"""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from app_support import loaded, make_app

SNAPSHOT_SIZE = (120, 36)


def test_main_screen(snap_compare, state_dir: Path) -> None:
    assert snap_compare(make_app(state_dir), terminal_size=SNAPSHOT_SIZE, run_before=loaded)


def test_help_screen(snap_compare, state_dir: Path) -> None:
    async def open_help(pilot: Pilot) -> None:
        await loaded(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(make_app(state_dir), terminal_size=SNAPSHOT_SIZE, run_before=open_help)
