"""The reading view: one article as wrapped lines, drawn one line at a time.

A Line-API widget (like toolong's LogLines): the page is wrapped once per
width and script view into line spans, and ``render_line`` builds the strip
of a visible line on demand, so a 5 MB article costs a wrap, not a render
of the whole text, and scrolling only ever draws what is on screen.

The page is a list of blocks: the title, the metadata line, then one block
per paragraph, with a blank line after the metadata and between paragraphs.
Every position the outside world sees (the reading position, highlights) is
an offset into ``article.text`` in the original script; the view maps it
into the converted paragraph with the paragraph's :class:`OffsetMap`, and
back again with the inverse map.

Text is data: strips are built from plain strings with explicit styles, and
control characters are swapped for visible stand-ins, so ``[bold]`` or an
ANSI escape in an article shows as itself and never styles, links or acts.

Selection: each segment carries ``{"offset": (x, y)}`` meta, where y is the
page line and x the character in that line, which is how Textual maps the
mouse to text; the left margin carries a negative x (clamped to the line
start) and the right padding the line's length (its end).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import partial
from typing import ClassVar, Iterable

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip
from textual.timer import Timer
from textual.worker import Worker, WorkerState

from reader.core.details import detail_parts
from reader.core.linebreak import wrap
from reader.core.model import Article
from reader.core.script import OffsetMap, View, align, convert, convert_paragraphs
from reader.ui.text import printable

MIN_WIDTH = 10
MAX_WIDTH = 1000
# Blocks before the first paragraph: the title and the metadata line.
_HEADER = 2
# A highlight jumped to lands this many lines below the top (fewer on a
# very short view), so it is read with a little context above it.
_LEAD = 3
_POSITION_THROTTLE = 0.1
# Articles this long convert in a thread (1 MB, ~340,000 characters, takes
# about 0.2 s at once).
_BACKGROUND_CHARS = 500_000
_CONVERT_GROUP = "reading-view-convert"
# How much wider than a line's text to look for its highlights, in
# characters: more than any phrase OpenCC changes the length of.
_SLACK = 16
# printable() keeps tab and newline as layout; on one line they are spaces
# (a raw tab would move the terminal's cursor and break the column).
_ONE_LINE = str.maketrans({"\t": " ", "\n": " ", "\u2028": " ", "\u2029": " "})

HIGHLIGHT_KINDS = ("search", "person")


# Characters _display must replace; most paragraphs have none and are kept.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _display(text: str) -> str:
    """Article text as the view draws it: same length, nothing a terminal
    would act on."""
    if _UNSAFE.search(text) is None:
        return text
    return printable(text).translate(_ONE_LINE)


@dataclass(frozen=True, slots=True)
class _Page:
    """An article's texts in one script view, ready to wrap."""

    article: Article
    view: View
    title: str
    meta: str
    paragraphs: tuple[str, ...]
    # Original paragraph offsets -> offsets in ``paragraphs``.
    maps: tuple[OffsetMap, ...]


@dataclass(slots=True)
class _Block:
    """A wrapped piece of the page: its text and where each line starts."""

    text: str
    starts: list[int]
    ends: list[int]
    component: str
    gap: int

    @property
    def height(self) -> int:
        return len(self.starts) + self.gap


def _meta_line(article: Article, view: View) -> str:
    return " · ".join(detail_parts(article, view))


def _convert_page(article: Article, view: View) -> _Page:
    """Convert paragraph by paragraph, each with its own offset map, so a
    length change (博客 -> 部落格) stays inside its paragraph."""
    paragraphs = article.paragraphs
    converted = paragraphs if view is View.ORIGINAL else convert_paragraphs(paragraphs, view)
    maps = tuple(align(o, c, view) for o, c in zip(paragraphs, converted))
    return _Page(
        article=article,
        view=view,
        title=_display(convert(article.title, view)),
        meta=_display(_meta_line(article, view)),
        paragraphs=tuple(_display(p) for p in converted),
        maps=maps,
    )


@dataclass(frozen=True, slots=True)
class _Spans:
    """Sorted spans, with bisection for those that overlap a range: a search
    for 的 can mark thousands of places, and a line needs only its own."""

    spans: tuple[tuple[int, int], ...]
    starts: tuple[int, ...]
    longest: int

    @classmethod
    def of(cls, spans: Iterable[tuple[int, int]]) -> _Spans:
        ordered = tuple(sorted(set(spans)))
        return cls(ordered, tuple(a for a, _ in ordered), max((b - a for a, b in ordered), default=0))

    def __len__(self) -> int:
        return len(self.spans)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        first = bisect_left(self.starts, start - self.longest)
        last = bisect_left(self.starts, end)
        return [span for span in self.spans[first:last] if span[1] > start]


