"""Everyone mentioned anywhere in the corpus; Enter lists their articles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.core.plural import plural
from reader.core.script import View
from reader.ui.library import Stage
from reader.ui.widgets.people_sidebar import person_prompt
from reader.ui.widgets.reader_list import ReaderList

if TYPE_CHECKING:
    from reader.core.people import CorpusPerson
    from reader.ui.app import ReaderApp


def corpus_person_prompt(entry: CorpusPerson, view: View) -> Text:
    count = len(entry.articles)
    detail = f"{plural(entry.mentions, 'mention')} in {plural(count, 'article')}"
    return person_prompt(entry.person, detail, view)


class CorpusPeopleList(ReaderList):
    pass


class PeopleScreen(ModalScreen["str | None"]):
    """Dismisses with the chosen person's key, or None."""

    app: ReaderApp

    BINDINGS = [Binding("escape,q,P", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        with Vertical(id="corpus-people-box"):
            yield Static(id="corpus-people-title", markup=False)
            yield CorpusPeopleList(id="corpus-people")

    def on_mount(self) -> None:
        self.app.library_changed.subscribe(self, self._library_changed)
        self._fill()
        self.query_one(CorpusPeopleList).focus()

    def _library_changed(self, stage: Stage) -> None:
        if stage is Stage.PEOPLE and self.app.library.people_ready:
            self._fill()

    def _fill(self) -> None:
        index = self.app.library.people_index
        title = self.query_one("#corpus-people-title", Static)
        if index is None:
            title.update(Text("People in the corpus: still finding them…", style="italic"))
            return
        people = index.people()
        view = self.app.state.view
        people_list = self.query_one(CorpusPeopleList)
        people_list.set_options(Option(corpus_person_prompt(p, view), id=p.person.key) for p in people)
        if people:
            people_list.highlighted = 0
        title.update(
            Text.assemble(
                ("People in the corpus ", "bold"),
                (f"({len(people)}) · Enter lists their articles · Esc closes", "dim"),
            )
        )

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)
