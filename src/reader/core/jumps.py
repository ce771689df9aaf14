"""Where the reader jumped from, to go back and forward (like vim's ctrl+o).

A place is an article id and an offset into its text. Following a search
hit, a person's mention or another article records where the reader was;
going back returns there and keeps where they were for going forward.
"""

from __future__ import annotations

from dataclasses import dataclass

# Older places are forgotten past this many.
LIMIT = 100


@dataclass(frozen=True, slots=True)
class Place:
    article_id: str
    position: int


class JumpList:
    def __init__(self, limit: int = LIMIT) -> None:
        self.limit = limit
        self._back: list[Place] = []
        self._forward: list[Place] = []

    def __repr__(self) -> str:
        return f"JumpList(back={self._back}, forward={self._forward})"

    @property
    def can_go_back(self) -> bool:
        return bool(self._back)

    @property
    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def record(self, here: Place) -> None:
        """The reader leaves ``here`` for somewhere new: a new branch, so
        the places ahead are dropped (as in a browser)."""
        if self._back and self._back[-1] == here:
            return
        self._back.append(here)
        del self._back[: -self.limit]
        self._forward.clear()

    def back(self, here: Place) -> Place | None:
        """The place to return to from ``here``; ``here`` is kept for forward."""
        if not self._back:
            return None
        self._forward.append(here)
        return self._back.pop()

    def forward(self, here: Place) -> Place | None:
        if not self._forward:
            return None
        self._back.append(here)
        return self._forward.pop()

    def forget(self, article_id: str) -> None:
        """Drop the places in an article that is gone."""
        self._back = [p for p in self._back if p.article_id != article_id]
        self._forward = [p for p in self._forward if p.article_id != article_id]


__all__ = ["LIMIT", "JumpList", "Place"]
