"""How the reading view draws a page line: its component classes and their
styles, and the strip for one line of a :class:`~reader.core.page.PageLayout`.

Text is data: strips are built from plain strings with explicit styles, so
``[bold]`` or an ANSI escape in an article shows as itself and never styles,
links or acts.

Selection: each segment carries ``{"offset": (x, y)}`` meta, where y is the
page line and x the character in that line, which is how Textual maps the
mouse to text; the left margin carries a negative x (clamped to the line
start), as does a table row's continuation indent, and the right padding
the line's length (its end).
"""

from __future__ import annotations

from collections.abc import Callable

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.selection import Selection
from textual.strip import Strip

from reader.core.highlights import Highlights
from reader.core.markdown_view import STYLES
from reader.core.page import PageLayout
from reader.core.runs import cut_runs, line_layers

COMPONENT_CLASSES = {
    "reading-view--title",
    "reading-view--meta",
    "reading-view--search",
    "reading-view--person",
    "reading-view--current",
    *(f"reading-view--md-{style}" for style in STYLES),
}

# The component classes' styles, part of the reading view's DEFAULT_CSS.
COMPONENT_CSS = """
    ReadingView > .reading-view--title {
        text-style: bold;
        color: $text-primary;
    }

    ReadingView > .reading-view--meta {
        text-style: dim;
    }

    ReadingView > .reading-view--search {
        background: $warning-muted;
        color: $text-warning;
    }

    ReadingView > .reading-view--person {
        background: $secondary-muted;
        text-style: underline;
    }

    ReadingView > .reading-view--current {
        background: $accent;
        color: $text;
        text-style: bold;
    }

    /* Markdown articles: the markup is gone, its meaning stays. */
    ReadingView > .reading-view--md-heading {
        text-style: bold;
        color: $text-primary;
    }

    ReadingView > .reading-view--md-strong {
        text-style: bold;
    }

    ReadingView > .reading-view--md-emphasis {
        text-style: italic;
    }

    ReadingView > .reading-view--md-struck {
        text-style: strike;
    }

    ReadingView > .reading-view--md-code {
        color: $text-accent;
    }

    ReadingView > .reading-view--md-link {
        text-style: underline;
        color: $text-secondary;
    }

    ReadingView > .reading-view--md-quote {
        text-style: italic;
        color: $text-muted;
    }

    ReadingView > .reading-view--md-rule {
        text-style: dim;
    }
    """


def page_strip(
    layout: PageLayout | None,
    y: int,
    width: int,
    base: Style,
    component: Callable[[str], Style],
    highlights: Highlights,
    selection: Selection | None,
    selection_style: Callable[[], Style],
) -> Strip:
    """Page line ``y`` drawn ``width`` cells wide, the column centred.
    ``component(name)`` is the style of ``reading-view--<name>``."""
    line = layout.line(y) if layout is not None else None
    if layout is None or line is None:
        return Strip.blank(width, base)
    if line.blank:
        return Strip([Segment(" " * width, base + offset_meta(0, y))], width)
    margin = max(0, (width - layout.column) // 2)
    block = layout.blocks[line.block]
    text = block.text[line.start : line.end]
    style = base + component(block.component) if block.component else base
    layers = [(a, b, component(name)) for name, a, b in line_layers(layout, line, highlights)]
    length = line.end - line.start
    if selection is not None and (span := selection.get_span(y)) is not None:
        a, b = span
        b = length if b == -1 else b
        a, b = max(0, min(a, length)), max(0, min(b, length))
        if a < b:
            layers.append((a, b, selection_style()))
    segments = [Segment(" " * margin, base + offset_meta(-margin, y))] if margin else []
    if line.indent:
        # (a table row's continuation under its cell: blank cells of the
        # view's own, before the line's start as the margin is)
        segments.append(Segment(" " * line.indent, base + offset_meta(-line.indent, y)))
    for a, b, covering in cut_runs(length, layers):
        segments.append(Segment(text[a:b], sum(covering, style) + offset_meta(a, y)))
    pad = width - margin - line.indent - cell_len(text)
    if pad > 0:
        segments.append(Segment(" " * pad, base + offset_meta(len(text), y)))
    return Strip(segments).crop_extend(0, width, base)


def offset_meta(x: int, y: int) -> Style:
    """Meta that tells Textual's selection which character a cell shows."""
    return Style.from_meta({"offset": (x, y)})


__all__ = ["COMPONENT_CLASSES", "COMPONENT_CSS", "offset_meta", "page_strip"]
