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


def test_a_nickname_before_the_full_name_it_ends_is_no_animals_kind() -> None:
    found = _names("二狗李二狗现在在镇上开饭馆，侯三喜、郭宝山都住进了矿区养老院。")
    assert "李二狗" in found


def test_an_animals_kind_before_a_name_still_names_a_pet() -> None:
    assert "李二狗" not in _names("这家店的老黄狗李二狗每天趴在门口，侯三喜、郭宝山都喂过它。")


def test_a_famous_name_making_something_is_a_person() -> None:
    assert "鲁班" in _names("她说分水人做伞的老话是“鲁班造伞，一伞七十二道工”，一道都省不得。")
    assert "愛迪生" in _names("他十四歲進廠。「愛迪生發明電燈，我們新竹人替全世界吹燈泡。」")


def test_a_writer_before_a_work_cited_is_a_person() -> None:
    assert "路遥" in _names("韩志明读过路遥的《平凡的世界》，说书里的孙少平“就是我们”。")
    assert "郑板桥" in _names("陆老说，他见过朱自清的弟弟来店里刮脸，又说郑板桥写过“剃头”的对联。")


def test_a_famous_looking_word_with_nothing_made_or_cited_is_none() -> None:
    assert "路遥" not in _names("他说路遥知马力，日久见人心。")
    assert "郑板桥" not in _names("我们沿着郑板桥走到河边，看见“欢迎”两个字。")


def test_a_commander_before_one_under_him_is_a_person() -> None:
    found = _names("他說，台灣曬鹽是從鄭成功部將陳永華在瀨口開鹽田開始的。")
    assert {"鄭成功", "陳永華"} <= found


def test_a_unit_before_one_under_it_is_no_person() -> None:
    found = _names("他說，台灣曬鹽是從東路軍部將陳永華在瀨口開鹽田開始的。")
    assert "東路軍" not in found and "陳永華" in found
