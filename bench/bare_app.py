"""The startup baseline: a bare Textual app with a Header, a Static and a Footer."""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.widgets import Footer, Header, Static


class BareApp(App[None]):
    BINDINGS: ClassVar[list[BindingType]] = [("q", "quit", "Quit")]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("A bare Textual app: the baseline for the reader's startup.")
        yield Footer()


def main(argv: list[str] | None = None) -> int:
    BareApp().run()
    return 0
