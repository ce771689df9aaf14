"""Article text as data: plain Rich ``Text`` that nothing parses as markup.

Titles, names and snippets come from files nobody checked. They are never
passed through markup parsing, and control characters (ANSI escapes, C1
codes) are swapped for visible stand-ins one for one, so offsets into the
text stay valid and nothing reaches the terminal as a command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.text import Text
from textual.content import Content, Span
from textual.visual import Visual

if TYPE_CHECKING:
    from textual.css.styles import RulesMap
    from textual.strip import Strip
    from textual.style import Style
    from textual.visual import RenderOptions

from reader.core.linebreak import truncate, wrap
from reader.core.sanitize import visible


def printable(text: str) -> str:
    """``text`` with every control character made visible; same length
    (see :func:`reader.core.sanitize.visible`)."""
    return visible(text)


def plain(text: str, style: str = "") -> Text:
    """A Rich Text of ``text``, never parsed as markup."""
    return Text(printable(text), style=style, no_wrap=False)


def one_line(text: str) -> str:
    """``text`` squeezed onto one line, for list rows and titles."""
    return " ".join(printable(text).split())


class Fitted(Visual):
    """A Text shown one row per line, each cut to the width with the ellipsis
    right after the last character that fits. (Textual pads a wide character
    that straddles the edge with a space before its ellipsis: "理想主义 …".)
    A Textual visual: as cheap to draw as the Text itself."""

    def __init__(self, text: Text) -> None:
        self.text = text
        self._content = Content.from_rich_text(text)
        self._fitted: tuple[int, Content] | None = None

    def _at(self, width: int) -> Content:
        if self._fitted is not None and self._fitted[0] == width:
            return self._fitted[1]
        lines = []
        for line in self._content.split("\n", allow_blank=True):
            if line.cell_length > width > 0:
                keep = len(truncate(line.plain, width)) - 1
                # The ellipsis in the style of the character it follows.
                last = line[keep - 1 : keep] if keep else Content("")
                ellipsis = Content("…", [Span(0, 1, span.style) for span in last.spans])
                line = line[:keep] + ellipsis
            lines.append(line)
        fitted = Content("\n").join(lines)
        self._fitted = (width, fitted)
        return fitted

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        return self._at(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self._content.get_optimal_width(rules, container_width)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self._at(width).get_height(rules, width)


class Indented(Visual):
    """A one-paragraph Text wrapped by the reader's own line breaking (never
    inside a word or a number, CJK rules kept) with every line indented, so
    a wrapped line never looks like the start of something new."""

    def __init__(self, text: Text, indent: int) -> None:
        self.text = text
        self.indent = indent
        self._content = Content.from_rich_text(text)
        self._wrapped: tuple[int, Content] | None = None

    def _at(self, width: int) -> Content:
        if self._wrapped is not None and self._wrapped[0] == width:
            return self._wrapped[1]
        indent = min(self.indent, max(0, width - 1))
        pad = Content(" " * indent)
        content = self._content
        lines = [pad + content[start:end] for start, end in wrap(content.plain, max(1, width - indent))]
        wrapped = Content("\n").join(lines)
        self._wrapped = (width, wrapped)
        return wrapped

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        return self._at(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.indent + self._content.cell_length

    def get_height(self, rules: RulesMap, width: int) -> int:
        return len(self._at(width).plain.split("\n"))


class Stacked(Visual):
    """Visuals one under the other (a list row of several parts)."""

    def __init__(self, parts: list[Visual]) -> None:
        self.parts = parts

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        strips: list[Strip] = []
        for part in self.parts:
            strips.extend(part.render_strips(width, None, style, options))
        return strips[:height] if height is not None else strips

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max((part.get_optimal_width(rules, container_width) for part in self.parts), default=0)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return sum(part.get_height(rules, width) for part in self.parts)


class Beside(Visual):
    """A main Text with a short aside (an id and a count, a mention count):
    on one line when both fit; else the main wrapped by the reader's line
    breaking and the aside whole on the lines under it, indented, so that
    neither is ever cut inside a word ("in the title / too")."""

    def __init__(self, main: Text, aside: Text, *, gap: int = 2, indent: int = 2) -> None:
        self.main, self.aside = main, aside
        self._line = Content.from_rich_text(Text.assemble(main, (" " * gap, aside.style), aside))
        self._apart = (Indented(main, 0), Indented(aside, indent))

    def _fits(self, width: int) -> bool:
        return self._line.cell_length <= width

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        if self._fits(width):
            return self._line.render_strips(width, height, style, options)
        return Stacked(list(self._apart)).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self._line.cell_length

    def get_height(self, rules: RulesMap, width: int) -> int:
        if self._fits(width):
            return 1
        return sum(part.get_height(rules, width) for part in self._apart)


class Joined(Visual):
    """Short items (a person's aliases) joined by ``sep`` on indented lines
    that break only between items; an item wider than a line is wrapped
    alone, so no name is cut while a whole one still fits."""

    def __init__(self, items: list[str], indent: int, *, sep: str = " · ", style: str = "") -> None:
        self.items, self.indent, self.sep, self.style = items, indent, sep, style
        self._wrapped: tuple[int, Content] | None = None

    def _at(self, width: int) -> Content:
        if self._wrapped is not None and self._wrapped[0] == width:
            return self._wrapped[1]
        room = max(1, width - self.indent)
        lines: list[str] = []
        for item in self.items:
            joined = f"{lines[-1]}{self.sep}{item}" if lines else item
            if lines and cell_len(joined) <= room:
                lines[-1] = joined
            elif cell_len(item) <= room:
                lines.append(item)
            else:
                lines.extend(item[start:end] for start, end in wrap(item, room))
        pad = " " * min(self.indent, max(0, width - 1))
        wrapped = Content("\n").join(Content.styled(pad + line, self.style) for line in lines)
        self._wrapped = (width, wrapped)
        return wrapped

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        return self._at(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.indent + cell_len(self.sep.join(self.items))

    def get_height(self, rules: RulesMap, width: int) -> int:
        return len(self._at(width).plain.split("\n"))
