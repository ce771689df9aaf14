"""Search across the corpus: results as you type, Enter opens, Esc returns.

The query runs in a thread worker at once when the engine answers quickly;
while a search is still running the newest query waits for it (one search
at a time, so a fast typist never queues searches they have replaced), and
after a slow one it waits for a short pause in typing. The worker draws the
results that fit on screen first and hands them over, then the rest of the
first page. Every matching article is reachable: the count is the true one,
and results are rendered a page at a time as the cursor nears the end of
what is shown (End renders them all). Each result shows its title and snippets in the current
script view with the hits marked, the snippets on their own indented lines;
the engine itself ignores the script.

The search box keeps a history (up/down, like a shell or vim's ``/``), saved
with the app's state; the box opens with the last query in it, selected, so
typing replaces it and Enter repeats it. Down past the newest entry moves
into the results, and Up from the first result comes back to the box.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.timer import Timer
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState, get_current_worker

from reader.core.plural import agree, plural
from reader.core.query import blank_reason
from reader.core.views import View
from reader.session.library import Stage
from reader.ui.screens.result_pages import PAGE, ResultPages
from reader.ui.search_typing import HistoryWalk, typing_delay
from reader.ui.text import one_line
from reader.ui.widgets.search_results import SNIPPETS_SHOWN, SearchBox, SearchResults, result_prompt

if TYPE_CHECKING:
    from reader.core.search import Results
    from reader.ui.host import Host


@dataclass(frozen=True, slots=True)
class SearchChoice:
    """The result the user opened: the main screen finds its hits."""

    article_id: str
    query: str
    row: int = 0
    """The result's place in the list, highlighted when the reader comes back."""


