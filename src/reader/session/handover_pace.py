"""How often the loader hands a batch of files or people to the UI thread.

Each hand-over is a turn of the UI thread: the library takes the batch in,
the screens are told, the list grows and is painted. The first batches go
out quickly (the first article and a screenful of titles, the open
article's people); after them a turn every quarter second keeps the list
visibly growing at a fraction of the UI thread's time (at 0.05 s, the 2,000
bench articles were ~60 hand-overs on a cold load, each redrawing the list).
"""

from __future__ import annotations

from time import monotonic

# The first QUICK_BATCHES batches: at most this often.
BATCH_SECONDS = 0.05
QUICK_BATCHES = 2
# Every later batch: at most this often.
PACED_SECONDS = 0.25


class Pace:
    """When the next batch is due: :meth:`due`, then :meth:`handed` once it
    is handed over."""

    __slots__ = ("_handed", "_last")

    def __init__(self) -> None:
        self._last = monotonic()
        self._handed = 0

    def due(self) -> bool:
        wait = BATCH_SECONDS if self._handed < QUICK_BATCHES else PACED_SECONDS
        return monotonic() - self._last >= wait

    def handed(self) -> None:
        self._handed += 1
        self._last = monotonic()


__all__ = ["BATCH_SECONDS", "PACED_SECONDS", "QUICK_BATCHES", "Pace"]
