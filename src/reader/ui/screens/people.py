"""Everyone mentioned anywhere in the corpus; Enter lists their articles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, on, work
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
    from reader.core.people import ArticlePerson, CorpusPerson, PeopleIndex
    from reader.ui.host import Host
    from reader.ui.text import Stacked


@dataclass(frozen=True)
class PersonPick:
    """The person chosen: ``so_far`` is the index of the people found so far
    when the choice was made before all were (None: the corpus's own)."""

    key: str
    so_far: PeopleIndex | None = None


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


class PeopleScreen(ModalFrame["PersonPick | None"]):
    """Dismisses with the chosen person, or None."""

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

    # While people are still being found, the list of those found so far is
    # gathered again at most this often (off the UI thread: merging
    # thousands of articles' people takes a while).
    SO_FAR_EVERY_S = 1.0

    def __init__(self, host: Host) -> None:
        super().__init__()
        self.host = host
        # The filter typed, folded (script- and case-blind), or "".
        self._filter = ""
        # While people are still being found: those found so far, and in how
        # many articles (gathered again when more came).
        self._so_far: tuple[int, PeopleIndex] | None = None
        self._so_far_due = False

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
            self.dismiss(self._pick(option.id))
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
        if stage is not Stage.PEOPLE:
            return
        if self.host.library.people_ready:
            self._fill()
        elif not self._so_far_due:
            self._so_far_due = True
            self.set_timer(self.SO_FAR_EVERY_S, self._fill_so_far)

    def _fill_so_far(self) -> None:
        self._so_far_due = False
        if not self.host.library.people_ready:
            self._fill()

    def _fill(self) -> None:
        library = self.host.library
        index = library.people_index
        if index is not None:
            self._show(index, None)
            return
        found = library.people
        if self._so_far is not None and self._so_far[0] == len(found):
            self._show(self._so_far[1], self._so_far[0])
        elif found:
            self._gather(dict(found))
        else:
            title = self.query_one("#corpus-people-title", Static)
            title.update(Text("People in the corpus: still finding them…", style="italic"))

    @work(thread=True, exclusive=True, group="people-so-far", exit_on_error=False, description="people so far")
    def _gather(self, found: dict[str, list[ArticlePerson]]) -> None:
        from textual.worker import get_current_worker

        from reader.core.people import PeopleIndex

        index = PeopleIndex()
        for article_id, people in found.items():
            index.add_by_id(article_id, people)
        index.people()  # (merged here, not on the UI thread)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._gathered, len(found), index)

    def _gathered(self, articles: int, index: PeopleIndex) -> None:
        self._so_far = (articles, index)
        if not self.host.library.people_ready:
            self._show(index, articles)

    def _show(self, index: PeopleIndex, so_far: int | None) -> None:
        """The list from ``index``; ``so_far``: the number of articles whose
        people it holds while the rest are still being found (None: all)."""
        title = self.query_one("#corpus-people-title", Static)
        people = index.people()
        total = len(people)
        if self._filter:
            from reader.core.folding import fold

            people = [
                p for p in people if any(self._filter in fold(name) for name in (p.person.name, *p.person.aliases))
            ]
        view = self.host.state.view
        people_list = self.query_one(CorpusPeopleList)
        # (the person highlighted stays so when the list is gathered again)
        was = people_list.highlighted_option.id if people_list.highlighted_option is not None else None
        people_list.set_options(Option(corpus_person_prompt(p, view), id=p.person.key) for p in people)
        if people:
            keys = [p.person.key for p in people]
            people_list.highlighted = keys.index(was) if was in keys else 0
        articles = len(self.host.library.articles)
        title.update(
            Text.assemble(
                ("People in the corpus ", "bold"),
                (
                    f"({len(people)} of {total} shown) · " if self._filter else f"({total}) · ",
                    "dim",
                ),
                (
                    f"so far ({so_far} of {articles} articles; still finding them) · "
                    "Enter lists their articles · type to filter · Esc closes"
                    if so_far is not None
                    else "Enter lists their articles · type to filter · Esc closes",
                    "dim",
                ),
            )
        )

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.dismiss(self._pick(event.option.id))

    def _pick(self, key: str) -> PersonPick:
        """Before everyone's people are found, the choice carries the people
        found so far (those listed), so their articles can be listed too."""
        if self.host.library.people_ready or self._so_far is None:
            return PersonPick(key)
        return PersonPick(key, self._so_far[1])
