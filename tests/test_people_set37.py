"""People set 37's fix pass (tests/data/people/fresh37): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in


def test_a_married_form_after_an_attribute_with_de_and_before_a_title() -> None:
    names = names_in("管家每周上门，帮助独居的周王桂兰老师预约社区医生。")
    assert "周王桂兰" in names and "王桂兰" not in names


def test_a_married_form_after_the_word_for_wife() -> None:
    assert "林黃淑惠" in names_in("擲瓶儀式由船東代表的夫人林黃淑惠擔任教母，全場歡呼。")


def test_a_compound_surname_and_one_given_character_after_a_title_before_punctuation() -> None:
    assert "呼延庆" in names_in("项目经理呼延庆：上任后整改了电梯维保。")


def test_a_relative_sharing_a_found_persons_compound_surname() -> None:
    text = (
        "序号 项目 姓名 性别\n1 木版年画 第五永康 男\n2 剪纸 张巧云 女\n3 皮影戏 陈玉梅 女\n"
        "第五永康从艺五十余年，其女第五晓燕也在学艺。"
    )
    assert {"第五永康", "第五晓燕"} <= names_in(text)


def test_a_compound_surname_before_an_idiom_is_no_relative() -> None:
    names = names_in("馆长司空明说，这类事司空见惯，其子司空见惯了。")
    assert not any(n.startswith("司空见") for n in names)


def test_a_conjunction_before_a_works_title_ends_the_name_and_both_are_the_works() -> None:
    names = names_in("途经喜洲时，也有人开玩笑说要去找段誉和《天龙八部》里的大理段氏。")
    assert "段誉和" not in names and "段誉" not in names


def test_a_legend_named_after_its_heroine_is_no_person() -> None:
    assert "孟姜女" not in names_in("德国学者汉斯·施密特曾到清源记录孟姜女传说，手稿现藏于县档案馆。")


def test_places_listed_towards_a_direction_or_on_a_transit_line() -> None:
    names = names_in("領袖生當值地點包括往何文田、太子方向的校巴上落點，黃大仙及彩虹線的校巴由家長義工協助。")
    assert "何文田" not in names and "黃大仙" not in names


def test_a_brand_opening_a_sponsors_name_under_its_label() -> None:
    assert "湯姆熊" not in names_in("本次活動贊助單位：全聯福利中心、湯姆熊歡樂世界、85度C大甲門市。")


def test_rows_of_a_table_listing_names_after_a_class_are_one_list() -> None:
    text = "班別 領袖生\n6A 黃子晴、陳卓謙\n6C 山本結衣、李敏俊（이민준）\n5A 高山、梁曉彤\n5B 李小龍、馮凱琳"
    assert {"山本結衣", "高山", "梁曉彤"} <= names_in(text)


def test_an_owner_is_a_cue() -> None:
    assert "中岛由香" in names_in("9栋业主中岛由香特别感谢保洁员，帮她找回了钥匙。")


def test_lines_opening_with_a_job_and_a_name_before_a_colon_are_one_list() -> None:
    text = (
        "保安队长韦国强：台风过境当晚带队巡查地下车库。\n"
        "保洁员覃秀英：连续三年负责公共区域，从未被投诉。\n"
        "管家申屠慧：帮助独居老人预约社区医生。\n"
        "绿化工方圆：把原来的荒地改成了小菜园。"
    )
    assert "方圆" in names_in(text)


def test_a_name_column_in_a_table_written_with_spaces() -> None:
    text = "序号 项目名称 姓名 性别\n1 年画 张永康 男\n2 剪纸 张巧云 女\n3 长调民歌 乌兰其其格 女\n4 皮影戏 陈玉梅 女"
    assert "乌兰其其格" in names_in(text)


def test_a_dotted_names_last_part_holding_bu() -> None:
    names = names_in("业主特别感谢保洁员帕提古丽·阿不都帮她找回了遗失的钥匙。")
    assert "帕提古丽·阿不都" in names and "帕提古丽·阿不" not in names
