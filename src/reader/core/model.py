"""The data every part of the reader shares: articles and skipped files."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from reader.core.script import Script

PARAGRAPH_SEPARATOR = "\n"


@dataclass(frozen=True)
class Article:
    """One cleaned article.

    ``text`` is the body: the cleaned paragraphs joined by a newline. Every
    position in the reader (search hits, person mentions, the reading
    position) is an offset into ``text`` in the original script.
    """

    id: str
    path: Path
    title: str
    paragraphs: tuple[str, ...]
    script: Script
    source: str | None = None
    author: str | None = None
    date: str | None = None
    # Hash of the file's bytes, for caches keyed by content.
    digest: str = field(default="", compare=False)
    # Invalid bytes replaced by U+FFFD when the file was decoded.
    replaced_bytes: int = field(default=0, compare=False)

    @cached_property
    def text(self) -> str:
        return PARAGRAPH_SEPARATOR.join(self.paragraphs)

    @cached_property
    def paragraph_starts(self) -> tuple[int, ...]:
        """Offset in ``text`` where each paragraph begins."""
        starts, pos = [], 0
        for para in self.paragraphs:
            starts.append(pos)
            pos += len(para) + len(PARAGRAPH_SEPARATOR)
        return tuple(starts)

    @property
    def chars(self) -> int:
        return len(self.text)

    @property
    def note(self) -> str | None:
        """What was wrong with the file though it was read (one line), shown
        beside the skipped files; None when nothing was."""
        from reader.core.decoding import replaced_note

        return replaced_note(self.replaced_bytes)


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file that was not loaded, and why, in one line."""

    path: Path
    reason: str
