"""Reader mode on the shapes the forty-sixth held-out set showed: a rule
among a page's rules that names the body writing it and refuses a refund
(本會…概不退還), a bilingual site name written together again at the foot,
a 来源 naming a channel and its programme, a commentary's 评论员, and a
desk before the writer's name (文：权益部 张可欣)."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean

_RULES = [
    "參賽作品須為參加者原創，不得抄襲他人設計。",
    "比賽期間請聽從工作人員指示，注意安全。",
    "如遇惡劣天氣，活動將延期舉行，另行通知。",
    "報名費於本會會址以現金繳交，繳費後概不退還。",
]


def _event(rules: list[str], below: list[str]) -> str:
    return "\n".join(
        [
            "某某同好會",
            "首頁　活動消息　聯絡我們",
            "新春比賽公開報名",
            "發佈日期：2026年12月23日",
            "本會將於明年二月舉辦新春比賽，歡迎市民以家庭或個人名義報名參加，名額有限，先到先得。",
            "參加規則",
            *rules,
            *below,
            "© 2026 某某同好會",
        ]
    )


def test_a_rule_among_the_pages_rules_stays_though_it_names_the_body() -> None:
    kept = kept_set(_event(_RULES, ["查詢：2856 xxxx（星期一至五 下午）"]))
    for rule in _RULES:
        assert same(rule) in kept, rule


def test_the_sites_own_statement_closing_the_page_still_goes() -> None:
    # (junk, not the article, under it: the site's statement about itself)
    statement = "本會保留活動最終解釋權，報名費概不退還。"
    kept = kept_set(_event(_RULES[:3], [statement]))
    assert same(statement) not in kept


def _blog(foot: str) -> str:
    return "\n".join(
        [
            "慢行記 Slow Steps",
            "首頁　旅行　吃喝　關於我",
            "一張火車票，去小鎮喝一杯老咖啡",
            "文：陳某某　2026年12月26日",
            "那天早上八點半，我們在車站排隊過關，隊伍比想像中短，不到二十分鐘就上了車。",
            "小鎮的咖啡店開了六十多年，老闆說牆上的月曆一直沒換過，客人也都是熟面孔。",
            foot,
        ]
    )


def test_a_bilingual_site_name_is_its_chinese_part_though_written_twice() -> None:
    assert clean(_blog("© 2026 慢行記 Slow Steps 版權所有")).metadata.source == "慢行記"


_COMMENTARY = [
    "某某广播电视台",
    "首页　新闻　观点　听广播",
    "午休舱开进写字楼，别让打个盹也成了一门生意",
    "2026-12-28 19:42　来源：某某新闻广播《晚间评论》　评论员：周某明",
    "最近，不少写字楼里出现了按分钟计费的午休舱，白领午饭后可以躺进去睡上半小时。",
    "打个盹本是再平常不过的事，如今却要扫码付费，这背后值得我们多想一想。",
    "© 2026 某某广播电视台 版权所有",
]


def test_a_channels_programme_gives_way_to_the_masthead_and_the_commentator_writes() -> None:
    meta = clean("\n".join(_COMMENTARY)).metadata
    assert meta.source == "某某广播电视台"
    assert meta.author == "周某明"


def test_a_desk_before_the_writers_name_leaves_the_person() -> None:
    text = "\n".join(
        [
            "某某大学学生会",
            "关于开展二手教材交换活动的通知",
            "2026-12-30 17:20　来源：某某大学学生会　文：权益部 张某欣",
            "为倡导绿色校园理念，学生会将于下学期开学前开展二手教材收集与交换活动，欢迎同学们踊跃参与。",
            "收集时间为一月六日至八日，地点在图书馆一楼大厅，届时将有志愿者现场登记。",
        ]
    )
    assert clean(text).metadata.author == "张某欣"


_STORY = [
    "某某社區報",
    "首頁　新聞　產業　生活",
    "老街打鐵舖傳到第三代",
    "記者陳某某／山城報導 2026-12-22 15:08",
    "清晨六點，老街盡頭的打鐵舖已經升起爐火，第三代師傅正把燒紅的鐵條放上鐵砧。",
    "他說，這門手藝靠的是耐性，一把好刀要反覆燒打幾十次，急不來，也省不得。",
]


def test_the_sites_appeal_for_a_monthly_sum_and_its_button_go() -> None:
    appeal = "某某社區報是一份由居民支持的獨立媒體。每月100元，就能讓我們持續記錄家鄉的人與事。"
    kept = kept_set("\n".join([*_STORY, appeal, "我要支持", "相關新聞", "© 2026 某某社區報"]))
    assert same(appeal) not in kept
    assert same("我要支持") not in kept
    assert same(_STORY[-1]) in kept


def test_an_appeal_on_the_piece_just_read_goes() -> None:
    appeal = "☕ 如果这篇文章对你有帮助，欢迎 [请我喝杯咖啡](https://tips.example/someone)。"
    kept = kept_set("\n".join([*_STORY, appeal, "© 2026 某某社區報"]))
    assert same(appeal) not in kept


def test_a_last_paragraph_about_the_subjects_monthly_sums_stays() -> None:
    # (the article's own close speaks of its subject, not of the page: no 我們 of the site)
    close = "師傅說，如今每月接單三十多件，收入比十年前多了一倍，總算撐得住這門手藝。"
    kept = kept_set("\n".join([*_STORY, close, "© 2026 某某社區報"]))
    assert same(close) in kept
