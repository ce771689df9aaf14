"""Reader mode on the shapes the hundred-and-thirteenth held-out set showed: a
competition's result rows (place, name, time taken to the second) are no
menu, and the label rows over them stay; a phone row closing a Markdown
section numbered on from the notice's numbered heads stays. At the page's
end, a shop's offer priced and discounted, a note that the piece is the
writer's own experience, a labelled near twin of the title (and the site's
notice over the twin with it), a call to forward the page and a call to like
and share it under the site's note go. A notice's 發佈： line names the
office that issues it (the source, over the site named after the same
estate) or the site's desk (a credit)."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.menu_shapes import is_menu
from reader.core.meta_records import Hints, Metadata

# (a portal's repost of a club's results: label rows, then groups of place / name / time rows)
RESULTS = """\
丰盛港社区网 > 社区新闻 > 乐龄活动 > 正文
登录 | 注册 | 投稿 | 手机版

首届丰盛港填字比赛成绩揭晓，公开组冠军用时12分05秒
2029-09-02 10:00　来源：丰盛港乐龄联谊会　编辑：陈美玲

【广告】丰盛港海景公寓，首付只需RM 18,000，预约看房送礼券！

由丰盛港乐龄联谊会主办的首届填字比赛，已于8月30日在会所举行，共有88人参加。
比赛分公开组及乐龄组，题目由会员自行设计，每组限时三十分钟。
参赛人数：88人
题目难度：三星（满分五星）
一、公开组
　冠军　黄志明　12分05秒
　亚军　Rajesh a/l Kumar　14分30秒
　季军　李秀云　15分12秒
二、乐龄组
　冠军　郭玉兰　19分48秒
　亚军　蔡文华　21分33秒
　季军　（从缺）
领奖时间：9月7日（星期六）上午10时
领奖地点：联谊会会所
得奖者请携带身份证领取奖杯。
＊本文内容由主办单位提供，本网仅作转载。
相关新闻
首届丰盛港填字比赛8月30日举行，即日起报名
丰盛港社区网 © 2029 版权所有
"""
LOST_FIRST = [
    "参赛人数：88人",
    "题目难度：三星（满分五星）",
    "一、公开组",
    "　冠军　黄志明　12分05秒",
    "　亚军　Rajesh a/l Kumar　14分30秒",
    "　季军　李秀云　15分12秒",
]


def test_result_rows_and_the_label_rows_over_them_stay() -> None:
    kept = kept_set(RESULTS)
    assert [row for row in LOST_FIRST if same(row) not in kept] == []


def test_a_row_ending_in_a_time_taken_is_no_menu() -> None:
    assert not is_menu("季军　Muthu a/l Raman　23分17秒")
    assert not is_menu("50米自由泳　梁樂軒　31.26秒")


def test_a_countdown_or_a_row_of_words_is_still_a_menu() -> None:
    # (near misses: a countdown's seconds come after its other figures; no time ends the words' row)
    assert is_menu("距开始 18天 21时 36分05秒")
    assert is_menu("季军　Muthu a/l Raman　排行榜")


# (a club's notice exported as Markdown: numbered ## heads, the last section's rules, then its phone row)
NOTICE = """\
[首頁](https://www.club.example.mo/) · [活動](https://www.club.example.mo/events) · [入會](https://www.club.example.mo/join)

**新一期太極班下月開課，會員免費！**

# 2029年度太極推手友誼賽 賽程及報到須知

發佈：澳門太極推手研習社賽務組｜2029年10月5日

各參賽隊伍：

本年度友誼賽共收到報名二十八隊，比賽將於一日內完成，請各隊準時報到。

## 一、日期及地點

日期：2029年10月20日（星期六）

地點：氹仔體育館副館

## 二、賽程

| 時間 | 組別 | 場地 |
|---|---|---|
| 09:00 | 少年組 | A場 |
| 11:00 | 公開組 | A場 |
| 14:00 | 長者組 | B場 |

## {head}

1. 每場比賽開始前20分鐘到報到處簽到。
2. 遲到10分鐘作棄權論。
3. 須穿著運動服及平底鞋。

可唔可以帶自己嘅教練？可以，但只限一位。

Spectators welcome, free admission.

查詢電話：2833 4120（賽務組 陳小姐）

> 參賽者須自行評估身體狀況，本社已購買公眾責任保險，惟不包括個人意外；如有受傷或損失，本社恕不負責。

幫手轉發畀鍾意太極嘅朋友，到時一齊嚟打氣！

相關文章：[2028年度太極推手友誼賽](https://www.club.example.mo/events/2028)

留言：

- 何生：長者組有冇年齡限制？
  - 澳門太極推手研習社：六十歲或以上，報到時帶身份證。

© 2029 澳門太極推手研習社　版權所有
"""
PHONE = "查詢電話：2833 4120（賽務組 陳小姐）"


def test_a_phone_row_closing_a_markdown_section_numbered_on_stays() -> None:
    assert same(PHONE) in kept_set(NOTICE.format(head="三、報到須知"))


def test_a_phone_row_under_a_head_that_skips_the_numbering_or_has_none_goes() -> None:
    # (near misses: ## 四、 after ## 二、 carries no numbering on; an unnumbered head vouches for nothing)
    assert same(PHONE) not in kept_set(NOTICE.format(head="四、報到須知"))
    assert same(PHONE) not in kept_set(NOTICE.format(head="報到須知"))


# (a building committee's notice, its last line the closing word, then whatever the page put under it)
WORKS = """\
外牆修繕工程施工時程公告
各位住戶您好：
本大廈外牆磁磚多處剝落，經區分所有權人會議通過，將進行全棟外牆修繕，工期預計八週。
施工期間請關閉面外牆窗戶，並收回陽台曬衣。
陽台盆栽：請暫移至室內。
施工時間：週一至週六 08:00–17:00，週日不施工。
有任何問題請洽管理室。
{last}
"""
OFFER = "社區合作水電行四月限定：施工結束後冷氣清洗一台只要NT$1,500，即日起到管理室登記即享八折優惠。"


def test_an_offer_priced_and_discounted_at_the_page_s_end_goes() -> None:
    assert same(OFFER) not in kept_set(WORKS.format(last=OFFER))


def test_a_closing_line_with_a_price_but_no_sale_or_a_sale_but_no_price_stays() -> None:
    # (near misses: the notice's own fee, and a word of a discount with no price)
    fee = "逾期未登記者，另行清洗每台收費NT$1,500，由住戶自行負擔。"
    word = "社區合作水電行將於施工結束後提供冷氣清洗，登記者可享優惠，詳情請洽管理室。"
    assert same(fee) in kept_set(WORKS.format(last=fee))
    assert same(word) in kept_set(WORKS.format(last=word))


BLOG = """\
那天在宏茂桥，我的兔子没有出来
文 / 林嘉伟 · 2029年7月2日
我做儿童派对魔术九年，失手过很多次，但七月那一次，我到现在还记得。
客厅里坐了十五个小孩，还有他们的爸爸妈妈。
我伸手到帽子里，手一翻——什么都没有。
后来寿星自己从沙发底下把兔子抱了出来，掌声比平常大很多。
这是我师父说过的话，那天我才听懂。
{last}
"""
EXPERIENCE = "本文所述为作者个人经历，文中小朋友均已化名；魔术道具请在成人陪同下使用，三岁以下儿童请勿接触。"


def test_a_note_that_the_piece_is_the_writer_s_own_experience_goes() -> None:
    assert same(EXPERIENCE) not in kept_set(BLOG.format(last=EXPERIENCE))


def test_the_writer_s_own_line_about_their_experience_stays() -> None:
    # (near miss: no word of the piece on itself, 本文)
    own = "这些都是我的个人经历，写下来，希望对刚入行的魔术师有点用。"
    assert same(own) in kept_set(BLOG.format(last=own))


# (a forum thread: the post, the site's notice under it, a labelled link to another post, the replies)

FORUM = """\
开封城事论坛 > 生活 > 夕阳红 > 正文
登录 | 注册 | 找回密码 | 手机版
六十一岁，我在龙亭公园学会了打陀螺
楼主：汴梁老宋　发表于 2029-6-2 19:12　只看该作者
去年秋天我从单位退下来，头一个月天天在家看报纸，眼睛越看越花。
老伴说你去公园走走，别在家里闷着。
我就去了龙亭公园。北门进去往右，每天早上有十来个老头在抽陀螺，啪啪的，隔着湖都能听见。
头一天
我在旁边站了半个钟头。有个姓范的老师傅把鞭子递给我，说：“试试。”
陀螺倒了九次。
第二天我自己买了一个，铁芯的，四十块。
现在我能让它转上十分钟，范师傅说我出师了。
{statement}
{last}
回复 #2 湖边的柳：宋叔，我爸也在龙亭公园抽，穿红衣服那个，您认识不？
回复 #3 汴梁老宋：认识，老牛，他抽的是大陀螺，比我好。
下载开封城事APP，看帖回帖更方便，签到还能领积分换礼品 >>
Powered by 开封城事论坛 © 2029　豫ICP备2029012345号
"""
TWIN = "本版精华帖：六十二岁，我在龙亭公园学会了踢毽子"
REMIND = "【提醒】本帖为网友经验分享，不代表本站观点；陀螺鞭子甩动时请注意旁人，本站不承担任何责任。"


def _thread(last: str = TWIN, statement: str = "") -> str:
    return FORUM.format(last=last, statement=statement)


def test_a_labelled_near_twin_of_the_title_at_the_tail_goes() -> None:
    assert same(TWIN) not in kept_set(_thread())


def test_the_site_s_notice_over_the_near_twin_goes_with_it() -> None:
    kept = kept_set(_thread(statement=REMIND))
    assert same(TWIN) not in kept
    assert same(REMIND) not in kept


def test_a_labelled_last_line_that_is_no_near_twin_stays() -> None:
    # (near misses: the writer's own labelled sentence; a labelled headline sharing no long run with the title)
    own = "老伴说：你在龙亭公园学会了打陀螺，也学会了早起。"
    other = "精华帖：老城十字街的浆面条还是那个味儿吗"
    assert same(own) in kept_set(_thread(last=own))
    assert same(other) in kept_set(_thread(last=other))


# (an estate's notice on its newsletter's page: the 發佈 line names who issues it)

ESTATE = """\
2029年12月年廿八大掃除安排
發佈：{issuer}｜2029年12月1日｜通告編號 CW-2029-052
各位住戶：
為迎接新年，管理處將於一月舉行全屋苑大掃除，屆時各座大堂及走廊將進行清洗。
清洗當日請勿將雜物擺放於走廊，以免阻礙工作。
清洗日期及座數
1月18日（六）　第1座至第3座　09:00–17:00
1月19日（日）　第4座至第6座　09:00–17:00
如有查詢，請致電管理處。
"""
SITE = "翠湖苑住戶通訊"


def _meta(issuer: str) -> Metadata:
    return clean(ESTATE.format(issuer=issuer), hints=Hints(source=SITE)).metadata


def test_the_office_of_the_estate_the_site_is_named_after_is_the_source() -> None:
    assert _meta("翠湖苑管理處").source == "翠湖苑管理處"


def test_an_office_of_another_name_leaves_the_site_as_the_source() -> None:
    # (near miss: the managing company's office shares no name with the site)
    assert _meta("恒安物業管理處").source == SITE


def test_the_site_s_desk_that_issues_it_is_a_credit() -> None:
    meta = _meta(SITE + "編輯組")
    assert meta.source == SITE
    assert ("發佈", SITE + "編輯組") in meta.credits


def test_the_site_s_name_alone_is_no_credit() -> None:
    # (near miss: the site's name with no desk after it)
    assert _meta(SITE).credits == ()


# (an estate's notice whose page ends in the article's last lines, then whatever the site put there)
ESTATE_END = """\
2029年11月大型垃圾收集日安排
各位住戶：
為方便住戶棄置舊傢俬及大型電器，管理處將於十一月舉行兩次大型垃圾收集日，免費代為運走。
收集當日請於指定時間內將物品放置於所屬座數地下收集點，逾時恕不處理。
每戶上限：五件。
Please register at the management office by 6 November.
{last}
"""
FORWARD = "覺得有用？轉發俾同座鄰居，大家一齊保持屋苑清潔！"


def test_a_call_to_forward_the_page_as_its_last_line_goes() -> None:
    assert same(FORWARD) not in kept_set(ESTATE_END.format(last=FORWARD))


def test_a_story_s_last_line_that_tells_of_forwarding_stays() -> None:
    # (near miss: the verb with its subject before it, 她把通告轉發給…, tells what happened)
    told = "陳太看完，把通告轉發給住在第五座的女兒，叫她一齊落嚟搬舊梳化。"
    assert same(told) in kept_set(ESTATE_END.format(last=told))


# (a magazine feature: its last paragraph, the site's note on the piece, then a call to like and share)
FEATURE = """\
一張榻榻米，四百針
文／鄭雅雯　攝影／洪子豪
台南中西區的巷子裡，蘇師傅做榻榻米已經五十年，一疊榻榻米的邊，要縫大約四百針。
現在還有人訂嗎？有，大多是寺廟和茶室，也有年輕人來，說要鋪在和室裡打坐。
這行英文是他孫女幫他寫在名片背面的，他說看不懂，但知道是在說他。
{note}
喜歡這篇故事，請幫我們按讚分享，讓更多人看見巷子裡的手藝人。
延伸閱讀
府城最後的打鐵街，還有三盞爐火
Copyright © 2029 南方巷仔誌 All rights reserved.
"""
LIKE_SHARE = "喜歡這篇故事，請幫我們按讚分享，讓更多人看見巷子裡的手藝人。"
NOTE = "（本文為編輯部實地採訪，店家未支付任何費用；文中價格以店家現場報價為準，本站不負任何交易責任。）"


def test_a_call_to_like_and_share_under_the_site_s_note_goes() -> None:
    assert same(LIKE_SHARE) not in kept_set(FEATURE.format(note=NOTE))


def test_a_call_to_like_and_share_right_under_the_article_stays() -> None:
    # (near miss: nothing of the site's between the article's end and the call: it may be the writer's own)
    assert same(LIKE_SHARE) in kept_set(FEATURE.format(note=""))
