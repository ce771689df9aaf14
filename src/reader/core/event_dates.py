"""A date the page's markup gives only as an event's.

htmldate (trafilatura's date finder) takes a date from anywhere in a page's
JSON-LD. On an event's page (a film's screenings, a concert, a sale) that
is the event's start or end, which says when the event is, never when the
page was published. Such a date is kept only when a publication key gives
the same day too.
"""

from __future__ import annotations

import re

_EVENT_KEYS = re.compile(
    r"[\"'](?:startDate|endDate|doorTime|validFrom|validThrough)[\"']\s*:\s*[\"'](\d{4}-\d{2}-\d{2})"
)
_PUBLISHED_KEYS = re.compile(
    r"(?:published_time|modified_time|datePublished|dateCreated|dateModified|publishdate|pubdate|publish_date)"
    r"[\"']?[^<>{}]{0,40}?(\d{4}-\d{2}-\d{2})",
    re.IGNORECASE,
)
# (markup sits in the page's head and first scripts)
_SCANNED = 200_000


def publication_date(date: str | None, html: str) -> str | None:
    """``date``, unless the markup gives its day only as an event's."""
    if not date or "Date" not in html:
        return date
    markup = html[:_SCANNED]
    day = date[:10]
    if day not in {m.group(1) for m in _EVENT_KEYS.finditer(markup)}:
        return date
    return date if day in {m.group(1) for m in _PUBLISHED_KEYS.finditer(markup)} else None


__all__ = ["publication_date"]
