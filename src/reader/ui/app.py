"""The reader app: loads state and the corpus, shows the main screen.

Importing this module must stay cheap (see tests/test_app_imports.py): the
screens, the core's conversion, search and people modules are imported when
first needed, and the corpus is loaded, indexed and searched for people in a
thread worker, started when the app is mounted: it reads the article cache
while the first frame is composed and drawn.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.signal import Signal
from textual.timer import Timer
from textual.worker import Worker, WorkerState, get_current_worker

from reader.core.plural import plural
from reader.core.resources import stylesheets
from reader.session.library import Library, Stage
from reader.ui.saved_state import SavedState

if TYPE_CHECKING:
    from reader.core.state import State, StateStore
    from reader.session.loading_collector import LoadingCollector
    from reader.session.opening import Opened, Opening
    from reader.ui.screens.main import MainScreen

# A hand-over of more files than this is applied this many at a time, and
# the event loop gets a turn (painting, keys) once pieces have taken
# APPLY_TURN_SECONDS of the UI thread's time: a warm start hands its whole listing over at once
# (applying 20,000 listed articles in one turn held the UI thread ~40 ms;
# a turn per piece repainted the status line between pieces and put the
# last title 0.9 s later).
APPLY_PIECE = 1000
APPLY_TURN_SECONDS = 0.01
# When the app mounts, it waits this long at most for the article cache's
# listing (opened in a thread since the app loaded, while Textual started
# and the main screen's modules were imported): a warm start's titles are
# then in the first frame, with no second paint, no hand-over and no pieces
# applied between paints. At 20,000 articles the listing takes ~0.4 s of
# CPU: waiting for it put the titles 0.25 s sooner than drawing an empty
# frame first and listing them after (and no stall up to them: 13 ms
# against 81 ms; busy machine, alternated).
LISTING_WAIT_SECONDS = 1.0
# Then the loader waits this long at most for those titles to be painted.
TITLES_WAIT_SECONDS = 1.0


class ReaderApp(SavedState, App[None]):
    TITLE = "reader"
    CSS_PATH = stylesheets()
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark,f1", "help", "Help"),
        Binding("d", "toggle_dark", "Dark/light"),
    ]

    def __init__(
        self, paths: Sequence[Path], store: StateStore | None = None, *, collect_after_loading: bool = False
    ) -> None:
        """``collect_after_loading``: turn the cycle collector on once loaded
        even if it is off now (``reader`` turns it off before importing the
        app); it is, too, if it is on when the app loads."""
        super().__init__()
        from reader.core.state import StateStore

        self.library = Library(list(paths))
        self.library_changed: Signal[Stage] = Signal(self, "library-changed")
        self.store = store if store is not None else StateStore()
        loaded = self.store.load()
        self.state: State = loaded.state
        self._state_problem = loaded.problem
        self._save_timer: Timer | None = None
        self._save_lock = threading.Lock()
        # Once everything is loaded, files changing on disk show up (watchfiles).
        self.watch_files = True
        # Set once every title is painted: the loader waits for it (see load_events).
        self._titles_painted = threading.Event()
        self._watch_stop: threading.Event | None = None
        # The cache and listing opened ahead (see on_load), and whether that
        # listing is in the library already.
        self._opening: Opening | None = None
        # How many listed items the library took before the first frame
        # (all of them, or a large listing's first screenful), and whether
        # that was the whole listing.
        self._listed_shown = 0
        self._listed_all = False
        # Whether the collector was on before on_load (or the caller) paused it for loading.
        self._collect_after_loading = collect_after_loading

    def on_load(self) -> None:
        # Before the terminal is set up and the main screen composed: the
        # cache is opened and the listing read meanwhile, in a thread, with
        # the collector paused already (see load_library).
        from reader.session.opening import Opening

        self._collect_after_loading = self._collect_after_loading or gc.isenabled()
        gc.disable()
        self._opening = Opening(self.library.paths)

    def get_default_screen(self) -> Screen[Any]:
        from reader.ui.screens.main import MainScreen

        return MainScreen(self)

    @property
    def main_screen(self) -> MainScreen:
        from reader.ui.screens.main import MainScreen

        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                return screen
        raise LookupError("the main screen is not up")

    def on_mount(self) -> None:
        if self.state.theme in self.available_themes:
            self.theme = self.state.theme
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        if self._state_problem:
            self.notify(self._state_problem, severity="warning", markup=False, timeout=8)
        self._take_listing()
        self.load_library()

    def _take_listing(self) -> None:
        """A warm start's listing, into the library before the main screen is
        composed, if it is read within LISTING_WAIT_SECONDS (else the loader
        hands it over when it is); of a large listing, its first items if
        they are built first (the loader hands the rest over, built once
        the first frame is drawn)."""
        opening = self._opening
        if opening is None:
            return
        first = opening.first(LISTING_WAIT_SECONDS)
        opened = opening.ready()
        if opened is not None:
            self._take_whole(opened)
            return
        if first is None:
            return
        items, _count = first
        if self.state.last is not None and not _resumed_among(items, self.state.last):
            # The article to reopen is further on: the whole listing, rather
            # than another article first and a jump to it when it arrives.
            opening.go()
            opened = opening.ready(LISTING_WAIT_SECONDS)
            if opened is not None:
                self._take_whole(opened)
            return
        from reader.session.load_events import Found

        self._listed_shown = len(items)
        self._apply(Found(tuple(items)))
        self.call_after_refresh(opening.go)

    def _take_whole(self, opened: Opened) -> None:
        from reader.session.load_events import AllRead, Found

        if opened.cache is not None and opened.listed is not None:
            self._listed_shown, self._listed_all = len(opened.listed), True
            self._apply(opened.whole or Found(tuple(opened.listed)))
            self._apply(AllRead())

    def on_unmount(self) -> None:
        if self._watch_stop is not None:
            self._watch_stop.set()
        self.save_state()
        self.hand_over_index()

    def hand_over_index(self) -> bool:
        """A large corpus's search index still being built (it is saved only
        when complete) goes on being built in a detached builder process
        (``reader index``), so the next launch opens it instead of building
        it again; never waits. So does one whose build had not begun, once
        every article is read. Whether a builder was started."""
        from reader.session.index_builder import hand_over

        library = self.library
        return hand_over(library.index, library.paths, articles=library.articles if library.loaded else None)

    # ------------------------------------------------------------------
    # Loading, in a thread: events are applied on the event loop.

    @work(thread=True, exclusive=True, group="library", exit_on_error=False)
    def load_library(self) -> None:
        from reader.session.loading_collector import LoadingCollector

        # (off while loading: see loading_collector)
        collecting = gc.isenabled() or self._collect_after_loading
        self._collect_after_loading = False
        with LoadingCollector(collecting) as collector:
            self._load_library(collector)

    def _load_library(self, collector: LoadingCollector) -> None:
        worker = get_current_worker()
        if self._listed_all:
            # The titles are listed already: the loader's modules are
            # imported once they are painted, not while the first frame is.
            deadline = time.monotonic() + TITLES_WAIT_SECONDS
            while not self._titles_painted.wait(0.05) and not worker.is_cancelled and time.monotonic() < deadline:
                pass
        from reader.session.loader import AllRead, Found, load_events

        held: list[object] = []
        opened = self._opening.take() if self._opening is not None else None
        events = load_events(
            self.library.paths,
            lambda: worker.is_cancelled,
            self._titles_painted.wait,
            opened=opened,
            listed_shown=self._listed_shown,
            on_screen=lambda: self.library.on_screen,
        )
        for event in events:
            if worker.is_cancelled:
                return
            collector.saw(event)
            # A batch of files is held until the next event: when that says
            # everything is read, both go over in one turn of the UI thread,
            # so the titles do not wait for the first article to be drawn.
            if isinstance(event, Found):
                if held:
                    self._hand_over(held)
                held = [event]
                continue
            if held and isinstance(event, AllRead):
                self._hand_over([*held, event])
                held = []
                continue
            if held:
                self._hand_over(held)
                held = []
            self._hand_over([event])
        if held:
            self._hand_over(held)

    class Handed(Message):
        """Events from the loader, to apply in order on the event loop."""

        def __init__(self, events: list[object]) -> None:
            super().__init__()
            self.events = events

    def _hand_over(self, events: list[object]) -> None:
        # Posted, not called: the loader goes on reading while the UI thread
        # applies and paints (waiting for each hand-over cost the titles
        # ~0.2 s at 2,000 articles). The app's queue keeps them in order.
        self.post_message(self.Handed(events))

    async def on_reader_app_handed(self, message: Handed) -> None:
        from reader.session.load_events import Found

        for event in message.events:
            if not isinstance(event, Found) or len(event.items) <= APPLY_PIECE or event.ready is not None:
                self._apply(event)
                continue
            items = event.items
            # (the UI thread's own time: on a busy machine the wall clock
            # also counts waits for a core, and a turn between the first
            # pieces painted the first article before the rest was listed)
            turn_ends = time.thread_time() + APPLY_TURN_SECONDS
            for start in range(0, len(items), APPLY_PIECE):
                if start and time.thread_time() > turn_ends:
                    await asyncio.sleep(0)  # (the event loop's other tasks: input, timers, painting)
                    turn_ends = time.thread_time() + APPLY_TURN_SECONDS
                self._apply(Found(items[start : start + APPLY_PIECE]))

    def watch_library(self) -> None:
        """Keep up with the opened folders (new, edited and deleted files) in
        a daemon thread of its own: it runs as long as the app, so it is not
        a worker (waiting for the workers would then never end)."""
        from reader.session.watcher import watch_events

        if self._watch_stop is not None:
            return
        stop = self._watch_stop = threading.Event()
        library = self.library

        def files() -> dict[Path, str]:
            return self.call_from_thread(library.files)

        def run() -> None:
            try:
                changes = watch_events(
                    library.paths,
                    files,
                    library.index,
                    library.people_index,
                    stop.is_set,
                    library.opened_ns,
                    lambda: self.call_from_thread(library.digests),
                )
                for event in changes:
                    if stop.is_set():
                        return
                    self.call_from_thread(self._apply, event)
            except Exception as exc:  # watching is a convenience: the app goes on without it
                if stop.is_set():
                    return  # the app is closing
                with contextlib.suppress(RuntimeError):  # closed meanwhile
                    self.call_from_thread(
                        self.notify, f"Stopped watching the folders: {exc}", severity="warning", markup=False
                    )

        threading.Thread(target=run, name="reader-watch", daemon=True).start()

    def _apply(self, event: object) -> None:
        from reader.session.load_events import PeopleDone

        stage = self.library.apply(event)  # type: ignore[arg-type]
        if isinstance(event, PeopleDone) and self.watch_files:
            self.watch_library()
        if stage is Stage.PROBLEM:
            self.notify(self.library.problems[-1], severity="warning", markup=False)
        elif stage is Stage.LOADED:
            self._report_loaded()
        self.library_changed.publish(stage)
        if stage is Stage.LOADED:
            # The screens listed every title just now: set once that is painted.
            self.call_after_refresh(self._titles_painted.set)

    def _report_loaded(self) -> None:
        library = self.library
        if library.skipped:
            count = len(library.skipped)
            self.notify(
                f"Skipped {plural(count, 'file')}: press e to see why",
                severity="warning",
                markup=False,
            )
        # replaced_bytes, not note: that imports the decoders (15 ms on the UI thread).
        noted = sum(1 for a in library.articles if a.replaced_bytes)
        if noted:
            self.notify(
                f"Read {plural(noted, 'file')} with bad bytes replaced: press e to see which",
                severity="warning",
                markup=False,
            )
        if not library.articles:
            self.notify("No articles to read in the given paths", severity="error", markup=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "library" and event.state is WorkerState.ERROR:
            error = event.worker.error
            message = f"Loading stopped: {error}"
            self.notify(message, severity="error", markup=False, timeout=10)
            self.library_changed.publish(self.library.fail(message))

    # ------------------------------------------------------------------
    # Actions and the command palette.

    def action_help(self) -> None:
        from reader.ui.screens.help import HelpScreen, help_sections

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(help_sections()))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        from reader.ui.commands import binding_commands

        yield from super().get_system_commands(screen)
        yield from binding_commands(self, self)
        yield from binding_commands(self, screen)


def _resumed_among(items: Sequence[object], key: str) -> bool:
    """Whether the article saved as read last (``key``) is among ``items``."""
    from reader.core.model import Article
    from reader.core.state import position_key

    return any(isinstance(item, Article) and position_key(item) == key for item in items)
