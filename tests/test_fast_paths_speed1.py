"""Speed set 1: each shortcut a pass takes gives the lines the states the
pass's full walk gives (the code before the shortcut, kept here as the
reference), on every page of the tests and the seeds, and on a short text
of its own where the pass acts."""

from __future__ import annotations

import copy
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from reader.core import cleaning, pass_gates
from reader.core.decoding import decode
from reader.core.junk_rules import ROW_LIKE, Reason
from reader.core.line_passes import Line
from reader.core.resources import seeds_dir

PAGES = Path(__file__).parent / "data" / "pages"


@cache
def _texts() -> tuple[str, ...]:
    paths = [*sorted(PAGES.iterdir()), *sorted(seeds_dir().iterdir(), key=lambda p: p.name)]
    return tuple(decode(p.read_bytes()) for p in paths if p.name.endswith((".txt", ".md")))


def _state(lines: list[Line]) -> list[tuple[object, ...]]:
    return [(x.text, x.folded, x.short, x.reason, x.meta, x.own_rule, x.weak) for x in lines]


def _agrees(
    monkeypatch: pytest.MonkeyPatch, fast: Callable[[list[Line]], object], full: Callable[[list[Line]], object]
) -> int:
    """Clean every text with ``fast`` run where it runs and checked against
    ``full`` on a copy of the same lines; how many calls changed a line
    (asserting it ran at all)."""
    acted = calls = 0

    def both(lines: list[Line]) -> object:
        nonlocal acted, calls
        calls += 1
        twin = copy.deepcopy(lines)
        before = _state(lines)
        want = full(twin)
        got = fast(lines)
        assert _state(lines) == _state(twin), [line.text for line in lines]
        assert got == want
        acted += _state(lines) != before
        return got

    rescues = tuple(((both if r is fast else r), needs, makes) for r, needs, makes in pass_gates._RESCUES)
    monkeypatch.setattr(pass_gates, "_RESCUES", rescues)
    for name, value in vars(cleaning).items():
        if value is fast:
            monkeypatch.setattr(cleaning, name, both)
    for text in _texts():
        cleaning.clean(text)
    assert calls > 0
    return acted


def _line(text: str, reason: Reason | None = None, short: bool = True) -> Line:
    return Line(text, text, short, reason, None, reason is not None)


# rescue_sibling_rows: the heads' frames only once a row sits between two heads alike.


def _sibling_rows_full(lines: list[Line]) -> None:
    from reader.core.sibling_rows import head_frame

    frames = [head_frame(line) for line in lines]
    for i in range(1, len(lines) - 1):
        line, frame = lines[i], frames[i - 1]
        if frame is None or line.reason not in ROW_LIKE or line.meta is not None or frames[i + 1] != frame:
            continue
        if any(frames[j] == frame and lines[j + 1].kept and frames[j + 1] is None for j in range(i - 1)):
            line.restore()


def test_sibling_rows_shortcut_agrees(monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.core.sibling_rows import rescue_sibling_rows

    assert _agrees(monkeypatch, rescue_sibling_rows, _sibling_rows_full) >= 0
    row = next(iter(ROW_LIKE))
    lines = [
        _line("大一班（班主任：王老师）"),
        _line("周一 美术 周二 音乐"),
        _line("大二班（班主任：李老师）"),
        _line("周三 体育 周四 手工", row),
        _line("大三班（班主任：张老师）"),
    ]
    twin = copy.deepcopy(lines)
    rescue_sibling_rows(lines)
    _sibling_rows_full(twin)
    assert lines[3].reason is None and _state(lines) == _state(twin)
