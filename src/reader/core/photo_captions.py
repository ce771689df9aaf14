"""Captions known by the picture they stand under, where the text keeps no
picture line: a web page's markup shows which blocks stand right under one.
"""

from __future__ import annotations

from reader.core.junk_rules import Reason
from reader.core.line_passes import PROSE, Line


def mark_markup_captions(lines: list[Line], captions: frozenset[str]) -> None:
    """A short kept line the page's markup sets as a picture's caption goes."""
    for line in lines:
        if line.kept and len(line.text) < PROSE and " ".join(line.text.split()) in captions:
            line.reason = Reason.CAPTION


__all__ = ["mark_markup_captions"]
