"""Rules from the people117 pass over the hundred-and-second people set (tests/data/people/fresh102)."""

from __future__ import annotations

from reader.core.people.extract import find_people


def _names(text: str) -> set[str]:
    return {p.person.name for p in find_people(text)}


def test_a_name_listed_before_a_verb_its_last_character_opens_stops_there() -> None:
    found = _names("《天仙配》一段，汪天仙和胡桂生又唱了一遍，《女驸马》一段由方玉兰和潘丽华合唱。")
    assert "潘丽华合" not in found and {"方玉兰", "潘丽华"} <= found


def test_a_transliteration_listed_with_no_verb_after_stays_whole() -> None:
    assert "克里哲夫斯基" in _names("辛顿、伊利亚以及克里哲夫斯基三人")


_CINEMA = "老闆余伯年八十歲，街坊叫他余生。余太余黃綺文負責小食部的帳目，黃綺文說，最好賣的是魷魚絲。"


def test_mrs_and_her_married_name_are_the_woman_her_own_name_names_too() -> None:
    people = [p.person for p in find_people(_CINEMA)]
    names = {p.name for p in people}
    assert "余太余" not in names and "余伯年" in names
    assert any({"余黃綺文", "黃綺文"} <= set(p.aliases) for p in people)


def test_mrs_before_a_married_name_never_written_alone_stays_the_married_name() -> None:
    found = _names("梁太梁何秀英仲試過喺度賣魚蛋，佢話呢度嘅街坊好好人。")
    assert "梁何秀英" in found and "梁太梁" not in found


_STAFF = """員工名單：

姓名 ｜ 崗位 ｜ 花名
梁志明 ｜ 放映師 ｜ 明叔
陳小龍 ｜ 帶位 ｜ 小龍哥
何秀英 ｜ 售票 ｜ 英姐
黃德華 ｜ 帶位 ｜ 華仔
吳家樂 ｜ 放映助理 ｜ 阿樂

散場後，明叔梁志明鎖上大門。"""


def test_a_first_row_with_a_names_heading_heads_every_column() -> None:
    found = _names(_STAFF)
    assert "花名" not in found and {"梁志明", "陳小龍", "何秀英"} <= found


def test_a_first_row_of_people_is_no_heading() -> None:
    text = _STAFF.replace("姓名 ｜ 崗位 ｜ 花名\n", "")
    assert "梁志明" in _names(text)


def test_a_word_and_an_elders_address_the_dictionary_lists_is_a_god() -> None:
    found = _names("第一个到的是汪天仙，一唱就是二十年。\n章小宝 ｜ 小丑 ｜ 土地公\n")
    assert "土地公" not in found and "章小宝" in found


def test_a_word_and_an_elders_address_it_does_not_list_is_a_person() -> None:
    assert "高山伯" in _names("村里人都叫他高山伯，高山伯今年八十岁，每天上山砍柴。")
