"""Reader mode on the shapes the thirtieth held-out set showed: an item's
label/value row under each head of a list."""

from __future__ import annotations

from cleaning_support import same
from reader.core.cleaning import clean
from reader.core.metadata import Hints

_TITLE = "今年讀過最好的三本書"


def _kept(text: str, title: str = _TITLE) -> list[str]:
    return [same(p) for p in clean(text, hints=Hints(title=title)).paragraphs]


_HEAD = ["首頁 ｜ 書評 ｜ 書單 ｜ 關於我", _TITLE, "今年一共讀了四十本書，挑出三本最想推薦的，排名不分先後。"]
_BOOKS = [
    "1.《海邊的信》／林小文",
    "出版：北風文化 ｜ 頁數：212",
    "寫一個漁村郵差的十年，文字平淡卻很耐讀，讀完會想寫一封信給老朋友。",
    "2.《夜班》／陳大同",
    "出版：遠山出版 ｜ 頁數：318",
    "一個夜班護理師的手記，每一章都是一個病房裡的晚上，讀來很沉重也很溫暖。",
    "3.《老街的貓》／王小芸",
    "出版：小巷書房 ｜ 頁數：150",
    "輕鬆的散文集，寫作者和幾隻街貓的一年，適合睡前讀幾頁。",
]
_TAIL = ["分享 ｜ 列印 ｜ 回到頂部", "© 2026 書頁邊 版權所有"]


def test_a_label_row_under_each_item_of_a_list_is_the_items_data() -> None:
    kept = _kept("\n".join([*_HEAD, *_BOOKS, *_TAIL]))
    rows = [same(line) for line in _BOOKS if line.startswith("出版")]
    assert [row for row in rows if row not in kept] == []
    assert same(_TAIL[0]) not in kept


def test_one_label_row_alone_is_no_list() -> None:
    # (a single row of labels between a head and a sentence is left to the other rules)
    from reader.core.item_rows import _labels

    assert _labels("出版：北風文化 ｜ 頁數：212") == ("出版", "頁數")
    assert _labels("首頁 ｜ 書評 ｜ 書單") is None


_NOTICE = [
    "首页　学院概况　师资队伍　本科教学　研究生教育　招生就业",
    "化学学院2027年研究生复试名单公示",
    "发布时间：2026-11-30　点击次数：210",
    "经学院研究生招生工作小组审议，现将我院2027年硕士研究生复试名单予以公示，公示期为十个工作日，欢迎监督。",
    "公示期间如有异议，请以书面形式向学院研究生办公室反映，反映问题须署真实姓名并提供联系方式，匿名材料不予受理。",
]
_CONTACTS = ["联系人：王老师", "电话：0571-8800 1234", "邮箱：yjs@example.edu.cn", "地址：北校区化学楼301室"]
_SIGN_OFF = ["化学学院", "2026年11月30日"]
_FOOTER = ["版权所有 © 某某大学化学学院　浙ICP备05012345号"]


def test_contact_rows_between_a_notices_last_paragraph_and_its_sign_off_are_the_notices() -> None:
    kept = _kept("\n".join([*_NOTICE, *_CONTACTS, *_SIGN_OFF, "【打印本页】　【关闭窗口】", *_FOOTER]), _NOTICE[1])
    assert [row for row in map(same, _CONTACTS) if row not in kept] == []


def test_contact_rows_with_no_signed_date_under_them_stay_the_sites() -> None:
    kept = _kept("\n".join([*_NOTICE, "【打印本页】　【关闭窗口】", "快速链接", *_CONTACTS, *_FOOTER]), _NOTICE[1])
    assert same(_CONTACTS[1]) not in kept


_FIXTURES = [
    "12月5日（六）　晚上7:30　本会 vs 山城羽协　主场（本会球馆）",
    "12月12日（六）　晚上7:30　本会 vs 河口体育会　客场（河口礼堂）",
    "12月19日（六）　晚上8:00　本会 vs 海边羽球之友　主场（本会球馆）",
    "1月9日（六）　晚上7:30　本会 vs 青年团　客场（青年团球场）",
]


