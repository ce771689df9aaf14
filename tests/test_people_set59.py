"""People set 59's fix pass (tests/data/people/fresh59) and four false hits from a
walkthrough: each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.folding import fold
from reader.core.people.place_context import places_named
from reader.core.people.rolls import listed_people
from reader.core.people.tagged import tagged_names
from reader.core.people.tails import things_dropped
from reader.core.people.texts import Proposal, Texts
from reader.core.people.thing_columns import things_in_columns


def test_a_measure_word_after_a_rates_slash_joined_by_a_dot_is_no_name() -> None:
    text = "小区今年的物业费调整为每月3.20元/平方米·月，停车费不变。"
    assert not any("米" in n for n in names_in(text))


def test_a_classifier_surname_after_a_numeral_or_a_demonstrative_counts_a_thing() -> None:
    folded = fold("阿婆叫孫仔搬三張木櫈出嚟，又話這張木櫈係佢老公親手整嘅。")
    at = [i for i in range(len(folded)) if folded.startswith("张木", i)]
    proposals = [Proposal(s, s + 3, folded[s : s + 3], False) for s in at]
    assert things_dropped(proposals, folded) == []


def test_a_classifier_rule_leaves_a_surname_after_other_characters() -> None:
    text = "记者见到张德明时，他正在修一张旧桌子。张德明说，这是父亲留下的。"
    assert "张德明" in names_in(text)


def test_yu_after_a_verb_of_writing_is_the_preposition() -> None:
    assert not any(n.startswith("于") for n in names_in("阿明 记于怡保"))


def test_an_odd_cell_in_a_column_of_time_words_is_no_name() -> None:
    text = "图书馆义工排班如下：\n周二　上午　陈志强\n周四　晚上　林美玲\n周六　全天　黄国华\n欢迎更多街坊报名。"
    names = names_in(text)
    assert {"陈志强", "林美玲", "黄国华"} <= names
    assert "全天" not in names


def test_a_latin_word_with_a_number_repeated_down_a_column_is_a_models_name() -> None:
    folded = fold(
        "本届滑翔伞定点赛成绩如下：\n"
        "名次｜选手｜伞型｜得分\n"
        "1｜罗海峰｜Ozone 5｜980\n"
        "2｜蒋丽华｜Ozone 5｜955\n"
        "3｜梁子健｜Nova 4｜910\n"
        "罗海峰说，今天的风很稳。"
    )
    forms = {"罗海峰", "蒋丽华", "梁子健", "Ozone", "Nova"}
    assert things_in_columns(folded, forms) == {"Ozone"}  # (Nova once: nothing says it is a model)


def test_a_compound_surname_read_alone_takes_the_given_name_after_it() -> None:
    t = Texts.of("大会的赛事总监司徒凌峰说，明天照常起飞。")
    start = t.folded.index("司徒")
    forms = {p.form for p in tagged_names(t, [(start, start + 2), (start + 2, start + 4)])}
    assert "司徒凌峰" in forms
    assert "凌峰" not in forms


def test_a_place_after_a_romanized_name_in_a_persons_gloss_is_no_person() -> None:
    folded = fold("客座評審湯加·陶菲（Tonga Taufi，斐濟）說，斐濟評審很少來台灣。")
    assert places_named(folded, {"斐济", "汤加·陶菲"}) == {"斐济"}


def test_a_name_columns_cell_a_found_name_stops_one_short_of_is_the_whole_name() -> None:
    text = (
        "秋季攀岩赛女子组成绩：\n"
        "名次｜选手｜成绩\n"
        "1｜次仁拉姆｜12.5\n"
        "2｜何佳怡｜13.1\n"
        "3｜吴梦琪｜13.8\n"
        "来自拉萨的次仁拉姆第一次参赛。"
    )
    t = Texts.of(text)
    forms = {p.form for p in listed_people(t, {"次仁拉", "何佳怡", "吴梦琪"})}
    assert "次仁拉姆" in forms
