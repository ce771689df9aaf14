"""People set 45's fix pass (tests/data/people/fresh45): each rule on a text of its own."""

from __future__ import annotations

from cleaning_support import kept_set, same
from people_support import names_in

_NOTICE = [
    "首页 > 通知公告",
    "石桥村关于老屋拆除补偿的公示",
    "发布日期：2026年5月1日",
    "因道路拓宽需要，下列农户的老屋需拆除。现将补偿名单公示如下，请有关农户于月底前到村委会签字确认。",
    "联系人：村支书方永年，电话 0591-83xxxxx",
    "序号｜户主｜代领人｜关系｜备注",
    "1｜郑长根｜郑小军｜子｜",
    "2｜林桂英｜林志强｜孙｜",
    "3｜何三妹｜——｜——｜已迁居",
    "4｜吴德胜｜吴海燕｜女｜",
    "说明：",
    "一、补偿款由镇财政所统一发放，公示期七天，如有异议请向村委会反映。",
    "二、签字时请带身份证原件，委托他人代领的须出具委托书。",
    "石桥村村民委员会",
    "2026年5月1日",
]


def test_a_bar_table_with_a_column_of_names_stays_with_the_contact_line_above_it() -> None:
    kept = kept_set("\n".join(_NOTICE))
    assert {same(row) for row in _NOTICE[5:10]} <= kept
    assert same(_NOTICE[4]) in kept
    assert {"郑小军", "林志强", "方永年"} <= names_in("\n".join(_NOTICE))
    # (rows of words, no column of names: a menu's shape, as before)
    menu = [
        *_NOTICE[:5],
        "首页｜公告｜政策｜办事｜互动",
        "新闻｜图片｜视频｜专题｜下载",
        "关于｜联系｜地图｜帮助｜反馈",
        *_NOTICE[10:],
    ]
    assert same(menu[5]) not in kept_set("\n".join(menu))


_ROLL = [
    "七月生日会",
    "7月26日上午，社区长者中心为七月出生的六位老人举办了集体生日会，志愿者们早早布置好了会场。本月寿星：",
    "春兰　秋菊　慕容淑芬　钱光耀　夏雨　洛桑卓嘎",
    "中心主任赵志明为寿星们送上了祝福，孩子们还表演了节目，大家一起分享了蛋糕和长寿面。",
]


def test_a_roll_set_apart_by_full_width_spaces_under_a_sentence_announcing_it_stays() -> None:
    text = "\n".join(_ROLL)
    assert same(_ROLL[2]) in kept_set(text)
    # (the same words under a line that announces nothing: a menu's, as before)
    menu = [_ROLL[0], "社区长者中心　服务项目", _ROLL[2], _ROLL[3]]
    assert same(_ROLL[2]) not in kept_set("\n".join(menu))


def test_a_duty_column_with_a_person_named_outside_it_holds_people() -> None:
    text = (
        "本周义工安排如下：\n日期｜主厨｜送餐\n周一｜龚家明｜鲍志远\n周二｜龚家明｜杭秀珍\n周三｜龚家明｜鲍志远\n"
        "备注：杭秀珍上周自费买了新饭盒，多谢。\n"
    )
    assert {"鲍志远", "杭秀珍"} <= names_in(text)


def test_pets_named_like_people_under_an_animal_name_heading_or_after_their_kind_go() -> None:
    text = (
        "比赛结果如下：\n组别｜犬名｜品种｜犬主\n甲组｜关羽｜秋田犬｜邓家豪\n乙组｜武则天｜贵宾犬｜罗美玲\n"
        "丙组｜来福｜柴犬｜韦国栋\n「关羽」今年第二次夺冠，「武则天」亦表现出色。韦国栋说，隻柴犬来福好乖。\n"
    )
    names = names_in(text)
    assert not {"关羽", "武则天", "来福"} & names
    assert {"邓家豪", "罗美玲", "韦国栋"} <= names


def test_a_column_under_an_agents_heading_takes_a_name_without_a_surname() -> None:
    text = "决赛成绩：\n名次｜选手｜代表队\n1｜郝一鸣｜昆明队\n2｜次仁多吉｜拉萨队\n3｜祁文静｜大理队\n"
    assert "次仁多吉" in names_in(text)


def test_single_quotes_inside_a_quotation_quote_a_things_name() -> None:
    text = "线路有“杜甫登高”和“后羿射日”。冠军说：“‘杜甫登高’那条线最难。”"
    assert not any(n.startswith("杜甫") for n in names_in(text))


def test_a_kinship_word_glued_before_a_dotted_name_stays_out() -> None:
    names = names_in("当年掩埋飞行员的是村民，其外甥孙马克·琼斯（Mark Jones）已来函致谢。")
    assert "马克·琼斯" in names
    assert not any(n.endswith("马克·琼斯") and n != "马克·琼斯" for n in names)
    assert "孙马克" not in names


def test_a_name_only_inside_a_works_title_names_the_work() -> None:
    names = names_in("晚会上，92岁的郑婆婆清唱了一段《孟丽君脱靴》，台下掌声不断。")
    assert "孟丽君" not in names


def test_a_rolls_japanese_surname_before_a_womans_name_in_zi_is_a_name() -> None:
    names = names_in("参加茶会的有：\n佐藤和子\n石文彬\n邢晓燕\n")
    assert "佐藤和子" in names
