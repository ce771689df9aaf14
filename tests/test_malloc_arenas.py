"""`reader` limits glibc's malloc arenas before the app starts a thread (the
app's peak RSS on the bench corpus: ~150 → ~140 MB, measured by the bench)."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

import reader.cli.app
import reader.cli.malloc_arenas
import reader.ui.app
from reader.cli import main
from reader.cli.malloc_arenas import ENV, limit_arenas
from reader.core.resources import seeds_dir


def test_the_app_limits_the_arenas_before_it_runs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    events: list[str] = []
    monkeypatch.setenv("READER_STATE_DIR", str(tmp_path))
    monkeypatch.setattr(reader.cli.malloc_arenas, "limit_arenas", lambda: events.append("limit") or True)
    monkeypatch.setattr(reader.ui.app.ReaderApp, "run", lambda self: events.append("run"))
    monkeypatch.setattr(reader.cli.app, "on_a_terminal", lambda: True)  # (pytest captures stdout)
    assert main([str(tmp_path)]) == 0
    assert events == ["limit", "run"]


def test_a_command_leaves_malloc_alone(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # (a command starts no thread that allocates; it runs as it always did)
    called: list[bool] = []
    monkeypatch.setattr(reader.cli.malloc_arenas, "limit_arenas", lambda: called.append(True) or True)
    assert main(["list", "--corpus", str(seeds_dir())]) == 0
    assert capsys.readouterr().out and not called


def test_the_users_own_setting_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, "8")
    assert limit_arenas() is False


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="mallopt(M_ARENA_MAX) is glibc's")
def test_glibc_takes_the_limit() -> None:
    # In a process of its own: this one's allocator is pytest's business.
    code = "from reader.cli.malloc_arenas import limit_arenas; print(limit_arenas())"
    env = {k: v for k, v in os.environ.items() if k != ENV}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "True"
