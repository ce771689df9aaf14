"""The key footer, drawn once the titles are on screen.

Textual's Footer rebuilds its keys whenever the bindings change (the first
focus, every pane switch) and each key then restyles itself twice (a key is
compact until the footer's setting reaches it). At startup that restyling
was the UI thread's largest cost between the first frame and the titles, so
this footer holds its keys back until the main screen says the titles are
shown (or a second has passed), and its keys start with the footer's
setting, so each is styled once.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

# Draw the keys after this long even if the titles are still coming.
LATEST_SECONDS = 1.0
# The app's keys the footer shows first, in this order.
FIRST_ACTIONS = ("help", "quit")


class ReaderFooter(Footer):
    def __init__(self) -> None:
        super().__init__()
        self._held = True
        self._missed: Screen[Any] | None = None

    def on_mount(self) -> None:
        super().on_mount()
        self.set_timer(LATEST_SECONDS, self.release)

    def bindings_changed(self, screen: Screen[Any]) -> None:
        if self._held:
            self._missed = screen
            return
        super().bindings_changed(screen)

    def release(self) -> None:
        """Show the keys from now on (the titles are on screen)."""
        if not self._held:
            return
        self._held = False
        if self._missed is not None:
            # From the footer's own queue: its keys bind to it while composed.
            self.call_next(Footer.bindings_changed, self, self._missed)

    def compose(self) -> ComposeResult:
        # Every key is yielded here (the reader binds no key groups, whose
        # ``with`` would not hold across the reordering below).
        widgets = list(super().compose())
        for widget in widgets:
            if isinstance(widget, FooterKey) and not widget.has_class("-command-palette"):
                # Born with the footer's setting (the palette's key is not
                # bound to it): no restyle when it arrives.
                widget.set_reactive(FooterKey.compact, self.compact)
                widget.set_class(self.compact, "-compact", update=False)
        # Help and Quit first: the keys a lost reader needs survive a narrow
        # terminal, which cuts the footer off on the right.
        first = [w for w in widgets if isinstance(w, FooterKey) and w.action in FIRST_ACTIONS]
        first.sort(key=lambda w: FIRST_ACTIONS.index(w.action))
        yield from first
        yield from (w for w in widgets if w not in first)
