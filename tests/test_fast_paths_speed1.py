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


def _agrees(monkeypatch: pytest.MonkeyPatch, module: object, name: str, full: Callable[..., object]) -> int:
    """Clean every text with ``module.name`` run where it runs and checked
    against ``full`` on a copy of the same lines (and the same further
    arguments); how many calls changed a line (asserting it ran at all)."""
    fast = getattr(module, name)
    acted = calls = 0

    def both(lines: list[Line], *args: object) -> object:
        nonlocal acted, calls
        calls += 1
        twin = copy.deepcopy(lines)
        before = _state(lines)
        want = full(twin, *args)
        got = fast(lines, *args)
        assert _state(lines) == _state(twin), [line.text for line in lines]
        assert got == want
        acted += _state(lines) != before
        return got

    monkeypatch.setattr(module, name, both)
    rescues = tuple(((both if r is fast else r), needs, makes) for r, needs, makes in pass_gates._RESCUES)
    monkeypatch.setattr(pass_gates, "_RESCUES", rescues)
    for key, value in vars(cleaning).items():
        if value is fast:
            monkeypatch.setattr(cleaning, key, both)
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
    from reader.core import sibling_rows
    from reader.core.sibling_rows import rescue_sibling_rows

    _agrees(monkeypatch, sibling_rows, "rescue_sibling_rows", _sibling_rows_full)
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


# pipe_tables: the bars counted once for both walks, and a bar-less line passed over.


def _bare_tables_full(lines: list[Line], _bars: list[int]) -> None:
    from reader.core import pipe_tables as pt

    bars = [pt._bars(line) for line in lines]
    i = 1
    while i < len(lines) - 1:
        j = i
        while j < len(lines) - 1 and bars[j] and bars[j] == bars[i]:
            j += 1
        two = bars[i] < pt._MIN_BARS
        run = j - i
        stayed = sum(line.kept for line in lines[i:j]) if two else run
        named = False
        if (
            run >= pt._MIN_ROWS
            and (lines[i - 1].kept or (named := pt._names_people(lines[i].text, lines[i + 1 : j])))
            and (lines[j].kept or (named and j + 1 < len(lines) and lines[j + 1].kept))
            and (not two or run >= pt._TWO_CELL_ROWS or stayed >= pt._MIN_ROWS)
        ):
            for line in lines[i:j]:
                if not line.meta and not (two and line.kept):
                    line.restore()
            if not lines[i - 1].kept and named:
                pt._keep_head(lines, i - 1)
        i = max(j, i + 1)


