"""The main screen keeping up with the loader: the articles, the list, the
status line and the people as the library fills, and the article to open
first (the one read last time, once it has loaded).

A mixin of :class:`~reader.ui.screens.main.MainScreen`.
"""

from __future__ import annotations

from reader.core.conversion import title_in
from reader.core.state import position_key
from reader.session.library import Stage
from reader.ui.screens.main_parts import MainParts
from reader.ui.widgets.article_list import ArticleList
from reader.ui.widgets.article_pane import ArticlePane
from reader.ui.widgets.footer import ReaderFooter

# While files arrive, the list takes in new rows at most this often. Adding
# rows costs only the rows added (the list is line-based), so this is about
# not redrawing for every file, not about the list's length.
LIST_FILL_SECONDS = 0.25


class LibraryMoves(MainParts):
    def _library_changed(self, stage: Stage) -> None:
        if stage is Stage.ARTICLES:
            self._open_first()
            # Rows are added at most once a LIST_FILL_SECONDS while files arrive.
            if self._list_timer is None:
                self._list_timer = self.set_timer(LIST_FILL_SECONDS, self._refresh_list)
        elif stage is Stage.PEOPLE:
            # Batches of other articles' people leave the sidebar as it is.
            changed = self.host.library.people_changed
            if changed is None:
                self._complete_person_filter()
            if changed is None or (self.current is not None and self.current.id in changed):
                self._refresh_people()
        elif stage is Stage.CHANGED:
            self._files_changed()
        elif stage in (Stage.LOADED, Stage.FAILED):
            self._resume = None
            self._refresh_list()
            self._refresh_people()
        self._refresh_status()

    def _files_changed(self) -> None:
        """Files changed on disk: the list at once, and the open article if
        it was edited (at the same place in its text) or deleted."""
        from reader.session.library import carry_position

        library = self.host.library
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

    def _refresh_list(self) -> None:
        if self._list_timer is not None:
            self._list_timer.stop()
            self._list_timer = None
        current = self.current.id if self.current else None
        library = self.host.library
        empty = "Loading articles…" if not library.loaded else "No articles found."
        if self._title_filter and library.articles:
            empty = "No title matches the filter (Esc clears it)."
        self.query_one(ArticleList).show(self.visible_articles(), self.view, current, empty)
        self.query_one(ArticlePane).show_filter(self.article_filter, self.view)
        self._refresh_place()
        if library.loaded:
            # Every title is in the list: the keys once they are painted.
            self.call_after_refresh(self.query_one(ReaderFooter).release)

    def _refresh_status(self) -> None:
        status = self.status
        library = self.host.library
        current = self.current
        status.title = title_in(current, self.view) if current else "reader"
        status.file = self.current.path.name if self.current else ""
        reading = self.reading
        shown = reading.page_layout.page.view if reading.page_layout else None
        # A long article being converted says so until its text has changed.
        if reading.converting is not None and shown is not None and shown is not reading.converting:
            status.view_label = f"{shown.label} → {reading.converting.label}…"
        else:
            status.view_label = self.view.label
        busy = library.busy
        if busy and not library.loaded:
            count = len(library.articles)
            busy = f"{busy} ({count} so far)"
        status.busy = busy
        self._refresh_place()

    def _refresh_place(self) -> None:
        """The open article's number in the list, as in 12/2000."""
        current = self.current
        self.status.place = None
        self.status.filtered_out = False
        if current is None:
            return
        articles = self.visible_articles()
        at = self.query_one(ArticleList).index_of(current.id)
        if at is None:
            # Not in the list: hidden by a filter (said), or not listed yet.
            self.status.filtered_out = len(articles) < len(self.host.library.articles)
            articles = self.host.library.articles
            at = next((i for i, a in enumerate(articles) if a is current), None)
        if at is not None:
            self.status.place = (at + 1, len(articles))

    def _open_first(self) -> None:
        """Open the article read last time as soon as it has loaded; until
        then, and if it never does, the first one. Once the reader opens an
        article themselves, loading never moves them."""
        articles = self.host.library.articles
        if self._resume is not None:
            resumed = next((a for a in articles if position_key(a) == self._resume), None)
            if resumed is not None:
                self.open_article(resumed, record=False)
                return
        if self.current is None and articles:
            waiting = self._resume
            self.open_article(articles[0], record=False)
            self._resume = waiting
