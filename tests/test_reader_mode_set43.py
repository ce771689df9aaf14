"""Reader mode on the shapes the forty-third held-out set showed: a price
list one cell a line (an item's name, its bare price under it, pair after
pair, 粘鞋底 / 10元), and the tail of a page under the article (a related
row that asks 你可能也想看：…｜…)."""

from __future__ import annotations

from cleaning_support import kept_set, same

_PAIRS = [
    "修车类",
    "补胎（一处）",
    "15元",
    "换内胎",
    "35元",
    "换刹车线",
    "20元起",
    "调变速",
    "面议",
    "保养类",
    "链条上油",
    "5元",
    "全车清洗",
    "30元",
]


def _shop(rows: list[str]) -> str:
    return "\n".join(
        [
            "首页 > 便民服务 > 商户公告",
            "老李修车铺",
            "修车价目表（明年起执行）",
            "2026-12-01 10:00　来源：老李修车铺　阅读 512",
            "分享到：微信　微博　QQ空间",
            "各位街坊好，老李在这个路口修自行车十几年了，今年配件涨价，部分项目价格略有调整，贴出来给大家看看。",
            *rows,
            "评论（3）",
            "小王：老李手艺好，价钱公道！",
            "查看更多评论",
        ]
    )


def test_a_price_list_one_cell_a_line_stays() -> None:
    # (a bare price goes as a counter, the names between them as short lines amid junk:
    # the alternation of name and price, three prices or more, is the list)
    kept = kept_set(_shop(_PAIRS))
    for row in _PAIRS:
        assert same(row) in kept, row


def test_two_bare_prices_make_no_list() -> None:
    # (fewer pairs: the figures may be counters of the page's own)
    kept = kept_set(_shop(["补胎", "15元", "换内胎", "35元"]))
    assert "15元" not in kept and "35元" not in kept


def test_a_related_row_asking_you_may_also_like_goes() -> None:
    text = "\n".join(
        [
            "住宿守則",
            "各位住客好，為了讓大家住得舒服，請留意以下守則，職員會不時巡查，違者或被要求離開。",
            "寧靜時間",
            "晚上11:00至翌日早上7:00",
            "寧靜時間內請勿在房內大聲談話或使用電話擴音，公共休息室可使用至午夜。",
            "你可能也想看：附近交通資訊｜營地燒烤場預約",
            "© 2026 某某協會 版權所有",
        ]
    )
    assert same("你可能也想看：附近交通資訊｜營地燒烤場預約") not in kept_set(text)


_TABLE = [
    "规格 适合 东区 西区",
    "小号 约10个纸箱 S$69 S$59",
    "中号 一房家具 S$149 S$139",
    "大号 三房家具 S$299 S$269",
    "特大号 五房家具 S$549 暂无",
]


def test_a_price_table_one_row_a_line_stays_with_its_header() -> None:
    # (rows of several prices go as counters or short lines amid junk, the header as a menu:
    # rows of as many cells each, three with a price, under a header of as many cells)
    text = "\n".join(
        [
            "首页　价格　分店　联系我们",
            "储物仓月租一览",
            "2026年12月1日 · 王小明",
            "不少顾客来问我们价钱，我们把两间分店的最新月租整理在下面，所有价格以新元计，不含消费税。",
            "标准单位",
            *_TABLE,
            "押金与租期",
            "押金为一个月租金，退租时检查单位无损坏后十四个工作日内退还。最短租期一个月，预付六个月可享九折。",
            "两间分店均为24小时凭密码出入，办公时间为星期一至六上午9时至晚上7时。",
            "© 2026 某某仓储 版权所有",
        ]
    )
    kept = kept_set(text)
    for row in ["标准单位", *_TABLE]:
        assert same(row) in kept, row


def _meta(lines: list[str]) -> tuple[str | None, str | None, tuple[str, ...]]:
    from reader.core.cleaning import clean

    got = clean("\n".join(lines)).metadata
    return got.source, got.author, tuple(name for _, name in got.credits)


_NOTICE = [
    "本学期各窗口菜品价格如下，如有疑问请于工作时间致电中心办公室，我们会尽快答复并作出调整。",
    "米饭（二两）　0.5元",
    "以上价格自开学第一周起执行，欢迎同学们监督。",
]


def test_a_unit_under_the_writers_role_in_a_dated_info_row_is_no_author() -> None:
    # (发布时间：…　作者：unit　审核：name: the desk that posted the notice; the reviewer stays a credit)
    _, author, credits = _meta(
        [
            "江湾大学后勤服务集团",
            "首页　通知公告　服务指南",
            "第二食堂2027年春季学期菜品及价格公示",
            "发布时间：2026-12-01　作者：膳食管理中心　审核：林国栋",
            *_NOTICE,
        ]
    )
    assert author is None and credits == ("林国栋",)


