"""Everyone mentioned anywhere in the corpus; Enter lists their articles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from reader.core.plural import plural
from reader.core.views import View
from reader.session.library import Stage
from reader.ui.screens.modal_frame import ModalFrame
from reader.ui.widgets.people_sidebar import person_prompt
from reader.ui.widgets.reader_list import ReaderList

if TYPE_CHECKING:
    from reader.core.people import CorpusPerson
    from reader.ui.host import Host
    from reader.ui.text import Stacked


def corpus_person_prompt(entry: CorpusPerson, view: View) -> Stacked:
    count = len(entry.articles)
    detail = f"{plural(entry.mentions, 'mention')} in {plural(count, 'article')}"
    return person_prompt(entry.person, detail, view)


class CorpusPeopleList(ReaderList):
    class Typed(Message):
        """A character no key is bound to: it starts the filter."""

        def __init__(self, character: str) -> None:
            super().__init__()
            self.character = character

    def on_key(self, event: events.Key) -> None:
        char = event.character
        if char and char.isprintable() and not char.isspace() and char not in "jkqP":
            event.stop()
            event.prevent_default()
            self.post_message(self.Typed(char))


class PeopleScreen(ModalFrame["str | None"]):
    """Dismisses with the chosen person's key, or None."""

    DEFAULT_CSS = """
    #corpus-people-title {
        height: auto;
        padding: 0 1;
    }

    #corpus-people {
        height: 1fr;
        border: none;
    }

    #corpus-people-filter {
        height: 1;
        border: none;
        padding: 0 1;
    }
    """

    BINDINGS = [Binding("escape,q,P", "dismiss", "Close")]

    def __init__(self, host: Host) -> None:
        super().__init__()
        self.host = host
        # The filter typed, folded (script- and case-blind), or "".
        self._filter = ""

    def compose(self) -> ComposeResult:
        with Vertical(id="corpus-people-box"):
            yield Static(id="corpus-people-title", markup=False)
            yield Input(
                placeholder="Filter by name (any alias, either script)",
                id="corpus-people-filter",
                select_on_focus=False,
            )
            yield CorpusPeopleList(id="corpus-people")

    def on_mount(self) -> None:
        self.query_one("#corpus-people-filter", Input).display = False
        self.host.library_changed.subscribe(self, self._library_changed)
        self._fill()
        self.query_one(CorpusPeopleList).focus()

    @on(CorpusPeopleList.Typed)
    def _typed(self, event: CorpusPeopleList.Typed) -> None:
        box = self.query_one("#corpus-people-filter", Input)
        box.display = True
        box.value += event.character
        box.cursor_position = len(box.value)
        box.focus()

    @on(Input.Changed, "#corpus-people-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        from reader.core.folding import fold

        event.stop()
        self._filter = fold(event.value.strip())
        self._fill()

    @on(Input.Submitted, "#corpus-people-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        """Enter in the filter lists the highlighted person's articles, as
        the title says (as Enter in the search box opens its first result)."""
        event.stop()
        option = self.query_one(CorpusPeopleList).highlighted_option
        if option is not None and option.id:
            self.dismiss(option.id)
        else:
            self.query_one(CorpusPeopleList).focus()

    def on_key(self, event: events.Key) -> None:
        box = self.query_one("#corpus-people-filter", Input)
        if event.key == "down" and box.has_focus:
            event.stop()
            self.query_one(CorpusPeopleList).focus()
        elif event.key == "escape" and box.display:
            # Esc clears the filter first, then closes.
            event.stop()
            event.prevent_default()
            box.value = ""
            box.display = False
            self.query_one(CorpusPeopleList).focus()

    def _library_changed(self, stage: Stage) -> None:
        if stage is Stage.PEOPLE and self.host.library.people_ready:
            self._fill()

    def _fill(self) -> None:
        index = self.host.library.people_index
        title = self.query_one("#corpus-people-title", Static)
        if index is None:
            title.update(Text("People in the corpus: still finding them…", style="italic"))
            return
        people = index.people()
        total = len(people)
        if self._filter:
            from reader.core.folding import fold

            people = [
                p for p in people if any(self._filter in fold(name) for name in (p.person.name, *p.person.aliases))
            ]
        view = self.host.state.view
        people_list = self.query_one(CorpusPeopleList)
        people_list.set_options(Option(corpus_person_prompt(p, view), id=p.person.key) for p in people)
        if people:
            people_list.highlighted = 0
        title.update(
            Text.assemble(
                ("People in the corpus ", "bold"),
                (
                    f"({len(people)} of {total} shown) · " if self._filter else f"({total}) · ",
                    "dim",
                ),
                ("Enter lists their articles · type to filter · Esc closes", "dim"),
            )
        )

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)
