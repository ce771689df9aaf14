"""Find in the current article: a bar under the text, as in toolong or less.

Typing finds as you go (the screen highlights every match and moves to the
first one from where the reader is); Enter keeps the matches and returns to
the text, where n/N step on; Esc closes and clears them (n brings the last
search back); up/down step while typing; ctrl+g widens the search to every
article. The bar only says what it is asked to: the screen does the finding
and tells it the count.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Static


class FindBar(Horizontal, can_focus_children=True):
    DEFAULT_CSS = """
    /* Find in the article, under the text (as less and vim ask at the bottom). */
    FindBar {
        height: 1;
        background: $panel;
    }

    FindBar #find-label {
        width: auto;
        padding: 0 1;
        text-style: bold;
    }

    FindBar #find-input {
        width: 1fr;
        height: 1;
        border: none;
        padding: 0;
    }

    FindBar #find-count {
        width: auto;
        min-width: 10;
        padding: 0 1;
    }
    """

    BINDINGS = [
        Binding("escape", "close", "Close find"),
        Binding("down", "step(1)", "Next match", show=False),
        Binding("up", "step(-1)", "Previous match", show=False),
        Binding("ctrl+g", "widen", "Search all articles"),
    ]

    class Changed(Message):
        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class Step(Message):
        def __init__(self, direction: int) -> None:
            super().__init__()
            self.direction = direction

    class Done(Message):
        """Enter (``keep``) or Esc: the bar closes."""

        def __init__(self, query: str, keep: bool) -> None:
            super().__init__()
            self.query = query
            self.keep = keep

    class Widen(Message):
        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    def compose(self) -> ComposeResult:
        yield Static("Find:", id="find-label", markup=False)
        yield Input(placeholder="in this article (ctrl+g: all articles)", id="find-input")
        yield Static("", id="find-count", markup=False)

    @property
    def input(self) -> Input:
        return self.query_one("#find-input", Input)

    @property
    def query_text(self) -> str:
        return self.input.value

    def open(self, query: str = "") -> None:
        self.display = True
        self.input.value = query
        self.input.cursor_position = len(query)
        self.input.focus()

    def say(self, count: str) -> None:
        self.query_one("#find-count", Static).update(count)

    @on(Input.Changed, "#find-input")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(event.value))

    @on(Input.Submitted, "#find-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.display = False
        self.post_message(self.Done(event.value, keep=True))

    def action_close(self) -> None:
        self.display = False
        self.post_message(self.Done(self.query_text, keep=False))

    def action_step(self, direction: int) -> None:
        self.post_message(self.Step(direction))

    def action_widen(self) -> None:
        self.display = False
        self.post_message(self.Widen(self.query_text))
