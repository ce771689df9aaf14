"""Captions known by the photo they stand under, where the text keeps no
picture line: a row of the camera's settings (F1.4　1/500s　ISO 160) is
the photo's, and so is the short line right over it, its caption; and a
web page's markup shows which blocks stand right under a picture.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from reader.core.junk_rules import Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import PROSE, Line

# One setting: an aperture, a shutter speed, a sensitivity, a focal length, an exposure step.
_SETTING = (
    r"(?:f/?\d{1,2}(?:\.\d)?|1/\d{1,5}\s*s?|\d{1,2}(?:\.\d)?\s*s|iso\s*\d{2,6}|\d{1,4}\s*mm|[+-]?\d(?:\.\d)?\s*ev)"
)
_SETTINGS_LEN = 40


@cache
def _settings_row() -> Callable[[str], re.Match[str] | None]:
    """Two settings or more apart by gaps or commas, a shutter speed among them
    (1/500, 1/2s: not a fraction, 1/2). Compiled on a page that names an ISO only."""
    return re.compile(
        rf"(?=.*(?<![\d/])1/(?:\d{{2,5}}|\d\s*s)){_SETTING}(?:[\s,，、|｜·]+{_SETTING})+", re.IGNORECASE
    ).fullmatch


def _settings(line: Line) -> bool:
    t = line.text
    return len(t) <= _SETTINGS_LEN and "1/" in t and _settings_row()(t) is not None


def mark_shot_settings(lines: list[Line]) -> None:
    """A row of a photo's settings goes as its caption, and the kept line
    right over it with it when that is short and one sentence at most. (Asked
    of a text that names an ISO: every such row gives the sensitivity.)"""
    for i, line in enumerate(lines):
        if line.bad or not _settings(line):
            continue
        line.reason = Reason.CAPTION
        if i and (above := lines[i - 1]).kept and len(above.text) < PROSE and _sentences(above.text) <= 1:
            above.reason = Reason.CAPTION


def mark_markup_captions(lines: list[Line], captions: frozenset[str]) -> None:
    """A kept line the page's markup sets as a picture's caption goes (a
    line that is one of the lines of the caption's block is its credit's,
    and goes by its own rules)."""
    for line in lines:
        if line.kept and len(line.text) < PROSE and " ".join(line.text.split()) in captions:
            line.reason = Reason.CAPTION


def _sentences(text: str) -> int:
    return sum(text.count(end) for end in SENTENCE_END)


__all__ = ["mark_markup_captions", "mark_shot_settings"]
