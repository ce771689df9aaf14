"""The rescue passes' gates skip a pass only where it would change nothing:
on every page of the tests, each skipped pass, run anyway, leaves every
line as it was, and the cleaned pages are those of running every pass."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from reader.core import cleaning, line_verdicts, pass_gates, row_tests
from reader.core.decoding import decode
from reader.core.junk_rules import Reason
from reader.core.line_passes import Line
from reader.core.metadata import Hints
from reader.core.resources import seeds_dir

PAGES = Path(__file__).parent / "data" / "pages"


@cache
def _texts() -> tuple[str, ...]:
    paths = [*sorted(PAGES.iterdir()), *sorted(seeds_dir().iterdir(), key=lambda p: p.name)]
    # (and a text of prose alone, where nothing is left to rescue)
    plain = "今天的会议讨论了城市交通的三个问题，代表们各自发表了意见。\n会议决定下个月再开一次，继续讨论停车。"
    return (*(decode(p.read_bytes()) for p in paths if p.name.endswith((".txt", ".md"))), plain)


def _state(lines: list[Line]) -> list[tuple[object, ...]]:
    return [(x.reason, x.meta, x.own_rule, x.weak) for x in lines]


def test_there_are_pages() -> None:
    assert len(_texts()) > 150


def test_a_skipped_rescue_would_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    skipped_somewhere: set[str] = set()

    def checked(lines: list[Line], _: object = None) -> set[object]:
        seen = pass_gates.census(lines)
        for rescue, needs, makes in pass_gates._RESCUES:
            if not seen.isdisjoint(needs):
                if rescue(lines) is True:
                    seen.add(Reason.BETWEEN_BOILERPLATE)
                seen |= makes
                continue
            before = _state(lines)
            rescue(lines)
            assert _state(lines) == before, rescue.__name__
            skipped_somewhere.add(rescue.__name__)
        return seen

    monkeypatch.setattr(cleaning, "run_rescues", checked)
    for text in _texts():
        cleaning.clean(text, hints=Hints(name="page"))
    # (each gate skipped its pass on some page: the check above ran for all)
    assert skipped_somewhere == {rescue.__name__ for rescue, _, _ in pass_gates._RESCUES}


def test_a_row_test_skips_only_a_pass_that_would_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each row rescue whose test no line passes, run anyway, leaves every line as it was; so does each
    pass on the short kept lines whose test no short kept line passes."""
    skipped_somewhere: set[str] = set()

    def checked(
        rescue: pass_gates.Pass,
        needs: frozenset[object],
        test: row_tests.RowTest,
        short: bool = False,
        weak: bool = False,
    ) -> pass_gates.Pass:
        untested = {key for key in needs if not isinstance(key, Reason)}  # (a weak line: the pass runs untested)

        gone = pass_gates.SHORT_GONE in needs  # (a short line gone, not a kept one, is what the pass judges)

        def asked(x: Line) -> bool:
            if weak:
                return x.weak
            return x.short and x.meta is None and (x.reason is not None) is gone if short else x.reason in needs

        def run(lines: list[Line]) -> object:
            if any(asked(x) and test(lines, i) for i, x in enumerate(lines)):
                return rescue(lines)
            if not short and not weak and not pass_gates.census(lines).isdisjoint(untested):
                return rescue(lines)
            before = _state(lines)
            done = rescue(lines)
            assert _state(lines) == before, rescue.__name__
            skipped_somewhere.add(rescue.__name__)
            return done

        return run

    def gated(rescue: pass_gates.Pass, needs: frozenset[object], k: int) -> pass_gates.Pass:
        if test := pass_gates._TESTS[k]:
            return checked(rescue, needs, test)
        if test := pass_gates._SHORT_TESTS[k]:
            return checked(rescue, needs, test, short=True)
        if test := pass_gates._WEAK_TESTS[k]:
            return checked(rescue, needs, test, weak=True)
        return rescue

    rescues = tuple(
        (gated(rescue, needs, k), needs, makes) for k, (rescue, needs, makes) in enumerate(pass_gates._RESCUES)
    )
    monkeypatch.setattr(pass_gates, "_RESCUES", rescues)
    for tests in ("_TESTS", "_SHORT_TESTS", "_WEAK_TESTS"):
        monkeypatch.setattr(pass_gates, tests, (None,) * len(rescues))
    for text in _texts():
        cleaning.clean(text, hints=Hints(name="page"))
    tested = (*row_tests.ROW_TESTS, *row_tests.SHORT_TESTS, *row_tests.WEAK_TESTS)
    assert skipped_somewhere == {rescue.__name__ for rescue in tested}


