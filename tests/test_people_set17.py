"""People: the rules of the fix pass on held-out people set 17
(tests/data/people/fresh17): each on a text of its own shape, not the set's."""

from __future__ import annotations

from people_support import folded_aliases_in
from reader.core.folding import fold


def test_a_married_name_before_an_address_is_read_whole() -> None:
    # The husband's surname 黄 before the own name 林秀好 (the reading stopped short).
    names = folded_aliases_in("感謝 黃林秀好女士慨捐善款，本會謹致謝忱。")
    assert fold("黃林秀好") in names
    assert fold("林秀好") not in names


def test_a_married_name_in_a_list_is_read_whole() -> None:
    names = folded_aliases_in("曾吳麗華、曾家豪、彭秀英、李阿妹")
    assert fold("曾吳麗華") in names


def test_a_married_name_whose_own_name_was_cut_is_read_whole() -> None:
    # 吴林慧中: the reading stopped at 吴林慧, before 中.
    names = folded_aliases_in("大提琴：吴林慧中（声部首席）、张伟明")
    assert fold("吴林慧中") in names
    assert fold("吴林慧") not in names


def test_all_after_one_titled_person_is_their_given_name() -> None:
    # 全 read as "all" wants many subjects; after one titled person it is the name's.
    names = folded_aliases_in("晚会上，区围棋协会会长高德全为获奖者颁奖。")
    assert fold("高德全") in names
    assert fold("高德") not in names


def test_a_cup_named_after_a_person_is_no_person() -> None:
    # A name never ends in 杯 (a trophy) or 牌 (a brand).
    assert fold("孙武杯") not in folded_aliases_in("她第二次捧起孙武杯。")


def test_a_church_title_after_the_name_is_a_cue() -> None:
    names = folded_aliases_in("本週代禱：王清風長老、陳志明執事、李大衛弟兄。")
    assert {fold("王清風"), fold("李大衛")} <= names


def test_a_gloss_of_kin_after_the_name_is_a_cue() -> None:
    names = folded_aliases_in("紧急联系人：周强（其子）137 0000 1111；何丽（其儿媳）136 0000 2222")
    assert fold("何丽") in names


def test_a_fund_or_a_restaurant_named_after_a_person_is_no_person() -> None:
    assert fold("张世昌") not in folded_aliases_in("所用名琴由张世昌慈善基金借出。")
    assert fold("张三丰") not in folded_aliases_in("鸣谢：江州张三丰酒楼")
    assert fold("王百福") not in folded_aliases_in("该人在胜利路王百福珠宝门店实施盗窃。")


def test_a_widened_married_name_must_stand_alone() -> None:
    # 在 starts the next words, and Latin glued before is no separator.
    assert fold("曹林健在") not in folded_aliases_in("据悉，曹林健在采访中说，项目进展顺利。")
    assert fold("曾李志飛") not in folded_aliases_in("合影智慧the曾李志飛。")