def test_bare_tables_shortcut_agrees(monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.core import pipe_tables

    _agrees(monkeypatch, pipe_tables, "_keep_bare_tables", _bare_tables_full)
    menu = Reason.NAVIGATION
    lines = [
        _line("船员名单如下，各岗位的负责人都已经确认到位。", short=False),
        _line("职务 | 姓名 | 国籍", menu),
        _line("大副 | 赫连东 | 中国", menu),
        _line("二副 | 林一舟 | 中国", menu),
        _line("以上人员均已持证上岗，出航前还要完成一次演练。", short=False),
    ]
    twin = copy.deepcopy(lines)
    pipe_tables.keep_pipe_tables(lines)
    _bare_tables_full(twin, [])
    pipe_tables._keep_split_tables(twin, [pipe_tables._bars(line) for line in twin])
    assert all(line.reason is None for line in lines[1:4])
    assert _state(lines) == _state(twin)


# rescue_table_rows: a line that can open no run passed over in one test.


def _table_rows_full(lines: list[Line]) -> None:
    from reader.core.line_passes import LABEL_VALUE, row_cells
    from reader.core.table_rows import _LONG_ROWS, _TABLE_LIKE, _TABLE_ROWS, _rows_on, _table

    i = 0
    while i < len(lines):
        j = i
        while (
            j < len(lines)
            and lines[j].reason in (_TABLE_LIKE if j == i else (*_TABLE_LIKE, None))
            and not lines[j].meta
            and (lines[j].short or lines[j].reason in _LONG_ROWS)
        ):
            j += 1
        if j - i < _TABLE_ROWS:
            i = max(j, i + 1)
            continue
        rows = lines[i:j]
        while len(rows) > _TABLE_ROWS and rows[-1].kept and not _table(rows):
            rows.pop()
            j -= 1
        above = i > 0 and lines[i - 1].kept and (not lines[i - 1].short or (i > 1 and lines[i - 2].kept))
        if len(rows) >= _TABLE_ROWS and above and any(r.bad for r in rows) and _table(rows):
            for row in rows:
                row.restore()
            j = _rows_on(lines, j, len(row_cells(rows[-1].text)))
            if (
                j + 1 < len(lines)
                and lines[j].reason is Reason.CONTACT
                and LABEL_VALUE.match(lines[j].text)
                and not lines[j + 1].bad
            ):
                lines[j].restore()
        i = max(j, i + 1)


def test_table_rows_shortcut_agrees(monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.core import table_rows

    _agrees(monkeypatch, table_rows, "rescue_table_rows", _table_rows_full)
    menu = Reason.NAVIGATION
    lines = [
        _line("医院的门诊安排每周都会更新，请大家按时前往就诊。", short=False),
        _line("门诊时间"),
        _line("星期一　上午 甲　下午 乙", menu),
        _line("星期二　上午 丙　下午 丁", menu),
        _line("星期三　上午 戊　下午 己", menu),
        _line("如有变动，我们会另行通知，请留意医院的公告。", short=False),
    ]
    twin = copy.deepcopy(lines)
    table_rows.rescue_table_rows(lines)
    _table_rows_full(twin)
    assert all(line.reason is None for line in lines[2:5])
    assert _state(lines) == _state(twin)


# rescue_dated_rows: the dated rows found in one sweep, then their runs.


def _dated_rows_full(lines: list[Line]) -> None:
    from reader.core.dated_rows import _DIGITS, _ROWS, _TAKEN, DATED_ROW, _heading

    i, n = 0, len(lines)
    while i < n:
        j = i
        while j < n and lines[j].text[:1] in _DIGITS and lines[j].meta is None and DATED_ROW.match(lines[j].text):
            j += 1
        if j - i < _ROWS:
            i = j + 1
            continue
        run = lines[i:j]
        head = i - 1 if i and _heading(lines[i - 1]) else None
        above = (head if head is not None else i) - 1
        if above >= 0 and lines[above].kept and any(r.reason in _TAKEN for r in run):
            for row in run:
                if row.reason in _TAKEN:
                    row.restore()
            if head is not None and lines[head].reason in _TAKEN:
                lines[head].restore()
        i = j


def test_dated_rows_shortcut_agrees(monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.core import dated_rows

    _agrees(monkeypatch, dated_rows, "rescue_dated_rows", _dated_rows_full)
    menu = Reason.NAVIGATION
    lines = [
        _line("本学期的活动安排已经确定，欢迎同学们踊跃参加。", short=False),
        _line("活动安排", Reason.BETWEEN_BOILERPLATE),
        _line("12月3日（周三）：开幕式", menu),
        _line("12月10日（周三）：讲座", menu),
        _line("12月17日（周三）：闭幕式", menu),
        _line("上一篇：本校举办秋季运动会的新闻报道", menu),
        _line("12月3日（周三）：开幕式", menu),
        _line("12月10日（周三）：讲座", menu),
        _line("12月17日（周三）：闭幕式", menu),
    ]
    twin = copy.deepcopy(lines)
    dated_rows.rescue_dated_rows(lines)
    _dated_rows_full(twin)
    assert all(line.reason is None for line in lines[1:5]) and lines[6].reason is menu
    assert _state(lines) == _state(twin)
