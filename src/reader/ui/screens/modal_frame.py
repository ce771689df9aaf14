"""The frame every modal screen of the reader is drawn in: a box centred
near the top, over the dimmed screen below.

A subclass composes one container (a ``Vertical`` or a ``VerticalScroll``)
holding its contents; that container is the frame. Its own CSS, by id, says
only how its box differs (a narrower box, padding).
"""

from __future__ import annotations

from typing import TypeVar

from textual.screen import ModalScreen

ResultT = TypeVar("ResultT")


class ModalFrame(ModalScreen[ResultT]):
    DEFAULT_CSS = """
    ModalFrame {
        align: center top;
        background: $background 60%;
    }

    ModalFrame > Vertical, ModalFrame > VerticalScroll {
        width: 90%;
        max-width: 120;
        height: 90%;
        margin-top: 1;
        border: round $border;
        background: $surface;
    }
    """


__all__ = ["ModalFrame"]
