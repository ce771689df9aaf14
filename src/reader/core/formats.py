"""The file formats a folder's files are read as, by suffix: one table.

Each suffix names its format, the reader that turns a file's bytes into
text (as ``"module:function"``, imported when a file of that format is
first read: the readers bring heavy rules, and walking a folder or a warm
start from the cache needs only this table), and whether its lines count
towards the folder's template lines (a web page's extractor has already
removed its template). A new format (``.epub``, say) is one more entry
here, naming its reader; the walk, the watcher, loading and the skipped
list all follow.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple


# (a named tuple, not a frozen dataclass: making that class took ~1 ms of a
# warm start's way to its first frame)
class Format(NamedTuple):
    name: str
    reader: str
    plain: bool


_TEXT = Format("text", "reader.core.readers:read_text", plain=True)
_MARKDOWN = Format("markdown", "reader.core.readers:read_markdown", plain=True)
_HTML = Format("html", "reader.core.html_reader:read_html", plain=False)
# (a web page saved as one file, its pictures inside: the page part is read as .html is)
_MHTML = Format("mhtml", "reader.core.mhtml_reader:read_mhtml", plain=False)

FORMATS: dict[str, Format] = {
    ".txt": _TEXT,
    ".md": _MARKDOWN,
    ".markdown": _MARKDOWN,
    ".html": _HTML,
    ".htm": _HTML,
    ".mhtml": _MHTML,
    ".mht": _MHTML,
}


def format_of(path: Path) -> str | None:
    """The format of ``path`` by its suffix, or None for one we do not read."""
    found = FORMATS.get(path.suffix.lower())
    return found.name if found is not None else None


def is_plain(path: Path) -> bool:
    found = FORMATS.get(path.suffix.lower())
    return found is not None and found.plain


__all__ = ["FORMATS", "Format", "format_of", "is_plain"]
