"""The main screen's people: the sidebar's people, a person highlighted in
the text, the corpus's people, and the article list filtered to a person.

A mixin of :class:`~reader.ui.screens.main.MainScreen`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.ui.screens.main_parts import MainParts
from reader.ui.widgets.article_list import ArticleFilter

if TYPE_CHECKING:
    from reader.core.people import ArticlePerson, PeopleIndex
    from reader.ui.screens.people import PersonPick


class PeopleMoves(MainParts):
    def _refresh_people(self) -> None:
        library = self.host.library
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
        index = library.people_index
        names = index.name_of if index else None
        self.sidebar.show(people, self.view, self._elsewhere if index else None, names, self.current.script)

    def _elsewhere(self, key: str) -> int:
        index = self.host.library.people_index
        if index is None or self.current is None:
            return 0
        return len([a for a in index.articles_of(key) if a != self.current.id])

    def highlight_person(self, entry: ArticlePerson) -> None:
        spans = [(m.start, m.end) for m in entry.mentions]
        self._record_jump()
        self.reading.set_highlights(spans, kind="person")
        # The first mention from where the reader is: n/N go on from there.
        self.reading.next_highlight()

    def action_corpus_people(self) -> None:
        from reader.ui.screens.people import PeopleScreen

        self.app.push_screen(PeopleScreen(self.host), self._person_picked)

    def _person_picked(self, pick: PersonPick | None) -> None:
        if pick is not None:
            self.show_person(pick.key, pick.so_far)

    def show_person(self, key: str, so_far: PeopleIndex | None = None) -> None:
        """Filter the list to a person's articles and highlight them here;
        ``so_far``: the people found so far, while the rest are still being
        found (the filter takes in the rest once they are)."""
        library = self.host.library
        # (not ``or``: a corpus index with no one in it is empty, and falsy)
        index = library.people_index if library.people_index is not None else so_far
        if index is None:
            return
        ids = index.articles_of(key)
        if not ids:
            return
        self._filter_to(key, ids, index, partial=library.people_index is None)
        if self.current is None or self.current.id not in ids:
            article = library.get(ids[0])
            if article is not None:
                self.open_article(article)
        entry = self.sidebar.select_key(key)
        if entry is not None:
            self.highlight_person(entry)
        self.show_text()

    def action_filter_person(self) -> None:
        library = self.host.library
        entry = self.sidebar.highlighted
        index = library.people_index
        if entry is None:
            self.notify("Choose a person in the sidebar first (p)", severity="warning")
            return
        if index is None:
            # (merging the people found so far is the corpus screen's, off this thread)
            self.notify("Still finding people: P lists their articles found so far", severity="warning")
            return
        self._filter_to(entry.person.key, index.articles_of(entry.person.key), index)

    def _filter_to(self, key: str, ids: list[str], index: PeopleIndex, partial: bool = False) -> None:
        found = index.get(key)
        name = found.person.name if found is not None else key
        count = f"{len(ids)} so far" if partial else str(len(ids))
        self.article_filter = ArticleFilter(f"mentions {name} ({count})", frozenset(ids), key if partial else None)
        self._refresh_list()

    def _complete_person_filter(self) -> None:
        """A filter made from the people found so far takes in every article
        that mentions the person once all are found."""
        index = self.host.library.people_index
        wanted = self.article_filter.partial_person if self.article_filter is not None else None
        if wanted is not None and index is not None:
            self._filter_to(wanted, index.articles_of(wanted), index)

    def action_clear_filter(self) -> None:
        self.article_filter = None
        self._refresh_list()


__all__ = ["PeopleMoves"]
