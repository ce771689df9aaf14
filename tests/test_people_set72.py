"""People sets 71 and 72's fix pass (tests/data/people/fresh71, fresh72): each rule on a text of its own."""

from __future__ import annotations

from cleaning_support import kept_set, same
from people_support import names_in


def test_a_head_counting_its_people_keeps_the_roll_and_the_table_above() -> None:
    text = (
        "本季度的评选结果昨天公布，共有十位维修工获评“金扳手”。\n"
        "| 姓名 | 班组 | 得分 |\n"
        "| 许长青 | 一班 | 98 |\n"
        "| 欧阳明 | 二班 | 95 |\n"
        "| 麦春生 | 三班 | 93 |\n"
        "另有以下5人获“新秀”提名：\n"
        "阿果拉则\u3000柏青\u3000吉米\u3000韦红\u3000冷月\n"
        "许长青是厂里的老师傅，干了二十多年维修。\n"
    )
    kept = kept_set(text)
    assert same("阿果拉则\u3000柏青\u3000吉米\u3000韦红\u3000冷月") in kept
    assert same("| 欧阳明 | 二班 | 95 |") in kept
    assert {"欧阳明", "麦春生"} <= names_in(text)


def test_a_head_counting_other_people_keeps_no_row_of_words() -> None:
    text = (
        "本季度的评选结果昨天公布，共有十位维修工获评“金扳手”。\n"
        "另有以下3人获提名：\n"
        "首页\u3000新闻\u3000体育\u3000财经\u3000娱乐\n"
        "许长青是厂里的老师傅，干了二十多年维修。\n"
    )
    assert same("首页\u3000新闻\u3000体育\u3000财经\u3000娱乐") not in kept_set(text)


def test_a_programme_row_of_short_cells_under_a_timed_row_stays() -> None:
    text = (
        "今年的村晚将于腊月二十八在祠堂前举行，以下为节目单：\n"
        "19:00　开场锣鼓　表演：村锣鼓队（领鼓：潘老三）\n"
        "19:30　对唱　领唱：蒙秀英　潘志强\n"
        "20:00　舞龙《闹新春》　表演：上寨舞龙队、下寨舞龙队\n"
        "晚会结束后村委会在祠堂前发放年货，请各户带好证件。\n"
    )
    assert same("19:30　对唱　领唱：蒙秀英　潘志强") in kept_set(text)
    assert {"蒙秀英", "潘志强"} <= names_in(text)


def test_a_row_of_times_and_links_beside_no_timed_row_goes() -> None:
    text = (
        "今年的村晚将于腊月二十八在祠堂前举行，欢迎村民参加。\n"
        "10:00　首页　新闻　娱乐\n"
        "晚会结束后村委会在祠堂前发放年货，请各户带好证件。\n"
    )
    assert same("10:00　首页　新闻　娱乐") not in kept_set(text)


def test_an_award_list_vouches_for_a_winner_before_the_works_title_and_its_lower_tier() -> None:
    text = (
        "今年的剪紙大賽昨天揭曉，得獎名單如下：\n"
        "金獎　黃金城〈百鳥朝鳳〉\n"
        "銀獎　何秀英《春耕圖》\n"
        "優選　羅春燕、高山、馬一鳴\n"
    )
    assert {"黃金城", "何秀英", "高山", "馬一鳴"} <= names_in(text)


def test_a_pair_in_a_table_cell_is_two_names() -> None:
    text = "比赛结果如下：\n名次｜选手｜地区\n1｜欧阳春/韦国平｜柳州\n2｜陈海生/黎明｜桂林\n3｜上官月/柏青｜南宁\n"
    assert {"韦国平", "黎明", "柏青"} <= names_in(text)


def test_a_role_closing_a_sentence_vouches_for_its_two_names() -> None:
    assert "丁香" in names_in("本次比赛由市棋牌协会主办，裁判员：蒯志刚　丁香。\n")
    assert "丁香" in names_in("本次比赛由市棋牌协会主办，裁判员：蒯志刚、丁香。\n")
    assert "广场" not in names_in("本次活动由村委会主办，地点：祠堂、广场。\n")


def test_a_name_in_a_works_title_called_a_character_is_no_person() -> None:
    text = "銅獎　陳美玉〈沙悟淨下凡〉\n陳美玉說，沙悟淨是她小時候看電視最喜歡的角色。\n"
    names = names_in(text)
    assert "沙悟淨" not in names and "陳美玉" in names
    # (a person the sentence calls a character's player is still one: no title names her)
    assert "沙美華" in names_in("陳美玉說，沙美華是她最喜歡的演員，也演過這個角色。\n")


def test_a_lone_surname_the_tagger_reads_before_a_two_character_given_name_joins_it() -> None:
    names = names_in("策展人區文傑表示，展覽下月開幕。\n")
    assert "區文傑" in names and "文傑" not in names
