"""A letter's sign-off under its last paragraph: the writer's name on a line
of its own, then their title (區穎珊 / 立法會議員). The name alone is a lone
word, which context drops beside the page's junk; the title under it is
longer and stays, and the name stays with it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.line_passes import Line

# A lone word: a line this short beside the page's junk goes with it (line_passes.resolve_short).
LONE_WORD = 3


def signed_name(lines: list[Line], i: int) -> bool:
    """Line ``i`` sits right under a kept paragraph and over a kept short line
    longer than a lone word (the signer's title)."""
    if not 0 < i < len(lines) - 1:
        return False
    above, below = lines[i - 1], lines[i + 1]
    return (
        above.kept and not above.short and below.kept and below.short and len(below.text) > LONE_WORD and not below.meta
    )


__all__ = ["LONE_WORD", "signed_name"]
