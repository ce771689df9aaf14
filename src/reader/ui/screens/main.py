"""The main screen: article list, reading view and people sidebar.

It owns what the user is looking at (the current article, the filter, the
script view) and keeps the three panes and the status line in step with it
and with the library as the loader fills it in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Footer, OptionList

from reader.core.model import Article
from reader.core.script import View, convert
from reader.core.state import clamp_width, position_key
from reader.ui.library import Stage
from reader.ui.widgets.article_list import ArticleFilter, ArticleList, ArticlePane
from reader.ui.widgets.people_sidebar import PeopleList, PeopleSidebar
from reader.ui.widgets.reading_view import ReadingView
from reader.ui.widgets.status_bar import StatusBar

if TYPE_CHECKING:
    from reader.core.people import ArticlePerson
    from reader.ui.app import ReaderApp
    from reader.ui.screens.search import SearchChoice

WIDTH_STEP = 4
# While files arrive, the list takes in new rows at most this often.
LIST_FILL_SECONDS = 1.0
PANES = ("articles", "reading", "people")


class MainScreen(Screen[None]):
    app: ReaderApp

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (90, "-normal"), (170, "-wide")]

    BINDINGS = [
        Binding("o", "view('original')", "Original script", show=False),
        Binding("s", "view('simplified')", "Simplified (简体)", show=False),
        Binding("t", "view('traditional')", "Traditional (繁體)", show=False),
        Binding("c", "cycle_view", "Script", tooltip="Cycle the script: original → 简体 → 繁體"),
        Binding("slash", "search", "Search"),
        Binding("left_square_bracket", "article(-1)", "Prev article", show=False),
        Binding("right_square_bracket", "article(1)", "Next article", show=False),
        Binding("p", "focus_people", "People"),
        Binding("P", "corpus_people", "All people", show=False),
        Binding("n", "hit(1)", "Next hit", show=False),
        Binding("N", "hit(-1)", "Previous hit", show=False),
        Binding("f", "filter_person", "Filter by person", show=False),
        Binding("x", "clear_filter", "Clear filter", show=False),
        Binding("escape", "clear_highlights", "Clear highlights", show=False),
        Binding("plus,equals_sign", "width(1)", "Wider", show=False),
        Binding("minus", "width(-1)", "Narrower", show=False),
        Binding("e", "skipped", "Skipped files", show=False),
        Binding("tab", "pane(1)", "Next pane", show=False, priority=True),
        Binding("shift+tab", "pane(-1)", "Previous pane", show=False, priority=True),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.current: Article | None = None
        # The article to reopen from last time, until it loads or the reader moves.
        self._resume: str | None = None
        self._list_timer: Timer | None = None
        self.article_filter: ArticleFilter | None = None

    @property
    def view(self) -> View:
        return self.app.state.view

    @property
    def reading(self) -> ReadingView:
        return self.query_one(ReadingView)

    @property
    def sidebar(self) -> PeopleSidebar:
        return self.query_one(PeopleSidebar)

    @property
    def status(self) -> StatusBar:
        return self.query_one(StatusBar)

    def compose(self) -> ComposeResult:
        yield StatusBar(id="status")
        with Horizontal(id="panes"):
            yield ArticlePane(id="article-pane")
            yield ReadingView(id="reading")
            yield PeopleSidebar(id="people")
        yield Footer()

    def on_mount(self) -> None:
        self.reading.reading_width = self.app.state.width
        self._resume = self.app.state.last
        self.app.library_changed.subscribe(self, self._library_changed)
        self.reading.focus()
        # The loader may have handed over articles before we subscribed.
        self._library_changed(Stage.ARTICLES)
        self._refresh_everything()

    # ------------------------------------------------------------------
    # Keeping up with the loader.

    def _library_changed(self, stage: Stage) -> None:
        library = self.app.library
        if stage is Stage.ARTICLES:
            self._open_first()
            # Rows are added at most once a LIST_FILL_SECONDS while files
            # arrive: each addition costs the list work in proportion to
            # its length, and the loader waits for the UI.
            if self._list_timer is None:
                self._list_timer = self.set_timer(LIST_FILL_SECONDS, self._refresh_list)
        elif stage is Stage.PEOPLE:
            # Batches of other articles' people leave the sidebar as it is.
            changed = library.people_changed
            if changed is None or (self.current is not None and self.current.id in changed):
                self._refresh_people()
        elif stage is Stage.CHANGED:
            self._files_changed()
        elif stage in (Stage.LOADED, Stage.FAILED):
            self._resume = None
            self._refresh_list()
            self._refresh_people()
        self.status.busy = library.busy

    def _files_changed(self) -> None:
        """Files changed on disk: the list at once, and the open article if
        it was edited (at the same place in its text) or deleted."""
        from reader.ui.library import carry_position

        library = self.app.library
        current = self.current
        if current is not None and library.get(current.id) is None:
            self.current = None
            self._open_first()
        elif current is not None and library.get(current.id) is not current:
            edited = library.get(current.id)
            assert edited is not None
            self.open_article(edited, carry_position(current.text, edited.text, self.reading.position))
        self._refresh_list()
        changed = library.people_changed
        if changed is None or (self.current is not None and self.current.id in changed):
            self._refresh_people()

    def _refresh_everything(self) -> None:
        self._refresh_list()
        self._refresh_people()
        self._refresh_status()

    def visible_articles(self) -> list[Article]:
        articles = self.app.library.articles
        if self.article_filter is None:
            return articles
        return [a for a in articles if a.id in self.article_filter.ids]

    def _refresh_list(self) -> None:
        if self._list_timer is not None:
            self._list_timer.stop()
            self._list_timer = None
        current = self.current.id if self.current else None
        library = self.app.library
        empty = "Loading articles…" if not library.loaded else "No articles found."
        self.query_one(ArticleList).show(self.visible_articles(), self.view, current, empty)
        self.query_one(ArticlePane).show_filter(self.article_filter, self.view)

    def _refresh_people(self) -> None:
        library = self.app.library
        if self.current is None:
            self.sidebar.show_message("Loading articles…" if not library.loaded else "No article open.")
            return
        people = library.people.get(self.current.id)
        if people is None:
            if library.people_ready or library.failure:
                self.sidebar.show([], self.view, None)
            else:
                self.sidebar.show_message("Finding people…")
            return
        self.sidebar.show(people, self.view, self._elsewhere if library.people_ready else None)

    def _elsewhere(self, key: str) -> int:
        index = self.app.library.people_index
        if index is None or self.current is None:
            return 0
        return len([a for a in index.articles_of(key) if a != self.current.id])

    def _refresh_status(self) -> None:
        status = self.status
        status.title = convert(self.current.title, self.view) if self.current else "reader"
        status.view_label = self.view.label
        status.busy = self.app.library.busy

    # ------------------------------------------------------------------
    # Opening articles.

    def _open_first(self) -> None:
        """Open the article read last time as soon as it has loaded; until
        then, and if it never does, the first one. Once the reader opens an
        article themselves, loading never moves them."""
        articles = self.app.library.articles
        if self._resume is not None:
            resumed = next((a for a in articles if position_key(a) == self._resume), None)
            if resumed is not None:
                self.open_article(resumed)
                return
        if self.current is None and articles:
            waiting = self._resume
            self.open_article(articles[0])
            self._resume = waiting

    def open_article(self, article: Article, position: int | None = None) -> None:
        if position is None:
            position = self.app.state.positions.get(position_key(article), 0)
        self._resume = None
        self.app.state.last = position_key(article)
        self.current = article
        self.reading.show(article, self.view, position)
        self.status.hit = None
        self._refresh_list()
        self._refresh_people()
        self._refresh_status()

    def open_choice(self, choice: SearchChoice | None) -> None:
        """Open a search result at its first hit, with all hits highlighted."""
        if choice is None:
            return
        library = self.app.library
        article = library.get(choice.article_id)
        if article is None or library.index is None:
            return
        hits = library.index.hits_in(article, choice.query)
        self.open_article(article, hits[0].start if hits else None)
        if hits:
            self.reading.set_highlights([(h.start, h.end) for h in hits], kind="search")
            self.reading.next_highlight()
        self.reading.focus()

    @on(OptionList.OptionSelected, "#article-list")
    def _article_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        article = self.app.library.get(event.option.id or "")
        if article is not None and article is not self.current:
            self.open_article(article)

    # ------------------------------------------------------------------
    # The reading view and the people sidebar talk back.

    @on(ReadingView.PositionChanged)
    def _position_changed(self, event: ReadingView.PositionChanged) -> None:
        self.status.progress = event.progress
        if self.current is not None:
            self.app.state.positions[position_key(self.current)] = event.position
            self.app.schedule_save()

    @on(ReadingView.HighlightMoved)
    def _highlight_moved(self, event: ReadingView.HighlightMoved) -> None:
        self.status.hit = (event.index + 1, event.total) if event.total else None

    @on(PeopleSidebar.PersonChosen)
    def _person_chosen(self, event: PeopleSidebar.PersonChosen) -> None:
        self.highlight_person(event.entry)

    def highlight_person(self, entry: ArticlePerson) -> None:
        spans = [(m.start, m.end) for m in entry.mentions]
        self.reading.set_highlights(spans, kind="person")
        # The first mention from where the reader is: n/N go on from there.
        self.reading.next_highlight()

    # ------------------------------------------------------------------
    # Actions.

    def action_view(self, name: str) -> None:
        view = View(name)
        if view is self.view:
            return
        self.app.state.view = view
        self.reading.view = view
        self._refresh_list()
        self._refresh_people()
        self._refresh_status()
        self.app.schedule_save()

    def action_cycle_view(self) -> None:
        self.action_view(self.view.next().value)

    def action_search(self) -> None:
        from reader.ui.screens.search import SearchScreen

        self.app.push_screen(SearchScreen(), self.open_choice)

    def action_article(self, step: int) -> None:
        current = self.current.id if self.current else None
        article = self.app.library.neighbour(current, step, self.visible_articles())
        if article is not None and article is not self.current:
            self.open_article(article)

    def action_focus_people(self) -> None:
        self._focus_pane("people")

    def action_corpus_people(self) -> None:
        from reader.ui.screens.people import PeopleScreen

        self.app.push_screen(PeopleScreen(), self.show_person)

    def show_person(self, key: str | None) -> None:
        """Filter the list to a person's articles and highlight them here."""
        library = self.app.library
        if key is None or library.people_index is None:
            return
        ids = library.people_index.articles_of(key)
        if not ids:
            return
        self._filter_to(key, ids)
        if self.current is None or self.current.id not in ids:
            article = library.get(ids[0])
            if article is not None:
                self.open_article(article)
        entry = self.sidebar.select_key(key)
        if entry is not None:
            self.highlight_person(entry)

    def action_filter_person(self) -> None:
        library = self.app.library
        entry = self.sidebar.highlighted
        if entry is None or library.people_index is None:
            self.notify("Choose a person in the sidebar first (p)", severity="warning")
            return
        self._filter_to(entry.person.key, library.people_index.articles_of(entry.person.key))

    def _filter_to(self, key: str, ids: list[str]) -> None:
        index = self.app.library.people_index
        found = index.get(key) if index is not None else None
        name = found.person.name if found is not None else key
        self.article_filter = ArticleFilter(f"mentions {name} ({len(ids)})", frozenset(ids))
        self._refresh_list()

    def action_clear_filter(self) -> None:
        self.article_filter = None
        self._refresh_list()

    def action_clear_highlights(self) -> None:
        self.reading.clear_highlights()
        self.status.hit = None

    def action_hit(self, step: int) -> None:
        if step > 0:
            self.reading.next_highlight()
        else:
            self.reading.previous_highlight()

    def action_width(self, step: int) -> None:
        width = clamp_width(self.app.state.width + step * WIDTH_STEP)
        self.app.state.width = width
        self.reading.reading_width = width
        self.app.schedule_save()

    def action_skipped(self) -> None:
        from reader.ui.screens.skipped import SkippedScreen

        self.app.push_screen(SkippedScreen())

    # ------------------------------------------------------------------
    # Panes: tab moves between them; on a narrow terminal only the focused
    # pane shows (see main_screen.tcss).

    def _pane_widgets(self) -> dict[str, Widget]:
        return {
            "articles": self.query_one(ArticleList),
            "reading": self.reading,
            "people": self.query_one(PeopleList),
        }

    def _current_pane(self) -> str:
        focused = self.focused
        for name, widget in self._pane_widgets().items():
            if focused is not None and (focused is widget or widget in focused.ancestors):
                return name
        return "reading"

    def _set_pane(self, name: str) -> None:
        # One class change at most: each one restyles the whole screen.
        if not self.has_class(f"-pane-{name}"):
            self.update_classes({f"-pane-{pane}": pane == name for pane in PANES})

    def _focus_pane(self, name: str) -> None:
        self._set_pane(name)
        self.call_after_refresh(self._pane_widgets()[name].focus)

    def action_pane(self, step: int) -> None:
        at = PANES.index(self._current_pane())
        self._focus_pane(PANES[(at + step) % len(PANES)])

    def on_descendant_focus(self) -> None:
        self._set_pane(self._current_pane())
