"""The three ways to read a text: the original, Simplified and Traditional.

Everything about a view is written here, once: its label in the status line,
its key and its description. The main screen binds the keys from this table,
and the help and the command palette are made from those bindings.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple


class _Facts(NamedTuple):
    label: str
    key: str
    description: str


class View(StrEnum):
    """How the user wants to read a text."""

    ORIGINAL = "original"
    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"

    @property
    def label(self) -> str:
        """The view's name in the status line and the list."""
        return _FACTS[self].label

    @property
    def key(self) -> str:
        """The key that switches to this view."""
        return _FACTS[self].key

    @property
    def description(self) -> str:
        """What the key does, in the help and the command palette."""
        return _FACTS[self].description

    def next(self) -> View:
        members = list(View)
        return members[(members.index(self) + 1) % len(members)]


_FACTS = {
    View.ORIGINAL: _Facts("Original", "o", "Original script"),
    View.SIMPLIFIED: _Facts("简体", "s", "Simplified (简体)"),
    View.TRADITIONAL: _Facts("繁體", "t", "Traditional (繁體)"),
}

# The cycle key's description: original → 简体 → 繁體.
CYCLE_DESCRIPTION = "Cycle the script: " + " → ".join(view.label.lower() for view in View)
