"""Rules from the people110 pass over the ninety-sixth people set (tests/data/people/fresh96)."""

from __future__ import annotations

from reader.core.people.extract import find_people


def _names(text: str) -> set[str]:
    return {p.person.name for p in find_people(text)}


def test_a_rarer_famous_name_before_a_time_word_the_tagger_reads_is_a_person() -> None:
    # 山后 is a word, but the tagger cuts 赵本山|后来: the subject, then when
    text = "他说，剧团的唱本里有不少清末的老词，“和赵本山后来在电视上演的不太一样”。"
    assert "赵本山" in _names(text)


def test_a_rarer_famous_name_before_a_place_word_still_needs_more() -> None:
    assert "赵本山" not in _names("他说，“和赵本山后面的人演的不太一样”。")


def test_a_name_counted_by_a_measure_of_events_is_a_thing() -> None:
    # the tagger reads 一場 as one numeral word and 謝師宴 (a banquet) as a person
    found = _names("替即將退休的老闆郭米香辦了一場謝師宴。")
    assert "謝師宴" not in found and "郭米香" in found


def test_a_name_counted_by_a_measure_of_people_or_owning_the_counted_work_stays() -> None:
    assert "郭米香" in _names("店里來了一位郭米香。")
    assert "邓丽君" in _names("这档节目“熬过去”。她点了一首邓丽君的《甜蜜蜜》，说")


def test_a_compound_surname_the_tagger_reads_as_another_word_before_a_verb_is_a_name() -> None:
    # the tagger reads 上官悦 as a place word; 负责 opens the clause
    assert "上官悦" in _names("他的助手、北京姑娘上官悦负责翻译。")


def test_a_compound_surnames_characters_opening_a_known_word_are_no_name() -> None:
    assert not _names("他的助手、北京姑娘上官网站负责翻译。")


def test_a_verb_and_object_the_verb_repeats_for_its_result_is_no_person() -> None:
    # 顧火顧出肺病: tended the fire till he fell ill; 顧火 is a task in the table too
    found = _names("父親鍾阿坤就是顧火顧出肺病的。\n鍾阿坤｜顧火｜已故")
    assert "顧火" not in found and "鍾阿坤" in found


def test_two_names_side_by_side_the_second_sharing_the_surname_stay() -> None:
    assert {"吳明", "王芳"} <= _names("吳明和王芳是同學，吳明王芳都說好。")