class SearchScreen(ResultPages):
    DEFAULT_CSS = """
    #search-input {
        border: tall $border-blurred;
    }

    #search-status {
        height: auto;
        padding: 0 1;
    }

    #search-results {
        height: 1fr;
        border: none;
    }

    /* A short terminal keeps its rows for the results: a one-row box, a
       one-line count (its end cut with an ellipsis). */
    SearchScreen.-short #search-input {
        border: none;
        height: 1;
        background: $boost;
    }

    SearchScreen.-short #search-status {
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    # The help lists the search box's own keys with the screen's.
    HELP_WIDGETS = (SearchBox,)

    BINDINGS = [
        Binding("escape", "close", "Close search"),
        # The keys that move the focus act as they come (priority), not once
        # the key has bubbled up, after the next keys of a burst (tab down
        # enter) went to where the focus was; in the results, up and down
        # are the list's (SkipAction).
        Binding("up", "history(-1)", "Earlier search (history)", show=False, priority=True),
        Binding("down", "history(1)", "Later search; past the newest, into the results", show=False, priority=True),
        Binding("pagedown", "results('page_down')", "Results: a page down", show=False),
        Binding("pageup", "results('page_up')", "Results: a page up", show=False),
        Binding("tab,shift+tab", "switch_focus", "Between the search box and the results", show=False, priority=True),
        # (In the box, c is typed: this is the results' key.)
        Binding("c", "cycle_view", "Results: the next script (as c in the reading view)", show=False),
    ]

    def __init__(self, host: Host, query: str = "", *, row: int | None = None) -> None:
        super().__init__(host)
        # What the box opens with: ``query`` (a find widened to every
        # article, the search come back to), else the last search, selected.
        self._opening = query
        # Coming back from a result (backspace): it, highlighted and focused.
        self._back_to = row
        self._timer: Timer | None = None
        self._query = ""
        # How long the last search took, engine and first rows (seconds).
        self._last_cost = 0.0
        self._last_key = 0.0  # when the query last changed (time.monotonic)
        # Whether Enter came before the results of the last keystrokes.
        self._open_when_shown = False
        self._walk = HistoryWalk(self.history)
        # A remark about the history for the status line, until the next edit.
        self._note: str | None = None
        # The result to highlight when the results are drawn again (c, backspace).
        self._keep: int | None = row
        # Or the article to keep highlighted (the results redrawn after files changed).
        self._keep_id: str | None = None

    @property
    def history(self) -> list[str]:
        return self.host.state.searches

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield SearchBox(placeholder="Search every article (Esc to go back)", id="search-input")
            yield Static(id="search-status", markup=False)
            yield SearchResults(id="search-results")

    def on_mount(self) -> None:
        self.host.library_changed.subscribe(self, self._library_changed)
        self._walk = HistoryWalk(self.history)
        box = self.query_one(SearchBox)
        # Set and selected now, before the box has the focus and any key
        # (the keys typed right after / come after it): typing replaces it.
        box.value = self._opening or (self.history[-1] if self.history else "")
        if box.value:
            box.select_all()
            self._query = box.value.strip()
            self._search_now()
        else:
            self._say("Type to search every article.")
        box.focus()

    def _library_changed(self, stage: Stage) -> None:
        if stage is Stage.CHANGED and self._query and self.host.library.index is not None:
            # Files changed on disk (the engine is updated already): the
            # results again, the cursor kept on the same article if it is there.
            option = self.query_one(SearchResults).highlighted_option
            self._keep_id = option.id if option is not None else None
            self._shown_query = None
            self._search_now()
        elif stage in (Stage.INDEX, Stage.FAILED) and self._query:
            self._search_now()

    def _say(self, message: str) -> None:
        self.query_one("#search-status", Static).update(Text(message, style="italic"))

    @on(Input.Changed, "#search-input")
    def _typed(self, event: Input.Changed) -> None:
        query = event.value.strip()
        if query == self._query:
            # Already searched (or being searched): the box was filled with
            # the last query, or only spaces changed.
            return
        self._query = query
        self._open_when_shown = False
        if self._walk.typed(query):
            self._note = None  # typed, not recalled
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        # Rows of the replaced query still being drawn are not wanted.
        self.workers.cancel_group(self, "render")
        now = time.monotonic()
        delay = typing_delay(self._last_cost, now - self._last_key)
        self._last_key = now
        if delay and self._searching is None:
            self._timer = self.set_timer(delay, self._search_now)
        else:
            # At once, or (while a search runs) when it ends.
            self._search_now()

    def _search_now(self) -> None:
        library = self.host.library
        results = self.query_one(SearchResults)
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self._shown_query = None
        if not self._query:
            self._results = None
            results.clear_options()
            self._say("Type to search every article.")
            return
        reason = blank_reason(self._query)
        if reason is not None:
            # Only quote marks: nothing to look for, and the user should know why.
            self._results = None
            results.clear_options()
            self._say(reason[0].upper() + reason[1:] + ".")
            return
        if library.index is None:
            results.clear_options()
            if library.failure:
                self._say("Search is not available: loading failed.")
            else:
                self._say(
                    f"Building the search index ({library.busy or 'almost done'})… results appear when it is ready."
                )
            return
        if self._searching is not None:
            return  # the running search starts the newest query when it ends
        self._say("Searching…")
        self._searching = self._query
        self.workers.cancel_group(self, "render")
        self._run_search(self._query, self.host.state.view, max(1, results.size.height))

    def _search_ended(self) -> None:
        """The search worker is done: search for what was typed meanwhile."""
        searched, self._searching = self._searching, None
        if self._query != searched:
            self._search_now()

    # Not exclusive: the screen runs one search at a time itself, and the
    # worker that starts the next one is still running when it does.
    @work(thread=True, group="search", exit_on_error=False, description="search")
    def _run_search(self, query: str, view: View, lines: int) -> None:
        started = time.perf_counter()
        index = self.host.library.index
        assert index is not None
        # The first page (every match is counted and ranked, but results
        # are made for a page only: a common term matches every article);
        # snippets only for the rows rendered first, those that fit in
        # ``lines`` (a result takes a line and one per snippet, more if
        # they wrap). The rest comes from _complete when wanted.
        results = index.search(query, limit=PAGE)
        prompts: list[Option] = []
        used = 0
        for result in results[:PAGE]:
            if used >= lines:
                break
            prompts.append(Option(result_prompt(result, view), id=result.id))
            used += 1 + min(len(result.snippets), SNIPPETS_SHOWN)
        cost = time.perf_counter() - started
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_results, query, view, results, prompts, cost)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "search":
            return
        if event.state is WorkerState.ERROR:
            # A query the engine chokes on is reported, not fatal.
            self.query_one(SearchResults).clear_options()
            self._say(f"Search failed: {event.worker.error}")
        if event.state in (WorkerState.ERROR, WorkerState.CANCELLED) and self._searching is not None:
            self._search_ended()

    def _show_results(self, query: str, view: View, found: Results, prompts: list[Option], cost: float) -> None:
        self._last_cost = cost
        if query != self._query:
            self._search_ended()
            return
        self._searching = None
        self._shown_query = query
        self._results, self._view = found, view
        results = self.query_one(SearchResults)
        results.set_options(prompts)
        if len(prompts) < min(PAGE, len(found)):
            # The rest of the first page, off the UI thread, once the first
            # rows are painted (the worker would slow the paint down).
            self.call_after_refresh(self._fill_page, found)
        if prompts:
            keep, self._keep = self._keep, None
            keep_id, self._keep_id = self._keep_id, None
            ids = [r.id for r in found[:PAGE]]
            if keep_id in ids:
                keep = ids.index(keep_id)
            if keep is not None and len(prompts) <= keep < found.total:
                self._render_more(keep + 1)  # (drawn at once: it is to be highlighted)
            results.highlighted = keep if keep is not None and keep < results.option_count else 0
            if self._back_to is not None:
                self._back_to = None
                results.focus()
            if self._open_when_shown:
                self._open_highlighted()
                return
            self._say_count()
        else:
            self._say(f"No results for “{one_line(query)}”.")

    def _say_count(self) -> None:
        found = self._results
        if not found:
            return
        total = found.total
        shown = self.query_one(SearchResults).option_count
        more = f" ({shown} shown, more as you go down; End: all)" if shown < total else ""
        note = f" · {self._note}" if self._note else ""
        self._say(
            f"{plural(total, 'article')} {agree(total, 'matches', 'match')}{more} · "
            f"Enter opens · ↓ or Tab: into the results{note}"
        )

    @on(SearchResults.AtTop)
    def _at_top(self) -> None:
        self.set_focus(self.query_one(SearchBox))

    def action_results(self, move: str) -> None:
        getattr(self.query_one(SearchResults), f"action_{move}")()

    def action_switch_focus(self) -> None:
        # set_focus, not focus(): that waits its turn behind the keys of the
        # burst already posted, which would go where the focus was.
        results = self.query_one(SearchResults)
        if self.focused is results:
            self.set_focus(self.query_one(SearchBox))
        elif results.option_count:
            self.set_focus(results)
        else:
            self._say("No results to move to yet.")

    def action_cycle_view(self) -> None:
        """The results in the next script; the reading view follows."""
        view = self.host.state.view.next()
        self.host.remember(view=view)
        self._note = f"script: {view.label}"
        self._keep = self.query_one(SearchResults).highlighted
        if self._query:
            self._shown_query = None
            self._search_now()
        else:
            self._say(f"Script: {view.label}.")

    def action_history(self, step: int) -> None:
        """Walk the history: -1 is older. Down past the newest goes to the results."""
        box = self.query_one(SearchBox)
        if self.focused is not box:  # (has_focus waits for the Focus event)
            raise SkipAction()  # the results' own up and down
        if self._walk.past_newest(step):
            self.action_switch_focus()
            return
        recalled = self._walk.step(step, box.value)
        if recalled is None:
            # Kept in the status line until the next edit, so the count of a
            # recalled search landing meanwhile does not wipe it.
            self._note = self._walk.why_not()
            if self._results and self._shown_query == self._query:
                self._say_count()
            else:
                self._say(self._note + ".")
            return
        self._note = None
        box.value = recalled
        box.cursor_position = len(box.value)

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
        results = self.query_one(SearchResults)
        option = results.highlighted_option
        if option is not None and option.id:
            self._dismiss_with(SearchChoice(option.id, self._query, results.highlighted or 0))

    @on(OptionList.OptionSelected, "#search-results")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self._dismiss_with(SearchChoice(event.option.id, self._query, event.option_index))

    def _dismiss_with(self, choice: SearchChoice | None) -> None:
        # A query the user searched for goes into the history, opened or not.
        if self._query:
            self.host.remember_search(self._query)
        self.dismiss(choice)

    def action_close(self) -> None:
        self._dismiss_with(None)
