"""People set 77's fix pass (tests/data/people/fresh77): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.folding import fold


def _names(text: str) -> set[str]:
    return {fold(n) for n in names_in(text)}


def test_her_address_by_the_husbands_surname_right_before_sets_the_married_form_off() -> None:
    names = _names("問：阿嫂點睇？\n何太何陳秀英（街坊叫佢秀英姐）：佢呢個人，打風都唔收檔。")
    assert fold("何陳秀英") in names and fold("陳秀英") not in names, names


def test_a_title_before_the_taggers_married_reading_clears_a_verb_after_it() -> None:
    names = _names("田边坐着几位老人，村民周吴桂英嫁到寨子已经三十年，她说今年雨水好。")
    assert fold("周吴桂英") in names, names


def test_a_rarer_own_surname_another_person_bears_vouches_for_the_married_form() -> None:
    text = "這本族譜由簡家第九代後人李簡素琴捐贈，她說族譜原本壓在神明廳。族長簡德旺具名畫押，修復師李恩英花了四個月。"
    names = _names(text)
    assert fold("李簡素琴") in names, names


def test_siblings_after_the_eldests_full_name_share_a_generation_character() -> None:
    text = (
        "契約開頭寫道：「立契人溫長福、長壽、長安兄弟三人，將祖田分作三份。」"
        "後來二房溫長壽搬到山腳，三房溫長安留在老家。"
    )
    names = _names(text)
    assert {fold("溫長福"), fold("溫長壽"), fold("溫長安")} <= names, names


def test_given_names_without_a_shared_generation_character_are_no_siblings_list() -> None:
    from reader.core.people.kin_names import kin_named

    folded = fold("立契人溫長福、大明、小安兄弟三人")
    assert not [p for p in kin_named(folded, []) if p.form in (fold("溫長福"), fold("大明"))]


def _credited(line: str) -> list[str]:
    from reader.core.people.credits import credited_names

    return [line[a:b] for a, b in credited_names(line)]


def test_a_credits_last_piece_after_a_reporters_role_is_the_name_whatever_word_it_makes() -> None:
    assert _credited("晚报融媒　记者 白天") == ["白天"]
    assert _credited("记者 白天 报道") == []  # (a dateline after it: where it was filed)
    assert _credited("記者翻攝") == [] and _credited("作者：佚名") == []


def test_a_work_credits_value_after_a_colon_is_a_name_once_the_line_names_someone() -> None:
    assert _credited("责任编辑：吴凡　审核：乌日娜") == ["吴凡", "乌日娜"]
    assert _credited("审核：乌日娜") == []


def test_what_a_language_terms_something_is_its_word_not_a_person() -> None:
    names = _names("学者陈文光说，老挝北部也有苗人，老挝语称为Hmong Leng，他们的服饰和这里相近。")
    assert "hmong leng" not in {n.lower() for n in names}, names
    assert fold("陈文光") in names, names
    assert "david chan" in {n.lower() for n in _names("他的英文名叫David Chan，在香港长大。")}


def test_traditional_yu_of_the_preposition_starts_no_name_without_a_cue() -> None:
    names = _names("祖父陳阿土公早年渡臺，於大嵙崁溪畔墾成水田，後來由族長陳德旺主持分家。")
    assert fold("於大嵙") not in names and fold("陳德旺") in names, names


def test_a_surname_left_in_the_word_before_a_tagged_a_name_and_elder_address_starts_it() -> None:
    names = _names("契約寫明：「緣父溫阿土公早年渡臺，墾成水田三甲。」族長溫德旺具名。")
    assert fold("溫阿土") in names and fold("阿土公") not in names, names


def test_an_elder_address_with_a_surname_but_no_a_name_is_left_alone() -> None:
    from reader.core.people.cut_names import surname_before_elder

    folded = fold("他說林阿公早年渡臺")
    start = folded.index(fold("阿公"))
    assert surname_before_elder(folded, start, start + 3) == (start, start + 3)  # (阿公早: 阿公 is a word)


def test_a_tagged_japanese_name_the_dictionary_lists_needs_no_noun_before_it() -> None:
    assert fold("黑泽明") in _names("学生们常拿黑泽明的电影讨论构图。")


def test_a_mothers_brother_before_a_full_name_cues_it_as_other_kin_words_do() -> None:
    # (the tagger reads 舅林 and 清標 as words: only the cue vouches for the name)
    names = _names("當年母舅林清標也在場作證。")
    assert fold("林清標") in names, names


def test_a_columns_cells_ending_in_the_headings_last_character_are_things_of_that_kind() -> None:
    text = (
        "| 放牧点 | 点长 | 存栏 |\n| 东山一点 | 何志明 | 120 |\n| 满河点 | 林秀英 | 98 |\n"
        "| 乌雅点 | 黄建国 | 87 |\n| 北坡点 | 张海涛 | 76 |\n\n乌雅点的黄建国说，今年雪大。"
    )
    names = _names(text)
    assert fold("乌雅点") not in names and fold("黄建国") in names, names


def test_he_opening_a_credit_fields_whole_value_is_the_surname() -> None:
    assert _credited("责任编辑：和秀英") == ["和秀英"]
    assert _credited("摄影：和谐家") == []  # (和谐, a word: no name starts there)


def test_a_list_of_people_closed_by_deng_ren_is_read_on_to_its_last_item() -> None:
    names = _names("祭典前，族人高志明、潘秀蘭、錢永福、解文雄、樟德華等人負責搭建祭屋。")
    assert fold("樟德華") in names, names
    assert fold("小组成") not in _names("老师王志明、李秀兰、小组成员等人参加。")


def test_a_stall_keeper_before_a_full_name_cues_it_as_a_shopkeeper_does() -> None:
    assert fold("何壽來") in _names("街口有個修錶檔，檔主何壽來今年八十歲，街坊都叫他壽叔。")
