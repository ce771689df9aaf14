"""Reader mode on the shapes held-out page sets 118 and 119 showed (a
newsletter, news sites, a WeChat post, a blog, school notices). Amid the body:
a sponsor's block under its framed label (—— 本期赞助 ——) and its offer, even in
sentences; another issue's headline, a near twin of the title, under a framed or
quoted label (【上期回顾】…, > 往期推荐｜…); an ad's bare label run into its offer
(廣告 …低至六折…); a partner's offer between two blocks of rows (【合作廠商】…八折，
歡迎家長帶孩子來店). At the end: a short question on the piece itself, then a call
to forward it or follow the site (喜欢这份周报吗？把它转发给…; 覺得這則報導有用嗎？
加入…LINE官方帳號…), and the writer's appeal over the site's notice once the
replies under that notice have gone. Metadata: a credit whose role is known by
its shape only after the date and its weekday (date（星期五）　本期编辑：X) credits
X, no writer; an editor after a reporter's byline and date (… 責任編輯：X) is
credited; the writer's card among the page's junk (X @handle · 追蹤 · 412 位追蹤者)
is no menu naming a channel X; a body that supplied the post (由 某街坊會 提供 ·
date) is no writer."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.ad_lines import is_ad_line
from reader.core.closing_notices import closing_notice
from reader.core.folding import fold
from reader.core.junk_rules import Reason
from reader.core.line_passes import Line
from reader.core.masthead import title_label
from reader.core.meta_records import MetaLine
from reader.core.metadata import parse_meta_line

_NEWSLETTER = """\
江畔书声周报 第12期｜三月：诗歌节、读书会与一场换书市集
2029年3月1日（星期五）
各位书友，早安：
春天来了，这个月书店有两场活动，也第一次办换书市集，欢迎带上家里的旧书。
本月活动一览：
3月9日（六）　下午3:00　读书会：《河岸旧事》
3月16日（六）　下午2:00　诗歌朗读会
—— {label} ——
{offer}
活动地点：江畔书店二楼
费用：全部免费
名额：每场30人
{back}
报名方法：回复本邮件，写上姓名和想参加的场次，收到确认后当天出示即可。
我们下期见。
"""
_OFFER = "河口面包坊：凭本周报截图到店，任何面包第二件半价，优惠至3月底。"
_BACK = "【上期回顾】第11期｜二月：诗歌节、读书会与一场旧书交换"


def _newsletter(label: str = "本期赞助", offer: str = _OFFER, back: str = _BACK) -> set[str]:
    return kept_set(_NEWSLETTER.format(label=label, offer=offer, back=back))


def test_a_sponsors_framed_label_and_its_offer_go_even_in_a_sentence() -> None:
    kept = _newsletter()
    assert same("—— 本期赞助 ——") not in kept
    assert same(_OFFER) not in kept
    assert same("活动地点：江畔书店二楼") in kept


def test_a_framed_head_of_the_newsletters_own_section_stays() -> None:
    kept = _newsletter(label="本期书单", offer="《河岸旧事》：一位老船工的回忆录，本店三楼有售。")
    assert same("—— 本期书单 ——") in kept
    assert same("《河岸旧事》：一位老船工的回忆录，本店三楼有售。") in kept


def test_under_a_sponsors_label_a_sentence_that_sells_nothing_is_not_taken_as_its_offer() -> None:
    kept = _newsletter(offer="读书会当天如遇大雨，改在一楼进行，请留意现场指示。")
    assert same("读书会当天如遇大雨，改在一楼进行，请留意现场指示。") in kept


def test_another_issues_headline_under_a_framed_label_goes() -> None:
    assert same(_BACK) not in _newsletter()


def test_a_framed_line_that_is_no_twin_of_the_title_stays() -> None:
    line = "【温馨提示】二楼没有电梯，行动不便的书友请提前告知，我们会安排在一楼。"
    assert same(line) in _newsletter(back=line)


_WECHAT = """\
# 端午假期开放时间及阅读活动安排来啦！
原创 河西书房 2029年06月10日 17:30 湖南
亲爱的读者朋友们：
2029年端午假期即将到来，河西社区图书馆假期照常开放，部分时段有调整，具体安排如下。
假期阅读活动：
- 6月15日 上午10点 绘本故事会（4至8岁）
- 6月16日 下午3点 旧书交换市集
{quote}
报名及入馆须知：
1. 手作课名额30人，请在公众号菜单中填写信息。
2. 入馆请刷读者证或身份证，未办证读者可现场免费办理。
"""


def test_another_posts_headline_quoted_under_a_label_goes() -> None:
    quote = "> 往期推荐｜端午假期开放时间及阅读活动安排来啦！（2028版）"
    assert same(quote) not in kept_set(_WECHAT.format(quote=quote))


def test_a_quote_of_the_writer_under_a_label_stays() -> None:
    quote = "> 馆长寄语｜书是假期里最安静的旅伴，愿你在这里找到一本好书。"
    assert same(quote) in kept_set(_WECHAT.format(quote=quote))


def test_an_ads_bare_label_run_into_an_offer_in_sentences_is_the_ad() -> None:
    assert is_ad_line("廣告 飲食達人App今期推介：父親節套餐低至七折，即刻下載領取$30優惠券。")
    # (the word as the story's, a space after it: no offer in it)
    assert not is_ad_line("廣告 業界去年營收只增長3%，行內人都話生意越來越難做。")


_NOTICE = """\
港濱國小118學年度下學期學生視力檢查時程公告
發布單位：健康中心　發布日期：2029-03-04 09:12
親愛的家長您好：
本學期學生視力檢查將於下列日期進行，請家長提醒孩子當天配戴眼鏡到校，以便檢查矯正視力。
3月13日（三）　三、四年級　08:30～11:50
3月14日（四）　五年級　13:30～15:30
3月15日（五）　六年級及補測
{insert}
檢查結果說明：
裸視0.9以上：正常
裸視0.8以下：發給複檢通知單
請家長收到複檢通知單後，於一個月內帶孩子到眼科診所複檢，並將回條交回健康中心。
"""


def test_a_partners_offer_between_two_blocks_of_rows_goes() -> None:
    line = "【合作廠商】港邊眼鏡行：憑本校學生證驗光免費，鏡框一律八折，歡迎家長帶孩子來店。"
    assert same(line) not in kept_set(_NOTICE.format(insert=line))


def test_a_note_between_the_blocks_whose_sale_word_is_no_sale_stays() -> None:
    line = "補測當天如遇雨，學生請由司令台折返教室等候，歡迎家長陪同到校。"
    assert same(line) in kept_set(_NOTICE.format(insert=line))


def _last(text: str) -> Reason | None:
    above = "前面是報導的內容，寫了很多句子，也有數字和引述。"
    lines = [Line(above, fold(above), False), Line(text, fold(text), False)]
    return closing_notice(lines, 1)


def test_a_question_on_the_piece_then_a_call_to_forward_or_follow_is_the_sites() -> None:
    assert _last("覺得這則報導有用嗎？加入北港即時報LINE官方帳號，每天早上七點把大小事送到你手機。") is Reason.PROMOTION
    assert _last("喜欢这份周报吗？把它转发给一位爱看书的朋友吧，订阅完全免费。") is Reason.PROMOTION


def test_a_question_on_the_storys_subject_stays() -> None:
    assert _last("值得嗎？他說這份報紙的訂閱費每月三十元，比一杯咖啡還便宜。") is None


_BLOG = """\
# 四十歲，在舊城學會游水
*何美玲 · 2029-05-02 21:16*
我是在山城長大的，小時候家附近沒有泳池，家裡從來沒有人想過要讓我學游水。
四十歲這年夏天，公司樓下開了一間社區泳池，我終於第一次把頭埋進水裡。
後來我才明白，學會游水最難的不是換氣，而是相信自己浮得起來。
{last}
本文為個人經驗分享，游泳請在有救生員的泳池進行；文章版權屬作者所有，轉載請先聯絡。
#游水 #遲來的學習
讚賞 28 · 評論 2 · 收錄於「城市慢行」選集
你可能也喜歡：四十歲，在舊城學會游水之後，我開始游去上班
陳太：我五十歲先學，嗆咗兩次水就放棄，睇完你篇文又想試吓。
何美玲：陳太你一定得！記住先學浮，再學游。
© 2029 水紋 Ripple · 服務條款 · 社區守則
"""


def test_the_writers_appeal_over_the_sites_notice_goes_once_the_replies_under_it_have() -> None:
    appeal = "如果這篇文章讓你想起自己遲來的某件事，歡迎按下讚賞支持我繼續寫，每一份支持都會變成我下一篇的咖啡錢。"
    kept = kept_set(_BLOG.format(last=appeal))
    assert same(appeal) not in kept
    assert same("後來我才明白，學會游水最難的不是換氣，而是相信自己浮得起來。") in kept


def test_the_articles_last_paragraph_over_the_sites_notice_stays() -> None:
    last = "現在每個星期日早上，我都會去泳池游二十個來回，游完再去街市買菜。"
    assert same(last) in kept_set(_BLOG.format(last=last))


def _meta(line: str) -> MetaLine | None:
    return parse_meta_line(line, fold(line))


def test_a_credit_by_its_roles_shape_after_the_date_and_weekday_credits_no_writer() -> None:
    meta = _meta("2029年3月1日（星期五）\u3000本期编辑：许美玲")
    assert meta is not None and meta.credits == (("本期编辑", "许美玲"),) and meta.author is None
    assert meta.date == "2029-03-01"
    # (a place's label, a category's, a share bar's after the date credit no one)
    for label in ("地点：书店二楼", "分類：門市公告", "分享：Facebook WhatsApp"):
        other = _meta(f"2029年3月1日（星期五）\u3000{label}")
        assert other is not None and not other.credits and other.date == "2029-03-01", label


def test_an_editor_after_the_reporters_byline_and_date_is_credited() -> None:
    meta = _meta("記者陳志豪／台中報導 2029/05/02 09:15 責任編輯：吳雅婷")
    assert meta is not None and meta.author == "陳志豪"
    assert ("責任編輯", "吳雅婷") in meta.credits
    # (a code's label after the date credits no one)
    code = _meta("記者陳志豪／台中報導 2029/05/02 09:15 編號：A123")
    assert code is not None and code.credits == (("記者", "陳志豪"),)


def _nav(text: str) -> Line:
    return Line(text, fold(text), True, Reason.NAVIGATION)


def test_the_writers_card_among_the_junk_is_no_menu_naming_a_channel() -> None:
    assert not title_label("何美玲", [_nav("何美玲 @homeiling · 追蹤 · 128 位追蹤者")])
    assert title_label("新酒上架", [_nav("首頁 · 新酒上架 · 活動 · 關於我們 · 聯絡")])


def test_a_body_that_supplied_the_post_is_its_source_and_no_writer() -> None:
    meta = _meta("由 北區街坊福利會 提供 · 2029-12-01 發佈")
    assert meta is not None and meta.author is None and meta.source == "北區街坊福利會"
    person = _meta("由 陳大文 提供 · 2029-12-01 發佈")  # (a person who supplied it is still its writer)
    assert person is not None and person.author == "陳大文"
