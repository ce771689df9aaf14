"""The files that were not loaded, each with the reason; the files read in
spite of a problem (bad bytes replaced), with what was wrong; other problems."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from reader.ui.screens.modal_frame import ModalFrame
from reader.ui.text import printable

if TYPE_CHECKING:
    from reader.ui.host import Host


class SkippedScreen(ModalFrame[None]):
    DEFAULT_CSS = """
    #skipped-box {
        max-width: 100;
        padding: 0 2;
    }
    """

    BINDINGS = [Binding("escape,q,e", "dismiss", "Close")]

    def __init__(self, host: Host) -> None:
        super().__init__()
        self.host = host

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="skipped-box"):
            yield Static(id="skipped-body")

    def on_mount(self) -> None:
        self.query_one("#skipped-body", Static).update(self._body())
        self.query_one("#skipped-box").focus()

    def _body(self) -> Table | Text:
        library = self.host.library
        noted = [a for a in library.articles if a.note]
        if not library.skipped and not noted and not library.problems and not library.failure:
            done = "" if library.loaded else " so far (still loading)"
            return Text(f"No files were skipped{done}.  Esc closes.", style="italic")
        title = "Skipped files, and files read in spite of a problem" if noted else "Skipped files"
        table = Table(title=title, title_justify="left", expand=True, show_lines=False)
        table.add_column("File", overflow="fold", ratio=1)
        table.add_column("Why", overflow="fold", ratio=1)
        for skipped in library.skipped:
            table.add_row(Text(printable(str(skipped.path))), Text(printable(skipped.reason)))
        for article in noted:
            table.add_row(Text(printable(str(article.path))), Text(printable(article.note or "")))
        for problem in library.problems:
            table.add_row(Text("(after loading)", style="dim"), Text(printable(problem)))
        if library.failure:
            table.add_row(Text("(loading)", style="dim"), Text(printable(library.failure)))
        table.caption = "Esc closes"
        return table
