"""The gates before the head rescues after the title skip a rescue only
where it would change nothing: on every page of the tests, each skipped
rescue, run anyway, leaves every line as it was."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from reader.core import cleaning
from reader.core.decoding import decode
from reader.core.line_passes import Line
from reader.core.metadata import Hints
from reader.core.resources import seeds_dir

PAGES = Path(__file__).parent / "data" / "pages"


@cache
def _texts() -> tuple[str, ...]:
    paths = [*sorted(PAGES.iterdir()), *sorted(seeds_dir().iterdir(), key=lambda p: p.name)]
    return tuple(decode(p.read_bytes()) for p in paths if p.name.endswith((".txt", ".md")))


def _state(lines: list[Line]) -> list[tuple[object, ...]]:
    return [(x.reason, x.meta, x.own_rule, x.weak) for x in lines]


def test_a_head_rescue_skipped_would_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """run_head_rescues skips the heading's rescue where the rescues' census holds no line gone between
    boilerplate: there no line carries that reason, and the rescue, run anyway, changes nothing."""
    from reader.core.head_passes import rescue_heading_over_body
    from reader.core.junk_rules import Reason
    from reader.core.title_price import rescue_title_price

    counts = {"skipped": 0, "ran": 0}

    def checked(lines: list[Line], seen: set[object]) -> None:
        if Reason.BETWEEN_BOILERPLATE in seen:  # (run_head_rescues runs it: what it changes is its work)
            rescue_heading_over_body(lines)
            counts["ran"] += 1
        else:
            assert all(line.reason is not Reason.BETWEEN_BOILERPLATE for line in lines)
            before = _state(lines)
            rescue_heading_over_body(lines)  # (run where run_head_rescues skips it: nothing may change)
            assert _state(lines) == before
            counts["skipped"] += 1
        rescue_title_price(lines)

    monkeypatch.setattr(cleaning, "run_head_rescues", checked)
    for text in _texts():
        cleaning.clean(text, hints=Hints(name="page"))
    # (the gate both skipped its pass and let it run on some page: the check above asked both sides)
    assert all(counts.values()), counts


def test_the_gates_in_clean_skip_only_passes_that_would_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """clean() runs ``mark_repeated`` only where some text is twice among the lines, and
    ``mark_after_prev_next`` only where the rescues' census holds a prev/next line: each
    skipped pass, run anyway right where it would have run, leaves every line as it was;
    ``mark_boxes_after_credit`` seeks no editor's credit where the census holds none, and
    then no line states one."""
    from reader.core.junk_rules import Reason
    from reader.core.prev_next_tail import mark_after_prev_next
    from reader.core.recurring_lines import mark_repeated

    counts = {"repeated skipped": 0, "repeated ran": 0, "prev/next skipped": 0, "prev/next ran": 0}
    counts |= {"editors skipped": 0, "editors asked": 0}
    census: list[set[object]] = []
    template, rescues, tail_rows = cleaning.mark_template, cleaning.run_rescues, cleaning.mark_tail_rows
    boxes = cleaning.mark_boxes_after_credit

    def boxes_checked(lines: list[Line], editors: bool = True) -> None:
        # (no editor's credit sought where the census holds none: then no line states one)
        if not editors:
            assert all(line.meta is None or line.meta.kind != "editor" for line in lines)
        counts["editors asked" if editors else "editors skipped"] += 1
        boxes(lines, editors)

    def after_template(lines: list[Line], recurring: object) -> None:
        template(lines, recurring)  # type: ignore[arg-type]
        texts = [line.text for line in lines]
        if len(set(texts)) < len(texts):
            counts["repeated ran"] += 1
            return
        before = _state(lines)
        mark_repeated(lines)
        assert _state(lines) == before
        counts["repeated skipped"] += 1

    def counted(lines: list[Line], seen: set[object] | None = None) -> set[object]:
        census.append(seen := rescues(lines, seen))
        return seen

    def after_tail_rows(lines: list[Line]) -> None:
        tail_rows(lines)
        if Reason.PREV_NEXT in census[-1]:
            counts["prev/next ran"] += 1
            return
        before = _state(lines)
        mark_after_prev_next(lines)  # (where clean() skips it: nothing may change)
        assert _state(lines) == before
        counts["prev/next skipped"] += 1

    monkeypatch.setattr(cleaning, "mark_template", after_template)
    monkeypatch.setattr(cleaning, "run_rescues", counted)
    monkeypatch.setattr(cleaning, "mark_tail_rows", after_tail_rows)
    monkeypatch.setattr(cleaning, "mark_boxes_after_credit", boxes_checked)
    for text in _texts():
        cleaning.clean(text, hints=Hints(name="page"))
    # (each gate both skipped its pass and let it run on some page: the check above asked both sides)
    assert all(counts.values()), counts
