"""People pass people65 on sets 50 and 51 (tests/data/people/fresh50, fresh51): a results table and
rolls the cleaning took for menus, and a transliterated surname that is also a place's word."""

from __future__ import annotations

from people_support import names_in
from reader.core.cleaning import clean

_TABLE = (
    "| 奖项 | 作品 | 学校 | 队员 | 指导教师 |\n"
    "| 一等奖 | 大鹏展翅 | 北方工业大学 | 温暖、令狐晨、阿依娜·努尔兰 | 郑北川 |\n"
    "| 二等奖 | 小河流水 | 松江师范学院 | 冷锋、夏至、金秀妍 | 张刘淑华 |\n"
    "| 二等奖 | 雪孩子 | 东北林业学院 | 宁静、乌日娜、刘国庆 | 谷雨田 |\n"
    "| 三等奖 | 冰雪奇缘 | 冰城理工大学 | 石冰、卡里姆·哈桑、韩晓雪 | 张刘淑华 |\n"
)


def test_a_paragraph_under_a_table_between_junk_is_the_body_and_keeps_the_table() -> None:
    text = (
        "2024年01月15日 14:20　文：姜北辰　编辑：赵一冰\n"
        "比赛在园区举行，各队连续创作了四十八个小时，今年的作品比往年更加精彩，评委们都十分满意。\n"
        "获奖名单\n" + _TABLE + "一等奖作品以大鹏展翅为题，队长温暖说三名队员来自三个省份，大家都很高兴。\n"
        "网友评论（2）\n小胖：太美了！\n北国：恭喜！\n"
        "责任编辑：赵一冰　　【打印】【关闭】\n"
        "Copyright © 大学新闻网　黑ICP备05001234号\n"
    )
    body = "\n".join(clean(text).paragraphs)
    assert "队长温暖说" in body
    assert "| 二等奖 | 雪孩子" in body


def test_a_roll_under_a_short_label_with_a_colon_stays() -> None:
    text = (
        "大会表彰了一批先进个人，其中两位同志荣立二等功，他们的事迹在全市广为传颂。\n"
        "荣立三等功：\n"
        "马建华　阿力木·吐尔逊　欧阳小龙　郑海峰　格桑多吉　莫凡　蔡思远\n"
        "大会还邀请了来自外地的消防专家，他在交流环节介绍了国外同行的做法。\n"
    )
    body = "\n".join(clean(text).paragraphs)
    assert "郑海峰　格桑多吉" in body


def test_a_labelled_roll_of_a_board_stays() -> None:
    text = (
        "宗亲会昨晚举行第三十八届理监事就职典礼，新一届理事会名单如下。\n"
        "会长：谢永福\n"
        "理事：谢亚牛　谢国华　颜谢秀英　谢明月　谢光明　谢家宝\n"
        "监事长：谢德贵\n"
        "典礼之后举行了联欢晚宴，三百多位宗亲出席。\n"
    )
    body = "\n".join(clean(text).paragraphs)
    assert "谢明月　谢光明" in body


def test_a_share_bar_under_a_label_is_still_a_menu() -> None:
    text = (
        "宗亲会昨晚举行第三十八届理监事就职典礼，新一届理事会名单已经在会所公布。\n"
        "分享到：\n"
        "微信　微博　朋友圈　豆瓣　知乎\n"
        "典礼之后举行了联欢晚宴，三百多位宗亲出席。\n"
    )
    body = "\n".join(clean(text).paragraphs)
    assert "微信　微博" not in body


def test_a_glossed_dotted_name_whose_last_part_is_a_places_word_is_whole() -> None:
    text = "今年領洗的有陳嘉欣、米高·聖地牙哥（Miguel Santiago）和凌雲。"
    names = names_in(text)
    assert "米高·聖地牙哥" in names
    assert "米高·聖" not in names


def test_an_address_after_a_glossed_dotted_name_stays_out() -> None:
    names = names_in("致辭的是拉傑什·庫馬爾先生（Rajesh Kumar）。")
    assert "拉傑什·庫馬爾" in names


def test_a_compound_husbands_surname_before_a_womans_own_name_is_hers() -> None:
    text = "出席的有司徒偉明先生、司徒黃麗華女士和何志強先生。"
    names = names_in(text)
    assert "司徒黃麗華" in names and "黃麗華" not in names


def test_a_married_name_glossed_with_her_nickname_is_whole() -> None:
    text = "我阿爸鄭阿水是守塔人。我牽手鄭洪月娥（阿娥）跟著我在島上住了二十幾年。"
    names = names_in(text)
    assert "鄭洪月娥" in names


def test_a_particle_before_a_glossed_name_is_no_husbands_surname() -> None:
    text = "我們都很想念向陳美玲（阿玲）那時的笑容。"
    assert "向陳美玲" not in names_in(text)


def test_a_compound_husbands_surname_keeps_the_whole_married_name() -> None:
    text = "▍甜點　軒轅曉晴\n她的和菓子，靈感來自奶奶軒轅林秀蘭的芒果冰。"
    names = names_in(text)
    assert "軒轅林秀蘭" in names and "軒轅林秀" not in names


def test_a_sum_in_a_cheques_numerals_is_no_person() -> None:
    text = "捐獻芳名\n伍萬元｜無名氏｜\n參萬元｜林金水｜\n貳萬元｜陳阿嬌｜\n伍萬元｜黃大明｜\n"
    names = names_in(text)
    assert "伍萬元" not in names and "林金水" in names


def test_a_name_glossed_by_a_given_and_a_family_name_is_a_person_the_tagger_reads_as_a_place() -> None:
    text = "▍大將　岡本健司（Kenji Okamoto）\n1972年生於東京築地。"
    assert "岡本健司" in names_in(text)


def test_a_name_read_from_a_titles_last_character_moves_one_on() -> None:
    text = "廟方說，這對龍柱由鹿港老師傅施金塗雕刻，費時十四個月才完成。"
    names = names_in(text)
    assert "傅施金" not in names and "施金塗" in names


def test_a_four_character_name_with_no_surname_in_a_full_roll_is_a_person() -> None:
    text = (
        "正月十五舞龙，队员名单如下。\n"
        "龙身：何春生　吴建国　马腾飞　陈小满　黄河清　宋金花　巴图孟和\n"
        "何春生说今年练了三个月，吴建国和马腾飞负责第二节，陈小满、黄河清、宋金花都是老队员。\n"
    )
    assert "巴图孟和" in names_in(text)


def test_a_sum_closing_a_full_roll_is_no_person() -> None:
    text = (
        "本宮重修，信眾踴躍捐獻，芳名如下。\n"
        "林金水　陳阿嬌　黃大明　王美玲　各壹仟元\n"
        "林金水說，黃大明和王美玲每年都來，陳阿嬌也是老信徒。\n"
    )
    names = names_in(text)
    assert "各壹仟元" not in names and "林金水" in names
