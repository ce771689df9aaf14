"""People set 42's fix pass (tests/data/people/fresh42): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in


def test_a_thanks_before_a_sponsor_list_joined_by_and_names_firms() -> None:
    names = names_in("感謝美心及榮華餅家贊助月餅。亦感謝義工隊長鄺秀蓮女士帶領義工收拾場地。")
    assert "鄺秀蓮" in names
    assert not {"謝美心", "榮華餅", "美心"} & names


def test_a_riddle_answer_is_no_person_the_page_names() -> None:
    text = "謎面：「梁山好漢排第一」（打水滸人物一）——謎底：宋江\n主持人溫志明說，今年謎題較難。"
    names = names_in(text)
    assert "溫志明" in names
    assert "宋江" not in names


def test_an_eating_house_named_after_a_story_hero_is_no_person() -> None:
    assert "孔乙己" not in names_in("2024年11月16日，东江大学东门外孔乙己酒家二楼宴会厅。")


def test_a_dictionary_name_before_a_verb_is_its_subject() -> None:
    assert "张骞" in names_in("李家湾一带是汉代的驿站，当年张骞出使西域很可能经过这里。")


def test_a_city_after_a_preposition_of_place_is_no_famous_name() -> None:
    assert "波恩" not in names_in("我在波恩交换的半年里，韦伯教授每周都和我讨论。")


def test_a_korean_name_glossed_in_hangul_is_a_name() -> None:
    names = names_in("號碼 | 車手 | 國籍\n55 | 金在勳（김재훈） | 韓國\n")
    assert "金在勳" in names
    assert "金浦" not in names_in("航班飞往金浦（김포）机场。")


def test_a_list_runs_on_past_a_persons_bracketed_gloss() -> None:
    names = names_in("最佳外籍參加者：艾美·巴蒂斯塔（Amy Bautista）、吉田陽子\n")
    assert {"艾美·巴蒂斯塔", "吉田陽子"} <= names


def test_a_japanese_given_name_of_three_characters_is_whole() -> None:
    assert "佐藤由香里" in names_in("日本学者佐藤由香里曾在东关做过两年田野调查。")
    # (a particle after a given name of two is the next word: "also")
    assert "高桥雅人" in names_in("日本樱桥航空社长高桥雅人也发来贺电。")
