"""Reader mode on the shapes held-out page set 120 showed (news sites on other
platforms, a portal repost, a note app's clip, a Dcard-style post, a LIHKG-style
thread, a Toutiao-style article, a press release). Body: whom the press may ask
(傳媒查詢：…　電話：…) right above the release's end mark (— 完 —) is the
release's. Titles: a clip's one ``#`` heading that sets a subtitle off after its
bar (…路线｜附地铁站+人均花费), the site the clipped title names after its own
bar being another, is the headline; a hot-marked near twin of a thread's title
right over it ([熱] … over [分享] …) is another thread's, neither the title nor
its deck. Metadata: the first post's floor, its poster and the time apart by
wide gaps (#1　X　date) names the post's writer."""

from __future__ import annotations

from pathlib import Path

from cleaning_support import kept_set, same
from reader.core.ad_lines import is_ad_line
from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.junk_rules import Reason
from reader.core.line_features import junk_rule
from reader.core.metadata import Hints, parse_meta_line
from reader.core.readers import read_markdown
from reader.core.title_choice import twins

_RELEASE = """\
澳訊發佈 MacauWire — 企業及團體新聞稿平台
首頁 | 最新新聞稿 | 活動 | 旅遊 | 發佈新聞稿
第三屆氹仔舊城區咖啡節十一月登場，六十個攤位兩日限定
發佈機構：澳門濠景文化推廣協會｜發佈日期：2029年10月15日
（澳門訊）澳門濠景文化推廣協會宣佈，第三屆氹仔舊城區咖啡節將於十一月舉行，今年攤位由四十個增至六十個。
日期：2029年11月17日至18日
地點：氹仔官也街及地堡街一帶
協會主席何文謙表示，希望咖啡節成為氹仔舊城區每年秋天的固定節目。
{tail}
分享至：Facebook　WhatsApp　微信　複製連結
Copyright © 2029 MacauWire 澳訊發佈. All rights reserved.
"""
_CONTACT = "傳媒查詢：梁小姐　電話：2882 6xxx"


def test_whom_the_press_may_ask_right_over_the_releases_end_mark_is_the_releases() -> None:
    assert same(_CONTACT) in kept_set(_RELEASE.format(tail=f"{_CONTACT}\n— 完 —"))


def test_a_contact_row_under_the_end_mark_is_the_sites() -> None:
    assert same(_CONTACT) not in kept_set(_RELEASE.format(tail=f"— 完 —\n{_CONTACT}"))


_NOTE = """\
---
title: "西安3天2晚超全攻略，收藏这篇就够了 - 小橙书"
---

小橙书 · 发现 | 购物 | 消息 | 我

# {heading}

姐妹们！清明前刚从西安回来，整理了一份不走回头路的路线，全程地铁+步行，亲测不累～

**Day1：钟楼—回民街—洒金桥**

- 地铁：2号线钟楼站C口
- 人均：80元

几个小tips：碑林周一闭馆，别排在周一！城墙上没什么遮挡，一定带帽子。
"""


def _note_title(heading: str) -> str | None:
    page = read_markdown(_NOTE.format(heading=heading).encode(), Path("note.md"))
    return clean(page.text, hints=page.hints).metadata.title


def test_a_clips_one_heading_with_a_subtitle_after_its_bar_is_the_headline() -> None:
    assert _note_title("西安三天两夜citywalk路线｜附地铁站+人均花费") == "西安三天两夜citywalk路线｜附地铁站+人均花费"


def test_a_heading_whose_bar_names_the_site_leaves_the_clipped_title() -> None:
    assert _note_title("西安三天两夜citywalk路线｜小橙书") == "西安3天2晚超全攻略，收藏这篇就够了"


_THREAD = """\
港登討論區 HKDeng
吹水台 ｜ 時事台 ｜ 職場台 ｜ 創意台 ｜ 登入／註冊
職場台 › 熱門
{hot}
[分享] 喺觀塘踩咗十年外賣，講吓今年嘅轉變
#1　觀塘單車佬　29/10/2029 23:05
今年係我喺觀塘送外賣嘅第十年，講吓啲轉變，唔啱聽唔好鬧。
最大分別係工廈，以前成棟冇升降機密碼，依家個個都要掃碼先上到樓。
第二個分別係單都少咗，平台收佣由一成半加到兩成半，我哋每單實收少咗。
以前一日跑四十張單，依家三十張都要捱到凌晨。
"""
_HOT = "[熱] 喺觀塘踩咗十年外賣，今年先覺得變咗天（第二頁）"


