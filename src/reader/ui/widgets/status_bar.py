"""The status line: the article, where it is in the list, its file, the
script view, progress, hit n/m, what is loading, and a passing note (the
reading width after +/-, "last article", ...).

What does not fit is left out from the least needed: the file, then the
place in the list, then the count of what is loading ("finding people"
without "(265/331)"), then what is loading; then the title shrinks. The
title keeps a few cells at any width: at 40 columns a long loading label
had pushed it out altogether.
"""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.timer import Timer
from textual.widget import Widget

from reader.core.linebreak import truncate
from reader.ui.text import one_line

# A note stays this long.
NOTE_SECONDS = 4.0
# The title keeps at least this many cells while anything else can go.
TITLE_CELLS = 12


class StatusBar(Widget):
    DEFAULT_CSS = """
    StatusBar {
        dock: top;
        height: 1;
        padding: 0 1;
        background: $panel;
        color: $foreground;
    }
    """

    title: reactive[str] = reactive("")
    view_label: reactive[str] = reactive("")
    progress: reactive[float] = reactive(0.0)
    # (index from 1, total) while stepping through highlights.
    hit: reactive[tuple[int, int] | None] = reactive(None)
    busy: reactive[str | None] = reactive(None)
    # (number from 1, count) of the open article in the list, and its file.
    place: reactive[tuple[int, int] | None] = reactive(None)
    # Whether the open article is hidden by the list's filter (place counts all then).
    filtered_out: reactive[bool] = reactive(False)
    file: reactive[str] = reactive("")
    note: reactive[str] = reactive("")

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._note_timer: Timer | None = None

    def say(self, note: str) -> None:
        """Show ``note`` for a few seconds."""
        self.note = note
        if self._note_timer is not None:
            self._note_timer.stop()
        self._note_timer = self.set_timer(NOTE_SECONDS, self._clear_note)

    def _clear_note(self) -> None:
        self._note_timer = None
        self.note = ""

    def render(self) -> Text:
        width = self.size.width
        place = Text(f"{self.place[0]}/{self.place[1]}  ", style="dim") if self.place else Text()
        if self.place and self.filtered_out:
            place = Text.assemble((f"{self.place[0]}/{self.place[1]} ", "dim"), ("filtered out", "italic"), "  ")
        file = Text(f"{one_line(self.file)}  ", style="dim") if self.file else Text()
        busy = self.busy or ""
        # Most to least: each try leaves out one more thing.
        tries = [(place, file, busy), (place, Text(), busy), (Text(), Text(), busy)]
        if busy:
            short = busy.split(" (")[0]
            tries += [(Text(), Text(), short), (Text(), Text(), "")]
        for place_part, file_part, busy_part in tries:
            right = Text.assemble(place_part, file_part, self._core(busy_part))
            if width - right.cell_len - 1 >= TITLE_CELLS:
                break
        room = max(0, width - right.cell_len - 1)
        left = Text(truncate(one_line(self.title), room), style="bold")
        gap = max(1, width - left.cell_len - right.cell_len)
        return Text.assemble(left, " " * gap, right)

    def _core(self, busy: str) -> Text:
        """The part always shown (but for ``busy``, which may be cut): the
        note, what is loading, the hit, the view and how far."""
        core = Text()
        if self.note:
            core.append(f"{one_line(self.note)}  ", style="bold reverse")
        if busy:
            core.append(f"{busy}… ", style="italic")
        if self.hit is not None:
            index, total = self.hit
            core.append(f"hit {index}/{total}  ", style="bold")
        core.append(f"{self.view_label} {self.progress:4.0%}")
        return core
