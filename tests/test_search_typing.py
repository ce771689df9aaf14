"""Walking the search history and the typing delay (pure logic; the keys
themselves are tested in test_search_app)."""

from __future__ import annotations

from reader.ui.search_typing import DEBOUNCE_SECONDS, HistoryWalk, typing_delay


def test_up_recalls_older_and_down_comes_back_to_the_draft() -> None:
    walk = HistoryWalk(["一", "二", "三"])
    assert walk.step(-1, "草稿") == "三"
    assert walk.step(-1, "三") == "二"
    assert walk.step(-1, "二") == "一"
    assert walk.step(-1, "一") is None
    assert walk.why_not() == "This is the oldest search"
    assert walk.step(1, "一") == "二"
    assert walk.step(1, "二") == "三"
    assert walk.step(1, "三") == "草稿"
    assert walk.past_newest(1)


def test_the_box_opening_with_the_newest_skips_it() -> None:
    walk = HistoryWalk(["一", "二"])
    assert walk.step(-1, "二") == "一"


def test_no_history() -> None:
    walk = HistoryWalk([])
    assert walk.step(-1, "") is None
    assert walk.why_not() == "No earlier searches"
    assert walk.past_newest(1)


def test_typed_or_recalled() -> None:
    walk = HistoryWalk(["一", "二"])
    assert walk.typed("新")
    walk.step(-1, "新")
    assert not walk.typed("二")
    assert walk.typed("二x")


def test_only_a_burst_of_typing_waits_and_only_after_slow_searches() -> None:
    assert typing_delay(last_cost=0.01, since_last_key=0.02) == 0.0  # fast engine: never
    assert typing_delay(last_cost=0.3, since_last_key=0.02) == DEBOUNCE_SECONDS  # slow, mid-burst
    assert typing_delay(last_cost=0.3, since_last_key=1.5) == 0.0  # slow, after a pause