def test_a_hot_near_twin_over_the_threads_title_is_neither_its_title_nor_kept() -> None:
    cleaned = clean(_THREAD.format(hot=_HOT))
    assert cleaned.metadata.title == "[分享] 喺觀塘踩咗十年外賣，講吓今年嘅轉變"
    assert same(_HOT) not in {same(p) for p in cleaned.paragraphs}


def test_a_tagged_line_that_opens_otherwise_is_no_twin_of_the_title() -> None:
    title = "[分享] 喺觀塘踩咗十年外賣，講吓今年嘅轉變"
    assert twins(_HOT, title)
    # (a deck in brackets that words the story on, not its headline's first words again; or no tag)
    assert not twins("[熱] 十年來平台收佣加咗一成，騎手點頂？", title)
    assert not twins("喺觀塘踩咗十年外賣，今年先覺得變咗天", title)


def test_the_first_posts_floor_and_its_poster_apart_by_wide_gaps_name_the_writer() -> None:
    line = "#1　觀塘單車佬　29/10/2029 23:05"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.author == "觀塘單車佬"
    # (a later floor's poster is a reply's: no writer of the page)
    line = "#3　觀塘單車佬　29/10/2029 23:26"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.author is None


# -- metadata: the place an edit's stamp shows, a follow button's name, a board the clip's title
# names, a wire's release and its issuer


def test_after_a_later_edits_label_and_the_date_a_word_is_a_place_no_writer() -> None:
    line = "编辑于 2029-04-02 · 陕西"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.author is None and meta.date == "2029-04-02"
    line = "发布于 2026-12-02 · 狮城绿径"  # (a posting label: the name after the dot is the writer's)
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.author == "狮城绿径"


_ARTICLE = """\
快看头条　首页　推荐　科技　汽车　财经　下载App
老周说出行
在县城开了五年网约车，今年我第一次坐上了无人驾驶
老周说出行　2029-08-21 19:06 · 湖南{button}
上个月去长沙送孩子上学，回来的路上，我第一次叫到了一辆无人驾驶的车。
方向盘自己在转，驾驶座上一个人都没有，我坐在后排，手一直抓着扶手。
我在邵东县城开网约车五年了，最多一天跑过二十六单。
© 2029 快看头条　京ICP备2029067890号
"""


def test_the_name_a_follow_button_stands_beside_is_the_writer() -> None:
    assert clean(_ARTICLE.format(button="　+ 关注")).metadata.author == "老周说出行"
    # (no button: a name beside the date longer than a person's may be an outlet's)
    assert clean(_ARTICLE.format(button="")).metadata.author is None


def test_a_follow_button_beside_a_clipped_notes_bold_name_gives_its_writer() -> None:
    note = _NOTE.format(heading="西安三天两夜citywalk路线｜附地铁站+人均花费").replace(
        "小橙书 · 发现 | 购物 | 消息 | 我\n", "小橙书 · 发现 | 购物 | 消息 | 我\n\n**一只爱吃泡馍的鱼** 　[+ 关注]\n"
    )
    page = read_markdown(note.encode(), Path("note.md"))
    assert clean(page.text, hints=page.hints).metadata.author == "一只爱吃泡馍的鱼"


_POST = """\
---
title: "第一份工作滿一年心得 | {parts}"
---

拾卡 ShiCard　熱門｜最新｜看板｜追蹤

阿凱不加班 · 工作板 · 2029年9月3日 22:17

# 在台中做行政滿一年，我學到的五件小事

上個月剛好滿一年，想說記錄一下，也給今年剛畢業的學弟妹參考。

我在台中西屯一間做機械零件的公司當行政，月薪三萬四，不用輪班。

最難的是第一個月，我把報價單寄給了錯的客戶，整個人嚇到發抖。
"""


def _post_source(parts: str) -> str | None:
    page = read_markdown(_POST.format(parts=parts).encode(), Path("post.md"))
    return clean(page.text, hints=page.hints).metadata.source


def test_a_board_the_clipped_title_names_before_the_site_is_no_source() -> None:
    assert _post_source("工作板 | 拾卡 ShiCard") not in (None, "工作板")
    # (a title that names no board: the name beside the date is read as before)
    assert _post_source("拾卡 ShiCard") == "工作板"


