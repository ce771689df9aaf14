"""A line the text repeats again and again is the page's furniture.

A PDF converted to text prints its running header at the top (and foot) of
every page; a live blog puts the same share button under every update. An
article says a sentence once; a short line that comes back three times or
more, spread over the text, is printed by the page, not written by the
author. Only lines with words in them count (a divider of dashes is judged
elsewhere), and only lines long enough not to be a section's label: a
translation's 【原文】/【译文】 or a review's 优点 recur in every section and
are the article's own.
"""

from __future__ import annotations

from reader.core.junk_rules import Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import Line, mark_repeats

# A line this many times in one text is furniture.
_TIMES = 3
# Fewer word characters than this: a section's label, which may recur.
_MIN_WORDS = 5
_MARKUP_FIRST = frozenset("`~#|")


def recurring_texts(lines: list[Line]) -> set[str]:
    """The short lines ``lines`` holds three times or more (their texts)."""
    seen: set[str] = set()
    twice: set[str] = set()
    recurring: set[str] = set()
    for line in lines:
        text = line.text
        if not line.short:
            continue
        if text in twice:
            recurring.add(text)
        elif text in seen:
            twice.add(text)
        else:
            seen.add(text)
    return {text for text in recurring if _is_furniture_shaped(text)}


def _is_furniture_shaped(text: str) -> bool:
    # (a sentence said again is the author's; a label of few words may head every section;
    # Markdown's own lines, a code fence, a heading or a table's row, are the text's structure)
    return (
        text[0] not in _MARKUP_FIRST
        and not text.endswith(SENTENCE_END)
        and sum(ch.isalnum() for ch in text) >= _MIN_WORDS
    )


def mark_recurring(lines: list[Line]) -> None:
    """Every copy of a short line the text repeats three times or more goes,
    unless a copy states the page's metadata (a byline kept once)."""
    if len(lines) < _TIMES or not (recurring := recurring_texts(lines)):
        return
    # (only where the article has prose: a text of short lines, a song's refrain, is its own body)
    if not any(not line.short and line.reason is None for line in lines):
        return
    for line in lines:
        if line.text in recurring and line.meta is None and line.reason is None:
            line.reason, line.own_rule = Reason.REPEATED_LINE, True


def mark_repeated(lines: list[Line]) -> None:
    """Lines repeated right after themselves, then lines recurring over the text."""
    mark_repeats(lines)
    mark_recurring(lines)
