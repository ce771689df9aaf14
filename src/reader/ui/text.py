"""Article text as data: plain Rich ``Text`` that nothing parses as markup.

Titles, names and snippets come from files nobody checked. They are never
passed through markup parsing, and control characters (ANSI escapes, C1
codes) are swapped for visible stand-ins one for one, so offsets into the
text stay valid and nothing reaches the terminal as a command.
"""

from __future__ import annotations

from rich.text import Text

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
