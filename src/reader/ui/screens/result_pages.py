"""The search screen's results, a page at a time (the base of
:class:`~reader.ui.screens.search.SearchScreen`): the rest of the first page
drawn in a thread once the rows on screen are painted, the next page as the
cursor nears the end of those shown, and every result for End (the search
as you type keeps the first page; the rest is fetched when wanted).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on, work
from textual.widgets import OptionList
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from reader.core.views import View
from reader.ui.screens.modal_frame import ModalFrame
from reader.ui.widgets.search_results import SearchResults, result_prompt

if TYPE_CHECKING:
    from reader.core.search import Results
    from reader.ui.host import Host
    from reader.ui.screens.search import SearchChoice  # noqa: F401 (named in the base class, a string)

# Results are rendered this many at a time; more come as the cursor nears
# the end of those shown.
PAGE = 50
# Render the next page when the cursor is this close to the last shown.
PAGE_AHEAD = 10


class ResultPages(ModalFrame["SearchChoice | None"]):
    """The paging of the results list; the subclass searches, fills
    ``_results`` (and ``_shown_query``, the query they are for) and says
    how many there are."""

    def __init__(self, host: Host) -> None:
        super().__init__()
        self.host = host
        self._results: Results | None = None
        self._view = View.ORIGINAL
        # The query whose results are on screen, and the one a search
        # worker is running for (one typed meanwhile waits).
        self._shown_query: str | None = None
        self._searching: str | None = None

    def _say(self, message: str) -> None:
        raise NotImplementedError

    def _say_count(self) -> None:
        raise NotImplementedError

    def _fill_page(self, found: Results) -> None:
        results = self.query_one(SearchResults)
        if found is self._results and self._searching is None and results.option_count < min(PAGE, len(found)):
            self._render_rows(found, results.option_count, PAGE, self._view, to_end=False)

    def _complete(self) -> Results | None:
        """The results shown, with every match past the first page."""
        found, index = self._results, self.host.library.index
        if found is not None and len(found) < found.total and index is not None and self._shown_query:
            found = self._results = index.search(self._shown_query)
        return found

    def _render_more(self, upto: int) -> None:
        """Render the results up to ``upto`` (at least the next page)."""
        found = self._complete()
        results = self.query_one(SearchResults)
        if found is None:
            return
        start = results.option_count
        end = min(len(found), max(upto, start + PAGE))
        if end <= start:
            return
        results.add_options(Option(result_prompt(r, self._view), id=r.id) for r in found[start:end])
        self._say_count()

    @on(OptionList.OptionHighlighted, "#search-results")
    def _moved(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option_index >= event.option_list.option_count - PAGE_AHEAD:
            self._render_more(event.option_index + PAGE)

    @on(SearchResults.WantAll)
    def _want_all(self) -> None:
        found = self._complete()
        results = self.query_one(SearchResults)
        if found is None or not results.option_count:
            return
        if results.option_count >= len(found):
            results.highlighted = results.option_count - 1
            return
        # Thousands of results take seconds to draw in another script: in a
        # thread, so the screen stays live meanwhile.
        self._say(f"Drawing all {len(found)} results…")
        self._render_rows(found, results.option_count, len(found), self._view, to_end=True)

    @work(thread=True, exclusive=True, group="render", exit_on_error=False, description="draw results")
    def _render_rows(self, found: Results, start: int, end: int, view: View, to_end: bool) -> None:
        """Results ``start`` to ``end`` drawn in a thread, then added; with
        ``to_end``, the cursor goes to the last."""
        worker = get_current_worker()
        prompts = []
        for result in found[start:end]:
            if worker.is_cancelled:
                return  # a new query replaced these
            prompts.append(Option(result_prompt(result, view), id=result.id))
        if not worker.is_cancelled:
            self.app.call_from_thread(self._add_rows, found, start, prompts, to_end)

    def _add_rows(self, found: Results, start: int, prompts: list[Option], to_end: bool) -> None:
        if found is not self._results:
            return  # another search replaced these
        results = self.query_one(SearchResults)
        # Pages may have been drawn meanwhile, as the cursor moved.
        results.add_options(prompts[results.option_count - start :])
        if to_end:
            results.highlighted = results.option_count - 1
        self._say_count()
