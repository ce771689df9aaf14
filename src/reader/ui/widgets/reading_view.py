"""The reading view: one article as wrapped lines, drawn one line at a time:
a Line-API widget (like toolong's LogLines). What is on the page lives in
the Textual-free page model (:mod:`reader.core.page`): a
:class:`~reader.core.page.PageText` per (article, script view) and a
:class:`~reader.core.page.PageLayout` per (page, column), kept for the
article on screen (:mod:`reader.core.page_cache`). The highlights and the current one live in
:class:`~reader.core.highlights.Highlights`, how a line is drawn in
:mod:`reader.ui.widgets.page_drawing`, the messages it sends in
:mod:`reader.ui.widgets.reading_messages`. This widget keeps the reactives, the
conversion worker, the reading position and the selection.

Every position the outside world sees (the reading position, highlights)
is an offset into ``article.text`` in the original script.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, ClassVar

from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip
from textual.timer import Timer
from textual.worker import Worker, WorkerState

from reader.core.highlights import Highlights, Kind, Step, top_for
from reader.core.model import Article
from reader.core.page import PageLayout, PageText
from reader.core.page_cache import PageCache
from reader.core.state import DEFAULT_WIDTH, clamp_width
from reader.core.views import View
from reader.ui.widgets.page_drawing import COMPONENT_CLASSES, COMPONENT_CSS, page_strip
from reader.ui.widgets.reading_messages import HighlightMoved, PositionChanged, ScriptChanged

if TYPE_CHECKING:
    from rich.style import Style

_POSITION_THROTTLE = 0.1
_CONVERT_GROUP = "reading-view-convert"

HIGHLIGHT_KINDS = tuple(kind.value for kind in Kind)


class ReadingView(ScrollView, can_focus=True):
    """An article, wrapped for Chinese, in a centred column."""

    DEFAULT_CSS = (
        """
    ReadingView {
        width: 1fr;
        height: 1fr;
        overflow-x: hidden;
        overflow-y: auto;
        /* A scrollbar that comes and goes would change the width and rewrap. */
        scrollbar-gutter: stable;
        background: $background;
        color: $foreground;
    }
    """
        + COMPONENT_CSS
    )

    COMPONENT_CLASSES: ClassVar[set[str]] = COMPONENT_CLASSES

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "scroll_down", "Line down", show=False),
        Binding("k,up", "scroll_up", "Line up", show=False),
        Binding("space,pagedown", "page_down", "Page down", show=False),
        Binding("b,pageup", "page_up", "Page up", show=False),
        Binding("g,home", "scroll_home", "Top", show=False),
        Binding("G,end", "scroll_end", "Bottom", show=False),
    ]

    view: reactive[View] = reactive(View.ORIGINAL, init=False)
    """The script the article is shown in; switching keeps the position."""

    reading_width: reactive[int] = reactive(DEFAULT_WIDTH, init=False)
    """Width of the text column in cells (the widget's width at most)."""

    animate_paging: reactive[bool] = reactive(False)
    """Whether paging and jumping scroll smoothly; off, as in less: a key
    press moves exactly a page at once, however fast they come."""

    # The messages it sends (reading_messages.py), as ReadingView.<name>.
    PositionChanged = PositionChanged
    ScriptChanged = ScriptChanged
    HighlightMoved = HighlightMoved

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._article: Article | None = None
        self._page: PageText | None = None
        self._layout: PageLayout | None = None
        self._pages = PageCache()
        # The reading position, kept exactly while its line is at the top.
        self._anchor = 0
        # Whether the top line is the blank line above the anchor's
        # paragraph (a page down often ends there): kept through a rewrap,
        # or each script switch moved the text up a line.
        self._gap_above = False
        self._restoring = False
        self._strips: LRUCache[int, Strip] = LRUCache(1024)
        # The widget's Rich style, kept as long as the lines drawn with it
        # (rich_style walks every ancestor's styles: ~0.1 ms a line).
        self._base: Style | None = None
        self.highlights = Highlights()
        self._position_timer: Timer | None = None
        self._posted: tuple[int, float] | None = None
        # The view a long article is being converted to, in a thread.
        self.converting: View | None = None

    # ------------------------------------------------------------------
    # Public API

    @property
    def article(self) -> Article | None:
        return self._article

    @property
    def page_layout(self) -> PageLayout | None:
        return self._layout

    def show(self, article: Article, view: View | None = None, position: int = 0) -> None:
        """Show ``article`` (in ``view``, or the current one) with offset
        ``position`` (into ``article.text``, original script) on top."""
        self._article = article
        if view is not None:
            self.set_reactive(ReadingView.view, view)
        self._page = None
        self._load_page(self.view)
        self._anchor = max(0, min(position, article.chars))
        self._gap_above = False
        self.highlights = Highlights()
        self._posted = None
        self._relayout()

    @property
    def position(self) -> int:
        """Offset into ``article.text`` of the first character read on top."""
        return self._anchor

    @property
    def progress(self) -> float:
        """How far through the article the view is, 0.0 to 1.0."""
        if self._article is None:
            return 0.0
        if self.max_scroll_y <= 0:
            return 1.0
        return min(1.0, max(0.0, self.scroll_y / self.max_scroll_y))

    @property
    def column_limit(self) -> int:
        """The widest column the pane can show now, in cells."""
        return max(1, self.scrollable_content_region.width)

    @property
    def column(self) -> int:
        """The width of the column shown, in cells."""
        return max(1, min(self.reading_width, self.column_limit))

    def go_to(self, position: int) -> None:
        """Put original offset ``position`` on the top line."""
        self._anchor = max(0, min(position, self._article.chars if self._article else 0))
        self._gap_above = False
        self._relayout()

    def set_highlights(self, spans: list[tuple[int, int]] | tuple[tuple[int, int], ...], *, kind: str) -> None:
        """Highlight ``spans`` (offsets into ``article.text``) as ``kind``;
        ``n``/``N`` then step through them."""
        if kind not in HIGHLIGHT_KINDS:
            raise ValueError(f"unknown highlight kind {kind!r}; expected one of {HIGHLIGHT_KINDS}")
        self.highlights.set(kind, spans, self._article.chars if self._article else 0)
        self._redraw()

    def clear_highlights(self, kind: str | None = None) -> None:
        """Remove the highlights of ``kind``, or all of them."""
        self.highlights.clear(kind)
        self._redraw()

    def next_highlight(self) -> Step | None:
        """Make the next highlight current (wrapping) and scroll to it;
        None when there is nothing to step through."""
        return self._step(1)

    def previous_highlight(self) -> Step | None:
        """Make the previous highlight current (wrapping) and scroll to it."""
        return self._step(-1)

    # ------------------------------------------------------------------
    # Paging: at once unless animation is asked for.

    def action_page_down(self) -> None:
        self.scroll_page_down(animate=self.animate_paging)

    def action_page_up(self) -> None:
        self.scroll_page_up(animate=self.animate_paging)

    def action_scroll_home(self) -> None:
        self.scroll_home(animate=self.animate_paging)

    def action_scroll_end(self) -> None:
        self.scroll_end(animate=self.animate_paging)

    # ------------------------------------------------------------------
    # Reactives and events

    def validate_reading_width(self, width: int) -> int:
        return clamp_width(width)

    def watch_reading_width(self) -> None:
        self._relayout()

    def watch_view(self, view: View) -> None:
        if self._article is None:
            return
        self._load_page(view)
        self._relayout()

    def _load_page(self, view: View) -> None:
        """Convert the article for ``view``: at once, or for a very long
        article in a thread, showing the original script until it lands."""
        article = self._article
        assert article is not None
        page = self._pages.page(article, view)
        if page is None and not PageText.slow(article, view):
            page = PageText.of(article, view)
            self._pages.keep(page)
        if page is not None:
            self._page = page
            self._set_converting(None)
            return
        if self._page is None:
            # Until the thread is done: the text as it is, at once.
            self._page = PageText.of(article, View.ORIGINAL, markdown=False)
        self._set_converting(view)
        self.run_worker(
            partial(PageText.of, article, view),
            name=f"convert {article.id}",
            group=_CONVERT_GROUP,
            exclusive=True,
            thread=True,
            exit_on_error=False,
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != _CONVERT_GROUP:
            return
        event.stop()
        page = event.worker.result
        if event.state is WorkerState.SUCCESS and isinstance(page, PageText):
            self._pages.keep(page)  # (a view left meanwhile is kept for the way back)
            if page.article is self._article and page.view is self.view:
                self._page = page
                self._relayout()
                self._set_converting(None)
        elif event.state is WorkerState.ERROR:
            self._set_converting(None)

    def _set_converting(self, view: View | None) -> None:
        if view is not self.converting:
            self.converting = view
            self.post_message(self.ScriptChanged())

    def on_resize(self) -> None:
        self._relayout()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        layout = self._layout
        if layout is None or self._restoring:
            return
        top = round(new_value)
        line = layout.line_of(self._anchor)
        if line != top and not (self._gap_above and line == top + 1):
            self._anchor = layout.position_at(top)
            self._gap_above = layout.line_of(self._anchor) == top + 1
        elif line == top:
            self._gap_above = False
        self._position_moved()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()
        self._base = None

    def selection_updated(self, selection: Selection | None) -> None:
        self._redraw()

    # ------------------------------------------------------------------
    # Layout

    def _relayout(self) -> None:
        """Wrap the page anew if (page, column) changed, and put the reading
        position back on the top line."""
        page = self._page
        if page is None or self.scrollable_content_region.width <= 0:
            return
        column = self.column
        layout = self._layout
        if layout is None or layout.page is not page or layout.column != column:
            self._layout = self._pages.layout(page, column)
            # Selections are in line coordinates: they mean nothing after a rewrap.
            if self.is_mounted and self.text_selection is not None:
                self.screen.clear_selection()
        assert self._layout is not None
        # Scrolling that follows from the new layout (a shorter page clamps
        # the offset) must not move the reading position.
        self._restoring = True
        try:
            self.virtual_size = Size(self.scrollable_content_region.width, self._layout.height)
            top = self._layout.line_of(self._anchor) - (1 if self._gap_above else 0)
            self.scroll_to(y=max(0, top), animate=False, force=True)
        finally:
            self._restoring = False
        self._position_moved()
        self._redraw()

    def _redraw(self) -> None:
        """The one place cached lines are dropped."""
        self._strips.clear()
        self._base = None
        self.refresh()

    def _position_moved(self) -> None:
        """Tell the app the position changed: at once, then at most every
        0.1 s while it keeps changing (scrolling animates)."""
        if self._article is None:
            return
        if self._position_timer is None:
            self._post_position()
            self._position_timer = self.set_timer(_POSITION_THROTTLE, self._throttle_ended)

    def _throttle_ended(self) -> None:
        self._position_timer = None
        self._post_position()

    def _post_position(self) -> None:
        current = (self._anchor, round(self.progress, 4))
        if current != self._posted:
            self._posted = current
            self.post_message(self.PositionChanged(self, *current))

    def _step(self, direction: int) -> Step | None:
        layout, height = self._layout, self.scrollable_content_region.height
        shown_end = layout.end_of_lines(round(self.scroll_y) + height) if layout else None
        step = self.highlights.step(direction, self._anchor, shown_end)
        if step is None:
            return None
        if layout is not None:
            top = top_for(layout.line_of(step.span[0]), round(self.scroll_y), height)
            if top is not None:
                self.scroll_to(y=top, animate=False, force=True)
        self._redraw()
        self.post_message(self.HighlightMoved(self, step.index, step.total))
        return step

    # ------------------------------------------------------------------
    # Drawing

    def render_line(self, y: int) -> Strip:
        line = self.scroll_offset.y + y
        selection = self.text_selection
        if selection is None:
            cached = self._strips.get(line)
            if cached is not None:
                return cached
        base = self._base
        if base is None:
            base = self._base = self.rich_style
        strip = page_strip(
            self._layout,
            line,
            self.scrollable_content_region.width,
            base,
            lambda name: self.get_component_rich_style(f"reading-view--{name}", partial=True),
            self.highlights,
            selection,
            lambda: self.screen.get_component_rich_style("screen--selection"),
        )
        if selection is None:
            self._strips[line] = strip
        return strip

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The selected text, lines of a paragraph joined as they were."""
        layout = self._layout
        if layout is None:
            return None
        start = (0, 0) if selection.start is None else (selection.start.y, selection.start.x)
        end = (layout.height - 1, 1 << 30) if selection.end is None else (selection.end.y, selection.end.x)
        return layout.text_between(start, end), "\n"


__all__ = ["HIGHLIGHT_KINDS", "ReadingView"]
