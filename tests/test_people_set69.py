"""People set 69's fix pass (tests/data/people/fresh69): each rule on a text of its own."""

from __future__ import annotations

from cleaning_support import kept_set, same
from people_support import names_in
from reader.core.people import find_people
from reader.core.people.credits import credited_names


def test_a_labelled_roll_with_a_role_in_brackets_after_a_name_stays() -> None:
    text = (
        "周六下午，镇中学球场上演了秋季联赛的决赛，看台上坐满了人。\n"
        "【首发名单】\n"
        "红星队：罗家明\u3000何小军\u3000高峰（队长）\u3000周立\u3000梁海涛\n"
        "东风队：陈建\u3000马永强\u3000向前\u3000许志远（队长）\u3000彭亮\n"
        "比赛一开始，红星队就打出了一波小高潮。\n"
    )
    kept = kept_set(text)
    assert same("红星队：罗家明\u3000何小军\u3000高峰（队长）\u3000周立\u3000梁海涛") in kept
    assert same("东风队：陈建\u3000马永强\u3000向前\u3000许志远（队长）\u3000彭亮") in kept
    assert {"何小军", "周立", "马永强", "许志远"} <= names_in(text)


def test_a_labelled_menu_with_notes_in_brackets_still_goes() -> None:
    text = (
        "周六下午，镇中学球场上演了秋季联赛的决赛，看台上坐满了人。\n"
        "导航：首页\u3000高考（专题）\u3000中考\u3000留学\u3000招聘\n"
        "比赛一开始，红星队就打出了一波小高潮。\n"
    )
    assert same("导航：首页\u3000高考（专题）\u3000中考\u3000留学\u3000招聘") not in kept_set(text)


def test_a_japanese_name_glossed_in_a_two_word_kana_reading_is_a_person() -> None:
    assert "小林由紀子" in names_in("評審團召集人、日籍花藝家小林由紀子（こばやし ゆきこ）說，作品很好。")
    assert "佐佐木健" in names_in("嘉宾佐佐木健（ささき けん）发言。")


def test_a_place_glossed_in_a_one_word_kana_reading_is_no_person() -> None:
    assert not names_in("他去了東京（とうきょう）旅行。")


def test_a_crafts_practitioner_before_a_name_is_a_role() -> None:
    names = names_in("展厅里，陶艺家欧阳明远正在拉坯，欧阳明远说这是祖传手艺。")
    assert "欧阳明远" in names and "陶艺家" not in names
    assert "花藝家" not in names_in("評審團召集人、日籍花藝家小林由紀子（こばやし ゆきこ）說，作品很好。")


def test_a_japanese_name_the_tagger_words_whole_is_not_cut_before_its_ending() -> None:
    assert "鹿野忠雄" in names_in("她的論文會引用日治時期博物學者鹿野忠雄在此地留下的田野筆記。")
    assert "鹿野忠" not in names_in("她的論文會引用日治時期博物學者鹿野忠雄在此地留下的田野筆記。")
    assert "黃德明代" not in names_in("黃家樂（已故）— 救生員，救起兩名兒童後不幸殉職。其父黃德明代為領受。")


def test_a_married_form_with_a_rare_husbands_surname_stands_when_her_given_name_is_addressed() -> None:
    for married, given in (("高史金凤", "金凤"), ("高何桂兰", "桂兰")):
        text = f"二、节目单（前声：{married}）\n前声{married}是团长的妻子，团里晚辈都叫她“{given}婶”。"
        names = names_in(text)
        assert married in names and married[1:] not in names, names
        assert married[1:] in names_in(f"二、节目单（前声：{married}）\n前声{married}是团长的妻子。")
    # (a church's 姐妹 after her full name is no address by her given name alone)
    assert "陈玉梅" in names_in("主日崇拜后，我们一同为住院中的陈玉梅姐妹早日康复祷告。")


def test_an_english_name_a_space_before_a_chinese_one_is_the_same_person() -> None:
    people = find_people("隊員包括蘇曼·拉伊、何時、Peter Wong 黃家樂，他們都是消防員。")
    merged = [p.person for p in people if "Peter Wong" in p.person.aliases]
    assert len(merged) == 1 and "黃家樂" in merged[0].aliases, people


def test_an_english_given_name_before_a_chinese_surname_alone_in_a_byline_is_one_name() -> None:
    line = "撰文：梁小慧　攝影：Tony 陳　｜　2026年3月1日"
    assert [line[a:b] for a, b in credited_names(line, single_latin=True)] == ["梁小慧", "Tony 陳"]
    line = "主播：Ethan 和 李明"
    assert [line[a:b] for a, b in credited_names(line, single_latin=True)] == ["Ethan", "李明"]


def test_a_bracketed_note_of_fields_after_a_programme_item_names_its_people() -> None:
    text = (
        "二、演出节目\n"
        "1.《秋江》（鼓师：欧阳明远　琴师：陈佳宁）\n"
        "2.《借东风》（鼓师：何方　琴师：陈佳宁）\n"
        "陈佳宁说，今年的戏比去年更多。\n"
    )
    assert {"陈佳宁", "何方"} <= names_in(text)


def test_the_full_name_in_brackets_after_a_nickname_it_ends_with_is_a_person() -> None:
    assert "吴旺" in names_in("集市上卖豆腐的阿旺（吴旺）收摊后也来看球了。")
    assert not names_in("他们去了阿里（巴巴）的总部参观。")


def test_a_one_character_role_after_a_latin_given_name_is_no_surname() -> None:
    people = find_people("今天天气很好。\n", credits=[("bylines[0]", "攝影：Ken 文：陳大文")])
    assert {p.person.name for p in people} == {"Ken", "陳大文"}
