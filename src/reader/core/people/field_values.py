"""A name that is a field's whole value on a line of fields (狮头：蔡文 狮尾：许武):
a roster written as label-colon-value pairs side by side. The tagger reads
the value as a person; the label and its neighbour fields vouch for it where
the shape rules, for a two-character name, would want a second mention."""

from __future__ import annotations

_COLONS = ":："
_GAPS = frozenset(" \t\u3000\n")


def field_value(folded: str, start: int, end: int) -> bool:
    """``folded[start:end]`` fills a field right after a colon, up to a gap or
    the line's end, on a line that holds two fields or more."""
    if start == 0 or folded[start - 1] not in _COLONS:
        return False
    if end < len(folded) and folded[end] not in _GAPS:
        return False
    line_start = folded.rfind("\n", 0, start) + 1
    line_end = folded.find("\n", end)
    line = folded[line_start : line_end if line_end >= 0 else len(folded)]
    return sum(line.count(c) for c in _COLONS) >= 2


__all__ = ["field_value"]
