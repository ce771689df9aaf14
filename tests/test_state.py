"""Saved state: defaults, round trips, merging, corrupt and unwritable files."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from reader.core.model import Article
from reader.core.script import Script
from reader.core.state import (
    DEFAULT_WIDTH,
    MAX_WIDTH,
    MIN_WIDTH,
    STATE_DIR_ENV,
    State,
    StateStore,
    position_key,
    state_dir,
)
from reader.core.views import View


@pytest.fixture
def store(tmp_path: Path) -> StateStore:
    return StateStore(tmp_path / "state.json")


def test_missing_file_gives_defaults_silently(store: StateStore) -> None:
    loaded = store.load()
    assert loaded.problem is None
    assert loaded.state == State()
    assert loaded.state.width == DEFAULT_WIDTH


def test_round_trip(store: StateStore) -> None:
    state = State(view=View.TRADITIONAL, width=60, theme="textual-light", positions={"a": 12}, last="a")
    assert store.save(state) is None
    again = StateStore(store.path).load()
    assert again.problem is None
    assert again.state == state


def test_state_dir_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(STATE_DIR_ENV, str(tmp_path / "here"))
    assert state_dir() == tmp_path / "here"
    assert StateStore().path == tmp_path / "here" / "state.json"


def test_state_dir_default_is_user_data(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(STATE_DIR_ENV, raising=False)
    assert "reader" in state_dir().parts[-1]


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\x00\xff\xfe binary junk", b"[1, 2, 3]", b"", b'"[bold]x"', b"\x1b[31mred"],
)
def test_corrupt_file_is_reported_once_and_kept_aside(store: StateStore, content: bytes) -> None:
    store.path.write_bytes(content)
    loaded = store.load()
    assert loaded.state == State()
    assert loaded.problem and "corrupt" in loaded.problem
    assert store.path.with_name("state.json.corrupt").read_bytes() == content
    # A fresh save writes a good file again.
    assert store.save(State(width=50)) is None
    assert StateStore(store.path).load().state.width == 50


def test_bad_fields_fall_back_one_by_one(store: StateStore) -> None:
    store.path.write_text(
        json.dumps(
            {
                "view": "klingon",
                "width": "wide",
                "theme": 7,
                "last": ["a"],
                "positions": {"ok": 5, "neg": -1, "str": "9", "bool": True, "float": 1.5},
            }
        )
    )
    loaded = store.load()
    assert loaded.problem is None
    assert loaded.state.view is View.ORIGINAL
    assert loaded.state.width == DEFAULT_WIDTH
    assert loaded.state.theme == State().theme
    assert loaded.state.positions == {"ok": 5}
    assert loaded.state.last is None


def test_width_is_clamped(store: StateStore) -> None:
    store.path.write_text(json.dumps({"width": 10**9}))
    assert store.load().state.width == MAX_WIDTH
    store.path.write_text(json.dumps({"width": 0}))
    assert store.load().state.width == MIN_WIDTH


def test_unhashable_view_is_ignored(store: StateStore) -> None:
    store.path.write_text(json.dumps({"view": ["simplified"]}))
    assert store.load().state.view is View.ORIGINAL


def test_save_keeps_unknown_keys_and_other_positions(store: StateStore) -> None:
    store.path.write_text(json.dumps({"future": {"x": 1}, "positions": {"other": 7}}))
    state = store.load().state
    state.positions["mine"] = 3
    assert store.save(state) is None
    data = json.loads(store.path.read_text())
    assert data["future"] == {"x": 1}
    assert data["positions"] == {"other": 7, "mine": 3}


def test_two_sessions_merge_positions(store: StateStore) -> None:
    first, second = StateStore(store.path), StateStore(store.path)
    a, b = first.load().state, second.load().state
    a.positions["a"] = 1
    b.positions["b"] = 2
    first.save(a)
    second.save(b)
    # Neither session loses the other's article; the unchanged one isn't rolled back.
    assert StateStore(store.path).load().state.positions == {"a": 1, "b": 2}
    assert b.positions == {"a": 1, "b": 2}


def test_session_does_not_roll_back_positions_it_did_not_change(store: StateStore) -> None:
    store.save(State(positions={"a": 1}))
    stale = StateStore(store.path)
    stale_state = stale.load().state
    fresh = StateStore(store.path)
    fresh_state = fresh.load().state
    fresh_state.positions["a"] = 99
    fresh.save(fresh_state)
    stale_state.view = View.SIMPLIFIED
    stale.save(stale_state)
    assert StateStore(store.path).load().state.positions["a"] == 99


def test_write_is_atomic_no_temp_files_left(store: StateStore) -> None:
    for n in range(5):
        store.save(State(positions={"a": n}))
    assert sorted(p.name for p in store.path.parent.iterdir()) == ["state.json"]


def test_unwritable_is_reported_once(tmp_path: Path) -> None:
    # Nobody, root included, can create a folder under a regular file (CI
    # runs as root, where a read-only folder would not stop writing).
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    store = StateStore(blocker / "state" / "state.json")
    first = store.save(State())
    assert first and "Could not save" in first
    assert store.save(State()) is None
    assert blocker.read_text() == "not a folder"


def test_state_path_that_is_a_folder_is_survived(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.mkdir()
    store = StateStore(path)
    loaded = store.load()
    assert loaded.state == State()
    assert loaded.problem
    assert store.save(State()) is not None


def test_position_key_prefers_digest(tmp_path: Path) -> None:
    def article(digest: str) -> Article:
        return Article("x", tmp_path / "x.txt", "t", ("p",), Script.NONE, digest=digest)

    assert position_key(article("abc")) == "abc"
    assert position_key(article("")) == f"path:{(tmp_path / 'x.txt').resolve()}"


def test_a_copy_shares_no_field_that_changes_in_place() -> None:
    # (the app writes a copy in a thread while its own state changes)
    state = State(positions={"k": 1}, lasts={"f": "k"}, searches=["q"])
    copy = state.copy()
    assert copy == state
    for name in (f.name for f in dataclasses.fields(State)):
        value = getattr(state, name)
        if isinstance(value, (dict, list, set)):
            assert getattr(copy, name) is not value, name
