"""What the main screen's mixins (library_moves.py, reading_moves.py,
people_moves.py, panes.py) may use of the screen, declared once for the type checker.

At run time :data:`MainParts` is ``object``: the mixins are plain classes
and :class:`~reader.ui.screens.main.MainScreen` provides all of this.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.screen import Screen
    from textual.timer import Timer
    from textual.widget import AwaitMount

    from reader.core.jumps import JumpList, Place
    from reader.core.model import Article
    from reader.core.views import View
    from reader.ui.host import Host
    from reader.ui.screens.search import SearchChoice
    from reader.ui.widgets.article_list import ArticleFilter
    from reader.ui.widgets.find_bar import FindBar
    from reader.ui.widgets.people_sidebar import PeopleSidebar
    from reader.ui.widgets.reading_view import ReadingView
    from reader.ui.widgets.status_bar import StatusBar

    class MainParts(Screen[None]):
        host: Host
        current: Article | None
        view: View
        article_filter: ArticleFilter | None
        jumps: JumpList
        _last_search: tuple[str, str] | None
        _find_origin: Place | None
        _find_recorded: bool
        _resume: str | None
        _list_timer: Timer | None
        _title_filter: str
        from_search: SearchChoice | None

        @property
        def reading(self) -> ReadingView: ...
        @property
        def sidebar(self) -> PeopleSidebar: ...
        @property
        def status(self) -> StatusBar: ...
        @property
        def find_bar(self) -> FindBar: ...
        async def open_find_bar(self) -> FindBar: ...
        def find_bar_open(self) -> bool: ...
        def open_article(self, article: Article, position: int | None = None, *, record: bool = True) -> None: ...
        def visible_articles(self) -> list[Article]: ...
        def open_search(self, query: str = "", back_to: SearchChoice | None = None) -> AwaitMount: ...
        # From the other mixins.
        def show_text(self) -> None: ...
        def _record_jump(self) -> None: ...
        def _refresh_people(self) -> None: ...
        def _refresh_list(self) -> None: ...
        def _refresh_status(self) -> None: ...
        def _refresh_place(self) -> None: ...
        def _refresh_everything(self) -> None: ...
        def _open_first(self) -> None: ...
        def _complete_person_filter(self) -> None: ...

else:
    MainParts = object

__all__ = ["MainParts"]
