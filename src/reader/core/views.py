"""The ways to read a text: the original, Simplified and Traditional.

Everything about a view is written here, once, on its member: its label in
the status line, its key, its description and the OpenCC configuration that
converts to it. The main screen binds the keys from this table, the cycle
key goes through it in order, conversion reads the configuration, and the
help and the command palette are made from the bindings. A new view (Hong
Kong phrasing, say) is one more member.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING


class View(StrEnum):
    """How the user wants to read a text."""

    label: str
    """The view's name in the status line and the list."""
    key: str
    """The key that switches to this view."""
    description: str
    """What the key does, in the help and the command palette."""
    opencc: str | None
    """The OpenCC configuration that converts to this view; None: as written."""

    if not TYPE_CHECKING:  # type checkers would read View("simplified") as a call to this

        def __new__(cls, value: str, label: str, key: str, description: str, opencc: str | None) -> View:
            member = str.__new__(cls, value)
            member._value_ = value
            member.label, member.key, member.description, member.opencc = label, key, description, opencc
            return member

    # value, label, key, description, OpenCC configuration.
    # Simplified -> Traditional uses Taiwan phrasing (s2twp): 软件 -> 軟體,
    # 博客 -> 部落格 (it changes the length of some phrases; see offsets.py).
    ORIGINAL = "original", "Original", "o", "Original script", None
    SIMPLIFIED = "simplified", "简体", "s", "Simplified (简体)", "t2s"
    TRADITIONAL = "traditional", "繁體", "t", "Traditional (繁體)", "s2twp"

    def next(self) -> View:
        members = list(View)
        return members[(members.index(self) + 1) % len(members)]


# The cycle key's description: original → 简体 → 繁體.
CYCLE_DESCRIPTION = "Cycle the script: " + " → ".join(view.label.lower() for view in View)
