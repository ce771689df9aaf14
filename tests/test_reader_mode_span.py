"""Reader mode inside the body's span (between the first and the last
paragraph of prose): short lines there need positive evidence to go."""

from __future__ import annotations

from reader.core.cleaning import clean

HEAD = "玩研社\n首页 新闻 评测 攻略 视频 社区\n一款推理游戏的评测：会说谎的港口城市\n"
P1 = "很少有推理游戏敢让玩家从一开始就知道，你听到的每一句证词都可能是假的，它做到了。"
P2 = "如果你喜欢自己动脑、享受一层层剥开真相的感觉，这款游戏值得一试，我会推荐给朋友。"
P3 = "本评测基于PC版本，游戏由发行商提供，评测时长约二十小时，通关两次。"


def test_one_word_headings_over_lists_after_a_score_stay() -> None:
    box = ["8.5", "优点", "对话即玩法，撒谎机制新颖", "多结局", "缺点", "部分判定过于死板", "节奏偏慢"]
    text = HEAD + "\n".join([P1, P2, *box, P3])
    kept = clean(text).paragraphs
    assert "优点" in kept and "缺点" in kept
    assert "8.5" not in kept


def test_a_short_line_between_junk_outside_the_span_still_goes() -> None:
    text = HEAD + "\n".join([P1, P2, P3, "分享到：微信 微博 QQ空间", "更多", "© 2025 玩研社"])
    assert "更多" not in clean(text).paragraphs


def test_numbered_section_headings_stay() -> None:
    sections = [
        "01 现象",
        "延迟尖刺大约每十分钟出现一次，每次持续两三秒，只影响其中一个分片，慢日志里没有大 key。",
        "02 排查过程",
        "我们按顺序逐个排除了阻塞命令、持久化和宿主机的问题，最后打开了自带的延迟监控。",
        "03 解决",
        "临时处理是先关掉主动碎片整理，长期方案是把这批小 hash 改成定长编码，效果明显。",
        "04 小结",
        "平均值会骗人，以后凡是延迟类告警，我们都会同时看 P99 和 P999，并把监控默认打开。",
    ]
    kept = clean("一次 Redis 延迟尖刺的排查\n" + "\n".join(sections)).paragraphs
    assert [s for s in sections if s not in kept] == []


def test_counters_that_count_up_after_the_body_still_go() -> None:
    text = "一次 Redis 延迟尖刺的排查\n" + "\n".join([P1, P2, P3, "1 赞", "2 评论", "3 收藏", "© 2025 某站"])
    kept = clean(text).paragraphs
    assert not {"1 赞", "2 评论", "3 收藏"} & set(kept)


def test_a_date_span_with_slashes_is_an_event_not_the_page_date() -> None:
    text = "\n".join(
        [
            "【嘉明湖】三天两夜：向阳山屋与一场冰雹",
            "草鞋阿凯　2025/11/25",
            "行程资讯",
            "日期：2025/11/14–11/16",
            "天数：3天2夜",
            P1,
            P2,
        ]
    )
    cleaned = clean(text)
    assert "日期：2025/11/14–11/16" in cleaned.paragraphs
    assert (cleaned.metadata.date or "").startswith("2025-11-25")


# -- the site's own statements at the edges -------------------------------------

TITLE = "县城咖啡店一年开了三十家，第二年怎么活"
PARAS = [
    "今年春天，县城的主街上一口气开了五家咖啡店，最早的一家已经撑过了一整年，老板说最难的是冬天。",
    "一位长期关注下沉市场的投资人认为，县城咖啡的第一轮红利已经结束，接下来比拼的是对本地人的理解。",
    "本报记者走访发现，多数店主都在尝试加入早餐和简餐，以留住上班族和学生，效果各有不同。",
]


def test_a_site_statement_after_the_body_goes() -> None:
    statement = "本文观点不代表本报立场。"
    promo = "订阅本报电子版，每月只需十八元，随时随地阅读完整版面。"
    rules = "留言须知：读者留言只代表个人意见，本报有权删除违反规定的留言，并保留追究法律责任的权利。"
    kept = clean("\n".join([TITLE, *PARAS, statement, promo, rules])).paragraphs
    assert statement not in kept and rules not in kept
    assert all(p in kept for p in PARAS)  # (本报记者走访发现…: the site named, nothing disclaimed)


def test_a_statement_about_a_site_inside_the_body_stays() -> None:
    quoted = "该平台在公告中说，本站内容仅供参考，不构成投资建议，但监管部门认为这不能免除它的责任。"
    kept = clean("\n".join([TITLE, PARAS[0], quoted, PARAS[1], PARAS[2]])).paragraphs
    assert quoted in kept


def test_an_info_box_before_a_closing_quote_is_not_a_related_list() -> None:
    box = ["買麵小貼士", "營業時間：早上7時至中午12時", "售價：每斤港幣48元", "建議即日烚熟，或雪藏不多於兩星期"]
    last = "問鄺師傅打算做到幾時，他想也不想：「做到做唔郁為止。」"
    kept = clean("\n".join([TITLE, *PARAS, *box, last])).paragraphs
    assert [line for line in [*box, last] if line not in kept] == []


def test_headlines_after_the_body_are_still_a_related_list() -> None:
    related = [
        "台灣茶飲品牌海外展店 下一站是哪裡？",
        "小農如何用電商突圍？三個成功案例",
        "氣候變遷下的台灣農業：高溫如何影響作物",
    ]
    kept = clean("\n".join([TITLE, *PARAS, *related])).paragraphs
    assert not set(related) & set(kept)


APPEAL = "母校的发展离不开每一位校友的支持，基金会接受校友及社会各界捐赠，欢迎扫码了解捐赠方式。"


def test_an_appeal_after_the_articles_end_and_its_junk_goes() -> None:
    junk = ["分享到：微信 微博 QQ空间", "上一篇：校友企业家座谈会在深圳举行", "下一篇：上海校友会举办迎新活动"]
    kept = clean("\n".join([TITLE, *PARAS, *junk, APPEAL])).paragraphs
    assert APPEAL not in kept
    assert all(p in kept for p in PARAS)


def test_an_appeal_that_closes_the_article_stays() -> None:
    kept = clean("\n".join([TITLE, *PARAS, APPEAL, "分享到：微信 微博 QQ空间"])).paragraphs
    assert APPEAL in kept


def test_an_appeal_after_an_advertisement_amid_the_body_stays() -> None:
    ad = ["- 廣告 -", "陳家豪地產 專營灣區住宅買賣 國粵英台語服務 (415) 555-0188"]
    appeal = "中心表示，目前仍有部分長者在候補名單上，歡迎有意者報名參加第二輪送暖活動，也接受物資捐贈。"
    kept = clean("\n".join([TITLE, PARAS[0], PARAS[1], *ad, appeal, "地點：華埠長者服務中心"])).paragraphs
    assert appeal in kept


def test_an_appeal_that_opens_the_article_under_the_menus_stays() -> None:
    menus = ["首页 新闻 校友 捐赠 关于我们", "当前位置：首页 > 校友风采", "分享到：微信 微博 QQ空间"]
    kept = clean("\n".join([*menus, TITLE, APPEAL, *PARAS])).paragraphs
    assert APPEAL in kept
