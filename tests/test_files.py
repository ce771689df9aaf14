"""atomic_write: the whole new file or the old one, flushed, no leftovers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.core import files
from reader.core.files import atomic_write


def test_writes_text_and_bytes_and_creates_folders(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "state.json"
    atomic_write(target, "阅读 {}")
    assert target.read_text(encoding="utf-8") == "阅读 {}"
    atomic_write(target, b"\x00\xff")
    assert target.read_bytes() == b"\x00\xff"
    assert os.listdir(target.parent) == ["state.json"]


def test_data_is_fsynced_before_the_rename(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append("fsync")
        real_fsync(fd)

    def replace(src: str, dst: Path) -> None:
        events.append("replace")
        real_replace(src, dst)

    monkeypatch.setattr(files.os, "fsync", fsync)
    monkeypatch.setattr(files.os, "replace", replace)
    atomic_write(tmp_path / "f", "x")
    assert events[:2] == ["fsync", "replace"]


def test_failed_rename_keeps_the_old_file_and_leaves_no_tmp(tmp_path: Path) -> None:
    # A folder where the file should go: the rename fails, for root too.
    target = tmp_path / "busy"
    target.mkdir()
    (target / "inside").write_text("old")
    with pytest.raises(OSError):
        atomic_write(target, "new")
    assert sorted(os.listdir(tmp_path)) == ["busy"]
    assert (target / "inside").read_text() == "old"


def test_failed_write_keeps_the_old_file_and_leaves_no_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "state.json"
    target.write_text("old")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space"):
        atomic_write(target, "new")
    assert os.listdir(tmp_path) == ["state.json"]
    assert target.read_text() == "old"


def test_interrupted_write_leaves_no_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupt(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(files.os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(tmp_path / "f", "x")
    assert os.listdir(tmp_path) == []


def test_a_parent_that_is_a_file_raises_oserror(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(OSError):
        atomic_write(blocker / "state.json", "x")
    assert os.listdir(tmp_path) == ["file"]
