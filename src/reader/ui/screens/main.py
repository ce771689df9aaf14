"""The main screen: article list, reading view and people sidebar.

It owns what the user is looking at (the current article, the filter) and
the two reading settings, the script ``view`` and the ``reading_width``:
reactives bound to the widgets with ``data_bind``, whose watchers refresh
the panes and ask the app to remember them. It keeps the panes and the
status line in step with them and with the library as the loader fills it.
Its moves are mixins by concern: library_moves.py (keeping up with the
loader: the list, the status line, the article opened first),
reading_moves.py (articles, find, hits, jumps), people_moves.py (people and
the person filter), panes.py (panes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events, on
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Static

from reader.core.jumps import JumpList, Place
from reader.core.model import Article
from reader.core.state import DEFAULT_WIDTH, MAX_WIDTH, clamp_width, step_width
from reader.core.views import CYCLE_DESCRIPTION, View
from reader.session.library import Stage
from reader.ui.commands import ArticleCommands, PeopleCommands
from reader.ui.screens.library_moves import LibraryMoves
from reader.ui.screens.panes import PANES, PaneMoves
from reader.ui.screens.people_moves import PeopleMoves
from reader.ui.screens.reading_moves import ReadingMoves
from reader.ui.widgets.article_list import ArticleFilter, ArticleList
from reader.ui.widgets.article_pane import ArticlePane
from reader.ui.widgets.find_bar import FindBar
from reader.ui.widgets.footer import ReaderFooter
from reader.ui.widgets.people_sidebar import PeopleSidebar
from reader.ui.widgets.reading_messages import HighlightMoved, PositionChanged, ScriptChanged
from reader.ui.widgets.reading_view import ReadingView
from reader.ui.widgets.status_bar import StatusBar

if TYPE_CHECKING:
    from textual.widget import AwaitMount

    from reader.ui.host import Host
    from reader.ui.screens.search import SearchChoice


class MainScreen(LibraryMoves, ReadingMoves, PeopleMoves, PaneMoves, Screen[None]):
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (90, "-normal"), (170, "-wide")]
    # The text has the focus from the start (auto-focusing the list first
    # and moving on would restyle twice more before the first frame).
    AUTO_FOCUS = "#reading"
    _shown_before = False
    COMMANDS = {ArticleCommands, PeopleCommands}

    BINDINGS = [
        *(Binding(view.key, f"view({view.value!r})", view.description, show=False) for view in View),
        Binding("c", "cycle_view", "Script", tooltip=CYCLE_DESCRIPTION),
        Binding("slash", "search", "Search", priority=True),
        Binding("ctrl+f", "find", "Find", tooltip="Find in this article (ctrl+g there: in all articles)"),
        Binding("left_square_bracket", "article(-1)", "Prev article", show=False),
        Binding("right_square_bracket", "article(1)", "Next article", show=False),
        Binding(
            "ctrl+o",
            "jump(-1)",
            "Jump back",
            show=False,
            tooltip="Back to where you were before a search hit, a person or another article",
        ),
        Binding(
            "backspace",
            "back",
            "Back",
            show=False,
            tooltip="Back to the search results this article was opened from (else as ctrl+o)",
        ),
        Binding("ctrl+n", "jump(1)", "Jump forward", show=False, tooltip="Forward again after jumping back"),
        Binding("p", "focus_people", "People"),
        Binding("P", "corpus_people", "All people", show=False),
        Binding("n", "hit(1)", "Next hit", show=False, tooltip="Next highlight; after Esc, the last search again"),
        Binding("N", "hit(-1)", "Previous hit", show=False),
        Binding("f", "filter_person", "Filter by person", show=False),
        Binding("x", "clear_filter", "Clear filter", show=False),
        Binding(
            "ampersand",
            "filter_titles",
            "Filter titles",
            show=False,
            tooltip="Filter the list by title, id or file (or type Chinese in the list)",
        ),
        Binding("escape", "clear_highlights", "Clear highlights", show=False),
        Binding("plus,equals_sign", "width(1)", "Wider", show=False),
        Binding("minus", "width(-1)", "Narrower", show=False),
        Binding("e", "skipped", "Skipped files", show=False),
        Binding("tab", "pane(1)", "Next pane", show=False, priority=True),
        Binding("shift+tab", "pane(-1)", "Previous pane", show=False, priority=True),
    ]

    view: reactive[View] = reactive(View.ORIGINAL, init=False)
    """The script everything is shown in; bound to the reading view."""

    reading_width: reactive[int] = reactive(DEFAULT_WIDTH, init=False)
    """The reading column's width setting; bound to the reading view."""

    def __init__(self, host: Host) -> None:
        super().__init__()
        self.host = host
        self.current: Article | None = None
        # The article to reopen from last time, until it loads or the reader moves.
        self._resume: str | None = None
        self._list_timer: Timer | None = None
        self.article_filter: ArticleFilter | None = None
        self.jumps = JumpList()
        # The last search, to bring back with n after Esc: ("find" or
        # "search", query).
        self._last_search: tuple[str, str] | None = None
        self._find_origin: Place | None = None
        self._find_recorded = True
        # The search result the open article was opened from, for backspace.
        self.from_search: SearchChoice | None = None
        # What the title filter above the list holds (folded), or "".
        self._title_filter = ""
        state = self.host.state
        self.set_reactive(MainScreen.view, state.view)
        self.set_reactive(MainScreen.reading_width, state.width)

    @property
    def reading(self) -> ReadingView:
        return self.query_one(ReadingView)

    @property
    def sidebar(self) -> PeopleSidebar:
        return self.query_one(PeopleSidebar)

    @property
    def status(self) -> StatusBar:
        return self.query_one(StatusBar)

    @property
    def find_bar(self) -> FindBar:
        """The find bar (see :meth:`open_find_bar`: mounted on first use)."""
        return self.query_one(FindBar)

    async def open_find_bar(self) -> FindBar:
        """The find bar, mounted the first time it is opened: hidden until
        then, it and its input cost their styling (and its stylesheet's
        parsing) before the first frame."""
        bars = self.query(FindBar)
        if bars:
            return bars.first()
        bar = FindBar(id="find-bar")
        bar.display = False  # (until opened: no layout for it)
        await self.mount(bar, after="#panes")
        return bar

    def find_bar_open(self) -> bool:
        bars = self.query(FindBar)
        return bool(bars) and bars.first().display

    def compose(self) -> ComposeResult:
        # The classes the first resize and the reading pane would set, set
        # now, before any child is styled: each later change of the screen's
        # classes restyles every widget on it (twice before the first frame).
        width = self.app.size.width
        widths = sorted(self.HORIZONTAL_BREAKPOINTS, reverse=True)
        size_class = next((name for at, name in widths if width >= at), None)
        self.update_classes(
            {name: name == size_class for _, name in widths} | {f"-pane-{pane}": pane == "reading" for pane in PANES},
            update=False,
        )
        yield StatusBar(id="status")
        yield Static(id="pane-tabs", markup=False)
        with Horizontal(id="panes"):
            yield ArticlePane(id="article-pane")
            yield ReadingView(id="reading").data_bind(MainScreen.view, MainScreen.reading_width)
            yield PeopleSidebar(id="people")
        # (the find bar is mounted below the panes when first opened)
        yield ReaderFooter()

    def on_mount(self) -> None:
        from reader.core.state import last_read

        self._resume = last_read(self.host.state, self.host.library.paths)
        self.host.library_changed.subscribe(self, self._library_changed)
        self.reading.focus()
        self._set_pane("reading")
        # The loader may have handed over articles before we subscribed (a
        # warm start's whole listing: then its titles are in the first frame).
        self._library_changed(Stage.ARTICLES)
        if self.host.library.loaded:
            self._library_changed(Stage.LOADED)
        else:
            self._refresh_everything()

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        # Shown for the first time, nothing changed since each widget was
        # styled on mount: Textual's restyle of every widget on resume (for
        # what changed under another screen) is ~10 ms before the first frame.
        # (Runs before Screen's own handler, which reads refresh_styles.)
        if not self._shown_before:
            self._shown_before = True
            event.refresh_styles = False

    # ------------------------------------------------------------------
    # ------------------------------------------------------------------
    # The two settings: watchers refresh and remember.

    def validate_reading_width(self, width: int) -> int:
        return clamp_width(width)

    def watch_view(self, view: View) -> None:
        self._refresh_list()
        self._refresh_people()
        self._refresh_status()
        self.host.remember(view=view)

    def watch_reading_width(self, width: int) -> None:
        self.host.remember(width=width)

    def visible_articles(self) -> list[Article]:
        articles = self.host.library.articles
        if self.article_filter is not None:
            articles = [a for a in articles if a.id in self.article_filter.ids]
        if self._title_filter:
            from reader.core.folding import fold

            needle = self._title_filter
            articles = [
                a for a in articles if needle in fold(a.title) or needle in fold(a.id) or needle in fold(a.path.name)
            ]
        return articles

    async def action_filter_titles(self) -> None:
        self._set_pane("articles")
        await self.query_one(ArticlePane).open_title_filter()

    @on(ArticlePane.TitleFilterChanged)
    def _title_filter_changed(self, event: ArticlePane.TitleFilterChanged) -> None:
        from reader.core.folding import fold

        event.stop()
        self._title_filter = fold(event.text.strip())
        self._refresh_list()

    # ------------------------------------------------------------------
    # Opening articles.

    def open_article(self, article: Article, position: int | None = None, *, record: bool = True) -> None:
        """Open ``article`` at ``position`` (where the reader left it if
        None); the place left behind goes on the jump list."""
        if record and article is not self.current:
            self._record_jump()
        if position is None:
            position = self.host.saved_position(article)
        self._resume = None
        self.host.remember_reading(article)
        self.host.library.on_screen = article.id  # (its people are found next)
        self.current = article
        self.from_search = None
        self.reading.show(article, position=position)
        self.status.hit = None
        self._refresh_list()
        self._refresh_people()
        self._refresh_status()

    def open_choice(self, choice: SearchChoice | None) -> None:
        """Open a search result at its first hit, with all hits highlighted."""
        self.view = self.host.state.view  # c in the results changes it
        if choice is None:
            return  # Esc: back where the reader was, focus and all
        library = self.host.library
        article = library.get(choice.article_id)
        if article is None:
            self.status.say(f"That article is gone: its file was removed or is no longer read ({choice.article_id})")
            return
        if library.index is None:
            return
        self._record_jump()
        hits = library.index.hits_in(article, choice.query)
        self._last_search = ("search", choice.query)
        self.open_article(article, hits[0].start if hits else None, record=False)
        self.from_search = choice
        if hits:
            self.reading.set_highlights([(h.start, h.end) for h in hits], kind="search")
            self.reading.next_highlight()
        else:
            self.status.say(f"Only in the title: {choice.query}")
        self.show_text()

    @on(ArticleList.Chosen)
    def _article_chosen(self, event: ArticleList.Chosen) -> None:
        event.stop()
        article = self.host.library.get(event.article_id)
        if article is not None and article is not self.current:
            self.open_article(article)
        self.show_text()

    # ------------------------------------------------------------------
    # The reading view and the people sidebar talk back.

    @on(PositionChanged)
    def _position_changed(self, event: PositionChanged) -> None:
        self.status.progress = event.progress
        if self.current is not None:
            self.host.remember_reading(self.current, event.position)

    @on(ScriptChanged)
    def _script_changed(self) -> None:
        self._refresh_status()

    @on(HighlightMoved)
    def _highlight_moved(self, event: HighlightMoved) -> None:
        self.status.hit = (event.index + 1, event.total) if event.total else None

    @on(PeopleSidebar.PersonChosen)
    def _person_chosen(self, event: PeopleSidebar.PersonChosen) -> None:
        self.highlight_person(event.entry)
        self.show_text()

    # ------------------------------------------------------------------
    # Actions.

    def action_view(self, name: str) -> None:
        self.view = View(name)

    def action_cycle_view(self) -> None:
        self.view = self.view.next()

    async def action_search(self) -> None:
        from textual.widgets import Input

        if isinstance(self.focused, Input):
            raise SkipAction()  # "/" typed into the find bar or the title filter
        # A priority binding, awaited: the app takes no more keys until the
        # search box has the focus, so keys typed right after / reach it in
        # order (they went to the reading view meanwhile, and were lost).
        await self.open_search()

    def open_search(self, query: str = "", back_to: SearchChoice | None = None) -> AwaitMount:
        """The search screen, with ``query`` in the box; ``back_to``: the
        results again, with that result highlighted and the focus on them."""
        from reader.ui.screens.search import SearchScreen

        row = back_to.row if back_to is not None else None
        return self.app.push_screen(SearchScreen(self.host, query, row=row), self.open_choice)

    def action_width(self, step: int, forward: bool = True) -> None:
        reading = self.reading
        if forward and not reading.scrollable_content_region.width:
            # A narrow screen showing another pane: the text comes forward
            # first, so the press changes a column the reader sees (once:
            # on a screen too small to show any, it says so below).
            self.show_text()
            self.call_after_refresh(self.action_width, step, False)
            return
        shown = reading.column
        width = step_width(self.reading_width, step, reading.column_limit)
        column = min(width, reading.column_limit)
        if column == shown:
            limit = "widest (the pane's width)" if step > 0 else "narrowest"
            if step > 0 and width >= MAX_WIDTH:
                limit = "widest"
            self.status.say(f"Width {shown} cells: at its {limit}")
            return
        self.reading_width = width
        self.status.say(f"Width {column} cells")

    def action_skipped(self) -> None:
        from reader.ui.screens.skipped import SkippedScreen

        # The notes that said "press e" have done their work, and would
        # cover the list they point to (cleared while this screen, whose
        # notes show through, is on top).
        self.app.clear_notifications()
        self.app.push_screen(SkippedScreen(self.host))
