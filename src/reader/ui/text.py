"""Article text as data: plain Rich ``Text`` that nothing parses as markup.

Titles, names and snippets come from files nobody checked. They are never
passed through markup parsing, and control characters (ANSI escapes, C1
codes) are swapped for visible stand-ins one for one, so offsets into the
text stay valid and nothing reaches the terminal as a command.
"""

from __future__ import annotations

from rich.text import Text

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
