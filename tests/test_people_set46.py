"""People set 46's fix pass (tests/data/people/fresh46): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.cleaning import clean

# A club's results: grades as short heads, names typed into columns with runs of full-width spaces.
_GRADES = (
    "首頁 > 會務消息 > 考試結果\n"
    "本會春季考試已順利完成，由總教練主考，共有二十名學員應考，十四人合格，成績理想。\n"
    "合格名單如下：\n"
    "甲級\n"
    "　　麥家俊　　冼文軒　　　潘志雄　　歐陽美玲\n"
    "　　方子晴　　馮國強\n"
    "乙級\n"
    "　　葉志明　　　區嘉欣　　Peter Wong 王彼得\n"
    "丙級\n"
    "　　廖美華\n"
    "合格學員的證書將於下月頒發，請各學員留意通告，並按時到秘書處領取。\n"
)


def test_a_roll_typed_into_columns_of_full_width_spaces_stays_in_the_body() -> None:
    body = "\n".join(clean(_GRADES).paragraphs)
    assert "麥家俊" in body and "歐陽美玲" in body


def test_a_rolls_next_rows_under_short_grade_heads_stay_with_it() -> None:
    body = "\n".join(clean(_GRADES).paragraphs)
    assert "區嘉欣" in body and "馮國強" in body


_COUNTED = (
    "今年获得“优秀志愿者”称号的共有五位：\n"
    "　　马志刚　青山　古丽娜·吐尔逊　黄小梅　李陈秀英\n"
    "马志刚在社区服务了十二年，邻居们都很熟悉他，说起他来总是赞不绝口。\n"
)


def test_a_head_counting_its_people_in_han_numerals_vouches_for_a_roll_of_as_many() -> None:
    body = "\n".join(clean(_COUNTED).paragraphs)
    assert "黄小梅" in body


def test_a_role_and_a_country_before_a_dotted_name_stay_out_of_it() -> None:
    text = "評審團成員包括日本的山田花子、泰國評審頌猜·帕尼（Somchai Panee）及國內評審賴宜君。"
    names = names_in(text)
    assert any(n.startswith("頌猜") for n in names), names
    assert not any(n.startswith("泰國") for n in names)


def test_a_dotted_name_written_elsewhere_without_a_head_cuts_that_head() -> None:
    text = "金牌得主瓦旦·達利。\n參展者：花農瓦旦·達利（Watan Dali）\n"
    assert "花農瓦旦·達利" not in names_in(text)


def test_a_zoo_animals_kind_before_a_quoted_name_makes_it_the_animals() -> None:
    text = "饲养员李国强照料的红毛猩猩“武松”今年产下幼崽。李国强说，猩猩武松脾气倔。"
    names = names_in(text)
    assert "武松" not in names and "李国强" in names


def test_a_surname_and_ge_before_a_speech_verb_is_a_nickname_cut_from_the_verb() -> None:
    text = "园里的牛建国（同事都叫他“牛哥”）工作了二十年。牛哥笑称，当年给猩猩起名是因为它力气大。"
    assert "牛哥笑" not in names_in(text)
