"""People pass people66 on set 52 (tests/data/people/fresh52): tables typed in columns (a
contest's owners, a race's horses), rolls and prize lists the cleaning took for menus, and names
cut short or read as words, roles or pets."""

from __future__ import annotations

from people_support import names_in
from reader.core.cleaning import clean

_TYPED = (
    "名次　船名　　　　船主　　　　港口\n"
    "冠军　飞鱼　　　　江海平　　　石浦\n"
    "亚军　东风　　　　石磊落　　　沈家门\n"
    "季军　海燕　　　　林一舟　　　石浦\n"
)


def test_a_typed_table_between_body_lines_stays() -> None:
    text = (
        "本届龙舟赛共有二十支队伍参加，决赛在石浦港举行，结果如下：\n"
        + _TYPED
        + "冠军船主江海平说，今年的队员都是渔民。\n"
    )
    body = "\n".join(clean(text).paragraphs)
    assert "亚军　东风" in body


def test_a_menu_of_words_set_apart_by_wide_spaces_still_goes() -> None:
    text = (
        "本学期共有五名新老师到校任教，他们将在这里工作一年。\n"
        "首页　　新闻动态　　通知公告　　下载专区　　联系我们\n"
        "学校为他们安排了宿舍，并组织了欢迎会。\n"
    )
    body = "\n".join(clean(text).paragraphs)
    assert "通知公告" not in body


def test_a_glossed_or_dotted_cell_keeps_a_roll_of_names_together() -> None:
    text = "【一分校】\n　　欧阳青　　任重　　安娜·卡特（Anna Carter）\n欧阳青老师教语文。"
    assert "任重" in names_in(text)


def test_an_owners_column_of_a_typed_table_holds_people() -> None:
    text = "比赛结果如下：\n" + _TYPED + "比赛结束后，大家合影留念。"
    assert "石磊落" in names_in(text)


def test_a_typed_tables_row_is_no_roll_of_names() -> None:
    text = "比赛结果如下：\n" + _TYPED + "冠军船主江海平说，今年的队员都是渔民。"
    assert "石浦" not in names_in(text)


def test_a_horses_column_of_a_typed_table_holds_no_people() -> None:
    text = (
        "名次　馬名　　　　騎師　　　　練馬師\n"
        "1　　岳飛　　　　陳志明　　　李家豪\n"
        "2　　諸葛妙計　　王大文　　　張國榮\n"
        "3　　海龍　　　　林世傑　　　李家豪\n"
        "「岳飛」後上奪標，陳志明賽後說很滿意；「諸葛妙計」由王大文策騎。"
    )
    names = names_in(text)
    assert "陳志明" in names
    assert "岳飛" not in names and "諸葛" not in names


def test_a_married_name_read_past_a_word_when_the_husband_is_named_too() -> None:
    text = "冠軍馬的主人為何梁淑芬女士及其夫何志偉先生，何太說很開心。"
    names = names_in(text)
    assert "何梁淑芬" in names and "梁淑芬" not in names


def test_a_role_noun_before_a_full_name_is_no_person() -> None:
    text = "馬名由馬主歐陽美華小姐所起，她說喜歡三國。歐陽美華是老馬主。"
    names = names_in(text)
    assert "歐陽美華" in names and "馬主" not in names


def test_an_animals_measure_before_a_naming_verb_names_a_pet() -> None:
    text = "老张说，他养的蛐蛐都用古人起名，“前年那只叫项羽，最能打。”"
    assert "项羽" not in names_in(text)


def test_a_prize_lists_rows_vouch_for_their_winners() -> None:
    text = "金奖　　王海（东城面馆）\n银奖　　李向阳\n最快出面奖：　　杨光明\n当天共有六十人参赛。"
    names = names_in(text)
    assert "杨光明" in names and "李向阳" in names


def test_a_dotted_name_after_a_fields_colon_and_spaces_is_whole() -> None:
    text = "最佳新人奖：　吐尔洪·阿不力孜\n获奖者来自喀什。"
    names = names_in(text)
    assert "吐尔洪·阿不力孜" in names


def test_a_rolls_cell_a_found_name_stops_short_of_is_the_whole_name() -> None:
    text = "　　阿苏木则　　王海燕　　刘志明\n彝族老师阿苏木则会说三种语言。王海燕和刘志明教数学。"
    names = names_in(text)
    assert "阿苏木则" in names and "阿苏木" not in names


def test_a_list_counted_in_persons_takes_a_glossed_item() -> None:
    text = "裁判组由刘保国（组长）、金星、马大海三人组成。"
    assert "金星" in names_in(text)


def test_a_rare_compound_surname_and_two_given_characters_pass_the_vetting() -> None:
    text = "院長澹臺國慶的太太負責財務，她在院裡工作了三十年。"
    assert "澹臺國慶" in names_in(text)


def test_two_words_astride_a_three_character_names_end_make_no_name() -> None:
    text = "同来的两位研究生负责全程拍摄，村里的老人都很配合。"
    assert "全程拍" not in names_in(text)
