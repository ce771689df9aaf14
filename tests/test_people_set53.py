"""People pass people67 on sets 53 and 54 (tests/data/people/fresh53, fresh54): rolls of group
rows the cleaning took for menus, names run into the next word after a list holds them whole,
a title glued onto a dotted name, and a dotted name cut at a 的 that spells a sound."""

from __future__ import annotations

from people_support import names_in
from reader.core.cleaning import clean

_GROUPS = (
    "本周共有十名会员参加了潜水活动，分组如下。\n"
    "一、分组名单\n"
    "第一组：　白云　高山　陈小兰　山田花\n"
    "第二组：　宋明远　黄河　阿飞（李飞鸿）\n"
    "二、每日记录\n"
    "6月1日　陈小兰第一次参加夜潜，大家都很兴奋。\n"
)


def test_a_row_of_names_under_a_groups_numeral_label_stays() -> None:
    body = "\n".join(clean(_GROUPS).paragraphs)
    assert "第一组：　白云　高山　陈小兰　山田花" in body


def test_the_next_groups_row_stays_though_one_cell_is_glossed() -> None:
    body = "\n".join(clean(_GROUPS).paragraphs)
    assert "第二组：　宋明远　黄河　阿飞（李飞鸿）" in body


def test_a_row_under_an_ordinal_word_with_no_sibling_row_still_goes() -> None:
    text = "本周的新闻如下，请大家阅读。\n第三方：　微信　微博　豆瓣　知乎\n学校为他们安排了宿舍。\n"
    body = "\n".join(clean(text).paragraphs)
    assert "豆瓣" not in body


def test_a_name_a_roll_holds_whole_is_not_run_into_a_conjunction() -> None:
    text = "名单：　山田花　陈小兰　宋明远\n6月5日，会员山田花和陈小兰完成考核，宋明远签发证书。"
    names = names_in(text)
    assert "山田花" in names and "山田花和" not in names


def test_a_name_a_roll_holds_whole_is_not_run_into_an_adverb() -> None:
    text = "名单：　葉秋　莫愁　司徒家俊\n她的弟子莫愁原是会计师，葉秋和司徒家俊是裁缝。"
    names = names_in(text)
    assert "莫愁" in names and "莫愁原" not in names


def test_a_priests_title_after_a_dotted_name_in_a_field_is_no_part_of_it() -> None:
    text = "婚禮日期：2027年1月9日　證婚：馬田·奧康納神父（Fr. Martin O'Connor）\n新人在教堂相識。"
    names = names_in(text)
    assert "馬田·奧康納" in names and "馬田·奧康納神父" not in names


def test_a_de_between_transliteration_sounds_is_inside_the_last_part() -> None:
    text = "19世纪美国人伊莱沙·奥的斯发明安全升降机后，高楼生活才真正成为可能。"
    names = names_in(text)
    assert "伊莱沙·奥的斯" in names and "伊莱沙·奥" not in names


def test_a_possessive_after_a_one_character_last_part_still_ends_it() -> None:
    text = "记者见到了约翰·李的书，他的书桌上堆满了稿纸。"
    names = names_in(text)
    assert "约翰·李的书" not in names


def test_a_column_headed_by_whose_names_holds_people_that_are_words() -> None:
    text = (
        "获奖教练名单如下：\n"
        "教练姓名　　准驾车型　　带教学员数\n"
        "欧阳红梅　　C1　　　　　146\n"
        "付强　　　　C2　　　　　132\n"
        "雷鸣　　　　C1　　　　　121\n"
        "颁奖时台下响起雷鸣般的掌声。"
    )
    names = names_in(text)
    assert "付强" in names and "雷鸣" in names


def test_a_last_character_doubled_round_yi_is_a_verbs() -> None:
    text = "有年轻学员开玩笑说姚大爷是车神，要和藤原拓海比一比，引得全场大笑。"
    assert "藤原拓海比" not in names_in(text)


def test_a_surname_and_zai_before_a_place_word_is_whereabouts() -> None:
    text = "伊斯坦大·霍松安是布農族青年；他說父親常在田裡向天神祈禱豐收。"
    assert "常在田" not in names_in(text)


def test_a_title_of_an_offices_head_cues_a_compound_surnamed_name() -> None:
    text = "评比小组由所长上官明远牵头，成员为何秋菊等三位同志。"
    assert "上官明远" in names_in(text)


def test_a_field_after_a_lines_number_is_one_of_the_lines_fields() -> None:
    text = "四、新郎：何必　新娘：甄可欣\n甄可欣是小学教师。其實何必拘泥，教友可自行安排。"
    names = names_in(text)
    assert "何必" in names and "甄可欣" in names


def test_a_guest_before_a_japanese_name_cues_it() -> None:
    text = "另外，日本客人松本由紀每年專程來港訂造旗袍，今年更捐出一萬元支持學徒津貼。"
    assert "松本由紀" in names_in(text)


def test_dai_before_a_verb_after_you_and_the_agent_is_no_part_of_the_name() -> None:
    text = "301｜刘宋桂英｜同意｜由女儿刘佳代签\n302｜王建国｜同意｜本人签字"
    names = names_in(text)
    assert "刘佳代" not in names


def test_a_mascot_before_a_name_names_no_person() -> None:
    text = "高二　班級吉祥物皮卡丘玩偶在校外教學時弄丟了，巴奈哭了一整天。"
    assert "皮卡丘" not in names_in(text)