def test_a_fixture_row_naming_a_clubs_friends_is_one_more_row_of_the_table() -> None:
    title = "联赛第二循环赛程"
    lead = "第一循环结束后，本会男子甲组暂列积分榜第二，第二循环将从12月5日开打，以下是赛程，请出赛球员预留时间。"
    close = "如有球员因事无法出赛，请最迟于比赛前三天通知领队，以便安排替补，欢迎会员和家属到场为本会打气。"
    menu = "首页　关于我们　赛事消息　联络我们"
    kept = _kept("\n".join([menu, title, lead, "男子甲组", *_FIXTURES, close, *_FOOTER]), title)
    assert [row for row in map(same, _FIXTURES) if row not in kept] == []


_ENTRY = [
    "首頁　字詞索引　部首　關於我們",
    "搭單",
    "粵拼：daap3 daan1",
    "詞性：動詞（口語）",
    "釋義",
    "順便請別人替自己辦一件事；借別人的機會一起辦理，不用專程跑一趟。",
    "（商業用語）在別人的訂單上附加自己的貨品，一併付運以節省運費。",
    "例句",
    "你去郵局呀？幫我搭單寄埋呢封信啦。",
    "（你去郵局嗎？順便幫我寄這封信吧。）",
    "我哋搭單一齊訂，運費平好多。",
    "（我們一起下訂單，運費便宜很多。）",
    "近義詞",
    "順便 一併",
    "反義詞",
    "專程",
    "詞源",
    "「搭」有附帶、順帶的意思，「單」指一筆生意或一件事，合起來就是把自己的事附在別人的事上一起辦。",
    "此詞多用於口語，語氣輕鬆，常見於朋友、同事之間的小請求，正式場合較少使用。",
]


def test_a_one_word_head_under_an_entrys_fields_heads_its_first_section() -> None:
    kept = _kept("\n".join([*_ENTRY, "編撰：李家明 審訂：陳美玲", *_FOOTER]), _ENTRY[1])
    assert "釋義" in kept


def test_a_compilers_credit_names_the_author() -> None:
    text = "\n".join([*_ENTRY, "編撰：李家明　審訂：陳美玲博士", *_FOOTER])
    meta = clean(text, hints=Hints(title=_ENTRY[1])).metadata
    assert meta.author == "李家明"


def test_a_credit_block_of_paragraphs_is_read_paragraph_by_paragraph() -> None:
    from reader.core.html_reader import read_html

    body = "".join(f"<p>{line}</p>" for line in _ENTRY[4:])
    html = (
        f"<html><head><title>{_ENTRY[1]}</title></head><body><article><h1>{_ENTRY[1]}</h1>{body}"
        "<div class='credit'><p>編撰：李家明　審訂：陳美玲博士</p><p>最後修訂：2026年11月27日</p></div>"
        "</article></body></html>"
    )
    from pathlib import Path

    page = read_html(html.encode(), Path("entry.html"))
    names = [name for _, name in page.hints.credits]
    assert all("修訂" not in name for name in names)


_LISTING_TITLE = "九成新嬰兒推車 連雨罩 $280"
_LISTING = [
    "首頁　刊登物品　我的帳戶　說明",
    _LISTING_TITLE,
    "A$280",
    "物品資料",
    "品牌型號：Kindra Fox（2024年款）",
    "新舊程度：九成新，無破損",
    "交收地點：Box Hill 火車站附近",
    "付款方式：現金或 PayID",
    "賣家描述",
    "去年在專門店購入，小朋友用了大約一年半，現在已經改用輕便推車，所以放售，車架和輪子都正常。",
    "連原廠雨罩、蚊帳和收納袋一起出售，屋企無煙無寵物，價錢已經很實惠，恕不議價，先到先得。",
    "© 2026 二手市集 版權所有",
]


def test_a_price_under_a_headline_ending_in_it_is_the_listings() -> None:
    assert "A$280" in _kept("\n".join(_LISTING), _LISTING_TITLE)


def test_a_field_under_the_boxs_kept_fields_is_one_more_field() -> None:
    assert same("付款方式：現金或 PayID") in _kept("\n".join(_LISTING), _LISTING_TITLE)


