"""The main screen's moves within reading: to the next or previous article
in the list, find in the article, stepping through highlights with n/N (the
last search back after Esc), jumping back and forward (ctrl+o / ctrl+n)
between the places the reader left, and backspace: back to the search
results an article was opened from.

A mixin of :class:`~reader.ui.screens.main.MainScreen`, kept apart so the
screen's module holds the settings, the loader and opening articles, this
one the moves (and panes.py the panes, people_moves.py the people).
"""

from __future__ import annotations

from reader.core.conversion import view_for
from reader.core.jumps import Place
from reader.ui.screens.main_parts import MainParts
from reader.ui.widgets.find_bar import FindBar


class ReadingMoves(MainParts):
    def action_article(self, step: int) -> None:
        """The next (or previous) article in the list."""
        current = self.current.id if self.current else None
        articles = self.visible_articles()
        article = self.host.library.neighbour(current, step, articles)
        if article is not None and article is not self.current:
            self.open_article(article)
        elif articles:
            self.status.say(f"{'Last' if step > 0 else 'First'} article ({len(articles)} in the list)")
        else:
            self.status.say("No articles")

    def _here(self) -> Place | None:
        return Place(self.current.id, self.reading.position) if self.current is not None else None

    def _record_jump(self) -> None:
        here = self._here()
        if here is not None:
            self.jumps.record(here)

    # ------------------------------------------------------------------
    # Find in the article.

    async def action_find(self) -> None:
        if self.current is None:
            self.status.say("No article open to find in")
            return
        self._find_origin = self._here()
        self._find_recorded = False
        last = self._last_search[1] if self._last_search else ""
        (await self.open_find_bar()).open(last)
        if last:
            self._find(last, 0)

    def _find(self, query: str, direction: int) -> int:
        """Highlight ``query`` in the open article and step ``direction``
        (0: to the first match from the reading position); the count."""
        from reader.core.highlights import find_all

        if self.current is None:
            return 0
        spans = find_all(self.current.text, query, view_for(self.reading.view, self.current.script))
        if not spans:
            self.reading.clear_highlights("search")
            self.status.hit = None
            return 0
        self.reading.set_highlights(spans, kind="search")
        if direction >= 0:
            self.reading.next_highlight()
        else:
            self.reading.previous_highlight()
        return len(spans)

    def on_find_bar_changed(self, event: FindBar.Changed) -> None:
        event.stop()
        query = event.query.strip()
        if not query:
            self.reading.clear_highlights("search")
            self.status.hit = None
            self.find_bar.say("")
            return
        if not self._find_recorded and self._find_origin is not None:
            self.jumps.record(self._find_origin)
            self._find_recorded = True
        count = self._find(query, 0)
        self.find_bar.say(self._count_text(count))

    def _count_text(self, count: int) -> str:
        if not count:
            return "no match"
        step = self.reading.highlights.current
        return f"{(step or 0) + 1}/{count}"

    def on_find_bar_step(self, event: FindBar.Step) -> None:
        event.stop()
        self.action_hit(event.direction)
        self.find_bar.say(self._count_text(len(self.reading.highlights.stepped)))

    def on_find_bar_done(self, event: FindBar.Done) -> None:
        event.stop()
        query = event.query.strip()
        if query:
            self._last_search = ("find", query)
        if not event.keep:
            self.action_clear_highlights()
        elif query and not self.reading.highlights:
            self.status.say(f"Not in this article: {query}")
        self.show_text()

    def on_find_bar_widen(self, event: FindBar.Widen) -> None:
        event.stop()
        self.open_search(event.query.strip())

    async def action_back(self) -> None:
        """Back to the search results the open article came from, that
        result highlighted (once: Esc there, and the next backspace jumps
        back as ctrl+o does); else jump back."""
        choice = self.from_search
        if choice is None or self.current is None or self.current.id != choice.article_id:
            self.action_jump(-1)
            return
        self.from_search = None
        await self.open_search(choice.query, back_to=choice)

    def action_jump(self, direction: int) -> None:
        here = self._here()
        if here is None:
            return
        place = self.jumps.back(here) if direction < 0 else self.jumps.forward(here)
        if place is None:
            self.status.say("No earlier place to go back to" if direction < 0 else "Nowhere to go forward to")
            return
        article = self.host.library.get(place.article_id)
        if article is None:
            self.jumps.forget(place.article_id)
            self.status.say("That article is gone")
            return
        if article is self.current:
            self.reading.go_to(place.position)
        else:
            self.open_article(article, place.position, record=False)
        self.status.say("Back (ctrl+n: forward again)" if direction < 0 else "Forward (ctrl+o: back again)")
        self.show_text()

    def action_clear_highlights(self) -> None:
        self.reading.clear_highlights()
        self.status.hit = None

    def action_hit(self, step: int) -> None:
        reading = self.reading
        if not reading.highlights and self._last_search is not None and self.current is not None:
            # n after Esc: the last search again, from where the reader is.
            kind, query = self._last_search
            index = self.host.library.index
            if kind == "search" and index is not None:
                spans = [(h.start, h.end) for h in index.hits_in(self.current, query)]
            else:
                from reader.core.highlights import find_all

                spans = find_all(self.current.text, query, view_for(self.reading.view, self.current.script))
            if not spans:
                from reader.core.search import in_title

                titled = kind == "search" and in_title(self.current, query)
                where = "Only in the title" if titled else "Not in this article"
                self.status.say(f"{where}: {query}")
                return
            reading.set_highlights(spans, kind="search")
        found = reading.next_highlight() if step > 0 else reading.previous_highlight()
        if found is None:
            self.status.say("Nothing to step through: ctrl+f finds, / searches, p picks a person")
