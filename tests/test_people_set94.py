"""Rules from the people108 pass over the ninety-fourth people set (tests/data/people/fresh94)."""

from __future__ import annotations

from reader.core.people.extract import find_people


def _names(text: str) -> set[str]:
    return {p.person.name for p in find_people(text)}


def test_a_slash_after_a_role_sets_off_a_whole_value_ending_in_an_adverb() -> None:
    # 都 is an adverb in prose; at a credit's whole value, after 攝影／ and before a space, it ends the name
    assert "陳港都" in _names("文／王雨夜　攝影／陳港都　2026-12-03")


def test_a_work_credits_whole_value_of_three_is_a_name_though_it_ends_in_a_word() -> None:
    # 木 (a Naxi surname) is in no surname list and 光明 is a common word; the credit's frame vouches
    assert "木光明" in _names("（责任编辑：杨丽娟　审核：木光明）")


def test_a_work_credits_office_or_verb_stays_out() -> None:
    found = _names("（责任编辑：杨丽娟　审核：宣传科）") | _names("（编辑：杨丽娟　审核：已通过）")
    assert not {"宣传科", "已通过"} & found
