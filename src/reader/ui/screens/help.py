"""The help screen: every key, read from the bindings themselves.

Listing the live ``BINDINGS`` (not a copy of them) keeps the help true as
keys change: a key appears here exactly when something is bound to it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rich.console import Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.widgets import Static

from reader.ui.screens.modal_frame import NARROW_WIDTH, ModalFrame


@dataclass(frozen=True, slots=True)
class HelpEntry:
    keys: tuple[str, ...]
    action: str
    description: str


def bindings_of(cls: type[DOMNode]) -> list[Binding]:
    """The bindings a class declares, its bases' first, as Textual merges them."""
    found: dict[str, Binding] = {}
    for base in reversed(cls.__mro__):
        for binding in Binding.make_bindings(base.__dict__.get("BINDINGS", [])):
            found[binding.key] = binding
    return list(found.values())


# Sideways scrolling, inherited from Textual's scrolling widgets: every line
# here is wrapped to fit, so these never move anything.
SIDEWAYS = frozenset({"scroll_left", "scroll_right", "page_left", "page_right"})


def help_bindings(cls: type[DOMNode]) -> list[Binding]:
    """What the help lists for ``cls``: its bindings, then the ones declared
    by the widgets it names in ``HELP_WIDGETS`` (only their own, not those
    they inherit: the search box's Enter, not every editing key of Input)."""
    found = bindings_of(cls)
    for widget in getattr(cls, "HELP_WIDGETS", ()):
        found += Binding.make_bindings(widget.__dict__.get("BINDINGS", []))
    return found


# The command palette's key is not a binding of any class: the app adds it.
PALETTE_DESCRIPTION = "Command palette: articles by title, id or file name; people; commands"


def help_entries(cls: type[DOMNode], app: App[Any] | None = None) -> list[HelpEntry]:
    """One entry per action, with all the keys bound to it."""
    entries: dict[str, tuple[list[str], str]] = {}
    for binding in help_bindings(cls):
        if not binding.description or binding.system or binding.action in SIDEWAYS:
            continue
        key = app.get_key_display(binding) if app is not None else binding.key
        keys, _description = entries.setdefault(binding.action, ([], binding.description))
        keys.append(key)
        # The tooltip, where there is one, says more than the footer's label.
        if binding.tooltip:
            entries[binding.action] = (keys, binding.tooltip)
    if isinstance(cls, type) and issubclass(cls, App) and cls.ENABLE_COMMAND_PALETTE:
        palette = Binding(cls.COMMAND_PALETTE_BINDING, "command_palette", PALETTE_DESCRIPTION)
        key = app.get_key_display(palette) if app is not None else palette.key
        entries.setdefault(palette.action, ([key], PALETTE_DESCRIPTION))
    return [HelpEntry(tuple(keys), action, description) for action, (keys, description) in entries.items()]


def help_table(
    sections: Iterable[tuple[str, type[DOMNode]]], app: App[Any] | None = None, *, stacked: bool = False
) -> Group:
    """A titled table of keys per section, then the mouse. ``stacked``: each
    key on its own line, what it does indented under it (a narrow screen
    has no room for two columns)."""
    parts: list[Text | Table | Padding] = []
    for title, cls in sections:
        entries = help_entries(cls, app)
        if not entries:
            continue
        parts.append(Text(f"\n{title}", style="bold underline"))
        if stacked:
            for entry in entries:
                parts.append(Text(" / ".join(entry.keys), style="bold"))
                parts.append(Padding(Text(entry.description), (0, 0, 0, 2)))
            continue
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True, min_width=14)
        table.add_column()
        for entry in entries:
            table.add_row(Text(" / ".join(entry.keys)), Text(entry.description))
        parts.append(table)
    parts.append(Text("\nMouse", style="bold underline"))
    parts.append(Text("Click to choose in a list; wheel to scroll; drag over the text to select it, ctrl+c copies."))
    return Group(*parts)


class HelpScreen(ModalFrame[None]):
    """Lists the keys of the sections the caller hands it: (title, the class
    whose bindings are listed), in order."""

    DEFAULT_CSS = """
    #help-box {
        max-width: 100;
        padding: 0 2;
    }

    #help-title {
        padding-top: 1;
    }

    HelpScreen.-narrow #help-box {
        padding: 0 1;
    }

    HelpScreen.-short #help-title {
        padding-top: 0;
    }
    """

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help"),
    ]

    def __init__(self, sections: Sequence[tuple[str, type[DOMNode]]]) -> None:
        super().__init__()
        self.sections = sections
        self._stacked: bool | None = None

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Text("reader: keys", style="bold"), id="help-title")
            yield Static(id="help-table")

    def on_mount(self) -> None:
        self.query_one("#help-box").focus()

    def on_resize(self) -> None:
        stacked = self.size.width < NARROW_WIDTH
        if stacked is not self._stacked:
            self._stacked = stacked
            self.query_one("#help-table", Static).update(help_table(self.sections, self.app, stacked=stacked))


def help_sections() -> list[tuple[str, type[DOMNode]]]:
    """The help's sections: each a title and the class whose keys it lists."""
    from reader.ui.app import ReaderApp
    from reader.ui.screens.main import MainScreen
    from reader.ui.screens.search import SearchScreen
    from reader.ui.widgets.find_bar import FindBar
    from reader.ui.widgets.reader_list import ReaderList
    from reader.ui.widgets.reading_view import ReadingView

    return [
        ("Everywhere", ReaderApp),
        ("Main screen", MainScreen),
        ("Reading view", ReadingView),
        ("Find in the article (ctrl+f)", FindBar),
        ("Lists: articles, people, search results", ReaderList),
        ("Search", SearchScreen),
    ]
