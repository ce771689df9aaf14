"""The eleventh fix pass's signals: a roll of names by department, a name a
list item runs on into the word before it, and a given name the tagger cut
before a lone verb."""

from __future__ import annotations

from people_support import aliases_in


def test_names_after_departments_one_a_line_are_people() -> None:
    text = "年度卓越员工\n研发中心　高山\n销售一部　金铃\n客服中心　付出\n财务部　欧阳晓晨\n"
    assert {"高山", "金铃", "付出", "欧阳晓晨"} <= aliases_in(text)


def test_names_after_labels_that_are_no_units_are_not() -> None:
    text = "本周菜单\n周一早餐　付出\n周二午餐　金铃\n周三晚餐　白露\n"
    assert not {"付出", "金铃"} & aliases_in(text)


def test_a_listed_name_does_not_take_the_word_before_it() -> None:
    names = aliases_in("感谢同门江涛、宋佳、白露，我们一起熬过了无数个夜晚。江涛后来去了北京。")
    assert "门江涛" not in names and "宋佳" in names


def test_a_given_name_the_tagger_cut_before_two_lone_verbs() -> None:
    names = aliases_in("感谢我的父母。爸爸龚德胜开了二十年货车，妈妈在镇上开一家小卖部。")
    assert "龚德胜" in names and "龚德" not in names


def test_the_english_glosses_of_bilingual_headings_are_no_people() -> None:
    text = (
        "實驗室成員 Members\n博士後研究員 Postdoc\nAnjali Sharma 博士（夏瑪）\n"
        "畢業成員 Alumni\n鄭凱文（現職：台積電）\n"
    )
    names = aliases_in(text)
    assert "Anjali Sharma" in names and not {"Postdoc", "Alumni"} & names


def test_one_heading_with_a_latin_word_is_no_gloss_page() -> None:
    assert "Kelvin" in aliases_in("講者介紹\n主持 Kelvin\nKelvin 說今年人多。")


def test_firms_on_a_sponsors_line_are_no_people() -> None:
    text = "金贊助：Octopus 八達通、Wilson Parking\n銀贊助：Kerry Logistics 嘉里物流、Morgan Stanley\n"
    assert not {"Wilson Parking", "Kerry Logistics", "Morgan Stanley"} & aliases_in(text)
