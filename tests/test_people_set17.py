"""People: the rules of the fix pass on held-out people set 17
(tests/data/people/fresh17): each on a text of its own shape, not the set's."""

from __future__ import annotations

from reader.core.folding import fold
from reader.core.people import find_people


def _names(text: str) -> set[str]:
    return {fold(a) for p in find_people(text) for a in p.person.aliases}


def test_a_married_name_before_an_address_is_read_whole() -> None:
    # The husband's surname 黄 before the own name 林秀好 (the reading stopped short).
    names = _names("感謝 黃林秀好女士慨捐善款，本會謹致謝忱。")
    assert fold("黃林秀好") in names
    assert fold("林秀好") not in names


def test_a_married_name_in_a_list_is_read_whole() -> None:
    names = _names("曾吳麗華、曾家豪、彭秀英、李阿妹")
    assert fold("曾吳麗華") in names


def test_a_married_name_whose_own_name_was_cut_is_read_whole() -> None:
    # 吴林慧中: the reading stopped at 吴林慧, before 中.
    names = _names("大提琴：吴林慧中（声部首席）、张伟明")
    assert fold("吴林慧中") in names
    assert fold("吴林慧") not in names


def test_all_after_one_titled_person_is_their_given_name() -> None:
    # 全 read as "all" wants many subjects; after one titled person it is the name's.
    names = _names("晚会上，区围棋协会会长高德全为获奖者颁奖。")
    assert fold("高德全") in names
    assert fold("高德") not in names
