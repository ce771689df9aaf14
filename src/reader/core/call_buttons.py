"""A button the text copy kept as a field: a short label, a colon and a
call to act with nothing to act on (上门预约：点击拨打, the number was the
link's). ``reader.core.cleaning`` runs it over the body's last lines.
"""

from __future__ import annotations

from reader.core.junk_rules import Reason
from reader.core.line_passes import Line
from reader.core.title_shapes import ACTION

# A label this long before the colon, a call this long after it.
_LABEL = (2, 6)
_CALL = 4
_DIGITS = "0123456789０１２３４５６７８９"


def _call_field(text: str) -> bool:
    colon = text.find("：")
    if not _LABEL[0] <= colon <= _LABEL[1]:
        return False
    value = text[colon + 1 :].strip()
    # (no number, no address: what the call would reach is not in the text)
    return 0 < len(value) <= _CALL and ACTION.match(value) is not None and not any(c in _DIGITS for c in text)


def mark_call_buttons(lines: list[Line]) -> None:
    """A kept call field right over a junk line, under the body's last kept
    line: the page's button, not a step of the article's instructions (a
    step has further steps under it)."""
    for i in range(1, len(lines) - 1):
        line = lines[i]
        if line.kept and lines[i + 1].bad and lines[i - 1].kept and _call_field(line.text):
            line.reason = Reason.WIDGET


__all__ = ["mark_call_buttons"]
