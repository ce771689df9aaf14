"""The page's end matter that stands under the article like more of it: the
lines under a Markdown rule that closes it (``closing_rules``) and a box of
the site's sidebar under its numbered sections (``sidebar_boxes``)."""

from __future__ import annotations

from reader.core.closing_rules import mark_after_closing_rule
from reader.core.line_passes import Line
from reader.core.sidebar_boxes import mark_sidebar_boxes


def mark_end_matter(lines: list[Line]) -> None:
    """Mark both, the rule's first (its lines are no box's)."""
    mark_after_closing_rule(lines)
    mark_sidebar_boxes(lines)