_POST_TITLE = "【求助】房东不退押金，记录一下这两个月的经过（已解决）"
_THREAD = [
    "首页　我的小组　发现小组　登录/注册",
    "江城租房互助组",
    "组员 12,345 人 · 创建于 2019-04-11",
    "本组只讨论江城及周边租房经验和转租信息，禁止中介刷帖、禁止人身攻击，发帖请在标题注明区域和小区，违规者直接移出小组。",
    _POST_TITLE,
    "楼主：爱吃橘子的小林　2026-11-29 22:41:07　来自 江苏",
    "先说结论：押金最后退回来了，大家遇到类似情况一定要先冷静，把证据攒齐，下面按时间顺序记一下经过。",
    "十月初房东说房子要卖，让我月底搬走，我同意了，但交房后他一直以各种理由拖着不退押金。",
    "后来我整理了合同、转账记录和交房时拍的照片，去街道调解，房东最后同意全额退还。",
    "回应 12 条",
    "路过的小王　2026-11-29 22:58",
    "收藏了，我也遇到过类似的情况，当时要是知道可以去街道调解就好了，谢谢楼主分享经验。",
    "隔壁的阿花　2026-11-29 23:06",
    "想问下楼主调解的时候需要带哪些材料？我这边的情况有点像，房东也是一直拖着不回消息。",
    "© 2026 某某社区　京ICP备2025061234号",
]


def test_a_posts_headline_over_its_posters_row_under_the_groups_rules() -> None:
    meta = clean("\n".join(_THREAD)).metadata
    assert (meta.title, meta.author, meta.date) == (_POST_TITLE, "爱吃橘子的小林", "2026-11-29 22:41:07")


def test_a_markdown_comments_head_with_its_count_and_name_date_rows_is_the_comments() -> None:
    comments = [
        "### 2 則留言",
        "**阿哲** 2026/11/29 21:14",
        "第九號月台真的好看！我也是一個晚上就讀完，最後一章讀到起雞皮疙瘩，謝謝推薦。",
        "**小米粒** 2026/11/30 08:02",
        "謝謝分享，《海邊的信》已經加入圖書館預約清單了，排第十四順位，希望年底前輪得到。",
    ]
    body = [line for line in _BOOKS if not line.startswith("出版")]
    text = "\n".join(["# " + _TITLE, "文／何小晴　2026/11/29", _HEAD[2], *body, *comments, "© 2026 書頁邊 版權所有"])
    kept = _kept(text)
    assert [c for c in map(same, comments) if c in kept] == []
    assert same(body[-1]) in kept


def test_a_call_that_opens_with_subscribing_after_the_articles_end_is_the_sites() -> None:
    call = "訂閱我們的電子報，每月收到新的書評和書單消息。我們不會把您的電郵地址交給任何第三方，您可以隨時取消訂閱。"
    more = "👉 看更多書評：[2025年度書單](https://example.tw/2025/) ｜ [讀書筆記](https://example.tw/notes/)"
    tags = "標籤：[年度書單](https://example.tw/tag/y/) [小說](https://example.tw/tag/n/)"
    text = "\n".join([*_HEAD, *_BOOKS, more, call, tags, *_TAIL[1:]])
    kept = _kept(text)
    assert same(call) not in kept
    assert same(_BOOKS[-1]) in kept


def test_an_uploader_after_the_last_update_names_the_author() -> None:
    from reader.core.folding import fold
    from reader.core.metadata import parse_meta_line

    line = "最後更新：2026-11-30　上載者：梁小詩"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and (meta.author, meta.date) == ("梁小詩", "2026-11-30")


def test_a_disclosure_of_the_pages_commission_over_the_article_is_the_sites() -> None:
    note = (
        "> 本文含有聯盟行銷連結，透過連結購書，部落格可獲得少許分潤，不會影響您的購買價格，"
        "也不影響我對書籍的評價。所有書籍皆為自費購買或向圖書館借閱。"
    )
    kept = _kept("\n".join(["# " + _TITLE, "文／何小晴　2026/11/29", note, *_HEAD[2:], *_BOOKS, *_TAIL]))
    assert same(note) not in kept
    assert same(_HEAD[2]) in kept
