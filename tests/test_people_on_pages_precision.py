"""The people finder's precision on the reader-mode pages (people118): run-ons of a function word
into the word after it, Latin phrases that name works and things; each a general signal, the people
beside them kept."""

from __future__ import annotations

from reader.core.people import find_people


def _names(text: str) -> set[str]:
    return {a for p in find_people(text) for a in p.person.aliases}


def test_a_preposition_before_a_time_is_no_surname() -> None:
    names = _names("校学生会权益部将于寒假前后开展二手教材循环交换活动。")
    assert "于寒假" not in names
    assert "于明年" not in _names("主席于明年发言。")
    # (a surname the tagger reads as a person's before a "time" stays: 曾祖父祝鸿年)
    assert "祝鸿年" in _names("曾祖父祝鸿年手写的家书还在。")


def test_a_modal_before_an_adverb_is_no_name() -> None:
    assert "應預先" not in _names("低窪地區住戶應預先將電器及貴重物品移至高處。")
    # (a surname the tagger reads as a verb before a given name that is no adverb stays: 教授储一鸣)
    assert "储一鸣" in _names("教授储一鸣说，这不难。")


def test_a_words_end_before_a_surname_and_an_address_is_no_surname() -> None:
    names = _names("我自己最記得的，是散場時陳伯說，這部片他中學時在旺角的戲院看過。")
    assert "時陳伯" not in names
    # (a name the tagger reads whole stays: 記者于丹報道)
    assert "于丹" in _names("记者于丹报道，会议顺利结束。")


def test_the_heads_of_priced_or_measured_rows_are_things() -> None:
    board = "廿四味　$18\n五花茶　$16（加$2）\n雞骨草　$18（加$2）\n夏桑菊　$16（加$2）\n火麻仁　$15\n"
    assert "夏桑菊" not in _names(board)
    recipe = "鸡蛋 3个\n椰浆 250毫升\n班兰叶 10片（打汁）\n椰糖 120克\n玉米粉 2汤匙\n"
    assert "班兰叶" not in _names(recipe)
    # (a donors' list heads its rows with people: they stay)
    donors = "捐款芳名：\n- 岑國樑　$5,000\n- 黃淑貞　$3,000\n- 岑啟明　$2,000\n- 陳美華　$500\n"
    names = _names(donors)
    assert {"岑國樑", "黃淑貞", "陳美華"} <= names, names
