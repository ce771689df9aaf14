"""People set 65's fix pass (tests/data/people/fresh65): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in


def test_an_era_right_before_a_name_dates_a_historical_person() -> None:
    assert "宋琰" in names_in("这门手艺一路传到明末宋琰，才有了刻本。\n")
    assert "太丘长" not in names_in("陈氏奉东汉太丘长陈寔为始祖。\n")
    assert "蔡伦" in names_in("他说起东汉蔡伦，语气很敬佩。\n")


def test_a_lifes_span_after_a_name_says_a_person() -> None:
    assert "許彬" in names_in("另，以許彬生平為題的史料小展將於下月開幕，詳情見下期。\n")


def test_a_rarer_dictionary_name_before_a_verb_of_doing_is_a_person() -> None:
    assert "蔡伦" in names_in("书中说，蔡伦造纸以后，写字便宜多了。\n")


def test_a_rarer_dictionary_name_ending_a_list_of_sponsors_is_none() -> None:
    assert "李寧" not in names_in("球隊裝備分別由YONEX、勝利、李寧贊助。\n")


def test_a_person_named_like_a_village_with_a_cue_stays() -> None:
    assert "林岐" in names_in("村長林岐說，林岐村的人都很好。\n")


def test_items_of_a_list_counted_with_a_settlements_unit_are_places() -> None:
    text = "本篇整理林岐、安岐、東沙三村的普查結果。林岐的風獅爺最高。\n"
    assert not {"林岐", "安岐"} & names_in(text)


def test_a_married_name_after_a_job_ending_in_ren_or_yuan_is_whole() -> None:
    names = names_in("安岐的風獅爺最高。管理人李陳秀琴說，每年她都會準備麵線。\n")
    assert "李陳秀琴" in names and "陳秀琴" not in names
    names = names_in("管理員黃林美玉說，每年她都會準備麵線。\n")
    assert "黃林美玉" in names and "林美玉" not in names


def test_a_trophy_named_after_someone_is_no_mention_of_them() -> None:
    text = "相傳球賽由學生威廉·韋伯·艾利斯（William Webb Ellis）發明，獎盃也叫「韋伯·艾利斯盃」。\n"
    names = names_in(text)
    assert "威廉·韋伯·艾利斯" in names and "韋伯·艾利斯" not in names


def test_a_person_named_after_their_town_stays_a_name() -> None:
    text = "获奖学生：王小明、向阳（物理学院）、李华。\n向阳：“我来自向阳镇，家门口就是向阳路。”\n"
    assert "向阳" in names_in(text)
