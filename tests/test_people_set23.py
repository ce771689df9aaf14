"""The twenty-third people fix pass (tests/data/people/fresh23): a roster
written as a table with full-width bars (台次｜姓名｜等级分) stays in reader
mode, so the people finder reads its names."""

from __future__ import annotations

from people_support import names_in
from reader.core.cleaning import clean
from reader.core.people import find_people

_PAGE = """关于代表队人选的公示
经过三个月的选拔赛，现将参加团体赛的代表队人选公示如下，公示期为七天，请大家监督。
二、公开组名单
台次｜姓名｜等级分｜备注
第一台｜唐一鸣｜2648｜国际特级大师
第二台｜欧阳晓晨｜2611｜
第三台｜何方｜2587｜
替补｜林海｜2544｜
三、女子组名单：沈佳琪、夏天、崔秀妍　替补：梁晓雪
唐一鸣在选拔赛中九轮积7.5分，以西西里防御和卡罗-卡恩防御连胜三局，稳居第一台。
"""


def test_full_width_bar_table_rows_stay() -> None:
    paragraphs = clean(_PAGE).paragraphs
    assert "第二台｜欧阳晓晨｜2611｜" in paragraphs
    assert "替补｜林海｜2544｜" in paragraphs


def test_roster_names_in_a_full_width_bar_table_are_found() -> None:
    text = "\n".join(clean(_PAGE).paragraphs)
    names = {p.person.name for p in find_people(text)}
    assert {"欧阳晓晨", "何方", "林海"} <= names


def test_a_word_is_a_name_among_glossed_items_of_a_list() -> None:
    # The items carry glosses in brackets; the others are people, so 向阳 is one.
    text = (
        "二、一等奖（每人10000元）\n"
        "金允儿（김윤아，国际交流学院）、阮文雄（土木工程学院）、向阳（物理学院）、格桑卓玛（医学院）\n"
        "向阳：“我来自向阳镇，家门口就是向阳路，父母给我起名向阳。”\n"
    )
    assert "向阳" in names_in(text)


def test_a_word_is_a_name_in_a_list_with_a_dotted_name() -> None:
    text = "女子组名单：沈佳琪、夏天、阿依努尔·托合提、崔秀妍（최수연）\n"
    assert "夏天" in names_in(text)


def test_words_are_names_in_a_line_of_spaced_names() -> None:
    text = "二等奖\n黄俊　钟离思远　叶子　铃木惠理　罗伯特·陈（Robert Chen）\n"
    assert {"黄俊", "叶子"} <= names_in(text)


def test_names_set_apart_by_spaces_in_a_table_cell() -> None:
    text = (
        "名次｜姓名｜成绩\n1｜彼得·基普罗蒂奇｜2:14:36\n2｜高飞｜2:19:02\n5｜小林阳太｜2:25:58\n"
        "6-10｜程浩然　谢婉清　朱建平　于海　莫小棋｜—\n"
    )
    assert {"朱建平", "于海", "莫小棋"} <= names_in(text)


# (a guard: the spaced-list rule must not read a table row's label as a name)
def test_a_row_label_before_cells_of_wider_gaps_is_no_name() -> None:
    text = "门诊排班\n周四　胡建平（主任医师）　　王静怡（主治医师）\n"
    assert "周四" not in names_in(text)


# (a guard: the kept table rows of fresh22's team sheet show the tagger this)
def test_a_descent_is_no_name() -> None:
    text = "位置｜姓名｜備註\n1右｜拉傑·古隆（Raj Gurung）｜尼泊爾裔，父親曾服役於啹喀兵團\n"
    assert "尼泊爾裔" not in names_in(text)


def test_a_japanese_given_name_ending_in_ye_is_whole() -> None:
    text = (
        "一、领队及教练组\n领队：皇甫建国\n助理教练：山本达也\n队医：陈林淑华\n二、公开组名单\n"
        "台次｜姓名｜等级分｜备注\n第一台｜唐一鸣｜2648｜国际特级大师\n第二台｜欧阳晓晨｜2611｜\n"
        "第三台｜何方｜2587｜\n第四台｜卡米尔·吐尔逊｜2570｜首次入选\n替补｜林海｜2544｜\n"
    )
    names = names_in(text)
    assert "山本达也" in names
    assert "山本达" not in names
