"""The frame every modal screen of the reader is drawn in: a box centred
near the top, over the dimmed screen below.

A subclass composes one container (a ``Vertical`` or a ``VerticalScroll``)
holding its contents; that container is the frame. Its own CSS, by id, says
only how its box differs (a narrower box, padding).

On a small terminal (under 60 columns, or 20 rows) the box takes the whole
width or height: a frame around a 40x12 screen left a few lines of help.
The screen has the classes ``-narrow`` and ``-short`` then, for its own
contents to follow.
"""

from __future__ import annotations

from typing import TypeVar

from textual.screen import ModalScreen

ResultT = TypeVar("ResultT")

# Below these, the box takes the whole width / height.
NARROW_WIDTH = 60
SHORT_HEIGHT = 20


class ModalFrame(ModalScreen[ResultT]):
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW_WIDTH, "-roomy")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (SHORT_HEIGHT, "-tall")]

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

    ModalFrame.-narrow > Vertical, ModalFrame.-narrow > VerticalScroll {
        width: 100%;
    }

    ModalFrame.-short > Vertical, ModalFrame.-short > VerticalScroll {
        height: 100%;
        margin-top: 0;
    }
    """


__all__ = ["NARROW_WIDTH", "SHORT_HEIGHT", "ModalFrame"]
