"""Reader mode on the shapes the twenty-fifth held-out set showed: a
schedule of sessions under its day heads, a tally of labelled counts, bare
names a notice's line introduces, and a salutation other pages share."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.line_features import template_key

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
    kept = {same(p) for p in cleaned.paragraphs}
    assert [row for row in SCHEDULE if same(row) not in kept] == []
    assert cleaned.metadata.date == "2026-11-27 16:30"


def test_a_hotline_with_its_hours_in_brackets_is_still_no_session() -> None:
    hotline = "客服热线：400-861-5520（9:00—21:00）"
    assert same(hotline) not in kept_set("\n".join(["合作社蜂蜜上市", *CLOSING, hotline]))


def test_a_tally_of_labelled_counts_under_its_head_stays() -> None:
    intro = "十一月嘅修復日喺上星期六喺社區會堂舉行，一共收到61件待修物品，多謝28位義工師傅幫手登記、招呼街坊。"
    tally = [
        "登記物品：61件",
        "成功修好：38件",
        "部分修好／需要買零件：11件",
        "修唔到：12件",
        "成功率：62%（上月58%）",
        "物品類別",
    ]
    rows = ["小家電（風筒、電飯煲、暖爐等）　24件", "衣物及袋　15件", "單車及雨遮　7件"]
    story = "今次最難忘嘅，係一位婆婆帶嚟一部1987年嘅收音機，師傅拆開發現係一粒電容漏液，換完之後即刻開聲。"
    kept = kept_set("\n".join(["十一月修復日紀錄", intro, "今次嘅數字", *tally, *rows, story]))
    assert [row for row in tally if same(row) not in kept] == []


def test_bare_names_a_notice_line_introduces_stay_together() -> None:
    lead = "自2026年12月15日起，以下套餐停止新办理，已办理客户可继续使用："
    names = ["畅聊家庭59元档", "校园宽带包年套餐（480元/年）"]
    story = [
        "为进一步提升千兆宽带服务品质，我公司将自2027年1月1日起对部分宽带融合套餐进行调整，具体如下：",
        "悦享融合129元档：宽带速率由500M提升至1000M，月费不变；",
        "二、停止新办理的套餐",
    ]
    after = "三、老客户怎么办"
    closing = "合约期内月费仍按原价收取，合约到期后按新资费执行，到期前我公司将以短信方式提前三十天通知。"
    kept = kept_set("\n".join(["关于部分宽带融合套餐资费调整的公告", *story, lead, *names, after, closing]))
    assert [row for row in names if same(row) not in kept] == []


def test_a_salutation_other_pages_share_still_opens_the_notice() -> None:
    page = [
        "首页 > 公告 > 资费公告",
        "关于部分宽带融合套餐资费调整的公告",
        "2026-11-29　来源：某某通信市场部",
        "尊敬的客户：",
        "为进一步提升千兆宽带服务品质，我公司将自2027年1月1日起对部分宽带融合套餐进行调整，具体如下：",
        *CLOSING,
    ]
    cleaned = clean("\n".join(page), template={template_key("尊敬的客户：")})
    assert "尊敬的客户：" in cleaned.paragraphs


def test_a_font_size_row_of_letters_under_the_byline_goes() -> None:
    page = [
        "【每週通勝】12月1日至7日：周一大雪　搬屋、開張揀邊日？",
        "撰文：麥德霖　2026年11月30日 21:00",
        "字體大小：A A A",
        "今個星期踏入大雪節氣，天氣轉冷，亦係一年之中好多人揀日子搬屋、入伙嘅時候。以下係本週每日宜忌。",
        *CLOSING,
    ]
    assert same("字體大小：A A A") not in kept_set("\n".join(page))


def test_a_lone_count_under_a_colon_is_no_item_of_a_list() -> None:
    # A share bar's count (• 0) under a paragraph that ends in a colon has no
    # words: it names no item, so neither it nor the line under it is a list.
    page = [
        "标题在这里是一个新闻",
        "他在世界各地有很多朋友和同事。为了让更多人知道，他的家人希望我们分享这个网页，一起纪念他的一生：",
        "• 0",
        "股市直播",
        "准确地说这是一段很长的正文，用来测试列表的规则是否正确，我们再写几句话。",
        "他说这件事情很重要，大家都应该知道，所以写了很多很多的字。",
    ]
    assert not {same("• 0"), same("0")} & kept_set("\n".join(page))
