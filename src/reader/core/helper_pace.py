"""The pace of a cold load's helper process and of the loader
(:mod:`reader.core.cold_pool`), and whether the helper takes the next file
in time: it stops taking files once the loader would reach them sooner."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path


class Pace:
    """The helper's pace and the loader's, in bytes of files a second: the
    loader's from its claims (files named after their places, taken from
    the front), the helper's from its own files."""

    def __init__(self, job: Path, sizes: Sequence[int], given: float) -> None:
        self._job = job
        self._before = [0]  # bytes of the files before each place
        for size in sizes:
            self._before.append(self._before[-1] + max(1, size))
        self._start = given  # when the loader began cleaning
        self._front = 0  # the loader has claimed every file before this place
        self._mine_bytes = 0
        self._mine_s = 0.0

    def done(self, at: int, seconds: float) -> None:
        self._mine_bytes += self._before[at + 1] - self._before[at]
        self._mine_s += seconds

    def in_time(self, at: int) -> bool:
        """Whether the helper, at its pace so far, is done with the file at
        ``at`` sooner than the loader, at its pace, with every file between
        them and that one (:func:`in_time`)."""
        while self._front < at and (self._job / str(self._front)).exists():
            self._front += 1
        loader_s = time.monotonic() - self._start
        return in_time(
            self._before[at + 1] - self._before[at],
            self._before[at] - self._before[self._front],
            (self._mine_bytes, self._mine_s),
            (self._before[self._front], loader_s),
        )


def in_time(size: int, gap: int, mine: tuple[int, float], loader: tuple[int, float]) -> bool:
    """Whether the helper, at its pace (``mine``: bytes cleaned, seconds),
    is done with a file of ``size`` bytes sooner than the loader, at its
    pace (``loader``), would be done with the ``gap`` bytes before it and
    the file itself: else taking it makes the load end later (the loader
    would wait for it), and the helper leaves the rest to the loader. It
    still takes a large file the loader would reach first (it has the gap
    to clean meanwhile). Before either pace is known, the file is taken."""
    if loader[0] <= 0 or loader[1] <= 0 or mine[0] <= 0 or mine[1] <= 0:
        return True
    return size * mine[1] / mine[0] < (gap + size) * loader[1] / loader[0]


__all__ = ["Pace", "in_time"]
