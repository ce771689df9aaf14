"""The lists of the app (articles, people, search results): an OptionList
that also moves with j/k and never parses its rows as markup."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import OptionList


class ReaderList(OptionList):
    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        # (OptionList's own keys, worded as the app's help words the rest)
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("enter", "select", "Open", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
