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
