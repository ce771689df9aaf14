"""The headline a page's JSON-LD states ("headline": "…"): the page's own
word on its title, for the reader to weigh against the other marks."""

from __future__ import annotations

import json
import re

# The first "headline" string in the page (a JSON string, escapes and all).
_HEADLINE = re.compile(r'"headline"\s*:\s*("(?:[^"\\]|\\.)*")')


def ld_headline(html: str) -> str | None:
    """The JSON-LD headline, spaces collapsed; None without one."""
    if (m := _HEADLINE.search(html)) is None:
        return None
    try:
        value = json.loads(m.group(1))
    except ValueError:
        return None
    return " ".join(value.split()) if isinstance(value, str) else None


__all__ = ["ld_headline"]
