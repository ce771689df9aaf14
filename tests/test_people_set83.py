"""People set 83's fix pass (tests/data/people/fresh83): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.folding import fold
from reader.core.people.credits import credited_names


def _names(text: str) -> set[str]:
    return {fold(n) for n in names_in(text)}


def _credited(line: str) -> list[str]:
    return [line[s:e] for s, e in credited_names(line, single_latin=True)]


def test_two_unknown_characters_after_a_staff_job_or_as_a_work_credits_whole_value_name_someone() -> None:
    assert _credited("来源：山城融媒\u3000记者\u3000木然早\u3000通讯员\u3000排双\u3000摄影\u3000勒排丁") == [
        "木然早",
        "排双",
        "勒排丁",
    ]
    assert _credited("责任编辑：何丽\u3000\u3000审核：排腊") == ["何丽", "排腊"]
    assert _credited("文／王明\u3000圖／受訪") == ["王明"]


def test_a_rarer_surname_after_a_role_is_one_where_the_text_calls_the_person_by_it_and_the_role() -> None:
    names = _names("勐海县县长刀明在会上讲话。刀县长说，今年要修三条路。")
    assert fold("刀明") in names, names
    assert fold("刀明") not in _names("勐海县县长刀明在会上讲话。")


def test_a_given_name_the_dictionary_lists_is_read_after_a_kin_word_though_it_holds_a_particle() -> None:
    names = _names("她的儿子张向东从广州赶回，第一次穿上了父亲的旧衣服。")
    assert fold("张向东") in names, names


def test_zi_opening_a_bracket_after_a_name_marks_the_courtesy_name_no_character_of_it() -> None:
    names = _names("據族譜記載，開基祖林大有（字俊卿）於清乾隆年間渡海來臺，族人尊稱俊卿公。")
    assert fold("字俊卿") not in names, names


def test_a_given_name_and_an_elders_address_written_alone_elsewhere_is_not_run_into_the_verb() -> None:
    names = _names("負責灰塑的是泥水師傅許水源，村裡人叫他水源伯。修復期間，水源伯笑說：「我叫水源。」")
    assert fold("水源伯笑") not in names and fold("水源伯") in names, names


def test_a_peoples_name_and_ren_is_its_members_where_the_text_names_the_people_with_zu() -> None:
    text = "县里新建了景颇族博物馆。带队的老人说，两边的景颇人说同一种话、跳同一种舞。"
    names = _names(text)
    assert fold("景颇人") not in names, names


def test_ban_alone_as_cantonese_writes_it_dresses_a_child_as_a_character() -> None:
    names = _names(
        "新興街坊會：郭晴晴（扮花木蘭）、陳樂兒（扮哪吒）、林以諾（扮孫悟空）\n六歲嘅林以諾扮孫悟空，手揸金箍棒。"
    )
    assert fold("孫悟空") not in names and fold("林以諾") in names, names


def test_a_real_name_word_before_a_form_ending_as_a_county_does_gives_a_places_old_name() -> None:
    names = _names("陕北的白雪写子长市——原名安定县，1942年为纪念谢子长改名子长县。")
    assert fold("安定县") not in names and fold("谢子长") in names, names


def test_what_one_becomes_closing_the_clause_is_a_title() -> None:
    names = _names("男子組冠軍由消防員陳卓謙奪得，三度成為包山王；女子組冠軍就係攀石教練黎樂晴。今年包山王係三屆冠軍。")
    assert fold("包山王") not in names and fold("陳卓謙") in names, names
