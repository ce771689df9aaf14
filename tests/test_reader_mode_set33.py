"""Reader mode on the shapes the thirty-third held-out set showed: a
schedule's day-and-times rows under the head row of what is shown, a menu
item broken from its bare price (a currency's code), a contact run's last
field in a notice."""

from __future__ import annotations

from cleaning_support import kept_lines, same
from reader.core.cleaning import clean

_MENU = "首頁　節目　場地　會員　聯絡我們"
_FOOT = ["地址：某市某路1號　電話：0000-0000", "© 2026 Example Hall. All Rights Reserved."]

_SCHEDULE = [
    "《北風之歌》　國語／中文字幕　110分鐘　PG",
    "3/4（二）　13:30　16:15　19:40",
    "3/5（三）　19:40",
    "3/6（四）　11:00　14:00　19:40",
    "《南島夜話》　粵語／英文字幕　95分鐘　IIA",
    "3/7（五）　14:00　18:30",
    "3/8（六）　10:30　14:00　18:30",
]


def test_schedule_rows_and_their_head_rows_stay() -> None:
    text = "\n".join(
        [
            _MENU,
            "本週放映時間",
            "本週本館放映兩部新片，週末另設早場，各場次座位有限，建議提早購票入場。",
            *_SCHEDULE,
            "各場次以本館公佈為準，如有更改將另行通知，敬請留意本館的最新消息。",
            *_FOOT,
        ]
    )
    kept = kept_lines(text)
    for line in _SCHEDULE:
        assert same(line) in kept, line


_PRICES = ["珍珠　MOP 5", "椰果　MOP 6", "芋圓", "MOP 8", "燕麥奶替換　MOP 6", "仙草　MOP 7"]


def test_an_item_broken_from_its_coded_price_stays() -> None:
    text = "\n".join(
        [
            _MENU,
            "冬季餐牌",
            "今季我們推出多款暖飲和甜品，所有飲品均可按個人口味調整甜度和溫度，歡迎選購。",
            "【加料】",
            *_PRICES,
            "甜度可選正常、少甜或無糖，溫度可選熱或溫，請於落單時告知店員。",
            *_FOOT,
        ]
    )
    kept = kept_lines(text)
    for line in _PRICES:
        assert same(line) in kept, line


_CONTACTS = [
    "公示期：2026年3月1日至2026年3月10日",
    "联系人：价格科　张先生",
    "电话：0000-1234567",
    "电子邮箱：price@example.cn",
]


def test_a_notice_keeps_its_contact_runs_last_field() -> None:
    text = "\n".join(
        [
            "首页　机构概况　信息公开　政策文件　互动交流",
            "关于某停车场收费标准调整的公示",
            "为进一步发挥价格杠杆作用，经研究，拟对某停车场收费标准进行调整，现将有关事项公示如下。",
            "一、调整后的收费标准",
            "小型车每小时收费标准由4元调整为5元，大型车每小时收费标准由8元调整为10元。",
            "二、公示期及反馈方式",
            *_CONTACTS,
            "公示期间，如有意见建议，请以书面或电子邮件形式反馈，并注明真实姓名和联系方式。",
            "网站标识码：0000000000　某ICP备00000000号",
        ]
    )
    kept = kept_lines(text)
    for line in _CONTACTS:
        assert same(line) in kept, line


_SHOP_FOOT = ["其他分店", "某街分店　每日 11:00–21:00", "© 2026 某某茶室 版權所有"]


def test_rated_quotes_under_a_reviews_head_and_the_shops_terms_over_them_go() -> None:
    terms = [
        "過敏原提示：本店所有飲品均於同一工作區域製作，可能含有牛奶及堅果，本店未能保證任何產品完全不含致敏原。",
        "所有價錢以澳門元計算，如價目表與門市實際售價不符，以門市收銀系統顯示為準，本店保留修改價格之權利。",
    ]
    reviews = ["顧客評價", "★★★★★　阿明：熱飲好暖胃，落雨天飲一流！", "★★★★☆　Amy L.：甜品好滑，但係排隊要等好耐。"]
    text = "\n".join(
        [
            _MENU,
            "冬季餐牌",
            "今季我們推出多款暖飲和甜品，所有飲品均可按個人口味調整甜度和溫度，歡迎選購。",
            "陳皮紅豆奶茶　中杯 MOP 28　大杯 MOP 34",
            "黑糖薑汁鮮奶　中杯 MOP 30　大杯 MOP 36",
            "甜度可選正常、少甜或無糖，溫度可選熱或溫，請於落單時告知店員。",
            *terms,
            *reviews,
            *_SHOP_FOOT,
        ]
    )
    kept = kept_lines(text)
    for line in [*terms, *reviews]:
        assert same(line) not in kept, line
    assert same("今季我們推出多款暖飲和甜品，所有飲品均可按個人口味調整甜度和溫度，歡迎選購。") in kept


_POST = [
    "今年雨水來得晚，果園的榴槤比往年遲了兩個星期才開始落果，不過味道一樣濃郁，歡迎大家預約上山。",
    "本週價格",
    "猫山王　RM65／公斤",
    "D24　RM38／公斤",
]


def test_an_owners_role_and_name_beside_the_date_is_the_author() -> None:
    text = "\n".join(["首页　园主日记　价格表　交通指南", "本周园内价格表", "园主 谢金福　2026年12月4日", *_POST])
    meta = clean(text).metadata
    assert meta.author == "谢金福"
    assert meta.source != "园主 谢金福"


