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


def test_a_word_heading_one_line_before_a_colon_is_a_label_not_a_person() -> None:
    """Probed: three-character words no dictionary lists whole, each an entry's label once."""
    for label in ("高铁站", "钟乳石", "石榴红", "安居乐"):
        text = f"这次的活动分成几个部分，大家可以自由选择。\n{label}：从市区出发约半小时就能到达。\n下午还有别的安排。"
        assert label not in names_in(text), label
        assert label not in names_in(f"{label}：洞内最有名的景观，形状各异。"), label


def test_a_speaker_or_a_persons_entry_heading_a_line_is_still_a_person() -> None:
    assert "王国华" in names_in("王国华：我觉得今年的收成不错。\n主持人：那明年呢？\n")
    assert "王国华" in names_in("王国华：男，1970年生，高级工程师。\n李秀兰：女，1980年生。\n")
    # (in a transcript a panellist answering once, whatever words the name makes, is a speaker)
    for name in ("严明华", "东方明", "金星辰"):
        text = f"主持人：请谈谈今年的市场前景。\n{name}：市场前景很好，需求十分旺盛，明年还会更好。\n"
        assert name in names_in(text), name


def test_a_people_in_brackets_after_a_rare_surnamed_name_vouches_for_it() -> None:
    assert "巴图" in names_in("录音师巴图（蒙古族）在现场收音。")
    assert "乌恩" in names_in("剪辑师乌恩（蒙古族）也来了。")
    assert "福建" not in names_in("《福建（畲族）民歌选》出版了。")
