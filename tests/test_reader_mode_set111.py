"""Reader mode on the shapes the hundred-and-eleventh held-out set showed: a
notice's label：time rows and its lone phone row under its numbered heads
stay; a labelled teaser over a forum post's own headline is no headline;
replies quoted at a thread's end and a bold call over the headline go."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean

# (a portal's repost of a park's notice: rows priced, then numbered sections of rows and rules)
PAGE = """\
本地生活网 LocalLife｜首页 › 吃喝玩乐 › 本地景点
【广告】湖城新楼盘火热预售中，首付仅需10%，即刻WhatsApp了解>>

转载｜2029-06-01 09:00｜来源：南湖公园管理处

暑期开放须知：新票价、分时段游船与湖区维修安排

由2029年7月1日起，本园实施暑期新票价及分时段游船，请游客留意以下安排。
一、游船收费（令吉）
脚踏船（两人）　RM20
脚踏船（四人）　RM35
电动船（四人）　RM50
儿童（4至12岁）　RM10
乐龄（60岁以上）　RM10
3岁以下　免费
{head}
早班：08:00–11:30
午班：13:00–17:30
晚班：18:30–21:00
每个时段限60艘，租完即止。
三、湖区维修
6月10日至6月12日，东湖区暂停游船，其余湖区照常。
四、游客须知
1. 上船前请先穿救生衣。
2. 儿童须由成人陪同上船。
3. 禁止在船上站立或换座。
4. 雨天暂停租船，已购票可改期。
可以带宠物上船吗？可以，小型犬即可。
Life jackets are provided free of charge.
{close}咨询电话：07-512 3456
＊以上资料由园方提供，本网站仅作转载，不保证资料之准确性；如有变动，以园方最新公布为准。
觉得有用？转发给家族群，暑假一起去划船！
相关阅读：年底假期开放须知：新票价、分时段游船与湖区维修安排
相关阅读：湖城夜市新地点，下周开始营业
网友评论（1）
Ah Seng：上次去夜场人很少，推荐。
© 2029 本地生活网 LocalLife　联系我们　隐私政策
"""
SESSIONS = ["早班：08:00–11:30", "午班：13:00–17:30", "晚班：18:30–21:00"]
PHONE = "咨询电话：07-512 3456"


def _notice(head: str = "二、游船时段", close: str = "") -> str:
    return PAGE.format(head=head, close=close)


def test_label_time_rows_under_a_numbered_head_stay() -> None:
    kept = kept_set(_notice())
    assert [row for row in SESSIONS if same(row) not in kept] == []


def test_the_same_rows_under_a_head_that_skips_the_numbering_are_not_taken_back() -> None:
    # (near miss: 四、 right after a kept 一、 carries no numbering on, so it vouches for nothing)
    kept = kept_set(_notice(head="四、游船时段"))
    assert [row for row in SESSIONS if same(row) in kept] == []


def test_a_lone_phone_row_under_the_last_numbered_section_s_rows_stays() -> None:
    assert same(PHONE) in kept_set(_notice())


def test_a_phone_row_under_the_notice_s_sign_off_goes() -> None:
    # (near miss: the unit's name and the date alone between the section's rows and the phone row)
    assert same(PHONE) not in kept_set(_notice(close="南湖公园管理处\n2029年5月28日\n"))


FORUM = ["湖城生活圈 > 社区 > 退休生活 > 正文", "登录 | 注册 | 手机版", ""]
BYLINE = "楼主：老渔夫_陈　发表于 2029-5-12 20:16　只看该作者"
POST = [
    "我退休前在码头开了二十多年吊车，闲不下来。",
    "去年冬天，儿子给我买了一套做木工的工具，说是让我有点事干。",
    "今年开春，我才在阳台上把第一只小板凳做出来。",
]


def test_a_labelled_teaser_over_the_post_s_own_headline_is_no_headline() -> None:
    headline = "退休第三年，我在阳台上做了第一只板凳"
    text = "\n".join([*FORUM, "热帖推荐：湖边那片荷塘又开放采莲了", "", headline, "", BYLINE, "", *POST])
    assert clean(text).metadata.title == headline


def test_an_unlabelled_headline_over_its_standfirst_stays_the_headline() -> None:
    # (near miss: a headline over a standfirst with a clause, then the byline, keeps its points)
    headline = "湖边那片荷塘又开放采莲了"
    deck = "今年开放比去年早一周，每人限采十支"
    text = "\n".join([*FORUM, headline, "", deck, "", BYLINE, "", *POST])
    assert clean(text).metadata.title == headline


FOOTER = [
    "下载湖城生活圈APP，回帖更方便，还能领取社区积分兑换好礼 >>",
    "Powered by 湖城生活圈 © 2029　浙ICP备2029012345号",
]


def test_quoted_replies_at_the_page_s_end_go_with_the_comments() -> None:
    replies = [
        "回复 #2 荷塘月色：叔叔手真巧！我做了两次都歪了，凳腿总是不一样长。",
        "回复 #3 老渔夫_陈：你是不是先锯了再量？要量好了再锯。",
    ]
    text = "\n".join([*FORUM, "退休第三年，我在阳台上做了第一只板凳", BYLINE, *POST, *replies, *FOOTER])
    kept = kept_set(text)
    assert [line for line in replies if same(line) in kept] == []


def test_a_ranked_list_from_its_first_entry_at_the_article_s_end_stays() -> None:
    # (near miss: entries numbered from #1 are the article's list, not a thread's replies)
    ranked = ["#1 玉山：海拔3952米，是台湾最高的山。", "#2 雪山：海拔3886米，是台湾第二高的山。"]
    text = "\n".join([*FORUM, "退休第三年，我爬完了台湾最高的两座山", BYLINE, *POST, *ranked, *FOOTER])
    kept = kept_set(text)
    assert [line for line in ranked if same(line) not in kept] == []


MD_NAV = "[主頁](https://example.mo/) · [價目表](https://example.mo/price) · [會員](https://example.mo/member)"
MD_BODY = [
    "各位車主：",
    "由於清潔用品及水費上升，本車房由2029年11月1日起調整價目，儲值會員優惠維持不變。",
    "如有疑問，歡迎到店查詢，多謝各位一直以來的支持。",
]


def test_a_bold_call_over_the_markdown_headline_goes() -> None:
    call = "**全新會員App已上架，下載即送打蠟一次！**"
    text = "\n\n".join([MD_NAV, call, "# 2029年11月起 價目調整通告", *MD_BODY])
    assert same(call) not in kept_set(text)


def test_a_bold_exclamation_under_the_headline_stays() -> None:
    # (near miss: in the body, a bold line that exclaims is the notice's own emphasis)
    line = "**儲值會員優惠維持不變！**"
    text = "\n\n".join([MD_NAV, "# 2029年11月起 價目調整通告", MD_BODY[0], MD_BODY[1], line, MD_BODY[2]])
    assert same(line) in kept_set(text)
