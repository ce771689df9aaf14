"""The files that were not loaded, each with the reason; the files read in
spite of a problem (bad bytes replaced), with what was wrong; other problems.

The folder the files share is named once, above them, and each file is
shown below it, on a line of its own with the reason indented under it: a
table's two columns had folded names in the middle (".gold.jso / n").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.visual import Visual
from textual.widgets import Static

from reader.core.details import below_common_folder
from reader.ui.screens.modal_frame import ModalFrame
from reader.ui.text import Joined, Stacked, printable

if TYPE_CHECKING:
    from reader.ui.host import Host


class SkippedScreen(ModalFrame[None]):
    DEFAULT_CSS = """
    #skipped-box {
        max-width: 100;
        padding: 0 2;
        scrollbar-gutter: stable;
    }

    SkippedScreen.-narrow #skipped-box {
        padding: 0 1;
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

    def _rows(self) -> tuple[str, list[tuple[Visual, str]]]:
        """The folder the files share, and (file, why) for each row."""
        library = self.host.library
        noted = [a for a in library.articles if a.note]
        files = [(s.path, s.reason) for s in library.skipped] + [(a.path, a.note or "") for a in noted]
        folder, names = below_common_folder([path for path, _why in files])
        rows: list[tuple[Visual, str]] = [
            (path_visual(printable(name), "bold"), printable(why))
            for name, (_path, why) in zip(names, files, strict=True)
        ]
        for problem in library.problems:
            rows.append((Content.styled("(after loading)", "dim"), printable(problem)))
        if library.failure:
            rows.append((Content.styled("(loading)", "dim"), printable(library.failure)))
        return folder, rows

    def _body(self) -> Visual:
        library = self.host.library
        noted = any(a.note for a in library.articles)
        if not library.skipped and not noted and not library.problems and not library.failure:
            done = "" if library.loaded else " so far (still loading)"
            return Content.styled(f"No files were skipped{done}.  Esc closes.", "italic")
        folder, rows = self._rows()
        title = "Skipped files, and files read in spite of a problem" if noted else "Skipped files"
        parts: list[Visual] = [Content.styled(title, "bold underline")]
        if folder:
            parts.append(path_visual(f"in {printable(folder)}", "italic"))
        parts.append(Content(""))
        for name, why in rows:
            # Broken between words (the reader's line breaking, made for
            # prose, cut ".md" in a list of extensions).
            parts += [name, Joined(why.split(), 2, sep=" ")]
        parts += [Content(""), Content.styled("Esc closes", "dim")]
        return Stacked(parts)


def path_visual(path: str, style: str) -> Joined:
    """A path on lines that break after a slash (a name is cut only when
    it is longer than a line)."""
    parts = path.split("/")
    return Joined([part + "/" for part in parts[:-1]] + parts[-1:], 0, sep="", style=style)
