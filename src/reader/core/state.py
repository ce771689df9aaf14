"""What the reader remembers between runs: reading positions, view, width, theme.

One JSON file in the user's data folder, or in ``READER_STATE_DIR`` when
that is set (see :mod:`reader.core.paths`). Saving never loses what is already on
disk: unknown keys are kept and other articles' positions are merged, so two
readers open at once, or a newer version's fields, survive. Problems (a
corrupt or unwritable file) are returned as one-line messages for the caller
to show once; nothing here raises on bad state.

Positions are keyed by the article's digest (a hash of the file's bytes), so a
position follows an article that is moved or opened through another folder,
and is dropped when the file changes (its old offsets would be wrong). An
article without a digest falls back to its resolved path.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.files import atomic_write
from reader.core.paths import STATE_DIR_ENV, state_dir
from reader.core.views import View

if TYPE_CHECKING:
    from reader.core.model import Article

STATE_FILE = "state.json"
FORMAT_VERSION = 1

DEFAULT_THEME = "textual-dark"
# Reading width in terminal cells: 80 cells hold 40 CJK characters.
DEFAULT_WIDTH = 80
# The one set of bounds for the reading width, used by the view, the keys
# and the saved state alike.
MIN_WIDTH = 20
MAX_WIDTH = 240
# Cells one press of + or - adds or takes away.
WIDTH_STEP = 4
# Searches remembered for the search box's history (up/down), newest last.
SEARCH_HISTORY = 100
# Sets of folders whose last article is remembered.
LASTS_KEPT = 200


@dataclass
class State:
    view: View = View.ORIGINAL
    width: int = DEFAULT_WIDTH
    theme: str = DEFAULT_THEME
    positions: dict[str, int] = field(default_factory=dict)
    # position_key() of the article read last (in any folders).
    last: str | None = None
    # The article read last in each set of folders (folders_key()), reopened
    # when the reader opens those folders again; most recent last.
    lasts: dict[str, str] = field(default_factory=dict)
    # Queries searched for, oldest first, no repeats; the last one is kept in
    # the search box.
    searches: list[str] = field(default_factory=list)
    # The theme `d` goes back to, of the other brightness than ``theme``.
    other_theme: str | None = None

    def copy(self) -> State:
        """A copy that shares nothing this one may change (written by another thread)."""
        return replace(self, positions=dict(self.positions), lasts=dict(self.lasts), searches=list(self.searches))


def remember_search(state: State, query: str) -> None:
    """Put ``query`` at the end of the search history."""
    query = query.strip()
    if not query:
        return
    if query in state.searches:
        state.searches.remove(query)
    state.searches.append(query)
    del state.searches[:-SEARCH_HISTORY]


def folders_key(paths: Iterable[Path]) -> str:
    """The key of a set of folders (or files) the reader was opened on."""
    return "\n".join(sorted({str(Path(p).resolve()) for p in paths}))


def remember_last(state: State, paths: Iterable[Path], key: str) -> None:
    """``key`` is the article read last in the folders ``paths``."""
    state.last = key
    folders = folders_key(paths)
    state.lasts.pop(folders, None)
    state.lasts[folders] = key
    for old in list(state.lasts)[:-LASTS_KEPT]:
        del state.lasts[old]


def last_read(state: State, paths: Iterable[Path]) -> str | None:
    """The article to reopen in the folders ``paths``: the one read last
    there (a state saved before folders were told apart: the last one)."""
    return state.lasts.get(folders_key(paths), None if state.lasts else state.last)


def clamp_width(width: int) -> int:
    return max(MIN_WIDTH, min(MAX_WIDTH, width))


def step_width(width: int, steps: int, room: int) -> int:
    """The reading width after ``steps`` presses of + (or - when negative),
    counted from the column shown (``width``, or ``room`` if the pane has
    less), never wider than the pane: so every press that can change the
    column does. At a limit the result shows the same column."""
    shown = min(width, room)
    widest = max(MIN_WIDTH, min(MAX_WIDTH, room))
    return max(MIN_WIDTH, min(widest, shown + steps * WIDTH_STEP))


def position_key(article: Article) -> str:
    """The key under which an article's reading position is saved."""
    if article.digest:
        return article.digest
    return f"path:{Path(article.path).resolve()}"


