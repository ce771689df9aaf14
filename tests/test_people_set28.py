"""The twenty-eighth people fix pass (tests/data/people/fresh28): a row of
units and names side by side (ICU 王海燕 外科 …) under an article's numbered
head stays in the body, and its units vouch for the names; a list whose other
items are people vouches for a name ending as places do (林小路, 许仙桥); a
compound surname right after a title is read whole before a verb (会长端木文耀致);
a surname inside a three-character word (俱乐部总教练) starts no name; a form
the text only ever writes as the head of a firm the tagger reads (梁祝婚纱摄影)
is no person."""

from __future__ import annotations

from people_support import names_in
from reader.core.cleaning import clean


def test_a_row_of_units_and_names_under_a_numbered_head_stays() -> None:
    text = "\n".join(
        [
            "市第三医院表彰年度优秀医务人员",
            "经科室推荐、医务部评审，决定表彰以下同志，院长在大会上宣读了决定。",
            "一、优秀医生",
            "心内科 许明哲、胡安然",
            "二、优秀带教老师",
            "CCU 蒋雨桐 骨科 上官怡宁 眼科 邱天佑",
            "获奖感言",
            "蒋雨桐说，带教是把经验交给下一代，这件事让她很快乐。",
        ]
    )
    assert "CCU 蒋雨桐 骨科 上官怡宁 眼科 邱天佑" in clean(text).paragraphs


def test_units_vouch_for_the_names_after_them() -> None:
    text = "二、优秀带教老师\nCCU 蒋雨桐 骨科 闻人思雨 眼科 邱天佑\n获奖感言\n"
    assert {"蒋雨桐", "闻人思雨", "邱天佑"} <= names_in(text)


def test_a_list_of_people_vouches_for_a_name_ending_as_a_road_does() -> None:
    text = "本期升级名单\n二级：陈小路、刘昊然、赵一凡、孙可馨\n大家继续努力。\n"
    assert "陈小路" in names_in(text)


def test_a_road_in_an_address_stays_no_person() -> None:
    text = "比赛在俱乐部本部（黄龙路88号）举行，刘昊然、赵一凡、孙可馨参加。"
    assert "黄龙路" not in names_in(text)


def test_an_owners_column_vouches_for_a_name_ending_as_a_bridge_does() -> None:
    rows = [
        "展位号 | 商家 | 负责人 | 主营",
        "A01 | 喜悦摄影 | 梁思远 | 婚纱照",
        "A02 | 红娘婚庆 | 何月娥 | 婚礼策划",
        "A03 | 花语花艺 | 欧阳建华 | 花艺布置",
        "A04 | 顺风车队 | 黄云桥 | 婚车租赁",
        "A05 | 甜心甜品 | 邹晓彤 | 甜品台",
    ]
    assert "黄云桥" in names_in("\n".join(rows) + "\n欢迎新人到场咨询。\n")


def test_a_compound_surname_after_a_title_is_whole_before_a_verb() -> None:
    text = "拍卖会由拍卖官主持，会长闻人志耀致开幕辞，共拍出邮品一百余项。"
    assert "闻人志耀" in names_in(text)


def test_a_surname_inside_a_three_character_word_starts_no_name() -> None:
    text = "裁判长为俱乐部总教练、职业五段棋手长孙弈，他表示比赛很精彩。"
    assert not any(n.startswith("乐部") for n in names_in(text))


def test_the_head_of_a_firm_the_tagger_reads_is_no_person() -> None:
    text = (
        "A01 | 梁祝婚纱摄影 | 梁思远 | 婚纱照\n"
        "展会期间，梁祝婚纱摄影的梁总将现场推出主题套系，梁思远笑着说：“我们的故事都是大团圆。”\n"
    )
    names = names_in(text)
    assert "梁思远" in names
    assert not any(n.startswith("梁祝婚") for n in names)


def test_a_title_ending_in_a_surname_s_first_character_is_no_compound_surname() -> None:
    # (董事长孙正义: 长 ends the title, 长孙 is no surname here)
    assert not any(n.startswith("长孙") for n in names_in("软银董事长孙正义致辞时表示，投资要看十年以后。"))


def test_a_menu_row_not_under_a_numbered_head_still_goes() -> None:
    text = "\n".join(
        [
            "市第三医院表彰年度优秀医务人员",
            "经科室推荐、医务部评审，决定表彰以下同志，院长在大会上宣读了决定。",
            "首页 新闻 科室 专家 护理 招聘",
            "获奖的同志将在下月的大会上领取证书，医院向他们表示祝贺。",
        ]
    )
    assert "首页 新闻 科室 专家 护理 招聘" not in clean(text).paragraphs


def test_a_compound_surname_s_name_ends_before_a_function_word() -> None:
    # (則 and 以 start the next words: 歐陽正則是, 东方明以六胜一和)
    names = names_in("貝斯手歐陽正則是後來才加入的，特级大师东方明以六胜一和夺冠。")
    assert not {"歐陽正則", "东方明以"} & names
