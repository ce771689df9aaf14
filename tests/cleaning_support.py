"""What the reader-mode tests ask of ``clean()``: the paragraphs it keeps,
each compared with its spaces taken out (a test's line and the kept one may
differ in the gaps a cleaning step normalises)."""

from __future__ import annotations

from reader.core.cleaning import clean


def same(line: str) -> str:
    """``line`` without its spaces, as the tests compare lines."""
    return "".join(line.split())


def kept_lines(text: str) -> list[str]:
    """The paragraphs ``clean`` keeps of ``text``, in order, spaces taken out."""
    return [same(p) for p in clean(text).paragraphs]


def kept_set(text: str) -> set[str]:
    """The same as a set, for tests that ask only whether a line stayed."""
    return set(kept_lines(text))
