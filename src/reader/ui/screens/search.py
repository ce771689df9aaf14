"""Search across the corpus: results as you type, Enter opens, Esc returns.

The query runs in an exclusive thread worker after a short pause in typing,
so a fast typist never waits for a search they have already replaced. Each
result shows its title and snippets in the current script view with the
hits marked; the engine itself ignores the script.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState, get_current_worker

from reader.core.plural import agree, plural
from reader.core.script import View, convert, convert_mapped
from reader.ui.library import Stage
from reader.ui.text import one_line, printable
from reader.ui.widgets.reader_list import ReaderList

if TYPE_CHECKING:
    from reader.core.search import SearchResult, Snippet
    from reader.ui.app import ReaderApp

# Wait this long after the last keystroke before searching.
DEBOUNCE_SECONDS = 0.15
RESULT_LIMIT = 50
SNIPPETS_SHOWN = 2


@dataclass(frozen=True, slots=True)
class SearchChoice:
    """The result the user opened: the main screen finds its hits."""

    article_id: str
    query: str


def snippet_text(snippet: Snippet, view: View) -> Text:
    """A snippet in ``view`` with its marks moved along with the conversion."""
    conversion = convert_mapped(snippet.text, view)
    text = Text(printable(conversion.text).replace("\n", " "))
    for start, end in snippet.marks:
        a, b = conversion.map.span(start, end)
        text.stylize("reverse bold", a, b)
    return text


def result_prompt(result: SearchResult, view: View) -> Text:
    prompt = Text(one_line(convert(result.title, view)) or result.id, style="bold")
    prompt.append(f"  {result.id} · {plural(len(result.hits), 'hit')}", style="dim")
    for snippet in result.snippets[:SNIPPETS_SHOWN]:
        prompt.append("\n  ")
        prompt.append_text(snippet_text(snippet, view))
    return prompt


class SearchResults(ReaderList):
    pass


class SearchScreen(ModalScreen["SearchChoice | None"]):
    app: ReaderApp

    BINDINGS = [
        Binding("escape", "close", "Close search"),
        Binding("down", "results('cursor_down')", "Next result", show=False),
        Binding("up", "results('cursor_up')", "Previous result", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._timer: Timer | None = None
        self._query = ""
        # The query whose results are on screen, and whether Enter came first.
        self._shown_query: str | None = None
        self._open_when_shown = False

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield Input(placeholder="Search every article (Esc to go back)", id="search-input")
            yield Static(id="search-status", markup=False)
            yield SearchResults(id="search-results")

    def on_mount(self) -> None:
        self.app.library_changed.subscribe(self, self._library_changed)
        self._say("Type to search every article.")
        self.query_one(Input).focus()

    def _library_changed(self, stage: Stage) -> None:
        if stage in (Stage.INDEX, Stage.FAILED) and self._query:
            self._search_now()

    def _say(self, message: str) -> None:
        self.query_one("#search-status", Static).update(Text(message, style="italic"))

    @on(Input.Changed, "#search-input")
    def _typed(self, event: Input.Changed) -> None:
        self._query = event.value.strip()
        self._open_when_shown = False
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DEBOUNCE_SECONDS, self._search_now)

    def _search_now(self) -> None:
        library = self.app.library
        results = self.query_one(SearchResults)
        self._shown_query = None
        if not self._query:
            results.clear_options()
            self._say("Type to search every article.")
            return
        if library.index is None:
            results.clear_options()
            if library.failure:
                self._say("Search is not available: loading failed.")
            else:
                self._say(f"Building the search index ({library.busy or 'almost done'})… results appear when it is ready.")
            return
        self._say("Searching…")
        self._run_search(self._query, self.app.state.view)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _run_search(self, query: str, view: View) -> None:
        index = self.app.library.index
        assert index is not None
        results = index.search(query, limit=RESULT_LIMIT)
        prompts = [Option(result_prompt(r, view), id=r.id) for r in results]
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_results, query, prompts)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        # A query the engine chokes on is reported, not fatal.
        if event.worker.group == "search" and event.state is WorkerState.ERROR:
            self.query_one(SearchResults).clear_options()
            self._say(f"Search failed: {event.worker.error}")

    def _show_results(self, query: str, prompts: list[Option]) -> None:
        if query != self._query:
            return
        self._shown_query = query
        results = self.query_one(SearchResults)
        results.set_options(prompts)
        if prompts:
            results.highlighted = 0
            if self._open_when_shown:
                self._open_highlighted()
                return
            count = len(prompts)
            more = " (the best shown)" if count >= RESULT_LIMIT else ""
            self._say(f"{plural(count, 'article')} {agree(count, 'matches', 'match')}{more}; Enter opens.")
        else:
            self._say(f"No results for “{one_line(query)}”.")

    def action_results(self, move: str) -> None:
        getattr(self.query_one(SearchResults), f"action_{move}")()

    @on(Input.Submitted, "#search-input")
    def _submitted(self) -> None:
        if self._shown_query == self._query:
            self._open_highlighted()
            return
        # Enter before the results of the last keystrokes: open them when they come.
        if self._timer is not None:
            self._timer.stop()
        self._open_when_shown = True
        self._search_now()

    def _open_highlighted(self) -> None:
        option = self.query_one(SearchResults).highlighted_option
        if option is not None and option.id:
            self.dismiss(SearchChoice(option.id, self._query))

    @on(OptionList.OptionSelected, "#search-results")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.dismiss(SearchChoice(event.option.id, self._query))

    def action_close(self) -> None:
        self.dismiss(None)
