"""Reader mode on the shapes held-out page set 121 showed (a portal's city
story, a wire report, a video site's column, podcast show notes, a film
review, a Weibo long post). Body: steps written without numbers, a lead-in
closed by a colon, clauses by semicolons and the last by a full stop, are one
sentence set out as a list, whole even where a phrase took one clause (扫描…
二维码，…；) and a promotion above took the rest, and the fee table over them
with them. Titles: a line carrying a post's stamp, its date and clock (江边数灯人
评论 《…》 ★★★★☆ 2029-08-23 22:51:07 浙江), and a topic's tag alone on its
line (#…#) are no headline; a line led by a tag and going on is one. Junk:
another piece's headline under a word's label and its mark amid the story
(延伸閱讀》…, 焦點新聞：…, > 上集回顧：…｜…), sharing a long run with the
headline, points away, whatever the label says (a field's row among others
names the item); an advertisement's label after a show's chapter mark
(- 18:30 【業配】…) is one."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.junk_rules import Reason
from reader.core.line_features import junk_rule

_STORY = """\
南湖社区旧车棚改造完工，居民充电不用再拉飞线
2029-04-02 09:15 来源：某某网 记者：李平
社区去年秋天开始改造旧车棚，今年三月底完工，一共装了四十个充电口，居民说晚上不用再从窗口拉线了。
物业负责人介绍，车棚改造的钱由街道和物业各出一半，居民不用再额外交费，只需按用电量付电费。
{middle}
住在三楼的刘阿姨说，现在晚上睡觉踏实多了，以前楼道里的插线板总让她担心。
社区还计划在明年把另外两处车棚也改造成充电棚，方便更多居民。
"""
_AD = "【推广】春季换新季，某某商城电动车头盔买一送一，点击抢购"
_TABLE = ["充电费用怎么算", "包月套餐\t69元\t不限次", "单次充电\t3元\t1次", "夜间充电\t暂停\t—"]
_STEPS = [
    "记者注意到，充电口的使用流程并不复杂：",
    "打开“社区充电”小程序，完成实名登记；",
    "扫描充电口上的二维码，插好充电线；",
    "等指示灯变绿，就可以离开了。",
]


def test_steps_closed_by_semicolons_under_a_promotion_are_the_body() -> None:
    kept = kept_set(_STORY.format(middle="\n".join([_AD, *_STEPS])))
    assert {same(line) for line in _STEPS} <= kept
    assert same(_AD) not in kept


def test_a_fee_table_between_two_promotions_stays_with_the_steps_under_it() -> None:
    table = [_TABLE[0], "套餐\t价格\t次数", *_TABLE[1:]]
    kept = kept_set(_STORY.format(middle="\n".join([_AD, *table, _AD, *_STEPS])))
    assert {same(line) for line in _TABLE + _STEPS} <= kept


def test_a_promotion_s_steps_with_no_full_stop_to_close_them_still_go() -> None:
    # (near miss: a call's steps end on a button's words, no clause closed by a full stop)
    steps = [
        "想领充电优惠券，可以这样做：",
        "扫描下方二维码，关注某某生活公众号；",
        "后台回复“充电”，领取五元券；",
        "点击阅读原文",
    ]
    kept = kept_set(_STORY.format(middle="\n".join([_AD, *steps])))
    assert same(steps[1]) not in kept


_REVIEW = """\
豆荚  读书  电影  音乐  同城  小组
电影 > 晚班轮渡 (2029) > 影评
一条江，两个夜班：《晚班轮渡》里没有说出口的话
江边数灯人 评论 《晚班轮渡》 ★★★★☆{stamp} 浙江
看完已经十点半，走出影院的时候，我在手机上查了一下，重庆现在还有没有夜班轮渡。
没有了。
《晚班轮渡》讲的是一个快退休的轮渡船长老邱，和一个每天坐最后一班船去对岸医院上夜班的护士。
两个人整部电影说的话，加起来不到二十句。
我最喜欢的一场戏在第五十分钟，护士下船前回头问他明天还开不开，老邱只说了一个字。
"""
_HEADLINE = "一条江，两个夜班：《晚班轮渡》里没有说出口的话"


def test_a_reviewer_s_line_with_its_stamp_is_no_headline() -> None:
    assert clean(_REVIEW.format(stamp=" 2029-08-23 22:51:07")).metadata.title == _HEADLINE
    # (near miss: without the stamp the headline won already)
    assert clean(_REVIEW.format(stamp="")).metadata.title == _HEADLINE


_POST = """\
漫博  首页  热门  视频  找人  消息
{tag}
吉隆坡的阿橙 ＋关注
在吉隆坡的第三年，我第一次去马来邻居家过开斋节
2029-2-16 18:40 来自 漫博长文 · 发布于 马来西亚
来吉隆坡读研第三年，今年开斋节，住在隔壁的 Makcik Rosnah 敲门，说第二天中午一定要去她家吃饭。
我问要不要带什么。
马来朋友家的“开放门户”，就是从早到晚门都开着，谁来都可以坐下吃。
那天我一共吃了十一道菜，最喜欢的是椰浆饭和仁当牛肉，回家的路上一直在想明年要带什么去。
"""


def test_a_topic_s_tag_alone_on_its_line_is_no_headline() -> None:
    # (the headline right over the post's date line wins whatever stands above the account)
    title = clean(_POST.format(tag="#在吉隆坡第一次去邻居家过开斋节#")).metadata.title
    assert title == "在吉隆坡的第三年，我第一次去马来邻居家过开斋节"


_NEWS = """\
東港首尾黑鮪魚拍出每公斤新台幣6800元 漁民：今年來得早
2029/05/02 14:37
（寶島社記者郭姿妤屏東2日電）今年第一尾黑鮪魚今天清晨在東港魚市場上岸，重218公斤，拍賣每公斤新台幣6800元，比去年的首鮪早了四天。
捕獲這尾黑鮪魚的是東港籍漁船「新順益12號」，船長陳永福在菲律賓北方海域作業第六天時釣上。
{line}
漁會總幹事林文雄表示，今年海水溫度偏高，魚群北上時間提前，預估整季漁獲可達一千尾。
屏東縣政府今年的黑鮪魚文化觀光季訂5月10日開幕，活動期間週末加開東港往小琉球船班。
"""
_TWIN = "東港首尾黑鮪魚拍出每公斤6800元 得標的是在地餐廳"


def test_another_piece_s_headline_under_any_label_amid_the_story_goes() -> None:
    for label in ("延伸閱讀》", "焦點新聞：", "> 上集回顧："):
        assert same(label + _TWIN) not in kept_set(_NEWS.format(line=label + _TWIN)), label


def test_a_field_s_row_among_others_naming_the_headline_s_item_stays() -> None:
    # (near miss: 拍賣紀錄：… over 得標者：…, a record's rows)
    rows = f"拍賣紀錄：{_TWIN}\n得標者：東港在地餐廳"
    assert same(f"拍賣紀錄：{_TWIN}") in kept_set(_NEWS.format(line=rows))


def test_an_advertisement_s_label_after_a_chapter_mark_is_a_promotion() -> None:
    line = "- 18:30 【業配】本集由「晨光燕麥奶」贊助，輸入代碼 COMMUTE20 首購折五十元"
    assert junk_rule(line, fold(line))[0] is Reason.PROMOTION
    # (near miss: a chapter's own title after its mark)
    chapter = "- 11:20 社子站：等了二十年的一站"
    assert junk_rule(chapter, fold(chapter))[0] is None
