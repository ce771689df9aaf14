"""The main screen's panes: tab moves between the article list, the reading
view and the people sidebar; on a narrow terminal only the focused pane
shows (see main_screen.tcss) and a line above says which exist.

A mixin of :class:`~reader.ui.screens.main.MainScreen`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Static

from reader.ui.screens.main_parts import MainParts
from reader.ui.widgets.article_list import ArticleList
from reader.ui.widgets.article_pane import ArticlePane
from reader.ui.widgets.people_sidebar import PeopleList

if TYPE_CHECKING:
    from textual.widget import Widget

PANES = ("articles", "reading", "people")
PANE_NAMES = {"articles": "Articles", "reading": "Reading", "people": "People"}


class PaneMoves(MainParts):
    def _pane_widgets(self) -> dict[str, Widget]:
        """What takes the focus in each pane."""
        return {
            "articles": self.query_one(ArticleList),
            "reading": self.reading,
            "people": self.query_one(PeopleList),
        }

    def _current_pane(self) -> str:
        focused = self.focused
        panes: dict[str, Widget] = {
            "articles": self.query_one(ArticlePane),
            "reading": self.reading,
            "people": self.sidebar,
        }
        for name, widget in panes.items():
            if focused is not None and (focused is widget or widget in focused.ancestors):
                return name
        return "reading"

    def _set_pane(self, name: str) -> None:
        # One class change at most: each one restyles the whole screen.
        if not self.has_class(f"-pane-{name}"):
            self.update_classes({f"-pane-{pane}": pane == name for pane in PANES})
        tabs = " ".join(f"[{PANE_NAMES[p]}]" if p == name else f" {PANE_NAMES[p]} " for p in PANES)
        # One line high whatever it says: no layout of the screen for it.
        self.query_one("#pane-tabs", Static).update(f"{tabs}  tab ⇄", layout=False)

    def _focus_pane(self, name: str) -> None:
        self._set_pane(name)
        self.call_after_refresh(self._pane_widgets()[name].focus)

    def show_text(self) -> None:
        """Put the reader in the text: focused, and shown at every width."""
        self._focus_pane("reading")

    def action_pane(self, step: int) -> None:
        at = PANES.index(self._current_pane())
        self._focus_pane(PANES[(at + step) % len(PANES)])

    def action_focus_people(self) -> None:
        self._focus_pane("people")

    def on_descendant_focus(self) -> None:
        if not self.find_bar_open():
            self._set_pane(self._current_pane())


__all__ = ["PANES", "PANE_NAMES", "PaneMoves"]
