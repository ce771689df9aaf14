"""The user's folders: one module, overridden by environment variables."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reader.core import paths
from reader.core.people import cache, registry
from reader.core.state import StateStore


def test_overrides_move_every_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.STATE_DIR_ENV, str(tmp_path / "s"))
    monkeypatch.setenv(paths.CACHE_DIR_ENV, str(tmp_path / "c"))
    monkeypatch.setenv(paths.PEOPLE_FILE_ENV, str(tmp_path / "p.tsv"))
    assert paths.state_dir() == tmp_path / "s"
    assert paths.cache_dir() == tmp_path / "c"
    assert paths.people_file() == tmp_path / "p.tsv"
    # ... and the modules that store things use them.
    assert StateStore().path == tmp_path / "s" / "state.json"
    assert cache.cache_dir() == tmp_path / "c" / "people"
    assert registry.user_file() == tmp_path / "p.tsv"


def test_home_is_expanded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.CACHE_DIR_ENV, "~/reader-cache")
    assert paths.cache_dir() == Path.home() / "reader-cache"


@pytest.mark.skipif(sys.platform != "linux", reason="XDG folders are how Linux names them")
@pytest.mark.parametrize("name", [paths.STATE_DIR_ENV, paths.CACHE_DIR_ENV, paths.PEOPLE_FILE_ENV])
def test_empty_or_unset_means_the_platform_folder(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(name, "")
    monkeypatch.setenv("XDG_DATA_HOME", "/xdg/data")
    monkeypatch.setenv("XDG_CACHE_HOME", "/xdg/cache")
    monkeypatch.setenv("XDG_CONFIG_HOME", "/xdg/config")
    found = {
        paths.STATE_DIR_ENV: paths.state_dir,
        paths.CACHE_DIR_ENV: paths.cache_dir,
        paths.PEOPLE_FILE_ENV: paths.people_file,
    }[name]()
    assert "reader" in found.parts
    assert found.parts[1] == "xdg"
