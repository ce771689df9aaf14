"""The three ways to read a text: the original, Simplified and Traditional.

Everything about a view is here, once: its name, its label in the status
line, its key and its description (the main screen binds the keys from this
table and the command palette is made from those bindings).
"""

from __future__ import annotations

from enum import StrEnum


class View(StrEnum):
    """How the user wants to read a text."""

    ORIGINAL = "original"
    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"

    @property
    def label(self) -> str:
        return {"original": "Original", "simplified": "简体", "traditional": "繁體"}[self.value]

    def next(self) -> View:
        members = list(View)
        return members[(members.index(self) + 1) % len(members)]
