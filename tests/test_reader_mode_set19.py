"""Reader mode on the shapes the nineteenth held-out set showed: boxes of
label：value rows under their own short headings at the article's end (a
review's scores, a shop's facts) and a price row led by a list's mark
inside the body stay; a site's widget after the story goes."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean

HEAD = [
    "阿丽吃遍城南",
    "首页　城南小吃　面馆　早茶　甜品　关于我",
    "2027年3月2日",
    "城南老街｜一碗开了三十年的牛肉面，汤头还是凌晨四点熬",
]
STORY = [
    "朋友推荐了城南老街这家牛肉面馆好几次，周六一早终于去了，门口已经排了十几个人。",
    "店面不大，六张桌子，墙上挂着老照片，老板说从1997年开业一直在老街这个位置。",
]
FOOT = ["分享：微博　微信　豆瓣", "标签：城南老街, 牛肉面, 早餐", "Powered by Blogger."]
CLOSING = "吃完一碗出来，太阳才刚出来，老街的早晨就是这一碗面的味道。"


def test_a_review_s_score_box_and_its_shop_box_at_the_end_stay() -> None:
    scores = ["评分", "口味：4.5/5", "环境：3/5", "服务：4/5"]
    shop = [
        "店铺信息",
        "地址：城南老街牛肉面馆隔壁12号",
        "电话：0571-8765 4321",
        "营业时间：05:30–13:00（周一休息）",
        "招牌：清汤牛肉面",
    ]
    page = "\n".join([*HEAD, *STORY, CLOSING, *scores, *shop, *FOOT])
    kept = kept_set(page)
    assert [line for line in [*scores, *shop] if same(line) not in kept] == []
    assert [line for line in FOOT if same(line) in kept] == []


def test_a_widget_after_the_story_that_names_nothing_goes() -> None:
    # (rows of one label each, under a short head, but neither scores on one scale nor naming the story)
    widget = ["实时天气", "气温：12℃", "湿度：65%", "电话：400-800-1234"]
    page = "\n".join([*HEAD, *STORY, CLOSING, *widget, *FOOT])
    assert [line for line in widget[1:] if same(line) in kept_set(page)] == []


def test_scores_on_mixed_scales_are_no_score_box() -> None:
    rows = ["等级", "积分：1234/5000", "经验：12/100", "电话：400-800-1234"]
    page = "\n".join([*HEAD, *STORY, CLOSING, *rows, *FOOT])
    assert same("电话：400-800-1234") not in kept_set(page)


def test_a_price_row_led_by_the_list_s_mark_stays_inside_the_body() -> None:
    rows = ["■ 牛肉面　$28", "■ 牛肉 + 面（双拼套餐）　$42"]
    page = "\n".join(
        [*HEAD, STORY[0], rows[0], STORY[1], rows[1], "套餐的牛肉切得很厚，汤里加了一勺辣油，很香。", *FOOT]
    )
    kept = kept_set(page)
    assert [row for row in rows if same(row) not in kept] == []
    # (a lone such row with no sibling of its mark kept is left to the other rules)
    page = "\n".join([*HEAD, STORY[0], rows[1], STORY[1], *FOOT])
    assert same(rows[1]) not in kept_set(page)


def test_a_caption_with_its_photographer_s_credit_goes() -> None:
    caption = "老板在后厨熬汤的大锅前　摄/周小禾"
    page = "\n".join([*HEAD, STORY[0], caption, STORY[1], CLOSING, *FOOT])
    kept = kept_set(page)
    assert same(caption) not in kept
    assert same(STORY[1]) in kept
    # (a short line of the story that merely ends in the word 摄 has no credit's shape)
    line = "那口大锅每天要连着熬上六个小时　不拍摄"
    page = "\n".join([*HEAD, STORY[0], line, STORY[1], CLOSING])
    assert same(line) in kept_set(page)


def test_a_teaser_run_and_the_site_s_calls_under_the_story_s_end_go() -> None:
    run = ["工作进展", "城南老街改造工程第二期正式启动", "2027年春季美食节报名情况公布", "老街商户联合会完成换届选举"]
    calls = ["想推荐你家附近的老店？欢迎投稿，点击了解投稿方式。"]
    page = "\n".join([*HEAD, *STORY, CLOSING, *run, *calls, "© 2027 阿丽吃遍城南　保留所有权利"])
    kept = kept_set(page)
    assert [line for line in [*run, *calls] if same(line) in kept] == []
    assert same(CLOSING) in kept
    # (the article's own closing list, items of a word or two, stays)
    own = ["推荐菜品", "清汤牛肉面", "红烧牛腩面", "凉拌牛肚丝"]
    page = "\n".join([*HEAD, *STORY, CLOSING, *own, *calls, "© 2027 阿丽吃遍城南　保留所有权利"])
    kept = kept_set(page)
    assert [line for line in own if same(line) not in kept] == []


def test_comments_under_the_post_go_and_their_dates_are_not_the_post_s() -> None:
    comments = [
        "小林 2027年3月2日 下午2:15",
        "我也去过，辣油真的香！",
        "老周 2027年3月3日 上午8:40",
        "请问周一开门吗？",
    ]
    page = "\n".join([*HEAD, *STORY, CLOSING, "3 则留言", *comments, "Powered by Blogger."])
    cleaned = clean(page)
    kept = {same(p) for p in cleaned.paragraphs}
    assert [line for line in comments if same(line) in kept] == []
    assert cleaned.metadata.source != "老周"
    # (a dated line between paragraphs of the story, a diary's entry, is no comment)
    entry = ["周六 2027年3月2日 上午9:30", STORY[0], "周日 2027年3月3日 上午8:40", STORY[1]]
    page = "\n".join([*HEAD, CLOSING, *entry, CLOSING])
    assert same(STORY[1]) in kept_set(page)
