"""`reader [PATH ...]`: arguments are checked before Textual is even imported."""

from __future__ import annotations

from pathlib import Path

import pytest

import reader.cli.app
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
    monkeypatch.setattr(reader.cli.app, "on_a_terminal", lambda: True)  # (pytest captures stdout)
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
    monkeypatch.setattr(reader.cli.app, "on_a_terminal", lambda: True)  # (pytest captures stdout)
    assert gc.isenabled()
    assert main([str(tmp_path)]) == 0
    assert seen == [(False, True)] and gc.isenabled()


def test_without_a_terminal_it_says_so_and_starts_no_app(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`reader | head` wrote the app's screen into the pipe and hung."""
    started: list[bool] = []
    monkeypatch.setenv("READER_STATE_DIR", str(tmp_path))
    monkeypatch.setattr(reader.ui.app.ReaderApp, "run", lambda self: started.append(True))
    monkeypatch.setattr(reader.cli.app, "on_a_terminal", lambda: False)
    assert main([]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "needs a terminal" in err and "reader list" in err
    assert not started


def test_reader_piped_exits_at_once(tmp_path: Path) -> None:
    """The real command with stdout a pipe and stdin not a terminal."""
    import os
    import subprocess
    import sys

    src = Path(__file__).resolve().parents[1] / "src"
    env = dict(os.environ, PYTHONPATH=str(src), READER_STATE_DIR=str(tmp_path), READER_CACHE_DIR=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-m", "reader.cli"],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert "needs a terminal" in done.stderr


def test_an_unknown_command_names_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frobnicate"]) == 2
    err = capsys.readouterr().err
    assert "no such command, file or folder: frobnicate" in err
    assert "list, show, search, people, index" in err
