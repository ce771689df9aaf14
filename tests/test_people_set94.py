"""Rules from the people108 pass over the ninety-fourth people set (tests/data/people/fresh94)."""

from __future__ import annotations

from reader.core.people.credits import credited_names
from reader.core.people.extract import find_people


def _names(text: str) -> set[str]:
    return {p.person.name for p in find_people(text)}


def test_a_slash_after_a_role_sets_off_a_whole_value_ending_in_an_adverb() -> None:
    # 都 is an adverb in prose; at a credit's whole value, after 攝影／ and before a space, it ends the name
    assert "陳港都" in _names("文／王雨夜　攝影／陳港都　2026-12-03")


_ROLL = (
    "姓名｜民族｜年龄｜头骡\n和玉才｜纳西族｜87｜大青\n马有德｜回族｜85｜黑虎\n李山路｜汉族｜80｜花脸\n"
    "蔡阿普｜傈僳族｜79｜小青\n和平｜纳西族｜78｜铃铛\n"
)


def test_under_a_name_heading_a_cell_opening_with_he_is_a_name() -> None:
    # 和 is a conjunction in prose, but a cell under 姓名 opens with it only as the Naxi surname
    assert {"和玉才", "和平"} <= _names(_ROLL)


def test_under_a_name_heading_a_cell_ending_as_a_road_does_is_a_name() -> None:
    assert "李山路" in _names(_ROLL)


def test_a_road_in_prose_stays_out() -> None:
    assert "李山路" not in _names("他沿着李山路一直走到了镇上。")


def test_a_work_credits_whole_value_of_three_is_a_name_though_it_ends_in_a_word() -> None:
    # 木 (a Naxi surname) is in no surname list and 光明 is a common word; the credit's frame vouches
    assert "木光明" in _names("（责任编辑：杨丽娟　审核：木光明）")


def test_a_work_credits_office_or_verb_stays_out() -> None:
    found = _names("（责任编辑：杨丽娟　审核：宣传科）") | _names("（编辑：杨丽娟　审核：已通过）")
    assert not {"宣传科", "已通过"} & found


def test_a_compound_surname_and_ji_is_a_shop() -> None:
    found = _names("第三間係鍾離記，老闆鍾離國棟係全港少有嘅複姓師傅。")
    assert "鍾離記" not in found and "鍾離國棟" in found


def test_shi_or_zhan_glued_to_an_activity_makes_its_history_or_show() -> None:
    assert not _names("据悉，口述史整理成果将于明年春天在丽江博物院展出。")
    assert not _names("宿松弹棉匠口述史展开幕，二十位老艺人登上名录。")
    assert "史文明" in _names("记者史文明报道，史文明说。")


def test_he_right_after_a_persons_role_opens_the_name() -> None:
    # a role credits no one yet, so 和 there is the Naxi surname, not a conjunction
    line = "2026-11-28 09:12　来源：丽江融媒　记者 和晓云　通讯员 木春光　摄影 杨古道"
    assert [line[s:e] for s, e in credited_names(line)] == ["和晓云", "木春光", "杨古道"]
    line = "记者 和市民　摄影 杨古道"
    assert [line[s:e] for s, e in credited_names(line)] == ["杨古道"]


def test_a_famous_name_the_tagger_runs_into_the_next_word_stops_at_its_end() -> None:
    # the tagger reads 秦始皇东; the dictionary lists 秦始皇 as a name in use and not the four
    assert "秦始皇" in _names("传说秦始皇东巡到成山头时，见过海边的草顶房。")
