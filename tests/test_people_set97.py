"""Rules from the people111 pass over the ninety-seventh people set (tests/data/people/fresh97)."""

from __future__ import annotations

from reader.core.people.extract import find_people


def _names(text: str) -> set[str]:
    return {p.person.name for p in find_people(text)}


def test_a_nationality_opening_a_dotted_item_is_no_part_of_the_name() -> None:
    # 、 sets the item off as a field's value, and 法國 is a place: 法國人, where he is from
    found = _names("館方還請來布袋戲研究者、法國人班雅明·杜邦（Benjamin Dupont），他說小時候在巴黎看戲。")
    assert "班雅明·杜邦" in found and "法國人班雅明·杜邦" not in found


def test_a_dotted_item_opening_with_a_place_but_no_native_word_stays_whole() -> None:
    assert "法兰克·杜邦" in _names("館方還請來布袋戲研究者、法兰克·杜邦（Frank Dupont），他說小時候在巴黎看戲。")


_CRAFTS = "｜姓名｜称呼｜手艺｜\n｜陈云山｜陈师傅｜平面竹编｜\n｜张竹青｜竹青嬢嬢｜竹丝扇｜\n｜李翠竹｜李姐｜竹篮｜\n\n"


def test_a_craft_cell_the_prose_writes_as_what_she_made_is_a_thing() -> None:
    found = _names(_CRAFTS + "张竹青今年六十三岁，她编的竹丝扇被外地客商以“竹青扇”的名义卖到了成都。")
    assert "竹丝扇" not in found and "张竹青" in found


def test_a_cell_after_a_plural_pronouns_possessive_is_no_thing_made() -> None:
    # 她们 is a word: 她们的罗德贵 is theirs, a person the text names outside the table (引荐: who brought them)
    table = "｜姓名｜称呼｜引荐｜\n｜张竹青｜竹青嬢嬢｜罗德贵｜\n｜李翠竹｜李姐｜罗德贵｜\n\n"
    assert "罗德贵" in _names(table + "她们的罗德贵今年七十岁，还在编竹。")


def test_a_name_the_tagger_stops_before_a_hall_that_owns_something_is_a_house() -> None:
    found = _names("上面有盐商王三畏堂的账房先生和一位来访的外国工程师约翰·史密斯（John Smith）。")
    assert "王三畏" not in found and "约翰·史密斯" in found


def test_a_given_name_ending_in_the_halls_character_stays() -> None:
    assert "李明堂" in _names("他认识李明堂的儿子李小明。")


def test_a_full_name_whose_act_follows_is_a_person_though_its_head_is_a_word() -> None:
    # 黃海 is a sea, but 黃海岱的演出 is his performing
    assert "黃海岱" in _names("他說小時候在巴黎看過黃海岱的演出，才決定來台灣學戲。")


def test_a_sea_whose_edge_holds_a_show_is_no_person() -> None:
    assert not _names("他說黃海邊的演出很好看。")


def test_a_dynastys_office_before_a_two_character_name_dates_its_holder() -> None:
    assert "唐英" in _names("勒菲弗说，他最敬佩的是明代的督陶官唐英，也读过一些故事。")


def test_an_era_and_an_office_before_no_name_add_none() -> None:
    assert not _names("他说，明代的督陶官署就在这座山下。")
