"""clean() turns the cyclic collector off while it runs and leaves it as it found it."""

from __future__ import annotations

import gc

import pytest

from reader.core import cleaning

TEXT = "标题在这里一行\n\n这是正文的第一段，内容很长很长很长很长很长很长很长很长很长。"


def test_the_collector_is_off_while_cleaning_and_on_after(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    real = cleaning.mark_template

    def spy(*args: object) -> None:
        seen.append(gc.isenabled())
        real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(cleaning, "mark_template", spy)
    assert gc.isenabled()
    assert cleaning.clean(TEXT).paragraphs
    assert seen == [False]
    assert gc.isenabled()


def test_a_collector_turned_off_stays_off() -> None:
    gc.disable()
    try:
        cleaning.clean(TEXT)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_comes_back_after_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("a pass failed")

    monkeypatch.setattr(cleaning, "mark_template", broken)
    with pytest.raises(RuntimeError):
        cleaning.clean(TEXT)
    assert gc.isenabled()
