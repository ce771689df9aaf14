"""What a screen needs from the app, as a small typed protocol.

Screens get a :class:`Host` in their constructor and use only this: the
library, its change signal, the remembered state (to read) and the ways to
remember. They never reach into the app, so a screen can be given any host
(the app is one) and the app's internals can change under them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from textual.signal import Signal

    from reader.core.model import Article
    from reader.core.state import State
    from reader.core.views import View
    from reader.session.library import Library, Stage


class Host(Protocol):
    @property
    def library(self) -> Library:
        """The articles, the search index and the people, as loaded so far."""
        ...

    @property
    def library_changed(self) -> Signal[Stage]:
        """Published whenever the library takes a step (articles, people, ...)."""
        ...

    @property
    def state(self) -> State:
        """What was remembered from the last run: read it, never write it."""
        ...

    def remember(self, *, view: View | None = None, width: int | None = None) -> None:
        """Keep the reader's settings for the next run."""

    def remember_reading(self, article: Article, position: int | None = None) -> None:
        """Keep which article is open and, when given, where in it."""

    def saved_position(self, article: Article) -> int:
        """Where the reader left ``article`` last time (0 if never opened)."""
        ...

    def remember_search(self, query: str) -> None:
        """Put a query into the search history."""