def test_a_role_and_a_name_after_the_date_in_a_bar_row_is_the_author() -> None:
    # (發布：date｜店長 name reads as a date only; the cell beside the date is a byline of its own)
    _, author, credits = _meta(
        ["永安鎖店", "台中開鎖換鎖價目表（2027年1月起適用）", "發布：2026年12月1日｜店長 林志明", *_NOTICE]
    )
    assert author == "林志明" and credits == ("林志明",)


def test_a_bilingual_site_then_the_date_and_the_writer_in_a_bar_row() -> None:
    # (the Chinese part of the site's name, then date and 文：name: site and writer)
    row = "清泉水站 Ching Chuan Water Sdn. Bhd.｜2026年12月1日｜文：陈美玲（客服主任）"
    source, author, credits = _meta(["# 送水配套", row, *_NOTICE])
    assert source == "清泉水站" and author == "陈美玲" and credits == ("陈美玲",)


def test_a_column_label_beside_the_date_in_a_bar_row_is_no_author() -> None:
    _, author, _ = _meta(["某某雜誌", "老街的最後一間鐘錶鋪：一位師傅的四十年", "2026-11-22｜街坊故事", *_NOTICE])
    assert author != "街坊故事"


_RULES = [
    "住宿守則",
    "各位住客好，為了讓大家住得舒服，請留意以下守則，職員會不時巡查，違者或被要求離開。",
    "按金",
    "每位住客須繳付按金HK$100，退還床單及儲物櫃鑰匙後即時退回。",
]


def test_the_sites_disclaimer_appeal_button_and_hotline_under_the_rules_go() -> None:
    # (from the end up: a hotline row under junk, the related row, a donation button and appeal,
    # a paragraph refusing liability that reads like one more rule)
    tail = [
        "以上守則或會不時修訂，恕不另行通知。本舍對住客遺留於公共地方的個人物品之遺失或損壞概不負責，貴重物品請存放於儲物櫃。",
        "支持我們：本舍每年接待數千名青少年，房租收入僅足以應付基本營運，您的捐款將用於資助學生參加戶外教育營。",
        "立即捐款",
        "你可能也想看：附近交通資訊｜營地燒烤場預約",
        "訂房熱線 2345 XXXX（星期一至日 9:00–18:00）",
    ]
    kept = kept_set("\n".join(["某某青年旅舍", *_RULES, *tail, "© 2026 某某協會 版權所有"]))
    assert same(_RULES[-1]) in kept
    for line in tail:
        assert same(line) not in kept, line


def test_thanks_to_the_donors_closing_the_article_stays() -> None:
    last = "謝謝每一位曾經在這裡停留過的老師、家長和捐款人，也邀請你繼續和我們一起，陪孩子走下一個十年，請繼續支持。"
    kept = kept_set("\n".join(["某某協會", *_RULES, last, "© 2026 某某協會 版權所有"]))
    assert same(last) in kept


def test_labelled_comments_and_the_contact_row_under_the_fees_go() -> None:
    tail = [
        "【家長留言】陳太：我個女讀咗兩季，教練好有耐性，推介！",
        "【家長留言】Kevin Ho：請問暑期有冇密集班？",
        "溫馨提示：所有課程收費均需另加5%商品及服務稅，已繳費用一經確認，除因醫療理由外概不退還，本院對學員於課堂中受傷概不負責。",
        "訂閱電子通訊，第一時間收到開班消息",
        "電郵地址　訂閱",
        "某某網球學院　8600 Maple Way, Richmond, BC｜電話 604-XXX-2231",
    ]
    body = ["冬季課程收費如下，每期十堂，報名請於網上填表，繳費後方確認名額。", "初級班　C$280", "報名請於網上填表。"]
    kept = kept_set("\n".join(["某某網球學院", "冬季課程收費", *body, *tail, "© 2026 Some Tennis Academy Ltd."]))
    for line in tail:
        assert same(line) not in kept, line


def test_a_category_cell_beside_the_date_in_a_bar_row_is_no_author() -> None:
    row = "2026-11-20　｜　分类：厨房杂物 · 磨刀笔记　｜　作者：老猫磨刀记（刘晨阳）"
    _, author, _ = _meta(["去堺市找一把刀：记我的第一把手打牛刀", row, *_NOTICE])
    assert author != "磨刀笔记"


def test_an_order_line_by_messaging_app_over_the_article_goes() -> None:
    # (WhatsApp 下单：number, as WhatsApp查询：number: the site's contact bar)
    text = "\n".join(
        [
            "# 2027年家庭饮水配套",
            "WhatsApp 下单：+60 12-345 8823",
            "各位顾客，新年快到了，从明年一月一日起我们的送水配套有一些调整，主要是加了一个小家庭配套。",
            "小家庭　RM38",
        ]
    )
    assert same("WhatsApp 下单：+60 12-345 8823") not in kept_set(text)