def test_a_units_name_before_its_desk_is_the_source() -> None:
    text = "\n".join(
        [
            "首頁　乘車資訊　旅客服務",
            "12月第1週拾得物招領公告",
            "發布單位：某某捷運股份有限公司 遺失物中心　發布日期：2026/12/07",
            "本公司於12月1日至12月6日間，於各車站及列車上拾得下列物品，請失主於招領期限內攜帶證件前來認領。",
        ]
    )
    assert clean(text).metadata.source == "某某捷運股份有限公司"


def test_a_short_site_name_the_title_spells_out_gives_way_to_it() -> None:
    from pathlib import Path

    from reader.core.html_reader import read_html

    paragraph = "为方便患者合理安排就诊时间，现将心血管内科门诊专家出诊安排公布如下，挂号请通过本院公众号办理。"
    html = (
        "<html><head><title>门诊专家出诊安排_门诊指南_某江市第一人民医院</title>"
        '<meta property="og:site_name" content="某江一院"></head>'
        f"<body><article><h1>门诊专家出诊安排</h1><p>{paragraph}</p><p>{paragraph}</p></article></body></html>"
    )
    page = read_html(html.encode(), Path("roster.html"))
    assert page.hints.source == "某江市第一人民医院"


_NOTICE = [
    "本公司於12月1日至12月6日間，於各車站及列車上拾得下列物品，請失主於招領期限內攜帶證件前來認領。",
    "招領期限：自公告日起6個月，逾期依遺失物拾得相關法令處理，詳情請洽各站服務台或撥打客服專線查詢。",
]


def test_a_question_with_answer_buttons_goes() -> None:
    text = "\n".join(["首頁　乘車資訊　旅客服務", "拾得物招領公告", *_NOTICE, "這個網頁對您有幫助嗎？　是　否", *_FOOT])
    kept = kept_lines(text)
    assert same("這個網頁對您有幫助嗎？　是　否") not in kept
    assert all(same(line) in kept for line in _NOTICE)


def test_a_related_lists_last_title_ending_alike_goes_before_prose() -> None:
    titles = ["11月第4週站內拾得物招領公告", "11月第3週站內拾得物招領公告", "藍線部分班次12月10日夜間調整公告"]
    text = "\n".join(
        [
            "首頁　乘車資訊　旅客服務",
            "拾得物招領公告",
            *_NOTICE,
            "最新消息",
            *titles,
            "依個人資料保護法規定，本公司於認領過程中所蒐集之個人資料，僅供確認物品歸屬及聯繫之用，期滿即行銷毀。",
            "提醒您：搭乘捷運請隨身攜帶個人物品，下車前請再次確認座位及行李架，如發現可疑物品請通知站務人員。",
            *_FOOT,
        ]
    )
    kept = kept_lines(text)
    for line in titles:
        assert same(line) not in kept, line


def test_a_four_character_button_under_every_block_goes() -> None:
    blocks = [
        ["《北風之歌》　國語／中文字幕　110分鐘　PG", "3/4（二）　13:30　16:15", "3/5（三）　19:40"],
        ["《南島夜話》　粵語／英文字幕　95分鐘　IIA", "3/6（四）　14:00　18:30", "3/7（五）　18:30"],
        ["《山城往事》　國語／英文字幕　102分鐘　PG", "3/8（六）　10:30　14:00", "3/9（日）　14:00"],
    ]
    text = "\n".join(
        [
            _MENU,
            "本週放映時間",
            "本週本館放映三部新片，週末另設早場，各場次座位有限，建議提早購票入場。",
            *[line for block in blocks for line in [*block, "立即購票"]],
            "各場次以本館公佈為準，如有更改將另行通知，敬請留意本館的最新消息。",
            *_FOOT,
        ]
    )
    kept = kept_lines(text)
    assert same("立即購票") not in kept
    assert all(same(line) in kept for block in blocks for line in block)


def test_a_bracketed_label_over_every_notice_stays() -> None:
    notices = []
    for name in ("张三", "李四", "王五"):
        notices += ["【遗失声明】", f"本人{name}不慎遗失身份证一张，特此声明作废，如有拾获请与本人联系，谢谢。"]
    text = "\n".join(["首页　分类广告　刊登须知", "分类广告", *notices, "© 2026 Example Daily"])
    assert kept_lines(text).count(same("【遗失声明】")) == 3


def _notice(attachment_above: str) -> str:
    return "\n".join(
        [
            "首页　机构概况　信息公开　政策文件　互动交流",
            "关于某停车场收费标准调整的公示",
            "为进一步发挥价格杠杆作用，经研究，拟对某停车场收费标准进行调整，现将有关事项公示如下。",
            "小型车每小时收费标准由4元调整为5元，大型车每小时收费标准由8元调整为10元。",
            attachment_above,
            "附件：某停车场收费标准测算说明.pdf",
            "某市发展和改革委员会",
            "2026年12月3日",
            "【打印本页】【关闭窗口】",
            "网站标识码：0000000000　某ICP备00000000号",
        ]
    )


def test_an_attachment_line_between_the_last_paragraph_and_the_sign_off_stays() -> None:
    kept = kept_lines(_notice("公示期间，如有意见建议，请以书面形式反馈，并注明真实姓名和联系方式；匿名意见不予受理。"))
    assert same("附件：某停车场收费标准测算说明.pdf") in kept


def test_an_attachment_line_under_a_contact_row_goes() -> None:
    kept = kept_lines(_notice("监督电话：0000-1234567"))
    assert same("附件：某停车场收费标准测算说明.pdf") not in kept
