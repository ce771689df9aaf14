"""People set 74's fix pass (tests/data/people/fresh74): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.people.credits import credited_names
from reader.core.people.tails import tails_trimmed
from reader.core.people.texts import Proposal


def test_a_dotted_last_part_reads_on_through_a_sound_that_is_a_function_word() -> None:
    # 什 and 里 spell sounds in a transliteration: only a word they open (什么, 里面) ends the part.
    names = names_in("据记载，旅行家阿卜杜拉·喀什噶里就在这座驿站住过一夜。")
    assert "阿卜杜拉·喀什噶里" in names and "阿卜杜拉·喀" not in names
    assert "玛丽·居里" in names_in("物理学家玛丽·居里在巴黎发现了镭。")


def test_a_credits_dot_after_a_part_no_chinese_name_could_be_joins_one_name() -> None:
    line = "（责任编辑：古丽娜尔·肉孜）"
    assert [line[s:e] for s, e in credited_names(line)] == ["古丽娜尔·肉孜"]
    line = "文/张明·李华"
    assert [line[s:e] for s, e in credited_names(line)] == ["张明", "李华"]


def test_a_credits_dot_before_a_long_run_joins_no_name() -> None:
    line = "监制：安娜丽莎·星河文化传媒中心"
    assert "安娜丽莎·星河文化传媒中心" not in [line[s:e] for s, e in credited_names(line)]


def test_a_name_read_on_into_zhi_before_a_kinship_character_ends_before_it() -> None:
    folded = "他讲到吴猛之女吴彩鸾的传说。"
    at = folded.index("吴猛之")
    trimmed = tails_trimmed([Proposal(at, at + 3, "吴猛之", True)], folded)
    assert [p.form for p in trimmed] == ["吴猛"]
    folded = "书法家王羲之的字帖。"
    at = folded.index("王羲之")
    assert [p.form for p in tails_trimmed([Proposal(at, at + 3, "王羲之", True)], folded)] == ["王羲之"]


def test_a_japanese_name_glossed_in_romaji_after_a_role_is_whole() -> None:
    names = names_in("东京海洋大学副教授浅利美和（Asari Miwa）带队来访，浅利说还会再来。")
    assert "浅利美和" in names and "浅利美" not in names


_CAST = (
    "话剧《外婆的钥匙》昨日公布演出名单。\n"
    "主要演员：\n"
    "周雅琴（Grace Chow）　饰　外婆朵拉（Dona Dora）\n"
    "郑子健　饰　大儿子伯纳\n"
    "何家乐　饰　女婿胖仔强\n"
    "饰演外婆朵拉的周雅琴今年七十岁，郑子健则是第一次登台。\n"
)


def test_a_cast_lists_parts_after_a_relation_word_are_no_people() -> None:
    names = names_in(_CAST)
    assert {"周雅琴", "郑子健", "何家乐"} <= names
    assert not names & {"朵拉", "伯纳", "胖仔", "胖仔强", "dona dora"}


def test_an_actor_after_the_word_for_actor_is_no_part() -> None:
    assert "韩子明" in names_in("晚会吸引了不少跨界人士。演员韩子明、歌手阿雅分别登台献唱。")


def test_a_vietnamese_name_glossed_a_word_a_character_is_whole() -> None:
    names = names_in("讲座由河内大学中文系讲师阮氏秋香（Nguyễn Thị Thu Hương）主持。")
    assert "阮氏秋香" in names
    assert "李明德" in names_in("会上，工程师李明德（Li Ming De）介绍了新桥的设计。")
