"""The article pane: the list, and above it the filters that narrow it."""

from __future__ import annotations

from rich.text import Text
from textual import events, on
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Static

from reader.core.conversion import name_in
from reader.core.views import View
from reader.ui.text import one_line
from reader.ui.widgets.article_list import ArticleFilter, ArticleList


class ArticlePane(Vertical):
    """The list with, above it, the filters that narrow it: a person filter
    (when there is one) and the title filter (when typed into)."""

    DEFAULT_CSS = """
    ArticlePane {
        width: 32;
        border-right: vkey $border-blurred;
    }

    ArticlePane:focus-within {
        border-right: vkey $border;
    }

    #filter-bar {
        display: none;
        height: auto;
        padding: 0 1;
        background: $accent-muted;
        color: $text;
    }

    #title-filter {
        height: 1;
        border: none;
        padding: 0 1;
    }
    """

    class TitleFilterChanged(Message):
        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    BINDINGS = [Binding("escape", "close_filter", "Clear the title filter", show=False)]

    def compose(self) -> ComposeResult:
        # (the person filter's bar and the title filter are mounted above
        # the list when first shown: hidden until then, they cost their
        # styling before the first frame)
        yield ArticleList(id="article-list")

    @property
    def title_filter(self) -> Input | None:
        """The title filter, if it was ever opened."""
        boxes = self.query("#title-filter").results(Input)
        return next(boxes, None)

    async def open_title_filter(self, text: str | None = None) -> None:
        box = self.title_filter
        if box is None:
            box = Input(placeholder="Filter titles", id="title-filter", select_on_focus=False)
            await self.mount(box, before=self.query_one(ArticleList))
        box.display = True
        if text is not None:
            box.value = box.value + text
            box.cursor_position = len(box.value)
        box.focus()

    @on(ArticleList.TypedToFilter)
    async def _typed(self, event: ArticleList.TypedToFilter) -> None:
        event.stop()
        await self.open_title_filter(event.character)

    @on(Input.Changed, "#title-filter")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.TitleFilterChanged(event.value))

    @on(Input.Submitted, "#title-filter")
    def _submitted(self, event: Input.Submitted) -> None:
        """Enter opens the highlighted title, as Enter in the search box
        does (it only moved into the list: a second Enter opened it)."""
        event.stop()
        articles = self.query_one(ArticleList)
        articles.focus()
        # Posted from here: a message the list posted in this handler would
        # name this pane as its sender and stop at it.
        article_id = articles.highlighted_id
        if article_id is not None:
            self.post_message(ArticleList.Chosen(article_id))

    def on_key(self, event: events.Key) -> None:
        # Down from the filter goes to the list.
        box = self.title_filter
        if event.key == "down" and box is not None and box.has_focus:
            event.stop()
            self.query_one(ArticleList).focus()

    def action_close_filter(self) -> None:
        box = self.title_filter
        if box is None or not box.display:
            raise SkipAction()
        box.value = ""
        box.display = False
        self.query_one(ArticleList).focus()

    def show_filter(self, article_filter: ArticleFilter | None, view: View) -> None:
        bar = next(self.query("#filter-bar").results(Static), None)
        if bar is None:
            if article_filter is None:
                return
            bar = Static(id="filter-bar", markup=False)
            self.mount(bar, before=0)
        bar.display = article_filter is not None
        if article_filter is not None:
            # (a person's filter: the name is the label's only Han text)
            label = one_line(name_in(article_filter.label, view))
            bar.update(Text.assemble(("Filter: ", "bold"), label, ("  (x clears)", "dim")))
