"""People set 47's fix pass (tests/data/people/fresh47): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.cleaning import clean

# A team sheet: a bar table of people, then a roll labelled by its group's number, names apart by full-width spaces.
_TEAMS = (
    "本届运动会各班接力队员名单如下，请各队员于周五下午到操场集合参加训练。\n"
    "一队（高一年级）\n"
    "组别｜第一棒｜第二棒｜第三棒\n"
    "1组｜赵明轩｜钱伟成｜孙浩然\n"
    "2组｜李志刚｜周文博｜吴海峰\n"
    "二队（高二年级）\n"
    "3组：郑晓燕　王丽　冯思琪　陈静\n"
    "训练期间请注意安全，如有伤病请提前向班主任请假，由替补队员顶上。\n"
)


def test_a_roll_labelled_by_its_number_stays_in_the_body() -> None:
    body = "\n".join(clean(_TEAMS).paragraphs)
    assert "冯思琪" in body and "王丽" in body


def test_a_table_of_people_over_a_section_head_and_a_labelled_roll_stays() -> None:
    body = "\n".join(clean(_TEAMS).paragraphs)
    assert "赵明轩" in body and "吴海峰" in body


def test_a_cantonese_said_after_a_kin_address_before_a_comma_is_no_part_of_it() -> None:
    text = "茶樓由老闆尉遲永泰（泰叔）主理。泰叔話，聽老一輩講，以前條街好熱鬧。"
    names = names_in(text)
    assert "泰叔話" not in names, names


def test_a_cantonese_said_after_surname_and_sang_mr_is_no_part_of_it() -> None:
    text = "一班雀籠阿伯朝早六點已經排隊，其中陳生話：「冇咗呢度，隻鳥都唔知去邊度唱歌。」"
    names = names_in(text)
    assert "陳生話" not in names, names


def test_a_compound_surnames_given_word_before_a_bracket_is_the_names() -> None:
    text = "由自治會會長皇甫正義（大家都叫他伯伯）主持，司儀為陳嘉欣。"
    names = names_in(text)
    assert "皇甫正義" in names, names


def test_words_set_apart_by_full_width_spaces_with_a_found_person_are_names() -> None:
    text = "评审组由镇文化站站长邓志华带队，组员　邓志华　白云　方圆　参与打分。\n"
    names = names_in(text)
    assert {"白云", "方圆"} <= names, names
