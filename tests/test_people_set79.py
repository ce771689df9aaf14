"""People set 79's fix pass (tests/data/people/fresh79): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.folding import fold


def _names(text: str) -> set[str]:
    return {fold(n) for n in names_in(text)}


def test_a_peoples_name_with_yu_is_its_language_not_a_person() -> None:
    names = _names(
        "魯凱族的頭飾有嚴格的階級。負責評議的召集人唐文德透露，今年有十六人被提名。"
        "「要看一個人很多年。」唐長老說，評議過程全部用魯凱語進行，外人不能旁聽。"
    )
    assert fold("魯凱語") not in names, names
    assert fold("唐文德") in names, names


def test_a_list_full_of_people_vouches_for_a_surname_and_a_route_and_a_rare_surname() -> None:
    names = _names("签到表上写着：黄志明、李春兰、韦国强、陆路、蓝秀英、盘玉兰、赵德才、覃海燕。大家吃完饭又上路了。")
    assert fold("陆路") in names, names
    assert fold("盘玉兰") in names, names


def test_a_photographers_credit_names_a_person_ending_as_a_road_does() -> None:
    names = _names("本报记者 韦小川　通讯员 黄晓晴　摄影 陆桥\n春运期间，返乡的摩托车队一路向西。")
    assert fold("陆桥") in names, names


def test_an_editors_whole_field_spells_a_name_by_sound_with_a_particle_inside() -> None:
    names = _names("鹰队在比赛中夺冠，牧民们欢呼起来。\n（摄影：王建军　编辑：吐尔也提　审核：周立国）")
    assert fold("吐尔也提") in names, names


def test_a_credited_dotted_name_with_no_surname_after_the_dot_is_one_name() -> None:
    from reader.core.people.credits import credited_names

    line = "2025-10-02 09:15　来源：县融媒体中心　记者 古丽扎·吐尔洪　通讯员 李春雷"
    assert [line[s:e] for s, e in credited_names(line)] == ["古丽扎·吐尔洪", "李春雷"]


def test_japanese_scholars_of_the_colonial_era_are_read_whole_in_a_list() -> None:
    names = _names("泰雅族的紋面很早就受到學界注意。日治時期的人類學者森丑之助、鹿野忠雄都曾到山上調查。")
    assert fold("森丑之助") in names, names
    assert fold("鹿野忠雄") in names, names


def test_three_characters_inside_a_word_said_twice_are_no_name() -> None:
    names = _names("「添丁添丁，今年一定旺。」爸爸鄧志明抱住個仔，笑到見牙唔見眼。")
    assert fold("丁添丁") not in names, names
    assert fold("鄧志明") in names, names


def test_a_form_ending_in_niao_is_a_bird_not_a_person() -> None:
    names = _names("黎族阿婆纹面的原因有不同的传说，也有人说与甘工鸟的故事有关。王玉梅阿婆只说了一句话。")
    assert fold("甘工鸟") not in names, names
    assert fold("王玉梅") in names, names
