"""People set 44's fix pass (tests/data/people/fresh44): each rule on a text of its own."""

from __future__ import annotations

from people_support import folded_aliases_in, names_in


def test_a_count_of_persons_before_a_colon_vouches_for_as_many_items() -> None:
    names = names_in("救援队分成两组。搜索组三人：方海 白云 高山。他们清晨出发，方海带路。")
    assert {"白云", "高山"} <= names
    # (a count that differs from the items says nothing of them)
    assert "白云" not in names_in("搜索组四人：方海 白云 高山。他们清晨出发，方海带路。")


def test_a_known_name_that_starts_a_things_name_vouches_for_no_list_neighbour() -> None:
    assert "林家祠" not in names_in("上午参观林家祠、孙中山纪念馆。孙中山当年在此读书。")
    assert "林家明" in names_in("上午见到林家明、孙中山。孙中山当年在此读书。")


def test_a_role_labelled_fields_whole_value_on_a_line_of_fields_is_a_person() -> None:
    names = names_in("出行安排\n领队：何志成　随团导游：高明\n集合时间：七点\n")
    assert "高明" in names
    assert "高明" not in names_in("出行安排\n集合地点：高明\n")


def test_a_kinship_word_before_a_name_vouches_for_it_at_one_mention() -> None:
    assert "何顺" in folded_aliases_in("我是何家辉，先父何順（大家都叫他順叔）上月離世。")


def test_a_four_character_reading_before_a_womans_address_is_a_married_name() -> None:
    names = names_in("主办方请来台湾藏家黄林美凤女士，她当场买下一只茶盏。")
    assert "黄林美凤" in names
    assert "林美凤" not in names


def test_a_landmark_named_like_a_found_person_is_a_place() -> None:
    names = names_in("展出作者：程墨、柳青、祝青禾、梁晓峰\n《柳青亭秋色》一组，作者：柳青。作者说和杭州柳青亭无关。\n")
    assert "柳青亭" not in names
    assert "柳青" in names
    assert "陈飞岩" not in names_in("下午下降至陈飞岩下方平台，落差两百米。")
