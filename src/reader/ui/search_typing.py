"""What the search box does with keys, as pure logic tested without an app
(the search screen applies it): walking the history with up and down, like
a shell, and how long a keystroke waits before its search runs."""

from __future__ import annotations

from dataclasses import dataclass

# A search that took longer than this (engine and first rows) makes a
# keystroke that follows another within DEBOUNCE_SECONDS wait that long for
# more typing; after a faster one, or a pause in typing, it runs at once.
SLOW_SEARCH_SECONDS = 0.08
DEBOUNCE_SECONDS = 0.1


def typing_delay(last_cost: float, since_last_key: float) -> float:
    """How long a keystroke waits before its search runs: only a typist in a
    burst waits, and only when searches are slow (each would be replaced)."""
    return DEBOUNCE_SECONDS if last_cost > SLOW_SEARCH_SECONDS and since_last_key < DEBOUNCE_SECONDS else 0.0


@dataclass
class HistoryWalk:
    """Where the user is in ``history`` (oldest first); ``at ==
    len(history)`` is the query being typed, kept as ``draft`` while an older
    one is shown."""

    history: list[str]
    at: int = 0
    draft: str = ""

    def __post_init__(self) -> None:
        self.at = len(self.history)

    def typed(self, query: str) -> bool:
        """Whether ``query`` in the box was typed rather than recalled."""
        return self.at >= len(self.history) or query != self.history[self.at]

    def step(self, step: int, shown: str) -> str | None:
        """The query to show after a step (-1: older, 1: newer), given what
        the box ``shown`` now; None when there is nothing older (see
        :meth:`why_not`). A step newer than the query being typed is the
        caller's to handle (``past_newest``)."""
        history = self.history
        at = self.at + step
        if self.at == len(history) and at >= 0 and history[at] == shown.strip():
            at -= 1  # the box already shows the newest search (it opens with it)
        if at < 0:
            return None
        if self.at == len(history):
            self.draft = shown
        self.at = at
        return history[at] if at < len(history) else self.draft

    def past_newest(self, step: int) -> bool:
        return step > 0 and self.at >= len(self.history)

    def why_not(self) -> str:
        return "No earlier searches" if not self.history else "This is the oldest search"