def test_gated_cleaning_is_ungated_cleaning(monkeypatch: pytest.MonkeyPatch) -> None:
    gated = [cleaning.clean(text, hints=Hints(name="page")) for text in _texts()]
    everything = {
        *Reason,
        pass_gates.SHORT_KEPT,
        pass_gates.SHORT_GONE,
        pass_gates.LOOSE,
        pass_gates.WEAK,
        "byline",
        "editor",
        "credit",
    }
    monkeypatch.setattr(pass_gates, "census", lambda lines: set(everything))
    monkeypatch.setattr(cleaning, "census", lambda lines: set(everything))  # (clean() takes the first itself)
    monkeypatch.setattr(cleaning, "carries", lambda lines, reasons: True)
    monkeypatch.setattr(pass_gates, "_TESTS", (None,) * len(pass_gates._RESCUES))
    monkeypatch.setattr(pass_gates, "_SHORT_TESTS", (None,) * len(pass_gates._RESCUES))
    monkeypatch.setattr(pass_gates, "_WEAK_TESTS", (None,) * len(pass_gates._RESCUES))
    line_verdicts._VERDICTS.clear()
    assert [cleaning.clean(text, hints=Hints(name="page")) for text in _texts()] == gated


def test_census_takes_every_kind_of_mark() -> None:
    def line(text: str, **state: object) -> Line:
        record = Line(text, None, len(text) < 8)
        for key, value in state.items():
            setattr(record, key, value)
        return record

    lines = [
        line("这是正文的一段很长的话，说了很多事情。"),
        line("广告", reason=Reason.PROMOTION, own_rule=True),
        line("小标题"),
        line("取回的行很长很长很长很长", own_rule=True),
        line("提前下载翻译App，让爸妈也能自己点餐", reason=Reason.PROMOTION, weak=True),
    ]
    assert pass_gates.census(lines) == {
        Reason.PROMOTION,
        pass_gates.SHORT_KEPT,
        pass_gates.SHORT_GONE,  # (广告: short, and it goes)
        pass_gates.LOOSE,
        pass_gates.WEAK,
    }
    assert pass_gates.carries(lines, (Reason.PROMOTION,))
    assert not pass_gates.carries(lines, (Reason.COUNTER, Reason.CONTACT))


def test_a_short_line_test_lets_its_pass_act() -> None:
    """rescue_sibling_labels, gated by its short-line test, still takes back a field gone as a widget right
    under a kept field whose label ends alike (no page of the tests has one for the check above to ask)."""

    def line(text: str, reason: Reason | None = None) -> Line:
        record = Line(text, text, len(text) < 30)
        record.reason = reason
        return record

    for reason in (Reason.WIDGET, Reason.PROMOTION):
        lines = [
            line("這是正文的一段很長的話，說了很多事情，也說了很多別的事情，一直說下去。"),
            line("定時導覽：週六、週日 10:30"),
            line("團體導覽：請來電預約", reason),
            line("這是正文的另一段很長的話，說了很多事情，也說了很多別的事情。"),
        ]
        pass_gates.run_rescues(lines)
        assert lines[2].reason is None, reason


def test_a_weak_line_test_lets_its_pass_act() -> None:
    """rescue_announced_items, gated by its weak-line test, still takes back item 1 of a list the body
    announces, gone for a phrase (no page of the tests has one for the check above to ask)."""
    lines = [
        Line("這是正文的一段很長的話，說了很多事情，也說了很多別的事情，一直說下去。", None, False),
        Line("市民可通過以下三種渠道辦理：", None, True),
        Line("1. 下載本署App辦理", None, True, Reason.PROMOTION, weak=True),
        Line("2. 親臨辦事處辦理", None, True),
        Line("3. 郵寄表格辦理", None, True),
        Line("這是正文的另一段很長的話，說了很多事情，也說了很多別的事情。", None, False),
    ]
    pass_gates.run_rescues(lines)
    assert lines[2].reason is None
