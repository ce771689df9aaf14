"""What the app remembers for the next run (:class:`SavedState`, a part of
:class:`~reader.ui.app.ReaderApp`): the reader's settings, the article open
and where in it, the search history and the theme, saved a while after the
last change."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from textual import work

if TYPE_CHECKING:
    import threading

    from textual.app import App
    from textual.theme import Theme
    from textual.timer import Timer

    from reader.core.model import Article
    from reader.core.state import State, StateStore
    from reader.core.views import View
    from reader.session.library import Library

    _AppBase = App[None]
else:
    _AppBase = object

# Saving while reading waits this long after the last move.
SAVE_DELAY = 2.0
DARK_THEME, LIGHT_THEME = "textual-dark", "textual-light"


class SavedState(_AppBase):
    """The saving methods of :class:`~reader.ui.app.ReaderApp`."""

    if TYPE_CHECKING:  # (given by ReaderApp)
        library: Library
        store: StateStore
        state: State
        _save_timer: Timer | None
        _save_lock: threading.Lock

    def schedule_save(self) -> None:
        """Save soon: many changes in a row (scrolling) cost one write."""
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_DELAY, self._save_aside)

    def remember(self, *, view: View | None = None, width: int | None = None) -> None:
        """Keep the reader's settings for the next run (screens never write
        the state themselves)."""
        if view is not None:
            self.state.view = view
        if width is not None:
            self.state.width = width
        self.schedule_save()

    def remember_reading(self, article: Article, position: int | None = None) -> None:
        """Keep which article is open and, when given, where in it."""
        from reader.core.state import position_key, remember_last

        key = position_key(article)
        remember_last(self.state, self.library.paths, key)
        if position is not None:
            self.state.positions[key] = position
        self.schedule_save()

    def remember_search(self, query: str) -> None:
        from reader.core.state import remember_search

        remember_search(self.state, query)
        self.schedule_save()

    def saved_position(self, article: Article) -> int:
        from reader.core.state import position_key

        return self.state.positions.get(position_key(article), 0)

    def save_state(self) -> None:
        """Write the state now, in this thread (the app quitting)."""
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        with self._save_lock:
            problem = self.store.save(self.state)
        self._saved(self.state, problem)

    def _save_aside(self) -> None:
        # Written in a thread, from a copy: on the UI thread a save's disk
        # writes (a read, two fsyncs) stalled it ~40 ms while the loader ran.
        self._save_timer = None
        self._write_state(self.state.copy())

    @work(thread=True, group="state", exit_on_error=False)
    def _write_state(self, state: State) -> None:
        with self._save_lock:
            problem = self.store.save(state)
        with contextlib.suppress(RuntimeError):  # (the app closed meanwhile)
            self.call_from_thread(self._saved, state, problem)

    def _saved(self, state: State, problem: str | None) -> None:
        # (positions other processes saved meanwhile, now in this session too)
        self.state.positions.update({k: v for k, v in state.positions.items() if k not in self.state.positions})
        if problem:
            self.notify(problem, severity="warning", markup=False, timeout=8)

    def _theme_changed(self, theme: Theme) -> None:
        if theme.name != self.state.theme:
            old = self.available_themes.get(self.state.theme)
            # Leaving a theme for one of the other brightness: d comes back to it.
            if old is not None and old.dark != theme.dark:
                self.state.other_theme = old.name
            self.state.theme = theme.name
            self.schedule_save()

    def action_toggle_dark(self) -> None:
        """Back to the last theme of the other brightness (one picked in the
        palette too), else the default dark or light one."""
        other = self.available_themes.get(self.state.other_theme or "")
        if other is not None and other.dark != self.current_theme.dark:
            self.theme = other.name
        else:
            self.theme = LIGHT_THEME if self.current_theme.dark else DARK_THEME


__all__ = ["DARK_THEME", "LIGHT_THEME", "SAVE_DELAY", "SavedState"]
