"""The page's end matter that stands under the article like more of it: the
lines under a Markdown rule that closes it (``closing_rules``) and a box of
the site's sidebar under its numbered sections (``sidebar_boxes``); and one
call of the site's alone at the page's end (``last_calls``)."""

from __future__ import annotations

from reader.core.closing_rules import mark_after_closing_rule
from reader.core.last_calls import mark_last_call
from reader.core.line_passes import Line
from reader.core.sidebar_boxes import mark_sidebar_boxes


def mark_end_matter(lines: list[Line]) -> None:
    """Mark them, the rule's first (its lines are no box's), the call last (the page's
    end is known once the comments and boxes under the article have gone)."""
    mark_after_closing_rule(lines)
    mark_sidebar_boxes(lines)
    mark_last_call(lines)