_WIRE = """\
澳訊發佈 MacauWire — 企業及團體新聞稿平台
首頁 | 最新新聞稿 | 活動 | 旅遊 | 發佈新聞稿
第三屆氹仔舊城區咖啡節十一月登場，六十個攤位兩日限定
發佈機構：澳門濠景文化推廣協會｜發佈日期：2029年10月15日
{lead}
日期：2029年11月17日至18日
地點：氹仔官也街及地堡街一帶
協會主席何文謙表示，希望咖啡節成為氹仔舊城區每年秋天的固定節目。
Copyright © 2029 MacauWire 澳訊發佈. All rights reserved.
"""


def test_the_issuer_a_wires_release_names_and_opens_its_lead_with_is_the_source() -> None:
    lead = "（澳門訊）澳門濠景文化推廣協會宣佈，第三屆氹仔舊城區咖啡節將於十一月舉行，今年攤位由四十個增至六十個。"
    assert clean(_WIRE.format(lead=lead)).metadata.source == "澳門濠景文化推廣協會"
    # (a lead with another subject: the issuer's row may be a desk's, the site stands)
    lead = "（澳門訊）第三屆氹仔舊城區咖啡節將於十一月舉行，今年攤位由四十個增至六十個，主辦單位預計人流倍增。"
    assert clean(_WIRE.format(lead=lead)).metadata.source != "澳門濠景文化推廣協會"


# -- junk: the site's calls at the end, the site selling itself amid the article

_NEWS = """\
{site}
首頁 | 地方 | 交通 | 生活
淡水渡輪換上電動船，老船長說：耳朵舒服多了
2029-05-03 10:20　記者林佳穎／新北報導
淡水往八里的渡輪本月起陸續換成電動船，交通局表示，年底前全數汰換完成。
開了二十年渡輪的船長蔡明德說，電動船安靜很多，乘客在船上講話都聽得清楚。
{middle}
記者問蔡明德，會懷念以前的柴油船嗎？
他笑說，懷念歸懷念，耳朵倒是舒服多了，碼頭邊的店家也說少了油煙味。
{last}
© 2029 {site}
"""


def _news(
    last: str = "",
    middle: str = "交通局指出，新船每艘造價約新臺幣六千萬元，票價維持不變。",
    site: str = "島嶼即時新聞網",
) -> set[str]:
    return kept_set(_NEWS.format(site=site, middle=middle, last=last))


def test_a_last_line_opening_with_a_call_to_join_the_sites_channel_goes() -> None:
    last = "加入島嶼即時新聞網LINE好友，地方大小事第一時間推播給你，通勤資訊一則都不漏。"
    assert same(last) not in _news(last)
    # (the story's last line names the channel as news, no call opens it)
    last = "交通局也將在官方LINE帳號公布新船的航班時刻，乘客可隨時查詢。"
    assert same(last) in _news(last)


def test_a_short_question_then_a_call_to_share_the_piece_goes() -> None:
    last = "觉得有用？点击右上角，把这篇文章分享给做外贸的朋友吧。"
    assert same(last) not in _news(last)
    last = "值得嗎？他把這篇報導的截圖存在手機裡，說要留給孫子看。"
    assert same(last) in _news(last)


def test_the_site_selling_itself_to_the_reader_amid_the_article_goes() -> None:
    # (the markup names the site: a sentence naming it that opens with its ask)
    middle = "訂閱島嶼即時新聞網數位版，首三個月每月只需新臺幣49元，隨時隨地掌握地方大小事。"
    text = _NEWS.format(site="島嶼即時新聞網", middle=middle, last="")
    kept = {same(p) for p in clean(text, hints=Hints(source="島嶼即時新聞網")).paragraphs}
    assert same(middle) not in kept
    # (no markup: the masthead names the site, and the sentence asks the reader as 你)
    middle = "想在淡水辦活動？島嶼即時新聞網為你聯絡全臺五十多家傳媒，新客戶首篇報導八折。"
    assert same(middle) not in _news(middle=middle)
    # (the story names the site and a price, and asks no reader)
    middle = "島嶼即時新聞網去年調查，七成乘客願意為電動船多付五元，交通局仍決定票價不變。"
    assert same(middle) in _news(middle=middle)


