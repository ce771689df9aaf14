"""Reader mode on the shapes the thirty-third held-out set showed: a
schedule's day-and-times rows under the head row of what is shown, a menu
item broken from its bare price (a currency's code), a contact run's last
field in a notice."""

from __future__ import annotations

from reader.core.cleaning import clean


def _same(line: str) -> str:
    return "".join(line.split())


def _kept(text: str) -> list[str]:
    return [_same(p) for p in clean(text).paragraphs]


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
    kept = _kept(text)
    for line in _SCHEDULE:
        assert _same(line) in kept, line


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
    kept = _kept(text)
    for line in _PRICES:
        assert _same(line) in kept, line


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
    kept = _kept(text)
    for line in _CONTACTS:
        assert _same(line) in kept, line
