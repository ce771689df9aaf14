"""Reader mode on the shapes the twenty-fifth held-out set showed: a
schedule of sessions under its day heads."""

from __future__ import annotations

from reader.core.cleaning import clean


def _same(line: str) -> str:
    return "".join(line.split())


def _kept(text: str) -> set[str]:
    return {_same(p) for p in clean(text).paragraphs}


INTRO = "2026年冬季考级将于12月12日至13日在我院南校区举行。现将考场安排及有关事项通知如下："
CLOSING = [
    "准考证请于12月5日起登录本网站自行打印，考生凭准考证及身份证件入场，迟到十五分钟以上视为缺考。",
    "考试成绩预计于2027年1月20日后在本网站公布，证书由各考点统一领取，请考生留意网站通知。",
]
SCHEDULE = [
    "12月12日（周六）",
    "钢琴1—4级　8:30—17:30　南校区琴房楼一层 101—106考场",
    "钢琴5—8级　8:30—17:30　南校区琴房楼二层 201—206考场",
    "小提琴全级别　9:00—16:00　南校区音乐厅排练厅",
    "12月13日（周日）",
    "钢琴9—10级　8:30—12:00　南校区琴房楼三层 301考场",
]


def test_a_schedule_of_sessions_stays_under_its_day_heads() -> None:
    page = ["关于冬季考级考场安排的通知", "发布：考级中心　2026年11月27日 16:30", INTRO, "一、考试时间与考场"]
    cleaned = clean("\n".join([*page, *SCHEDULE, *CLOSING]))
    kept = {_same(p) for p in cleaned.paragraphs}
    assert [row for row in SCHEDULE if _same(row) not in kept] == []
    assert cleaned.metadata.date == "2026-11-27 16:30"


def test_a_hotline_with_its_hours_in_brackets_is_still_no_session() -> None:
    hotline = "客服热线：400-861-5520（9:00—21:00）"
    assert _same(hotline) not in _kept("\n".join(["合作社蜂蜜上市", *CLOSING, hotline]))