def test_a_closing_disclosure_that_no_one_paid_for_the_piece_goes() -> None:
    last = "本篇笔记为个人真实旅行记录，无任何商业合作，文中价格均为2029年3月实际消费，仅供参考，以现场为准。"
    assert same(last) not in _news(last)
    last = "以上純屬個人經驗，每間公司狀況不同，請勿對號入座，也不接受任何業配邀約，謝謝大家。"
    assert same(last) not in _news(last)
    # (the writer's own experience, an invitation to add to it: the post's last words)
    last = "以上純屬個人經驗，每個缸狀況不同，歡迎大家補充。"
    assert same(last) in _news(last)


_REPLIES = """\
港登討論區 HKDeng
吹水台 ｜ 時事台 ｜ 職場台 ｜ 創意台 ｜ 登入／註冊
[分享] 喺觀塘踩咗十年外賣，講吓今年嘅轉變
#1　觀塘單車佬　29/10/2029 23:05
今年係我喺觀塘送外賣嘅第十年，講吓啲轉變，唔啱聽唔好鬧。
最大分別係工廈，以前成棟冇升降機密碼，依家個個都要掃碼先上到樓。
第二個分別係單都少咗，平台收佣由一成半加到兩成半，我哋每單實收少咗。
踩慣咗，坐喺寫字樓反而會悶死。
#2　牛頭角細佬　{day2} 23:18
我都係踩開觀塘，工廈掃碼真係嘈到死，成日喺大堂等十分鐘。
#3　觀塘單車佬　{day3} 23:26
回 #2：試吓行偉業街後門，嗰邊啲管理員熟口面會幫手撳。
本討論區內容為會員個人意見，並不代表港登討論區立場；如發現違規內容，請使用檢舉功能通知管理員。
© 2029 HKDeng｜私隱政策｜聯絡我們
"""
_REPLY = "我都係踩開觀塘，工廈掃碼真係嘈到死，成日喺大堂等十分鐘。"


def test_replies_under_header_rows_dated_day_first_go_and_the_forums_statement_with_them() -> None:
    kept = kept_set(_REPLIES.format(day2="29/10/2029", day3="29/10/2029"))
    assert same(_REPLY) not in kept
    assert not any("本討論區" in line for line in kept)
    assert same("踩慣咗，坐喺寫字樓反而會悶死。") in kept
    # (a month-first day is left unread, as the date lines leave it: no header row, no replies told)
    assert same(_REPLY) in kept_set(_REPLIES.format(day2="10/29/2029", day3="10/29/2029"))


_TOUTIAO = """\
快看头条　首页　推荐　科技　汽车　财经　下载App
在县城开了五年网约车，今年我第一次坐上了无人驾驶
老周说出行　2029-08-21 19:06 · 湖南　+ 关注
上个月去长沙送孩子上学，回来的路上，我第一次叫到了一辆无人驾驶的车。
方向盘自己在转，驾驶座上一个人都没有，我坐在后排，手一直抓着扶手。
{insert}
那辆车开得比我规矩，黄灯一定停，变道前会提前亮灯三秒。
唯一的毛病是太慢，人家都走了它还在等行人走完斑马线。
"""


def test_a_framed_pointer_to_a_near_twin_of_the_title_amid_the_article_goes() -> None:
    line = "【相关推荐】在县城开了五年网约车，第一次坐无人驾驶是什么感觉？"
    assert same(line) not in kept_set(_TOUTIAO.format(insert=line))
    # (the writer's own framed head, whose label points nowhere)
    line = "【老周说】在县城开了五年网约车，第一次坐无人驾驶是什么感觉？"
    assert same(line) in kept_set(_TOUTIAO.format(insert=line))


def test_an_ads_bare_label_set_apart_then_a_call_to_click_is_the_ad() -> None:
    assert is_ad_line("广告　县城创业好项目，加盟社区生鲜店，总部全程扶持，点击咨询")
    assert not is_ad_line("广告　行业去年营收只增长三成，同行都说生意越来越难做")


def test_a_folds_button_and_the_share_it_hides_is_a_control() -> None:
    assert junk_rule("展开剩余68%", fold("展开剩余68%"))[0] is Reason.CONTROLS
    assert junk_rule("剩余68%", fold("剩余68%"))[0] is None
