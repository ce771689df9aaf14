"""Reader mode on the shapes the eleventh held-out set showed: a listicle's
last item before a run of other headlines, code between Markdown fences."""

from __future__ import annotations

from reader.core.cleaning import clean

TITLE = "杭州入冬，这6家馄饨铺值得早起去吃"
INTRO = "杭州人的早上是从一碗馄饨开始的。我们在过去一个月里吃了二十多家，挑出这几家，有老字号，也有新开的小店。"
ITEMS = [
    (
        "01 鲜肉馄饨｜湖滨老铺",
        "皮薄得能看见馅，汤里放了紫菜和虾皮，老板每天只包三百只。",
        "人均 15元｜地址 湖滨路12号",
    ),
    ("02 荠菜馄饨｜巷口阿婆", "荠菜是阿婆自己挖的，馅里拌了一点猪油，咬下去很香。", "人均 12元｜地址 西湖区文三路8号"),
    ("03 虾仁馄饨｜河坊小馆", "虾仁一只一只剥，个头很大，适合第一次来杭州的朋友。", "人均 26元｜地址 上城区河坊街40号"),
]
OTHERS = ["杭州入秋，这10家早餐铺子值得排队", "人均30吃到撑！文三路小馆合集", "杭州冬天最暖的5锅片儿川"]


def _page(items: list[tuple[str, str, str]]) -> str:
    rows = [line for item in items for line in (*item, "查看店铺 ›")]
    return "\n".join([TITLE, INTRO, *rows, "收藏 2.1万　分享", "打开App看更多", "TA们也在看", *OTHERS])


def test_the_last_items_row_before_other_headlines_stays() -> None:
    kept = clean(_page(ITEMS)).paragraphs
    for item in ITEMS:
        assert all(line in kept for line in item), item
    assert not any(other in kept for other in OTHERS)


def test_a_row_not_shaped_like_the_bodys_rows_still_goes_with_the_list() -> None:
    # (one row of that shape above is no list of them)
    page = _page(ITEMS[:1]).replace(ITEMS[0][2], "地址在湖滨路")
    kept = clean(page + "\n人均 15元｜地址 湖滨路12号").paragraphs
    assert "人均 15元｜地址 湖滨路12号" not in kept


MD_TITLE = "# Excel 多条件查找：用 & 把条件连起来"
MD_P1 = "很多人用 VLOOKUP 只会查一个条件。遇到要同时按姓名和部门查月薪的时候，就不知道怎么办了。"
MD_P2 = "回车之后，H2 就会返回对应的月薪。第四个参数是找不到时显示的内容，可以不写。"


def test_code_between_fences_stays_whatever_its_shape() -> None:
    page = "\n".join(
        [
            MD_TITLE,
            MD_P1,
            "### 第1步",
            "```excel",
            "=F2&G2",
            "```",
            "### 第2步",
            "```excel",
            "=A2:A200&B2:B200",
            "```",
            MD_P2,
        ]
    )
    kept = clean(page).paragraphs
    assert "=F2&G2" in kept
    assert "=A2:A200&B2:B200" in kept


def test_a_counter_after_the_fence_closes_still_goes() -> None:
    page = "\n".join([MD_TITLE, MD_P1, "```excel", "=F2&G2", "```", MD_P2, "赞 1.2万　收藏 57"])
    kept = clean(page).paragraphs
    assert "=F2&G2" in kept
    assert "赞 1.2万　收藏 57" not in kept


BOOK = [
    "青岚出版社 | 官方网站",
    "对话邵岩：写盐井，就是写我外婆那一代人的手",
    "发布日期：2025-11-21　栏目：作者访谈",
    "采访/整理：麦可欣",
    "书名：《盐井往事：澜沧江边的女人们》",
    "作者：邵岩",
    "出版：青岚出版社　2025年10月",
    "定价：68.00元",
    "试读　购买",
    "在西藏芒康的澜沧江边，妇女们用背桶从盐井里背出卤水，倒在木架搭起的盐田上晒盐，这门手艺延续了上千年。",
    "问：为什么会选择盐井这个题材？",
    "答：我外婆就是盐井人。小时候每年暑假回去，都看见她背着桶上上下下，那个画面我一直忘不了。",
]


def test_a_field_between_two_credit_fields_is_no_headline() -> None:
    assert clean("\n".join(BOOK)).metadata.title == BOOK[1]


def test_a_box_of_fields_with_its_buttons_under_the_headline_goes() -> None:
    kept = clean("\n".join(BOOK)).paragraphs
    assert not {"书名：《盐井往事：澜沧江边的女人们》", "出版：青岚出版社　2025年10月", "试读　购买"} & set(kept)
    assert BOOK[-3] in kept


