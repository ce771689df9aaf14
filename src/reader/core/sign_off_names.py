"""A letter's sign-off under its last paragraph: the writer's name on a line
of its own, then their title (區穎珊 / 立法會議員). The name alone is a lone
word, which context drops beside the page's junk; the title under it is
longer and stays, and the name stays with it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.core.junk_rules import Reason
from reader.core.person_values import han_name_shaped

if TYPE_CHECKING:
    from reader.core.line_passes import Line

# A lone word: a line this short beside the page's junk goes with it (line_passes.resolve_short).
LONE_WORD = 3
# A paragraph closes with a statement; a headline over a thread's poster (…怎么办？ / 楼主) does not.
_CLOSED = ("。", "！", "!")
_SIGN_OFF_MAX = 20
_COUNTER = Reason.COUNTER


def signed_name(lines: list[Line], i: int) -> bool:
    """Line ``i`` is shaped like a name, right under a kept paragraph's close and over a
    kept short line longer than a lone word (the signer's title) that ends the
    text or stands over the page's junk."""
    if not 0 < i < len(lines) - 1 or not han_name_shaped(lines[i].text):
        return False
    above, below = lines[i - 1], lines[i + 1]
    if i + 2 < len(lines) and not lines[i + 2].bad:
        return False  # (more of the body under it: a list's head, 优点 over its items)
    return (
        above.kept
        and not above.short
        and above.text.endswith(_CLOSED)
        and below.kept
        and below.short
        and len(below.text) > LONE_WORD
        and not below.meta
    )


__all__ = ["LONE_WORD", "signed_name"]


# A sign-off with its date: a name, the full date, a word of when (晓岚 2027.9.18 夜).
_DATED_SIGN_OFF = re.compile(r"[\u3400-\u9fff]{2,4} \d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?: ?[\u3400-\u9fff]{1,2})?")


def rescue_dated_sign_off(lines: list[Line]) -> None:
    """A name and a date gone as a counter, in the lower half of the text,
    right under a kept paragraph's close, is the writer signing off, once:
    a comment thread heads every comment so (the shape recurs there)."""
    # (the lines gone as counters first: most texts have none of this shape)
    if not any(line.reason is _COUNTER and _signs_dated(line.text) for line in lines):
        return
    found = [i for i, line in enumerate(lines) if _signs_dated(line.text)]
    if len(found) != 1 or (i := found[0]) * 2 < len(lines) or i == 0:
        return
    line, above = lines[i], lines[i - 1]
    if line.reason is _COUNTER and line.meta is None and above.kept and above.text.endswith(_CLOSED):
        line.restore()


def _signs_dated(text: str) -> bool:
    return len(text) <= _SIGN_OFF_MAX and " " in text and _DATED_SIGN_OFF.fullmatch(text) is not None
