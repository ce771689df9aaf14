"""Article text as data: plain Rich ``Text`` that nothing parses as markup.

Titles, names and snippets come from files nobody checked. They are never
passed through markup parsing, and control characters (ANSI escapes, C1
codes) are swapped for visible stand-ins one for one, so offsets into the
text stay valid and nothing reaches the terminal as a command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text
from textual.content import Content, Span
from textual.visual import Visual

if TYPE_CHECKING:
    from textual.css.styles import RulesMap
    from textual.strip import Strip
    from textual.style import Style
    from textual.visual import RenderOptions

from reader.core.linebreak import truncate, wrap

# C0 controls and DEL show as Unicode "control pictures" (ESC -> ␛); C1
# controls as a replacement character. Tab and newline are layout.
_VISIBLE = {code: chr(0x2400 + code) for code in range(0x20) if chr(code) not in "\t\n"}
_VISIBLE[0x7F] = "\u2421"
_VISIBLE.update({code: "\ufffd" for code in range(0x80, 0xA0)})


def printable(text: str) -> str:
    """``text`` with every control character made visible; same length."""
    return text.translate(_VISIBLE)


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


class Indented:
    """A one-paragraph Text wrapped by the reader's own line breaking (never
    inside a word or a number, CJK rules kept) with every line indented, so
    a wrapped line never looks like the start of something new."""

    def __init__(self, text: Text, indent: int) -> None:
        self.text = text
        self.indent = indent

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        room = max(1, options.max_width - self.indent)
        pad = " " * min(self.indent, max(0, options.max_width - 1))
        for start, end in wrap(self.text.plain, room):
            line = Text(pad) + self.text[start:end]
            line.no_wrap = True
            line.overflow = "crop"
            line.end = "\n"
            yield line

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(self.indent + 1, self.indent + self.text.cell_len)
