"""A letter's sign-off under its last paragraph: the writer's name on a line
of its own, then their title (區穎珊 / 立法會議員). The name alone is a lone
word, which context drops beside the page's junk; the title under it is
longer and stays, and the name stays with it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.person_values import han_name_shaped

if TYPE_CHECKING:
    from reader.core.line_passes import Line

# A lone word: a line this short beside the page's junk goes with it (line_passes.resolve_short).
LONE_WORD = 3
# A paragraph closes with a statement; a headline over a thread's poster (…怎么办？ / 楼主) does not.
_CLOSED = ("。", "！", "!")


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
