"""People set 87's fix pass (tests/data/people/fresh87): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.folding import fold
from reader.core.people import find_people


def _names(text: str) -> set[str]:
    return {fold(n) for n in names_in(text)}


def test_a_roll_under_its_heading_half_full_of_people_reads_its_names_without_surname() -> None:
    text = (
        "培训班由老师王建国主持。学员李明说收获很大，学员张红也发了言，学员王芳和学员刘强合作了一幅画。\n\n"
        "附：参训学员名单（部分）\n\n"
        "　　李明、张红、次仁、王芳、才让东智、刘强、仁增\n"
    )
    names = _names(text)
    assert {"才让东智", "仁增"} <= names, names


def test_a_two_cell_bar_table_under_a_roll_heading_reads_its_names() -> None:
    text = (
        "首任校长田中正夫是日本教师，后来的校长林文华和诸葛明德都曾在此任教。\n\n"
        "附：历任校长名录（部分）\n\n"
        "　　田中正夫｜1954 创校\n　　林文华｜1961－1975\n　　陈光明｜1975－1990\n"
        "　　高山清｜1990－2005\n　　诸葛明德｜2005－2026\n"
    )
    names = _names(text)
    assert {"陈光明", "高山清"} <= names, names


def test_a_list_of_things_under_a_roll_heading_stays_out() -> None:
    text = "附：获奖作品名单\n\n　　山水、花鸟、人物、书法\n"
    assert not _names(text) & {"山水", "花鸟", "人物", "书法"}


def test_a_child_named_before_a_parent_who_shares_the_surname_is_a_name() -> None:
    names = _names("毕业生有林晓恩和田希望。田希望的父亲田志成说：「我们给她取名希望。」")
    assert {"田希望", "田志成"} <= names, names


def test_a_word_before_a_parent_of_another_surname_stays_out() -> None:
    names = _names("大家都怀着希望。王希望的父亲田志成说：「孩子很乖。」")
    assert "田志成" in names and "王希望" not in names, names


def test_a_compound_surname_and_one_character_is_not_run_into_a_verb_after_a_title() -> None:
    names = _names("社区工作者南宫月带来了一本手写的居民录，记录了几十年来住过的每一户人家。")
    assert "南宫月" in names and "南宫月带" not in names, names


def test_a_dictionary_place_read_as_a_person_at_one_of_its_mentions_stays_out() -> None:
    text = (
        "告别石库门\n\n　　研究生欧阳石门为居民录制口述史。欧阳石门笑说，自己名字里也有“石门”两个字，"
        "“跟石库门算是有缘分”。老人说父亲当年是造石库门的泥水匠。"
    )
    names = _names(text)
    assert "欧阳石门" in names and "石库门" not in names, names


def test_a_rolls_own_item_is_not_the_given_part_of_a_longer_name_elsewhere() -> None:
    text = (
        "传承人夏吾多杰带领学员展示作品，学员们都叫他“多杰老师”。学员旦正加说：“跟老师学，比学画还难。”\n\n"
        "附：结业学员名单（部分）\n\n　　祁金花、万玛加、马卓玛、旦正加、李格桑、韩吉祥、多杰、才让东智\n"
    )
    people = [set(p.person.aliases) for p in find_people(text)]
    assert any("夏吾多杰" in p for p in people) and not any({"夏吾多杰", "多杰"} <= p for p in people), people
    assert any("多杰" in p for p in people), people


def test_a_list_after_a_count_of_kinds_holds_things() -> None:
    text = (
        "传习所里，学员李格桑、旦正加和马卓玛正在磨颜料。老工匠说，一幅好唐卡要用上十几种矿物颜料，"
        "朱砂、石绿、石青都要磨上好几天。石绿要磨得最细。学员马卓玛说：“比学画还难。”"
    )
    names = _names(text)
    assert not names & {"石绿", "石青", "朱砂"} and "马卓玛" in names, names


def test_a_dictionary_name_dated_by_a_dynasty_and_a_time_word_is_read() -> None:
    names = _names("佢提到，清朝時林則徐曾經巡視大嶼山海防，古廟亦有幾百年歷史。")
    assert "林则徐" in names, names


def test_a_dynasty_and_a_time_word_before_no_dictionary_name_read_nothing() -> None:
    names = _names("清朝时期王府很多，明代的城墙还在。")
    assert not names, names


def test_a_married_name_after_a_womans_address_is_read() -> None:
    names = _names("畢業生致詞時，林曉恩感謝了廚工阿姨徐林月桃（大家叫她「月桃阿姨」）。校園裡的月桃花正開著。")
    assert "徐林月桃" in names, names


def test_a_famous_name_before_a_time_word_is_the_subject() -> None:
    names = _names(
        "站在江堤上，可以同时看见长江的浑黄与鄱阳湖的清碧。苏轼当年夜泛石钟山，写下《石钟山记》；如今这里是保护区。"
    )
    assert "苏轼" in names, names


def test_a_surname_and_a_title_before_a_childs_name_is_no_new_person() -> None:
    text = "站长李雪龙讲起了历史。李站长的女儿李思南今年上初二，他笑着说起女儿的名字。"
    names = _names(text)
    assert "李站长" not in names and "李思南" in names, names
