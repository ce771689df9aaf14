"""The messages a reading view sends: the reading position moved, a long
article's script conversion started or ended, a highlight became current.

Defined apart from :class:`~reader.ui.widgets.reading_view.ReadingView` and
set on it as class attributes (``ReadingView.PositionChanged``); the
namespace keeps their handler names ``on_reading_view_…``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from reader.ui.widgets.reading_view import ReadingView

_NAMESPACE = "reading_view"


class FromReadingView(Message, namespace=_NAMESPACE):
    """A message from a reading view, which is its ``control``."""

    def __init__(self, reading_view: ReadingView) -> None:
        super().__init__()
        self.reading_view = reading_view

    @property
    def control(self) -> ReadingView:
        return self.reading_view


class PositionChanged(FromReadingView, namespace=_NAMESPACE):
    """The reading position changed (sent at most every 0.1 s)."""

    def __init__(self, reading_view: ReadingView, position: int, progress: float) -> None:
        super().__init__(reading_view)
        self.position = position
        self.progress = progress


class ScriptChanged(Message, namespace=_NAMESPACE):
    """A long article's conversion started or ended (the view's ``converting``)."""


class HighlightMoved(FromReadingView, namespace=_NAMESPACE):
    """A highlight became current: ``index`` counts from 0 of ``total``."""

    def __init__(self, reading_view: ReadingView, index: int, total: int) -> None:
        super().__init__(reading_view)
        self.index = index
        self.total = total


__all__ = ["FromReadingView", "HighlightMoved", "PositionChanged", "ScriptChanged"]