_EMPTY = _Spans.of(())

class ReadingView(ScrollView, can_focus=True):
    """An article, wrapped for Chinese, in a centred column."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "reading-view--title",
        "reading-view--meta",
        "reading-view--search",
        "reading-view--person",
        "reading-view--current",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "scroll_down", "Line down", show=False),
        Binding("k,up", "scroll_up", "Line up", show=False),
        Binding("space,pagedown", "page_down", "Page down", show=False),
        Binding("b,pageup", "page_up", "Page up", show=False),
        Binding("g,home", "scroll_home", "Top", show=False),
        Binding("G,end", "scroll_end", "Bottom", show=False),
        Binding("n", "next_highlight", "Next hit"),
        Binding("N", "previous_highlight", "Previous hit"),
    ]

    view: reactive[View] = reactive(View.ORIGINAL, init=False)
    """The script the article is shown in; switching keeps the position."""

    reading_width: reactive[int] = reactive(80, init=False)
    """Width of the text column in cells (the widget's width at most)."""

    class PositionChanged(Message):
        """The reading position changed (sent at most every 0.1 s)."""

        def __init__(self, reading_view: ReadingView, position: int, progress: float) -> None:
            super().__init__()
            self.reading_view = reading_view
            self.position = position
            self.progress = progress

        @property
        def control(self) -> ReadingView:
            return self.reading_view

    class HighlightMoved(Message):
        """A highlight became current: ``index`` counts from 0 of ``total``."""

        def __init__(self, reading_view: ReadingView, index: int, total: int) -> None:
            super().__init__()
            self.reading_view = reading_view
            self.index = index
            self.total = total

        @property
        def control(self) -> ReadingView:
            return self.reading_view

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._article: Article | None = None
        self._page: _Page | None = None
        self._blocks: list[_Block] = []
        # First page line of each block, and the page's height in lines.
        self._first_lines: list[int] = []
        self._height = 0
        self._column = 0
        # The reading position, kept exactly while its line is at the top.
        self._anchor = 0
        self._restoring = False
        self._strips: LRUCache[int, Strip] = LRUCache(1024)
        # Highlights by kind as given (original offsets, mapped into the
        # page line by line as lines are drawn); the current one as
        # (block, start, end) pieces of the page.
        self._spans: dict[str, _Spans] = {}
        self._nav_kind: str | None = None
        self._current: int | None = None
        self._current_marks: list[tuple[int, int, int]] = []
        self._position_timer: Timer | None = None
        self._posted: tuple[int, float] | None = None

    # ------------------------------------------------------------------
    # Public API

    @property
    def article(self) -> Article | None:
        return self._article

    def show(self, article: Article, view: View, position: int = 0) -> None:
        """Show ``article`` in ``view`` with offset ``position`` (into
        ``article.text``, original script) on the top line."""
        self._article = article
        self.set_reactive(ReadingView.view, view)
        self._page = None
        self._load_page(view)
        self._anchor = max(0, min(position, article.chars))
        self._spans.clear()
        self._nav_kind = None
        self._current = None
        self._current_marks = []
        self._posted = None
        self._layout()

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

    def set_highlights(self, spans: list[tuple[int, int]] | tuple[tuple[int, int], ...], *, kind: str) -> None:
        """Highlight ``spans`` (offsets into ``article.text``) as ``kind``;
        ``n``/``N`` then step through them."""
        if kind not in HIGHLIGHT_KINDS:
            raise ValueError(f"unknown highlight kind {kind!r}; expected one of {HIGHLIGHT_KINDS}")
        chars = self._article.chars if self._article else 0
        clean = _Spans.of((max(0, a), min(b, chars)) for a, b in spans if a < b and a < chars and b > 0)
        if clean:
            self._spans[kind] = clean
        else:
            self._spans.pop(kind, None)
        self._nav_kind = kind if clean else next(iter(self._spans), None)
        self._current = None
        self._current_marks = []
        self._highlights_changed()

    def clear_highlights(self, kind: str | None = None) -> None:
        """Remove the highlights of ``kind``, or all of them."""
        if kind is None:
            self._spans.clear()
        else:
            self._spans.pop(kind, None)
        if self._nav_kind not in self._spans:
            self._nav_kind = next(iter(self._spans), None)
            self._current = None
            self._current_marks = []
        self._highlights_changed()

    def next_highlight(self) -> None:
        """Make the next highlight current (wrapping) and scroll to it."""
        spans = self._nav_spans()
        if not spans:
            return
        if self._current is None:
            index = bisect_left(spans.starts, self._anchor) % len(spans)
        else:
            index = (self._current + 1) % len(spans)
        self._go_to_highlight(index)

    def previous_highlight(self) -> None:
        """Make the previous highlight current (wrapping) and scroll to it."""
        spans = self._nav_spans()
        if not spans:
            return
        if self._current is None:
            index = (bisect_left(spans.starts, self._anchor) - 1) % len(spans)
        else:
            index = (self._current - 1) % len(spans)
        self._go_to_highlight(index)

    def action_next_highlight(self) -> None:
        self.next_highlight()

    def action_previous_highlight(self) -> None:
        self.previous_highlight()

    def action_wider(self, step: int = 4) -> None:
        """Widen the column, up to the widget's width."""
        if self.reading_width < self._text_width:
            self.reading_width = min(self.reading_width + step, self._text_width)

    def action_narrower(self, step: int = 4) -> None:
        """Narrow the column (from what shows, if the setting is wider)."""
        self.reading_width = max(MIN_WIDTH, self._column_width() - step)

    # ------------------------------------------------------------------
    # Reactives and events

    def validate_reading_width(self, width: int) -> int:
        return max(MIN_WIDTH, min(MAX_WIDTH, width))

    def watch_reading_width(self) -> None:
        self._layout()

    def watch_view(self, view: View) -> None:
        if self._article is None:
            return
        self._load_page(view)
        self._layout()

    def _load_page(self, view: View) -> None:
        """Convert the article for ``view``: at once, or for a very long
        article in a thread, showing the original script until it lands."""
        article = self._article
        assert article is not None
        if view is View.ORIGINAL or article.chars < _BACKGROUND_CHARS:
            self._page = _convert_page(article, view)
            self._column = 0
            return
        if self._page is None:
            self._page = _convert_page(article, View.ORIGINAL)
            self._column = 0
        self.run_worker(
            partial(_convert_page, article, view),
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
        if event.state is WorkerState.SUCCESS and isinstance(page, _Page):
            if page.article is self._article and page.view is self.view:
                self._page = page
                self._column = 0
                self._layout()

    def on_resize(self) -> None:
        self._layout()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self._page is None or self._restoring or not self._blocks:
            return
        top = round(new_value)
        if self._line_of(self._anchor) != top:
            self._anchor = self._position_at(top)
        self._position_moved()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()

    def selection_updated(self, selection: Selection | None) -> None:
        self._strips.clear()
        self.refresh()

    # ------------------------------------------------------------------
    # Layout: wrapping the page into lines

    @property
    def _text_width(self) -> int:
        """Cells a line can use: the widget less its scrollbar."""
        return self.scrollable_content_region.width

    def _column_width(self) -> int:
        return max(1, min(self.reading_width, self._text_width))

    def _layout(self) -> None:
        """Wrap the page for the current width (if it changed) and put the
        reading position back on the top line."""
        page = self._page
        if page is None or self._text_width <= 0:
            return
        column = self._column_width()
        if column != self._column or not self._blocks:
            self._column = column
            self._wrap(page, column)
            self._highlights_changed()
        # Scrolling that follows from the new layout (a shorter page clamps
        # the offset) must not move the reading position.
        self._restoring = True
        try:
            self.virtual_size = Size(self._text_width, self._height)
            self.scroll_to(y=self._line_of(self._anchor), animate=False, force=True)
        finally:
            self._restoring = False
        self._position_moved()
        self._strips.clear()
        self.refresh()

    def _wrap(self, page: _Page, column: int) -> None:
        texts = [(page.title, "reading-view--title", 0), (page.meta, "reading-view--meta", 1)]
        last = len(page.paragraphs) - 1
        texts.extend((p, "", 0 if i == last else 1) for i, p in enumerate(page.paragraphs))
        blocks: list[_Block] = []
        first_lines: list[int] = []
        height = 0
        for text, component, gap in texts:
            spans = wrap(text, column)
            block = _Block(text, [a for a, _ in spans], [b for _, b in spans], component, gap)
            blocks.append(block)
            first_lines.append(height)
            height += block.height
        self._blocks, self._first_lines, self._height = blocks, first_lines, height
        # Selections are in line coordinates: they mean nothing after a rewrap.
        if self.is_mounted and self.text_selection is not None:
            self.screen.clear_selection()

    # ------------------------------------------------------------------
    # Positions: original offsets <-> page lines

    def _locate(self, line: int) -> tuple[int, int]:
        """(block, line within the block) of a page line."""
        block = max(0, bisect_right(self._first_lines, line) - 1)
        return block, line - self._first_lines[block]

    def _to_page(self, pos: int) -> tuple[int, int]:
        """(block, offset in its displayed text) of an original offset."""
        article, page = self._article, self._page
        assert article is not None and page is not None
        if not article.paragraphs:
            return 0, 0
        starts = article.paragraph_starts
        index = max(0, bisect_right(starts, pos) - 1)
        local = max(0, min(pos - starts[index], len(article.paragraphs[index])))
        return _HEADER + index, page.maps[index](local)

    def _line_of(self, pos: int) -> int:
        """The page line showing original offset ``pos``; the very start
        of the article is the top of the page, title included."""
        if not self._blocks or self._article is None or pos <= 0:
            return 0
        block, offset = self._to_page(pos)
        if block < _HEADER:
            return 0
        starts = self._blocks[block].starts
        return self._first_lines[block] + max(0, bisect_right(starts, offset) - 1)

    def _position_at(self, line: int) -> int:
        """The original offset of the first character on a page line."""
        article, page = self._article, self._page
        if article is None or page is None or not self._blocks:
            return 0
        block, row = self._locate(min(line, self._height - 1))
        if block < _HEADER:
            return 0
        index = block - _HEADER
        starts = article.paragraph_starts
        lines = self._blocks[block]
        if row >= len(lines.starts):
            # The blank line after a paragraph: the next paragraph is next.
            return starts[index + 1] if index + 1 < len(starts) else article.chars
        local = page.maps[index].inverse()(lines.starts[row])
        return starts[index] + min(local, len(article.paragraphs[index]))

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

    # ------------------------------------------------------------------
    # Highlights

    def _nav_spans(self) -> _Spans:
        return self._spans.get(self._nav_kind, _EMPTY) if self._nav_kind else _EMPTY

    def _page_spans(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """A span of original offsets as (block, start, end) in the page,
        one piece per paragraph it covers."""
        article, page = self._article, self._page
        if article is None or page is None or not article.paragraphs:
            return []
        pieces = []
        starts = article.paragraph_starts
        index = max(0, bisect_right(starts, start) - 1)
        while index < len(starts) and starts[index] < end:
            para_start = starts[index]
            a = max(start - para_start, 0)
            b = min(end - para_start, len(article.paragraphs[index]))
            if a < b:
                pieces.append((_HEADER + index, *page.maps[index].span(a, b)))
            index += 1
        return pieces

    def _line_marks(self, block: int, start: int, end: int) -> list[tuple[str, int, int]]:
        """(kind, start, end) of the highlights on a line: the line's text
        span [start, end) maps back to original offsets, and only the spans
        there are mapped into the page, so a line costs its own marks."""
        article, page = self._article, self._page
        if block < _HEADER or not self._spans or article is None or page is None:
            return []
        index = block - _HEADER
        para_start = article.paragraph_starts[index]
        back = page.maps[index].inverse()
        # Inside a phrase whose length changed offsets clamp: look a little
        # wider, then keep exactly what lands on the line.
        low, high = para_start + back(start) - _SLACK, para_start + back(end) + _SLACK
        marks = []
        for kind, spans in self._spans.items():
            for span in spans.overlapping(low, high):
                for piece_block, a, b in self._page_spans(*span):
                    if piece_block == block and a < end and b > start:
                        marks.append((kind, max(a, start) - start, min(b, end) - start))
        return marks

    def _highlights_changed(self) -> None:
        if self._current is not None and self._nav_kind:
            self._current_marks = self._page_spans(*self._spans[self._nav_kind].spans[self._current])
        self._strips.clear()
        self.refresh()

    def _go_to_highlight(self, index: int) -> None:
        spans = self._nav_spans()
        self._current = index
        start, end = spans.spans[index]
        self._current_marks = self._page_spans(start, end)
        line = self._line_of(start)
        height = self.scrollable_content_region.height
        lead = min(_LEAD, max(0, (height - 1) // 3))
        top = round(self.scroll_y)
        if not (top + lead <= line < top + height - lead):
            self.scroll_to(y=max(0, line - lead), animate=False, force=True)
        self._strips.clear()
        self.refresh()
        self.post_message(self.HighlightMoved(self, index, len(spans)))

    # ------------------------------------------------------------------
    # Drawing

    def render_line(self, y: int) -> Strip:
        line = self.scroll_offset.y + y
        selection = self.text_selection
        if selection is None:
            cached = self._strips.get(line)
            if cached is not None:
                return cached
        strip = self._render_page_line(line, selection)
        if selection is None:
            self._strips[line] = strip
        return strip

    def _render_page_line(self, line: int, selection: Selection | None) -> Strip:
        width = self._text_width
        base = self.rich_style
        if line >= self._height or not self._blocks:
            return Strip.blank(width, base)
        block_index, row = self._locate(line)
        block = self._blocks[block_index]
        margin = max(0, (width - self._column) // 2)
        if row >= len(block.starts):
            return Strip([Segment(" " * width, base + _offset(0, line))], width)
        start, end = block.starts[row], block.ends[row]
        text = block.text[start:end]
        style = base
        if block.component:
            style = base + self.get_component_rich_style(block.component, partial=True)
        runs = self._styled_runs(block_index, start, end, line, style, selection)
        segments = [Segment(" " * margin, base + _offset(-margin, line))] if margin else []
        segments.extend(Segment(text[a:b], run_style + _offset(a, line)) for a, b, run_style in runs)
        pad = width - margin - cell_len(text)
        if pad > 0:
            segments.append(Segment(" " * pad, base + _offset(len(text), line)))
        return Strip(segments).crop_extend(0, width, base)

    def _styled_runs(
        self, block: int, start: int, end: int, line: int, style: Style, selection: Selection | None
    ) -> list[tuple[int, int, Style]]:
        """The line cut where its styles change: (start, end, style) with
        offsets relative to the line."""
        layers: list[tuple[int, int, Style]] = []
        for kind, a, b in self._line_marks(block, start, end):
            layers.append((a, b, self.get_component_rich_style(f"reading-view--{kind}", partial=True)))
        current = self.get_component_rich_style("reading-view--current", partial=True)
        for mark_block, a, b in self._current_marks:
            if mark_block == block and a < end and b > start:
                layers.append((max(a, start) - start, min(b, end) - start, current))
        length = end - start
        if selection is not None and (span := selection.get_span(line)) is not None:
            a, b = span
            b = length if b == -1 else b
            a, b = max(0, min(a, length)), max(0, min(b, length))
            if a < b:
                layers.append((a, b, self.screen.get_component_rich_style("screen--selection")))
        if not layers:
            return [(0, length, style)] if length else []
        cuts = sorted({0, length, *(a for a, _, _ in layers), *(b for _, b, _ in layers)})
        runs = []
        for a, b in zip(cuts, cuts[1:]):
            run_style = style
            for la, lb, layer in layers:
                if la <= a and b <= lb:
                    run_style += layer
            runs.append((a, b, run_style))
        return runs

    # ------------------------------------------------------------------
    # Selection

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The selected text, lines of a paragraph joined as they were."""
        if not self._blocks:
            return None
        last = self._height - 1
        start = (0, 0) if selection.start is None else (selection.start.y, selection.start.x)
        end = (last, 1 << 30) if selection.end is None else (selection.end.y, selection.end.x)
        first_block, first_offset = self._text_offset(*start)
        last_block, last_offset = self._text_offset(*end)
        pieces = []
        for index in range(first_block, last_block + 1):
            text = self._blocks[index].text
            a = first_offset if index == first_block else 0
            b = last_offset if index == last_block else len(text)
            pieces.append(text[a:b])
        return "\n".join(pieces), "\n"

    def _text_offset(self, line: int, x: int) -> tuple[int, int]:
        """(block, offset in its text) of a selection point."""
        block_index, row = self._locate(max(0, min(line, self._height - 1)))
        block = self._blocks[block_index]
        if row >= len(block.starts):
            return block_index, len(block.text)
        start, end = block.starts[row], block.ends[row]
        return block_index, start + max(0, min(x, end - start))


def _offset(x: int, y: int) -> Style:
    """Meta that tells Textual's selection which character a cell shows."""
    return Style.from_meta({"offset": (x, y)})


__all__ = ["HIGHLIGHT_KINDS", "MAX_WIDTH", "MIN_WIDTH", "ReadingView"]
