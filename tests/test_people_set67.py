"""People set 67's fix pass (tests/data/people/fresh67): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.people.credits import credited_names


def test_a_famous_name_before_a_word_the_tagger_reads_apart_is_a_person() -> None:
    assert "鲁迅" in names_in("书里的人物，不少来自鲁迅笔下的绍兴乡间。")
    assert "玄奘" in names_in("老师常给学生讲班超出使西域、玄奘西行取经的故事。")


def test_a_famous_name_before_a_noun_it_names_is_no_person() -> None:
    assert "张飞" not in names_in("柜台上还摆着一袋张飞牛肉，是老板从四川带回来的。")


def test_a_three_character_name_the_tagger_cuts_short_of_its_dictionary_word_is_whole() -> None:
    assert "王羲之" in names_in("绍兴人爱茶的故事可以追溯到王羲之兰亭雅集的“曲水流觞”。")


def test_the_character_under_a_writers_pen_is_no_person() -> None:
    names = names_in("更多人对酒的印象，来自施耐庵笔下景阳冈酒店里的武松。")
    assert "施耐庵" in names and "武松" not in names


def test_that_generation_after_an_address_is_no_name() -> None:
    assert "那辈人" not in names_in("“李师傅那辈人都会打铁，现在年轻人没人学了。”")


def _credited(line: str) -> list[str]:
    return [line[a:b] for a, b in credited_names(line)]


def test_a_byline_names_a_time_word_after_a_correspondent_once_a_name_was_found() -> None:
    assert _credited("记者 林小溪\u3000通讯员 周末") == ["林小溪", "周末"]


def test_a_credit_line_names_a_reviewer_whose_name_is_a_word_once_a_name_was_found() -> None:
    assert _credited("编辑：韩雪\u3000审核：高原") == ["韩雪", "高原"]
    assert _credited("编辑：韩雪\u3000来源：新华") == ["韩雪"]
