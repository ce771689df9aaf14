"""When the reader app has reached each startup milestone, read from its state.

Each predicate takes the running ReaderApp and is polled on its event loop
by bench.first_frame after the first frame.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.app import App


def _first_articles(app: App) -> bool:
    return bool(app.library.articles)


def _all_read(app: App) -> bool:
    return app.library.loaded


def _people_shown(app: App) -> bool:
    # The main screen hands an article's people to the sidebar in the same
    # event-loop turn as they arrive, so this is the turn they are shown.
    current = app.main_screen.current
    return current is not None and current.id in app.library.people


def _search_ready(app: App) -> bool:
    return app.library.index is not None


READER_MILESTONES: dict[str, Callable[[App], bool]] = {
    "first_articles": _first_articles,
    "all_read": _all_read,
    "people_shown": _people_shown,
    "search_ready": _search_ready,
}
