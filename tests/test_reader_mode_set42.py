"""Reader mode on the shapes the forty-second held-out set showed: a
Markdown price table split by its section heads (## 染髮 over header-less
rows), and a printer's price rows under heads of a few more characters
(烫金对折款 over 100张　RM260)."""

from __future__ import annotations

from pathlib import Path

from cleaning_support import kept_lines, same
from reader.core.cleaning import clean
from reader.core.readers import read_markdown


def _md_kept(body: list[str]) -> set[str]:
    text = "\n".join(["---", 'title: "新年價目表"', "published: 2026-12-01", "---", "# 新年價目表", *body])
    page = read_markdown(text.encode(), Path("a.md"))
    return {same(p) for p in clean(page.text, hints=page.hints).paragraphs}


_SPLIT = [
    "## 洗車",
    "| 項目 | 轎車 | 休旅車 |",
    "|---|---|---|",
    "| 手工洗車 | 300 | 400 |",
    "| 打蠟 | 900 | 1,100 |",
    "## 內裝",
    "| 座椅清潔 | 1,500 | 1,800 |",
    "| 除臭 | 600 起 | 800 起 |",
    "## 鍍膜",
    "| 玻璃鍍膜 | 2,200 | 2,600 |",
]


def test_a_markdown_table_split_by_its_section_heads_stays_whole() -> None:
    # (the rows after ## 內裝 have no header or rule of their own: the table above, in pieces)
    kept = _md_kept(
        [
            "本店自明年一月一日起調整價目，以下是各項服務的新價格，價格依車型不同，分成兩欄列出。",
            *_SPLIT,
            "- 以上價格含稅，不另收服務費。",
            "- 大型車請先來電詢問。",
        ]
    )
    for row in _SPLIT:
        if not row.startswith("|-"):
            assert same(row) in kept, row


_CARDS = [
    "简约款（单张卡+信封）",
    "100张　RM150",
    "200张　RM270",
    "300张以上　每100张 RM120",
    "压纹对折款",
    "100张　RM240",
    "200张　RM450",
    "镂空雕花款",
    "100张　RM400",
]


def test_price_rows_under_heads_of_five_characters_stay() -> None:
    # (a style's name over its quantity rows, each row gone as a counter: the list in sections)
    text = "\n".join(
        [
            "美美印刷 MEIMEI PRINTING",
            "首页　喜帖　名片　联系我们",
            "2027年喜帖价格表",
            "老板 陈大文 · 2026年12月1日",
            "不少新人问我们喜帖的价钱，这里整理了最新价格，价格以100张为单位，包含排版和一次免费改稿。",
            *_CARDS,
            "加印小卡（地图）　每100张 RM40",
            "改稿第二次起　每次 RM10",
            "注：以上价格不包括运费，本地可到店自取。",
            "订金50%，余款取货时付清。",
        ]
    )
    kept = {same(p) for p in clean(text).paragraphs}
    for row in _CARDS:
        assert same(row) in kept, row


def _meta(lines: list[str]) -> tuple[str | None, str | None, tuple[str, ...]]:
    got = clean("\n".join(lines)).metadata
    return got.source, got.author, tuple(name for _, name in got.credits)


_NOTICE = [
    "今年的价格整理如下，价格以100张为单位，包含排版和一次免费改稿，欢迎来店或线上询问。",
    "经典款　RM150",
    "订金50%，余款取货时付清，多谢大家一直以来的支持。",
]


def test_the_shop_owners_wife_by_her_role_is_the_author() -> None:
    # (老板娘 is the owner's role, as 老板 is: the name after it wrote the post, no outlet)
    source, author, credits = _meta(["美美印刷", "2027年喜帖价格表", "老板娘 陈美玲 · 2026年12月1日", *_NOTICE])
    assert source != "老板娘 陈美玲"
    assert author == "陈美玲" and credits == ("陈美玲",)


def test_a_role_and_a_name_before_a_posting_label_is_the_author() -> None:
    # (教務主任 邱美華　發布於 …: the posting label after a role and a name, as after a name alone)
    _, author, credits = _meta(["華美中文學校", "暑期活動常見問題", "教務主任 邱美華　發布於 2026年12月19日", *_NOTICE])
    assert author == "邱美華" and credits == ("邱美華",)


def test_an_organisation_then_its_desk_is_the_source_not_the_desk() -> None:
    # (发布：org　desk｜date, org　desk｜date: the desk is part of the publisher, and no author)
    source, author, credits = _meta(
        ["首页　会员　门店", "会员方案说明", "发布：洁途汽车服务连锁　市场部｜2026-12-22 16:40", *_NOTICE]
    )
    assert source == "洁途汽车服务连锁" and author is None
    source, author, credits = _meta(["首頁　價目", "新年價目表", "海灣高爾夫球會　營運部｜2026年12月30日", *_NOTICE])
    assert source == "海灣高爾夫球會" and author is None and credits == ()


def test_the_shop_tail_under_its_thanks_sign_off_goes() -> None:
    # (the masthead's name, then thanks, closes the post: the hours, address and reviews under it are the page's)
    tail = [
        "营业时间：星期一至六 9am–6pm，星期日休息",
        "地址：吉隆坡茨厂街 12 号",
        "★★★★★ 4.9（Google 上 120 则评价）",
        "Lily Wong：印得很漂亮，老板很有耐心帮我们改稿，大力推荐！",
        "阿明：价钱合理，就是旺季要等比较久。",
        "美美印刷回复：谢谢阿明，旺季请大家提早落单哦！",
        "版权所有：本网站所有设计图片均为本店原创，未经本店书面同意，任何人不得下载或转载，一经发现将采取法律行动。",
        "© 2026 美美印刷 MeiMei Printing。版权所有。",
    ]
    text = "\n".join(
        [
            "WhatsApp 落单：+60 12-000 0000",
            "美美印刷 MEIMEI PRINTING",
            "首页　喜帖　名片　联系我们",
            "2027年喜帖价格表",
            "老板 陈大文 · 2026年12月1日",
            "不少新人问我们喜帖的价钱，这里整理了最新价格，价格以100张为单位，包含排版和一次免费改稿。",
            "经典款　100张 RM150",
            "印刷时间一般为确认稿件后7个工作天，新年前后订单多，请尽量提早确认稿件。",
            "美美印刷 谢谢您的支持！",
            *tail,
        ]
    )
    kept = set(kept_lines(text))
    assert same("印刷时间一般为确认稿件后7个工作天，新年前后订单多，请尽量提早确认稿件。") in kept
    for line in tail:
        assert same(line) not in kept, line


def test_a_quoted_icon_callout_offering_a_discount_goes() -> None:
    # (> 📣 … 享 8 折: the site's coupon banner; the article's own callouts offer nothing)
    kept = _md_kept(
        [
            "[預約](/book)　[作品集](/portfolio)　[部落格](/blog)",
            "> 📣 首次預約享 8 折，輸入「NEW2027」即可！",
            "年底是最多人想換造型的時候，這篇把新年度的價目整理好，下面的價格依設計師等級不同。",
            "> 💡 價格含洗髮，不另收服務費。",
            "## 剪髮",
            "- 女生剪髮：600",
            "- 男生剪髮：450",
        ]
    )
    assert same("> 📣 首次預約享 8 折，輸入「NEW2027」即可！") not in kept
    assert same("年底是最多人想換造型的時候，這篇把新年度的價目整理好，下面的價格依設計師等級不同。") in kept
