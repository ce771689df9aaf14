"""The file formats a folder's files are read as, by suffix: one table.

The readers themselves are in :mod:`reader.core.readers` (heavy: they bring
the metadata rules); this table is light, so walking a folder and a warm
start from the cache need nothing else.
"""

from __future__ import annotations

from pathlib import Path

FORMATS: dict[str, str] = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
# Formats whose lines count towards the folder's template lines (a web
# page's extractor has already removed its template).
PLAIN_FORMATS = frozenset({"text", "markdown"})


def format_of(path: Path) -> str | None:
    """The format of ``path`` by its suffix, or None for one we do not read."""
    return FORMATS.get(path.suffix.lower())


def is_plain(path: Path) -> bool:
    return format_of(path) in PLAIN_FORMATS


__all__ = ["FORMATS", "PLAIN_FORMATS", "format_of", "is_plain"]
