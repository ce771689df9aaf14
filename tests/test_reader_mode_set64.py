"""Reader mode on the shapes the sixty-fourth held-out set showed: a word
list's rows glossed after a dash, a price list's items over bare prices (免費,
另加$200) under rows priced in one line, a column's bracketed label between
the headline and the byline, a counter's fields over the headline, an audio
button, a Markdown comment's poster and date apart by a dot, a page title
whose one part the page's heading shows, a long row of fields one space
apart, and a notice's signing body named in its date line."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.metadata import Hints, parse_meta_line

_ESSAY = [
    "每個星期六晚上，我都會打電話回鄉下給外公，聽他用潮州話講一週的見聞，順便學幾個新詞。",
    "外公說我的口音像外地人，我說我本來就是外地人了，他在電話那頭笑了很久才停下來。",
]
_NAV = ["首頁　新聞　專欄　生活　影音", "首頁 > 專欄 > 鄉音"]
_FOOT = ["本網站內容未經授權不得轉載。", "Copyright © 2028 鄉音日報 版權所有"]


def test_a_word_lists_rows_glossed_after_a_dash_stay() -> None:
    rows = ["食糜 — 吃粥", "日昼 — 中午", "暝昏 — 傍晚", "多謝 — 謝謝", "免驚 — 不用怕"]
    intro = "規則很簡單：每週學一個詞，下週要用在句子裡說給他聽。筆記本第一頁是這樣的："
    text = "\n".join([*_NAV, "在電話裡學潮州話", _ESSAY[0], intro, *rows, _ESSAY[1], *_FOOT])
    kept = kept_set(text)
    for row in rows:
        assert same(row) in kept, row


def test_a_price_lists_items_over_bare_prices_stay_with_the_priced_rows_above() -> None:
    rows = [
        "團體清洗（不設預約）",
        "單車 $180",
        "電動單車 $260",
        "附加服務",
        "上門收車（市區）",
        "免費",
        "上門收車（郊區）",
        "$150",
        "晚上9時後收車",
        "另加$80",
        "鏈條更換（連工包料）",
        "$320",
    ]
    head = ["單車保養收費調整通知", "更新日期：2028-03-02 | 客戶服務部"]
    intro = "因零件及運輸成本上升，本店將由2028年4月1日起調整保養收費，新收費如下："
    table = ["車款 現行收費 新收費", "城市車 $380 $420", "公路車 $580 $640", "越野車 $680 $760"]
    after = ["服務流程", "致電或WhatsApp預約，提供車款及地址。", "如有查詢，歡迎致電 3956 1020。"]
    text = "\n".join([*_NAV, *head, intro, *table, *rows, *after, *_FOOT])
    kept = kept_set(text)
    for row in rows:
        assert same(row) in kept, row


def test_a_bracketed_label_between_the_headline_and_its_byline_goes() -> None:
    head = ["首页 | 地方 | 人物 | 美食", "人物 > 老行业", "三十年修钟表：陈伯说“齿轮不会骗人”"]
    byline = "文、图：黄美玲 | 2028年3月2日 上午9:30 | 浏览 862"
    body = [
        "陈伯的钟表店在老街尾，门口挂满旧闹钟和座钟，七十岁的他每天早上八点开门，一坐就是一整天。",
        "问：你几岁开始修钟表？",
        "答：十五岁。小学毕业就跟师傅学，那时候老街有五六间钟表店，现在剩我一间。",
    ]
    kept = kept_set("\n".join([*head, "【人物专访】", byline, *body, *_FOOT]))
    assert same("【人物专访】") not in kept
    assert same(body[1]) in kept


def test_a_counters_fields_right_over_the_headline_go() -> None:
    counter = "今日參拜人次：2,431　累計：1,204,881"
    head = ["北港福德宮 全球資訊網", "首頁　本宮沿革　神明介紹　活動公告", "最新公告 > 活動公告", counter]
    title = "117年福德正神聖誕平安宴報名公告"
    meta = "發布日期：2028-02-20 10:15　發布單位：福德宮管理委員會　點閱：1,204"
    body = [
        "本宮117年福德正神聖誕平安宴訂於3月12日晚間舉行，歡迎信眾報名參加，每桌十人，名額有限。",
        "報名期間：2月21日至3月5日，請至本宮服務處辦理，並繳交每桌餐費新台幣6,000元。",
    ]
    kept = kept_set("\n".join([*head, title, meta, *body, *_FOOT]))
    assert same(counter) not in kept
    assert clean("\n".join([*head, title, meta, *body, *_FOOT])).metadata.title == title


def test_an_audio_button_under_the_byline_goes() -> None:
    text = "\n".join(
        [
            "点击蓝字 关注我们",
            "邻居装修噪音扰民，法院判决赔偿三千元",
            "原创 民二庭 江北法院 2028年3月6日 17:30 浙江",
            "听全文",
            "近日，江北区人民法院审结一起相邻关系纠纷案件，判决装修方赔偿邻居精神损失三千元。",
            "【案情回顾】",
            "2027年9月，王某装修新房，连续两个月在早上七点前开工，楼下的李阿姨多次协商未果。",
        ]
    )
    kept = kept_set(text)
    assert same("听全文") not in kept
    assert same("【案情回顾】") in kept


def test_comments_whose_bold_poster_has_a_dot_before_the_date_go() -> None:
    body = [
        "# 《白蛇传》新编：水漫金山的灯光秀",
        "四月第一个周末，剧团在剧院连演三场新编《白蛇传》，这是剧团十年来第一次进入正式剧场。",
        "饰演白素贞的演员今年二十三岁，小学就跟着祖母进戏班，唱腔干净，身段也放得开。",
    ]
    comments = [
        "### 读者留言",
        "**Ah Seng** · 2028-04-09",
        "我阿嬷以前就是这个剧团的演员，看到他们进剧院真的很感动。",
        "**小白** · 2028-04-10",
        "同意小青太薄，希望巡演时能加长一点。",
    ]
    kept = kept_set("\n".join([*body, *comments, "© 2028 某剧评网 版权所有"]))
    for line in comments:
        assert same(line) not in kept, line
    assert same(body[2]) in kept


def test_a_page_title_whose_one_part_the_pages_heading_shows_gives_that_part() -> None:
    headline = "《白蛇传》新编：水漫金山的灯光秀"
    text = "\n".join(
        [
            f"# {headline}",
            "文：陈敏 ｜ 2028年4月10日 21:40",
            "四月第一个周末，剧团在剧院连演三场新编《白蛇传》，这是剧团十年来第一次进入正式剧场。",
            "饰演白素贞的演员今年二十三岁，小学就跟着祖母进戏班，唱腔干净，身段也放得开。",
        ]
    )
    hints = Hints(title=f"剧评｜{headline} - 狮城剧评网")
    assert clean(text, hints=hints).metadata.title == headline


def test_a_long_row_of_fields_one_space_apart_gives_the_writer_and_the_reviewer() -> None:
    # (a page's info box, as the markup gives it: longer than a byline, its fields one space apart)
    row = "发布时间：2028-03-12 10:15 来源：澜州大学材料科学与化学工程学院 撰稿：孙晓梅 审核：周建国 浏览次数：326"
    meta = parse_meta_line(row, fold(row))
    assert meta is not None
    assert (meta.author, meta.date, meta.source) == ("孙晓梅", "2028-03-12 10:15", "澜州大学材料科学与化学工程学院")
    assert {name for _, name in meta.credits} == {"孙晓梅", "周建国"}


def test_a_notices_signing_body_named_in_its_date_line_is_the_source() -> None:
    text = "\n".join(
        [
            "北港福德宮 全球資訊網",
            "首頁　本宮沿革　神明介紹　活動公告",
            "117年福德正神聖誕平安宴報名公告",
            "發布日期：2028-02-20 10:15　發布單位：福德宮管理委員會總務組　點閱：1,204",
            "本宮117年福德正神聖誕平安宴訂於3月12日晚間舉行，歡迎信眾報名參加，每桌十人，名額有限。",
            "報名期間：2月21日至3月5日，請至本宮服務處辦理，並繳交每桌餐費新台幣6,000元。",
            "福德宮管理委員會",
            "主任委員　陳金火",
            "中華民國117年2月20日",
            "Copyright © 2028 北港福德宮 All Rights Reserved.",
        ]
    )
    meta = clean(text).metadata
    assert meta.source == "福德宮管理委員會"
    assert meta.author == "陳金火"
