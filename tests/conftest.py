"""Shared test setup: no test ever touches the user's real state or cache."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests that need a specific folder set these again themselves.
    base = tmp_path_factory.mktemp("reader-dirs")
    monkeypatch.setenv("READER_STATE_DIR", str(base / "state"))
    monkeypatch.setenv("READER_CACHE_DIR", str(base / "cache"))
    monkeypatch.setenv("READER_PEOPLE_FILE", str(base / "people.tsv"))
