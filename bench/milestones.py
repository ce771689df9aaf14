"""When the reader app has reached each startup milestone, read from its state.

Each predicate takes the running ReaderApp and is polled on its event loop
by bench.first_frame after the first frame.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.ui.app import ReaderApp

# Give up on milestones that never come: the report shows them as not reached in this long.
MILESTONE_TIMEOUT = 120.0


def _first_articles(app: ReaderApp) -> bool:
    return bool(app.library.articles)


def _all_read(app: ReaderApp) -> bool:
    return app.library.loaded


def _titles_shown(app: ReaderApp) -> bool:
    # What the user waits for: every title in the article list, not just the
    # frame. The list is filled on the event loop, so the turn it holds them
    # all is the one before they are painted.
    library = app.library
    if not library.loaded or not library.articles:
        return False
    from reader.ui.widgets.article_list import ArticleList

    try:
        rows = app.main_screen.query_one(ArticleList).option_count
    except Exception:  # the list is not up yet
        return False
    return rows >= len(library.articles)


def _first_screen(app: ReaderApp) -> bool:
    # A screenful of titles: as many rows as the list shows (a cold start
    # lists each article as it is cleaned), or every article if fewer.
    library = app.library
    from reader.ui.widgets.article_list import ArticleList

    try:
        widget = app.main_screen.query_one(ArticleList)
    except Exception:  # the list is not up yet
        return False
    rows = widget.option_count
    return rows > 0 and (rows >= widget.size.height or (library.loaded and rows >= len(library.articles)))


def _people_shown(app: ReaderApp) -> bool:
    # The main screen hands an article's people to the sidebar in the same
    # event-loop turn as they arrive, so this is the turn they are shown.
    current = app.main_screen.current
    return current is not None and current.id in app.library.people


def _search_ready(app: ReaderApp) -> bool:
    return app.library.index is not None


def _people_done(app: ReaderApp) -> bool:
    # Everyone's people, as the app shows them (the corpus people screen).
    return app.library.people_ready


READER_MILESTONES: dict[str, Callable[[ReaderApp], bool]] = {
    "first_articles": _first_articles,
    "all_read": _all_read,
    "first_screen": _first_screen,
    "titles_shown": _titles_shown,
    "people_shown": _people_shown,
    "search_ready": _search_ready,
    "people_done": _people_done,
}
