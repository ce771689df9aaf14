"""How much of the machine's cores is free now, from the kernel's CPU time
counters (``/proc/stat``), read twice: at the start of a span and at its end.

The 1-minute load average lags what the cores do now (a launch right after
a busy minute saw no free core; one right after an idle minute saw a free
core while another job had just taken it). The counters say what each core
did over the span itself. Time at a positive nice value counts as free: such
work yields to a process at the usual priority (the people child loads its
model at nice +5).
"""

from __future__ import annotations

import os

PROC_STAT = "/proc/stat"
# Below this many clock ticks over all cores (10 ms each, usually: 0.1 s on
# two cores), a span is too short to tell a core's worth of idle time from
# the ticks' rounding: the caller asks again later, or falls back to the
# load average.
MIN_TICKS = 20


def cpu_ticks(path: str = PROC_STAT) -> tuple[int, int] | None:
    """(free, total) clock ticks of every core since boot, None where the
    counters cannot be read (not Linux)."""
    try:
        with open(path, "rb") as stat:
            line = stat.readline()
    except OSError:
        return None
    fields = line.split()
    if len(fields) < 6 or fields[0] != b"cpu":
        return None
    try:
        # user nice system idle iowait irq softirq steal (guest time is in user)
        ticks = [int(field) for field in fields[1:9]]
    except ValueError:
        return None
    return ticks[1] + ticks[3] + ticks[4], sum(ticks)


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # (not on every platform)
        return os.cpu_count() or 1


def free_cores(since: tuple[int, int] | None, now: tuple[int, int] | None = None) -> float | None:
    """How many of the usable cores were free over the span from ``since``
    (a :func:`cpu_ticks`) to now; None when it cannot be told (no counters,
    or a span too short)."""
    if since is None:
        return None
    now = now if now is not None else cpu_ticks()
    if now is None:
        return None
    total = now[1] - since[1]
    if total < MIN_TICKS:
        return None
    # (the counters sum every online core; this process may use fewer)
    return min(usable_cores(), (os.cpu_count() or 1) * max(0, now[0] - since[0]) / total)


__all__ = ["cpu_ticks", "free_cores", "usable_cores"]
