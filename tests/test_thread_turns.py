"""Cleaning a long text turns often enough for the UI to have the GIL
(reader.core.thread_turns): where the turns are, judged on the source. That
the compiled build calls them is tests/test_compiled.py's."""

from __future__ import annotations

import itertools
import random
import time
from pathlib import Path

import pytest

from reader.core import cleaning, line_fix, line_records, pass_gates, template_keys
from reader.core.cleaning import clean
from reader.core.template_keys import probed_keys

TURNING = (cleaning, line_records, pass_gates, template_keys)
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def long_text(lines: int = 8000) -> str:
    """~600,000 characters: the seeds' lines drawn at random, each made unique."""
    seeds = [line for path in sorted(SEEDS.glob("*.txt")) for line in path.read_text("utf-8").splitlines() if line]
    rng = random.Random(7)
    return "\n".join(f"{rng.choice(seeds)}第{i}次" for i in range(lines))


def _longest_stretch(monkeypatch: pytest.MonkeyPatch, work) -> tuple[float, float, int]:
    """(longest time between two turns, or an end and a turn; the whole time; the turns)."""
    stamps: list[float] = []
    for module in TURNING:
        monkeypatch.setattr(module, "turn", lambda: stamps.append(time.perf_counter()))
    start = time.perf_counter()
    work()
    end = time.perf_counter()
    edges = [start, *stamps, end]
    return max(b - a for a, b in itertools.pairwise(edges)), end - start, len(stamps)


def test_no_stretch_of_cleaning_a_long_text_is_a_large_part_of_it(monkeypatch: pytest.MonkeyPatch) -> None:
    text = long_text()
    clean(text)  # (warmed: the first call compiles what the rules need)
    longest, whole, turns = _longest_stretch(monkeypatch, lambda: clean(text))
    assert turns >= 10
    # Without the turns the one stretch is all of it; with them the longest was 15-20% of it.
    assert longest < 0.4 * whole, (longest, whole)


def test_the_keys_cleaning_looks_up_are_taken_in_two_stretches(monkeypatch: pytest.MonkeyPatch) -> None:
    text = long_text()
    monkeypatch.setattr(line_fix, "_last", None)  # (not the lines cleaning fixed last)
    longest, whole, turns = _longest_stretch(monkeypatch, lambda: probed_keys(text))
    # The lines fixed, then their keys: the longer was ~60% of the whole.
    assert turns == 1 and longest < 0.8 * whole