def test_two_words_under_the_headline_without_fields_over_them_stay() -> None:
    page = [BOOK[1], BOOK[2], "盐井　往事", *BOOK[-3:]]
    assert "盐井　往事" in clean("\n".join(page)).paragraphs


RACE = [
    "勝算網 WinOdds",
    "即時賠率　賽果　排位表　騎練資訊　專欄　登入",
    "下一場賽事：沙田　11月30日（日）　距開跑 1日 20小時",
    "【老馬睇馬】",
    "沙田泥地看檔位　新馬「金沙快線」值得留意",
    "專欄作家：老馬識途",
    "2025年11月28日　星期五",
    "今個星期日沙田有兩場泥地賽，跑一千二米。泥地內檔一向着數，但上星期下過一場大雨，場地由「好地」轉「濕快」。",
    "第四場的新馬「金沙快線」係我今週最想推介嘅一匹。佢喺澳洲跑過三次，兩冠一亞，來港後試閘兩課都跑得好輕鬆。",
]


def test_a_row_of_figures_is_no_headline_and_goes_above_it() -> None:
    cleaned = clean("\n".join(RACE))
    assert cleaned.metadata.title == RACE[4]
    assert RACE[2] not in cleaned.paragraphs


SHOP = [
    "店主隨筆｜那位每週三來買一本詩集的先生",
    "2025.11.17",
    "書店開在嘉義的舊城區第六年，熟客大概有幾十位。其中有一位先生，我到現在還不知道他的名字。",
    "他每個星期三下午三點左右推門進來，點頭打招呼，然後直接走到最裡面的詩集書架，站二十分鐘，選一本。",
    "這個星期三，三點，門被推開了。",
    "上一篇：十一月選書｜冬天適合讀的五本散文",
    "下一篇：二手書收購須知（2025年更新）",
    "新書上架",
    "《島嶼的鹽》　NT$ 380",
    "《慢慢走的人》　NT$ 350",
    "加入 LINE 好友，接收新書與活動通知",
    "半日閒書店　嘉義市東區共和路 118 號　營業時間 13:00–21:00（週一公休）",
]


def test_what_follows_the_previous_and_next_links_goes() -> None:
    kept = clean("\n".join(SHOP)).paragraphs
    assert SHOP[4] in kept
    assert not set(SHOP[7:]) & set(kept)


def test_prose_after_the_links_keeps_what_follows_them() -> None:
    # (links between the headline block and the body: the article goes on under them)
    page = [*SHOP[:5], SHOP[5], "新書上架", "第二天他又來了，買走了那本《河流的左岸》，結帳時說了一句謝謝。"]
    assert "新書上架" in clean("\n".join(page)).paragraphs


def test_an_icon_led_callout_that_asks_the_reader_to_join_goes() -> None:
    ask = "> 📢 加入濠江視點 WhatsApp 頻道，第一時間接收澳門新聞。"
    tip = "> 💡 公式里的 & 要在英文输入法下输入，否则会报错。"
    kept = clean("\n".join([MD_TITLE, MD_P1, ask, tip, MD_P2])).paragraphs
    assert ask not in kept
    assert tip in kept
    assert MD_P1 in kept and MD_P2 in kept


def test_a_quote_with_its_labelled_figures_is_a_ticker() -> None:
    body = [
        "消费电子板块午后走弱",
        "午后消费电子板块震荡走低，多只个股跌幅超过3%，板块内近三成个股下跌，资金流出明显。",
        "消费电子ETF 159732 -1.36% 成交额 4.18亿",
        "分析人士认为，年底前板块仍以震荡为主，关注新品发布和订单情况带来的结构性机会。",
    ]
    kept = clean("\n".join(body)).paragraphs
    assert body[2] not in kept
    assert body[1] in kept and body[3] in kept


def test_ad_labels_of_a_kind_and_in_two_languages_go() -> None:
    body = [
        "巴黎华人餐馆招工难：有老板开出月薪2600欧仍招不到厨师",
        "临近年底，巴黎不少华人餐馆又开始为招工发愁。在巴黎13区经营一家粤菜馆的温先生告诉记者，他的店从9月起就在招人。",
        "Publicité 广告",
        "记者走访美丽城和13区的多家餐馆发现，类似情况并不少见。有的餐馆因为缺人，只能缩短营业时间。",
        "【分类广告】餐馆转让、招工、租房信息，请登录分类网或致电 01 45 86 22 10",
        "事实上，缺人并不只是华人餐馆的问题。餐饮业是目前全法用工缺口最大的行业之一。",
    ]
    kept = clean("\n".join(body)).paragraphs
    assert body[2] not in kept and body[4] not in kept
    assert body[1] in kept and body[3] in kept and body[5] in kept
