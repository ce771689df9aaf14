"""Where the UI's long gaps come from: a bench-only probe.

With ``BENCH_STALL_TRACE=FILE`` set, bench.first_frame starts :class:`StallTrace`
with its polls: a daemon thread samples every other thread's stack each
millisecond. A thread that sits in one long C call holding the GIL stops the
sampler too, so a gap between two samples longer than ``SAMPLER_GAP`` is
such a call, and the first sample after it shows where it returned (the
line of the call). For each UI gap longer than ``UI_GAP`` the file gets one
JSON line: the gap, the UI thread's own CPU in it, the sampler's long gaps
inside it with the stacks before and after each, and the stacks most often seen in it.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from types import FrameType

UI_GAP = 0.03
SAMPLER_GAP = 0.008
DEPTH = int(os.environ.get("BENCH_STALL_DEPTH", "7"))


def _stack(frame: FrameType | None, depth: int = DEPTH) -> str:
    parts: list[str] = []
    while frame is not None and len(parts) < depth:
        code = frame.f_code
        name = code.co_filename
        for marker in ("/src/", "/site-packages/", "/lib/python3"):
            if marker in name:
                name = name.split(marker, 1)[1]
                break
        parts.append(f"{name}:{frame.f_lineno} {code.co_name}")
        frame = frame.f_back
    return " < ".join(parts)


class StallTrace:
    def __init__(self, path: str) -> None:
        self.path = Path(path)
        # (time, gap before it, stacks, CPU time of each thread)
        self.samples: list[tuple[float, float, dict[str, str], dict[str, float]]] = []
        self.gaps: list[tuple[float, float, float]] = []  # (start, end, UI cpu)
        self.collections: list[tuple[float, float, int, str]] = []  # (start, end, generation, thread)
        self._gc_start: float | None = None
        self._stop = threading.Event()
        self._ui = threading.get_ident()
        self._thread = threading.Thread(target=self._run, name="stall-trace", daemon=True)

    def start(self) -> None:
        import gc

        self._thread.start()
        gc.callbacks.append(self._collected)

    def _collected(self, phase: str, info: dict[str, int]) -> None:
        # Each run of the cycle collector: when, in which thread, how long.
        now = time.monotonic()
        if phase == "start":
            self._gc_start = now
        elif self._gc_start is not None:
            name = "UI" if threading.get_ident() == self._ui else threading.current_thread().name
            self.collections.append((self._gc_start, now, info.get("generation", -1), name))
            self._gc_start = None

    def _run(self) -> None:
        last = time.monotonic()
        me = threading.get_ident()
        names: dict[int | None, str] = {}
        while not self._stop.is_set():
            time.sleep(0.001)
            now = time.monotonic()
            frames = sys._current_frames()
            if len(names) != len(frames):
                names = {t.ident: t.name for t in threading.enumerate()}
            stacks = {
                ("UI" if ident == self._ui else names.get(ident, str(ident))): _stack(frame)
                for ident, frame in frames.items()
                if ident != me
            }
            cpu: dict[str, float] = {}
            for t in threading.enumerate():
                if t.ident is not None and t.ident != me:
                    with contextlib.suppress(OSError):  # (a thread gone meanwhile)
                        clock = time.pthread_getcpuclockid(t.ident)
                        cpu[t.name if t.ident != self._ui else "UI"] = time.clock_gettime(clock)
            self.samples.append((now, now - last, stacks, cpu))
            last = now

    def gap(self, start: float, end: float, cpu: float) -> None:
        if end - start > UI_GAP:
            self.gaps.append((start, end, cpu))

    def write(self) -> None:
        import gc

        self._stop.set()
        self._thread.join(1)
        if self._collected in gc.callbacks:
            gc.callbacks.remove(self._collected)
        with self.path.open("a") as out:
            for start, end, ui_cpu in self.gaps:
                at = [i for i, s in enumerate(self.samples) if start <= s[0] <= end + 0.002]
                inside = [self.samples[i] for i in at]
                long_calls = []
                for i in at:
                    t, g, st, cpu = self.samples[i]
                    if g > SAMPLER_GAP and i > 0:
                        before = self.samples[i - 1][3]
                        used = {k: round((v - before.get(k, v)) * 1000, 1) for k, v in cpu.items()}
                        long_calls.append(
                            {
                                "gap_ms": round(g * 1000, 1),
                                "at_ms": round((t - start) * 1000, 1),
                                "cpu_ms": used,
                                "stacks": {k: v for k, v in st.items() if not k.startswith("textual-")},
                                # (where each thread was at the sample before: where the long call began)
                                "before": {
                                    k: v for k, v in self.samples[i - 1][2].items() if not k.startswith("textual-")
                                },
                            }
                        )
                first = self.samples[max(at[0] - 1, 0)][3] if at else {}
                last = inside[-1][3] if at else {}
                thread_cpu = {k: round((v - first.get(k, v)) * 1000, 1) for k, v in last.items()}
                common = Counter(
                    f"{name}: {stack.split(' < ')[0]}"
                    for _, _, st, _ in inside
                    for name, stack in st.items()
                    if not name.startswith("textual-")
                )
                collected = [
                    {"ms": round((b - a) * 1000, 1), "generation": g, "thread": name}
                    for a, b, g, name in self.collections
                    if a <= end and b >= start and b - a > 0.002
                ]
                record = {
                    "collections": collected,
                    "gap_ms": round((end - start) * 1000, 1),
                    "ui_cpu_ms": round(ui_cpu * 1000, 1),
                    "samples": len(inside),
                    "thread_cpu_ms": thread_cpu,
                    "long_calls": long_calls,
                    "common": common.most_common(12),
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
