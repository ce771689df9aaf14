"""A run of verse: many short lines of a song or a poem, one after another.

Lines of verse are short and alike (a few words each, letters and spaces
only: no digits, no marks of a row, a link or a label) and stand many in a
row, a section mark in brackets between them (【副歌】, （重複副歌）). Each
alone looks like a menu's word, and junk on both sides (a share bar above, a
site's note under) takes a short line with it; a run of them this long and
this even is the text's own body."""

from __future__ import annotations

from contextlib import suppress
from operator import attrgetter
from typing import Final

from reader.core.han import is_han_char
from reader.core.junk_rules import Reason
from reader.core.line_passes import Line

_BOILER: Final = Reason.BETWEEN_BOILERPLATE  # (bound once: Reason.X is a slow lookup)
_REASON: Final = attrgetter("reason")
_VERSE_MIN, _VERSE_MAX = 4, 14  # (letters in a line of verse: a phrase or two, less than a sentence)
_MEAN_MIN: Final = 6  # (letters a line on average: more than a menu's words, 新歌上架, 歌手索引)
_RUN_MIN: Final = 6  # (lines of verse in a run: a related list rarely runs this long unmarked)
_SPREAD: Final = 3  # (the longest line at most this many times the shortest: verse is even)
_OTHER: Final = 1  # (lines of another shape in the run: its head, 歌詞)
_MARKS: Final = (("【", "】"), ("（", "）"), ("(", ")"), ("[", "]"))  # (a section's mark: 【副歌】, （重複副歌）)


def _verse(text: str) -> bool:
    letters = text.replace(" ", "").replace("\u3000", "")
    return _VERSE_MIN <= len(letters) <= _VERSE_MAX and all(map(is_han_char, letters))


def _mark(text: str) -> bool:
    return len(text) <= _VERSE_MAX and any(text[0] == a and text[-1] == b for a, b in _MARKS)


def keep_verse_runs(lines: list[Line]) -> None:
    """Take back a run of lines that went only for their neighbours when at least
    ``_RUN_MIN`` of them are verse, alike in length, the rest section marks but one (its head)."""
    # (the lines that went only for their neighbours: most pages have a few, no run this long; counted in C)
    reasons = list(map(_REASON, lines))
    if reasons.count(_BOILER) < _RUN_MIN:
        return
    taken: list[int] = []
    k = -1
    with suppress(ValueError):  # (the search in C from one to the next: a loop a line taken, not a line)
        while True:
            k = reasons.index(_BOILER, k + 1)
            if not lines[k].own_rule and lines[k].meta is None:
                taken.append(k)
    if len(taken) < _RUN_MIN:
        return
    runs: list[list[int]] = [[taken[0]]]
    for k in taken[1:]:
        if k == runs[-1][-1] + 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in runs:
        if len(run) < _RUN_MIN:
            continue
        texts = [lines[k].text for k in run]
        verse = [len(t.replace(" ", "")) for t in texts if _verse(t)]
        if (
            len(verse) >= _RUN_MIN
            and sum(not (_verse(t) or _mark(t)) for t in texts) <= _OTHER
            and max(verse) <= _SPREAD * min(verse)
            and sum(verse) >= _MEAN_MIN * len(verse)
        ):
            for k in run:
                lines[k].reason = None
