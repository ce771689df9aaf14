"""The status line: the article, the script view, progress, hit n/m, loading."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from reader.core.linebreak import truncate
from reader.ui.text import one_line


class StatusBar(Widget):
    title: reactive[str] = reactive("")
    view_label: reactive[str] = reactive("")
    progress: reactive[float] = reactive(0.0)
    # (index from 1, total) while stepping through highlights.
    hit: reactive[tuple[int, int] | None] = reactive(None)
    busy: reactive[str | None] = reactive(None)

    def render(self) -> Text:
        right = Text()
        if self.busy:
            right.append(f"{self.busy}… ", style="italic")
        if self.hit is not None:
            index, total = self.hit
            right.append(f"hit {index}/{total}  ", style="bold")
        right.append(f"{self.view_label}  {self.progress:4.0%}")
        width = self.size.width
        room = max(0, width - right.cell_len - 1)
        left = Text(truncate(one_line(self.title), room), style="bold")
        gap = max(1, width - left.cell_len - right.cell_len)
        return Text.assemble(left, " " * gap, right)