@dataclass(frozen=True, slots=True)
class Loaded:
    state: State
    # A one-line message to show the user, or None when all went well.
    problem: str | None = None


class StateStore:
    """Loads and saves :class:`State` at ``path``, atomically and by merging."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else state_dir() / STATE_FILE
        # Positions as last read or written: only the ones changed since are
        # written over what another process may have saved meanwhile.
        self._baseline: dict[str, int] = {}
        self._write_failed = False

    def load(self) -> Loaded:
        """The saved state, or defaults with a message if it can't be read."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return Loaded(State())
        except OSError as exc:
            return Loaded(State(), f"Could not read saved state {self.path}: {_reason(exc)}; using defaults")
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
        except (UnicodeDecodeError, ValueError):
            kept = self._set_aside()
            note = f" (kept as {kept.name})" if kept else ""
            return Loaded(State(), f"Saved state {self.path} was corrupt{note}; using defaults")
        state = _from_dict(data)
        self._baseline = dict(state.positions)
        return Loaded(state)

    def save(self, state: State) -> str | None:
        """Write ``state``; returns a message the first time writing fails."""
        on_disk = self._read_dict()
        positions = _positions(on_disk.get("positions"))
        positions.update({k: v for k, v in state.positions.items() if self._baseline.get(k) != v})
        data = dict(on_disk)
        data.update(
            version=FORMAT_VERSION,
            view=state.view.value,
            width=state.width,
            theme=state.theme,
            positions=positions,
            last=state.last,
            lasts=_lasts(on_disk.get("lasts")) | state.lasts,
            searches=state.searches[-SEARCH_HISTORY:],
            other_theme=state.other_theme,
        )
        try:
            self._write(data)
        except OSError as exc:
            if self._write_failed:
                return None
            self._write_failed = True
            return f"Could not save state to {self.path}: {_reason(exc)}"
        self._write_failed = False
        self._baseline = dict(positions)
        # What others saved meanwhile now shows up in this session too.
        state.positions.update({k: v for k, v in positions.items() if k not in state.positions})
        return None

    def _read_dict(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_bytes().decode("utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, Any]) -> None:
        atomic_write(self.path, json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True))

    def _set_aside(self) -> Path | None:
        """Keep a corrupt file next to the new one instead of destroying it."""
        target = self.path.with_name(self.path.name + ".corrupt")
        try:
            os.replace(self.path, target)
        except OSError:
            return None
        return target


def _from_dict(data: dict[str, Any]) -> State:
    """Each field is checked on its own: one bad value keeps the others."""
    state = State()
    with contextlib.suppress(TypeError, ValueError):
        state.view = View(data.get("view", state.view))
    width = data.get("width")
    if isinstance(width, int) and not isinstance(width, bool):
        state.width = clamp_width(width)
    theme = data.get("theme")
    if isinstance(theme, str) and theme:
        state.theme = theme
    state.positions = _positions(data.get("positions"))
    last = data.get("last")
    if isinstance(last, str) and last:
        state.last = last
    state.lasts = _lasts(data.get("lasts"))
    searches = data.get("searches")
    if isinstance(searches, list):
        state.searches = [q for q in searches if isinstance(q, str) and q.strip()][-SEARCH_HISTORY:]
    other = data.get("other_theme")
    if isinstance(other, str) and other:
        state.other_theme = other
    return state


def _lasts(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str) and v}


def _positions(value: Any) -> dict[str, int]:
    if not isinstance(value, dict):
        return {}
    return {
        k: v
        for k, v in value.items()
        if isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v >= 0
    }


def _reason(exc: OSError) -> str:
    return exc.strerror or exc.__class__.__name__


__all__ = [
    "DEFAULT_THEME",
    "DEFAULT_WIDTH",
    "MAX_WIDTH",
    "MIN_WIDTH",
    "STATE_DIR_ENV",
    "WIDTH_STEP",
    "Loaded",
    "State",
    "StateStore",
    "clamp_width",
    "position_key",
    "remember_search",
    "state_dir",
    "step_width",
]
