"""People set 81's fix pass (tests/data/people/fresh81): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.folding import fold


def _names(text: str) -> set[str]:
    return {fold(n) for n in names_in(text)}


def test_a_columns_own_names_crowd_it_so_a_one_character_given_name_that_is_a_particle_is_read() -> None:
    names = _names(
        "新赛季名单公布，队长王建国说大家都很期待。\n\n"
        "号码｜姓名｜位置｜进球\n"
        "1｜王建国｜门将｜0\n"
        "2｜李晓东｜后卫｜1\n"
        "4｜陈志强｜中场｜2\n"
        "5｜赵立新｜中场｜0\n"
        "6｜鄂伦｜前锋｜4\n"
        "7｜乌日娜｜后卫｜0\n"
        "8｜敖日格勒｜前锋｜3\n"
        "9｜葛和｜前锋｜1\n"
    )
    assert fold("葛和") in names, names


def test_volunteers_advisers_and_explorers_are_roles_before_a_name() -> None:
    assert fold("金岚") in _names("全程由志愿者金岚翻译。")
    names = _names("教练组：主教练王德胜、技术顾问扬·德弗里斯、队医何秀英")
    assert fold("扬·德弗里斯") in names and fold("顾问扬·德弗里斯") not in names, names
    assert fold("斯坦因") in _names("他从1927年英国探险家斯坦因（Марк Стейн）在敦煌所得讲起。")


def test_a_siblings_shared_generation_character_is_no_word_written_elsewhere() -> None:
    names = _names("他的两个孙子许家明、许家辉也在台上。")
    assert {fold("许家明"), fold("许家辉")} <= names, names


def test_the_tangut_clans_are_compound_surnames() -> None:
    names = _names("本文作者嵬名守全为研究员。记者野利明远报道。")
    assert {fold("嵬名守全"), fold("野利明远")} <= names, names


def test_a_japanese_given_names_ending_then_the_same_character_as_also_is_whole() -> None:
    names = _names("教练中村和也也来到现场。")
    assert fold("中村和也") in names and fold("中村和") not in names, names


def test_the_parts_of_a_cast_lists_dotted_rows_are_characters_and_their_actors_people() -> None:
    names = _names(
        "▍演員表\n王寶釧……林美雲\n薛平貴……陳志明\n代戰公主……李秀英\n王允……張國華\n\n"
        "王寶釧苦守寒窯十八年，林美雲唱得動人。薛平貴由陳志明飾演。"
    )
    assert not {fold("王寶釧"), fold("薛平貴")} & names, names
    assert {fold("林美雲"), fold("陳志明"), fold("張國華")} <= names, names


def test_what_one_brings_something_to_or_goes_back_to_is_a_place() -> None:
    names = _names("回到托扎敏那天，乡亲们迎接。教练把新打法带到了托扎敏。")
    assert fold("托扎敏") not in names, names


def test_a_surname_and_a_titles_word_after_a_role_is_a_full_name_not_an_address() -> None:
    people = names_in("新月队的主教练郑德胜说：“我们尽力了。”中场郑冠军也进了球。")
    assert {fold("郑德胜"), fold("郑冠军")} <= {fold(n) for n in people}, people


def test_a_cantonese_grandmothers_address_is_a_kin_word_before_her_married_name() -> None:
    names = _names("全場大笑。阿嫲陳黃美蘭——村民叫佢「蘭姐」——即刻執返個鑼槌畀佢。")
    assert fold("陳黃美蘭") in names, names


def test_a_form_written_only_inside_a_works_title_with_or_without_its_marks_names_the_work() -> None:
    names = _names("《王小明遊記》是一齣老戲。這是她看過最熱鬧的王小明遊記，台下很多觀眾。")
    assert fold("王小明") not in names, names
