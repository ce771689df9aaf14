"""The twenty-seventh people fix pass (tests/data/people/fresh27): a dotted
name in a cell between spaces, or a list's item with a long first part, is
read whole; a bracketed romanization that spells every part vouches for a
dotted name's last part; a compound surname's name cut before two lone
predicates (欧阳志|强|主礼) is completed; a compound surname used as an
address (呼延董事长) vouches for the full name before a title elsewhere; a
Japanese surname of the table in a span the tagger reads as a person needs
no second mention; a nickname glossed after a name (陈水（同事称「水哥」）)
vouches for it; names filling label fields side by side (狮头：蔡文 狮尾：许武) are
people."""

from __future__ import annotations

from people_support import names_in


def test_a_dotted_name_in_a_cell_between_spaces_is_whole() -> None:
    text = "决赛名单\n反方 一辩 宇文静 二辩 阿娜尔古丽·艾则孜 三辩 马克 四辩 欧阳春\n比赛很激烈。\n"
    assert "阿娜尔古丽·艾则孜" in names_in(text)


def test_a_list_item_with_a_long_first_part_is_whole() -> None:
    assert "阿娜尔古丽·艾则孜" in names_in("决赛优秀辩手：宇文静、阿娜尔古丽·艾则孜\n")


def test_a_place_after_a_day_heading_is_no_cell() -> None:
    assert "敦煌·鸣沙山" not in names_in("第15天 敦煌·鸣沙山\n凌晨四点，导演慕容青山已经站在沙脊上。")


def test_a_romanization_vouches_for_the_last_part() -> None:
    text = "達海·伊斯瑪哈單（Dahai Ismahasan），布農族，家鄉在信義鄉，豐年祭期間仍堅持排班。"
    assert "達海·伊斯瑪哈單" in names_in(text)


def test_a_compound_surname_cut_before_lone_predicates_is_completed() -> None:
    text = (
        "消防處今日在將軍澳消防及救護學院舉行典禮，由消防處處長歐陽志強主禮。"
        "歐陽處長致辭時表示，同事多年來赴湯蹈火、水火無情亦不退縮，是市民的守護者。"
    )
    assert "歐陽志強" in names_in(text)


def test_a_compound_surname_as_an_address_vouches_for_the_full_name() -> None:
    text = "本公司舉行年度優良駕駛表揚，由呼延正義董事長頒獎。呼延董事長表示：「乘客平安到站。」"
    assert "呼延正義" in names_in(text)


def test_a_tagged_japanese_name_needs_no_second_mention() -> None:
    assert "佐藤剛" in names_in("東京消防廳交流官佐藤剛、消防處救護總長梁家輝出席。")


def test_a_nickname_gloss_vouches_for_a_two_character_name() -> None:
    text = "一、長期服務獎章\n黃國棟 高級消防隊長 觀塘消防局\n陳水（同事稱「水哥」） 消防車司機 葛量洪號滅火輪\n"
    assert "陳水" in names_in(text)


def test_names_filling_fields_side_by_side_are_people() -> None:
    text = "獅隊名單\n黃色劉備獅（高樁隊）\n獅頭：蔡文 獅尾：許武\n替補：梁勇、羅志偉\n"
    assert {"蔡文", "許武"} <= names_in(text)
