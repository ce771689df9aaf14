"""People pass people64 on set 49 (tests/data/people/fresh49): rolls, things named like people,
two dotted names a clause apart."""

from __future__ import annotations

from people_support import names_in
from reader.core.cleaning import clean
from reader.core.menu_shapes import is_menu


def test_a_roll_of_names_one_glossed_in_brackets_is_no_menu() -> None:
    line = "郑国强　宋美玲　方志远　周海涛　罗晓梅　朴敏浩（박민호）"
    assert not is_menu(line)
    cleaned = clean("今年新刻上的名字如下：\n" + line + "\n仪式由协调员主持。")
    assert any("方志远" in p for p in cleaned.paragraphs)


def test_partners_after_a_numbered_group_are_people() -> None:
    text = "潜伴分组：\n第一组　宋立群／石磊\n第二组　海燕／郑佳佳\n第三组　黄志宏／马晓东\n下午回港。"
    names = names_in(text)
    assert {"石磊", "海燕"} <= names


def test_a_clause_between_two_dotted_names_splits_them() -> None:
    text = "乔治·布朗老师回家路上给学生讲了让-保罗·萨特的故事。"
    names = names_in(text)
    assert "乔治·布朗" in names and "让-保罗·萨特" in names
    assert not any("回家" in n for n in names)


def test_a_dog_called_after_a_naming_verb_is_no_person() -> None:
    text = "船上的柴犬叫「刘备」，每次靠岸都第一个跳上码头。船长陈国华笑说它比人还勤快。"
    names = names_in(text)
    assert "刘备" not in names and "陈国华" in names


def test_a_boats_name_in_a_table_quoted_elsewhere_stays_a_thing() -> None:
    text = (
        "名次｜船名｜船長｜船員\n1｜美玲號｜江山｜鄧何美華、陳大文\n2｜孫悟空｜何國華｜雷鳴、端木芷晴\n"
        "3｜海鷗｜馮子健｜張美儀、蔡嘉敏\n亞軍「孫悟空」船上的柴犬最搶鏡。\n"
    )
    names = names_in(text)
    assert "孫悟空" not in names and "雷鳴" in names


def test_a_word_made_with_a_joining_character_is_no_list() -> None:
    text = "下午三點風勢突然轉強，全靠他同端木芷晴及時收帆。端木芷晴說好險。"
    assert not any("收帆" in n for n in names_in(text))


def test_a_cyclical_year_before_a_season_is_no_person() -> None:
    text = "聽松琴社 丁未春季雅集 節目單\n社長鄺子謙致辭。下次雅集：丁未秋季雅集。"
    names = names_in(text)
    assert "丁未" not in names and "鄺子謙" in names


def test_a_country_and_city_joined_by_a_dot_is_no_name() -> None:
    text = "参展者王建国（台湾・新竹）今年带来蒸汽机车，攤主林志明（日本・大阪）带来整套轨道。"
    names = names_in(text)
    assert not any("大阪" in n for n in names) and "林志明" in names


def test_a_credit_lines_fields_vouch_for_each_other() -> None:
    text = "一、《梅花三弄》　琴：高山　簫：麥嘉雯\n二、《酒狂》　唱：何詠恩　琴：葉志明\n麥嘉雯和葉志明都是老琴友。"
    assert "高山" in names_in(text)


def test_a_field_of_spaced_names_with_one_found_vouches_for_the_rest() -> None:
    text = "节目单\n一、《顶碗》　表演：马兰花　柳青\n二、《中幡》　表演：王大力　特邀：周德顺\n马兰花今年十九岁。"
    names = names_in(text)
    assert "柳青" in names and "王大力" in names


def test_a_fields_office_and_a_time_are_no_people() -> None:
    text = "审核：宣传科 马丽娜　阅读：3,417\n講師：許雅雯　時間：週二 19:00-21:00\n馬麗娜說報名踴躍。"
    names = names_in(text)
    assert "宣传科" not in names and "週二" not in names


def test_a_teams_name_glossed_with_its_employer_is_no_person() -> None:
    text = (
        "积分榜\n名次｜队名（单位）｜队员｜总分\n1｜花木兰（华晟银行）｜司马婉清、邓佳、唐糖｜2,846\n"
        "2｜赵子龙（龙腾物流）｜赵卫东、常胜、彭浩｜2,811\n3｜洗沟队（天润地产）｜马骏、许晴、韩冬｜2,655\n"
        "下周看点：“赵子龙”对阵“花木兰”。\n"
    )
    names = names_in(text)
    assert "花木兰" not in names and "赵子龙" not in names and "赵卫东" in names


def test_the_agent_of_a_passive_of_making_is_a_person() -> None:
    text = "三、《酒狂》　令狐清　（相傳為阮籍所作）\n令狐清一開口照例先講笑話。"
    assert "阮籍" in names_in(text)


def test_a_married_name_after_a_groups_representative_is_whole() -> None:
    text = "家长代表黄周丽娟在发言中感谢各培训点老师，特别提到学校的王老师每天放学后陪孩子们练。"
    assert "黄周丽娟" in names_in(text)
