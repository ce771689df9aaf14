"""Reader mode on the shapes the fourteenth held-out set showed: an
icon-led notice that asks nothing of the site's (⚠ 请前往应用商店更新), a
one-sentence sign-off right under the last paragraph, a field row in a box
whose siblings stay."""

from __future__ import annotations

from reader.core.cleaning import clean

NAV = "首页　新闻中心　产品动态　帮助中心　联系我们"
TITLE = "记账鸭 6.8 版本更新说明：家庭共享账本上线"
DATE = "发布时间：2025年11月20日"
INTRO = "这一版我们花了三个月时间打磨家庭共享账本，感谢公测期间提出建议的每一位用户，下面是本次更新的主要内容。"
END = "共享账本目前处于公测阶段，使用中遇到任何问题，欢迎在 App 内告诉我们，我们会尽快处理并回复。"
TAIL = [
    "上一篇：记账鸭 6.7.2 版本更新：修复若干已知问题",
    "下一篇：年末记账小技巧：三步做完全年收支复盘",
    "关于我们 | 用户协议 | 隐私政策 | 联系我们",
]


def test_an_icon_led_notice_that_asks_for_nothing_of_the_sites_stays() -> None:
    notice = "⚠ 安卓用户请前往应用商店更新，部分渠道可能延迟 1–2 天上架。"
    items = ["· 修复部分机型在跨月时统计金额重复的问题。", "· 修复导出表格时备注中的换行导致错位的问题。"]
    page = "\n".join([NAV, TITLE, DATE, INTRO, "问题修复", *items, notice, END, *TAIL])
    kept = clean(page).paragraphs
    assert notice in kept and INTRO in kept and END in kept
    # (an icon-led callout that asks the reader to subscribe still goes)
    appeal = "📢 订阅我们的频道，第一时间收到版本更新通知。"
    page = "\n".join([NAV, TITLE, DATE, INTRO, *items, appeal, END, *TAIL])
    assert appeal not in clean(page).paragraphs


def test_a_one_sentence_sign_off_under_the_last_paragraph_stays() -> None:
    sign_off = "我們婚禮見！"
    last = "最後想說，妝容再精緻，最美的還是新娘當天發自內心的笑容。放輕鬆，交給我們就好。"
    related = [
        "婚紗照要拍室內還是戶外？三個問題幫你決定",
        "新秘怎麼挑？試妝時一定要問的五件事",
        "冬天拍婚紗要注意的保暖小細節",
    ]
    page = "\n".join(
        [NAV, TITLE, DATE, INTRO, last, sign_off, "#新娘秘書 #冬季婚禮 #台中新秘", *related, "© 2025 晴日婚紗工作室"]
    )
    kept = clean(page).paragraphs
    assert sign_off in kept and last in kept
    assert [line for line in related if line in kept] == []
    # (the same list with an exclamation first under a header, not under prose, still goes)
    shout = "冬季婚禮這樣拍！"
    page = "\n".join([NAV, TITLE, DATE, INTRO, last, "#新娘秘書 #冬季婚禮", shout, *related, "© 2025 晴日婚紗工作室"])
    assert shout not in clean(page).paragraphs


def test_a_credit_row_among_field_rows_that_stay_stays() -> None:
    box = ["劇團：浮塵實驗劇場", "導演：鄧卓謙", "演出日期：2025年11月20日至30日", "場地：深水埗某工廈單位"]
    review = "入場的時候，工作人員叫我們除鞋。十八個觀眾擠進一個用木板間隔出來的單位，坐在床邊、雪櫃旁、甚至廁所門口。"
    page = "\n".join(["在劏房裡上演的《雷雨》：當周家大宅縮成一百呎", "文：梁詠恩", *box, review, END])
    cleaned = clean(page)
    assert [line for line in box if line not in cleaned.paragraphs] == []
    assert cleaned.metadata.author == "梁詠恩"
    # (a byline row alone over the body is still the article's, and goes)
    page = "\n".join(["在劏房裡上演的《雷雨》：當周家大宅縮成一百呎", "導演：鄧卓謙", review, END])
    assert "導演：鄧卓謙" not in clean(page).paragraphs


def test_a_short_row_between_the_menu_and_the_headline_goes() -> None:
    switch = "English｜日本語"
    page = "\n".join(["劇團簡介 最新消息 演出作品 教學推廣 影音專區 聯絡我們", switch, TITLE, DATE, INTRO, END, *TAIL])
    cleaned = clean(page)
    assert switch not in cleaned.paragraphs and cleaned.metadata.title == TITLE
    assert INTRO in cleaned.paragraphs


def test_a_related_header_run_into_its_entry_goes_and_a_bodys_row_stays() -> None:
    row = "相關拍賣 中國瓷器及工藝品　12月6日 下午2時"
    fee = "其他費用 自理"
    page = "\n".join([NAV, TITLE, DATE, INTRO, fee, row, END, *TAIL])
    kept = clean(page).paragraphs
    assert row not in kept and fee in kept and END in kept
