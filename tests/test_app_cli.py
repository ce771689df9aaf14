"""`reader [PATH ...]`: arguments are checked before Textual is even imported."""

from __future__ import annotations

from pathlib import Path

import pytest

import reader.ui.app
from reader.cli import main
from reader.core.resources import seeds_dir


def test_missing_path_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main([str(tmp_path / "nowhere")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_unknown_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--frobnicate"]) == 2
    assert "reader: error:" in capsys.readouterr().err


def test_paths_reach_the_app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    opened: list[list[Path]] = []

    def run(self) -> None:
        opened.append(self.library.paths)

    monkeypatch.setenv("READER_STATE_DIR", str(tmp_path))
    monkeypatch.setattr(reader.ui.app.ReaderApp, "run", run)
    assert main([str(tmp_path)]) == 0
    assert main([]) == 0
    assert opened == [[tmp_path], [seeds_dir()]]


def test_the_collector_is_off_while_the_app_starts_and_back_after(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`reader` turns the cycle collector off before importing the app (the
    app turns it back on once loaded) and on again when the app returns,
    loaded or not."""
    import gc

    seen: list[tuple[bool, bool]] = []

    def run(self) -> None:
        seen.append((gc.isenabled(), self._collect_after_loading))

    monkeypatch.setenv("READER_STATE_DIR", str(tmp_path))
    monkeypatch.setattr(reader.ui.app.ReaderApp, "run", run)
    assert gc.isenabled()
    assert main([str(tmp_path)]) == 0
    assert seen == [(False, True)] and gc.isenabled()
