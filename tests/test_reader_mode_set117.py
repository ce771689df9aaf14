"""Reader mode on the shapes the hundred-and-seventeenth held-out set showed:
a week's menu set with full-width spaces (星期一　糙米飯　滷雞腿 …) under its
week's head (第一週（11/5～11/9）, a counter's shape) right under the notice's
paragraph is the notice's table, head and all; a table copied with tabs keeps a
withdrawn lot's short row (04<TAB>撤拍) and the rows under it when the body kept
most of its rows. Amid the body, a quoted related headline (> 延伸阅读：…) and a
forum's pager (第1页 共2页　下一页) go; so does a paragraph between two blocks of
rows that asks the reader as 你 or for a gift (an insurer's offer between a lost
dog's particulars and its sightings, a call for donors between a menu and its
allergen notes), and a labelled near twin of the headline over it (最新消息：…10月…
over …11月…). After the body, replies led by the word for replying (回复 1#　name：…)
go from the first, and so does the site's appeal whose condition opens a later
clause (…，如果你認同我哋嘅工作，請捐款支持…). The issuing line's unit named whole
(發布單位：新竹市東門國小學務處) is the source where only the masthead names the
school; a © line naming it makes the unit its desk."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.closing_teasers import mark_head_twin
from reader.core.folding import fold
from reader.core.junk_rules import Reason
from reader.core.line_features import junk_rule
from reader.core.line_passes import Line
from reader.core.support_appeals import support_appeal

MENU = """\
新竹市東門國小118學年度11月營養午餐菜單公告
發布時間：2029/10/29 16:05　點閱：1,284
親愛的家長您好：
本校十一月份營養午餐菜單已由營養師排定，每餐均含全穀主食、一主菜、兩副菜、一湯及水果，請參閱下表。
第一週（11/5～11/9）
星期一　糙米飯　滷雞腿　炒高麗菜　玉米蛋花湯
星期二　地瓜飯　鮭魚排　麻婆豆腐　味噌湯
星期三　炒麵　　（半天課，無湯）
星期四　五穀飯　咖哩豬肉　清炒菠菜　冬瓜湯
星期五　白飯　　客家小炒　蒸蛋　綠豆湯
家長會誠徵「水果日」愛心家長，每月認捐一次在地當季水果，讓孩子多吃一份新竹的好味道，意者請洽家長會辦公室。
過敏原提醒：
鮭魚排：魚類
麻婆豆腐：黃豆
炒麵：小麥、蛋
素食申請方式：
1. 向導師索取素食申請表。
2. 家長簽名後於11月1日前交回。
"""

_ROWS = [
    "第一週（11/5～11/9）",
    "星期一　糙米飯　滷雞腿　炒高麗菜　玉米蛋花湯",
    "星期三　炒麵　　（半天課，無湯）",
    "星期五　白飯　　客家小炒　蒸蛋　綠豆湯",
]


def test_a_weeks_menu_under_its_head_under_the_notices_paragraph_stays() -> None:
    kept = kept_set(MENU)
    assert all(same(row) in kept for row in _ROWS)
    assert same("過敏原提醒：") in kept
    # (near miss: with no paragraph of the notice over its head, the rows stand among the page's own)
    bare = MENU.replace(
        "本校十一月份營養午餐菜單已由營養師排定，每餐均含全穀主食、一主菜、兩副菜、一湯及水果，請參閱下表。\n", ""
    )
    assert same("星期一　糙米飯　滷雞腿　炒高麗菜　玉米蛋花湯") not in kept_set(bare)


def test_a_call_for_donors_between_a_menu_and_its_notes_goes() -> None:
    appeal = (
        "家長會誠徵「水果日」愛心家長，每月認捐一次在地當季水果，讓孩子多吃一份新竹的好味道，意者請洽家長會辦公室。"
    )
    assert same(appeal) not in kept_set(MENU)
    # (near miss: the notice's own note between the blocks asks nothing of the reader)
    note = "以上菜單如因食材供應調整，學務處將另行公告，各班午餐股長屆時會再轉知同學。"
    assert same(note) in kept_set(MENU.replace(appeal, note))


LOST = """\
走失寵物協尋：大埔墟一帶唐狗「豆豉」
我哋屋企隻狗「豆豉」八月一號夜晚喺大埔墟街市附近走失，佢好怕行人，見到人會縮埋一邊，唔會主動埋身。
如果大家見到，麻煩影低相同埋話我哋知地點，唔使捉佢。
名字：豆豉
品種：唐狗（混種），約四歲
走失地點：寶鄉街近大埔墟街市
走失時間：2029年8月1日晚上約九時
毛孩走失、受傷醫療費用高昂，「安心寵」寵物保險首年保費八折，立即網上投保，為你的毛孩多一重保障。
目擊紀錄
日期 時間 地點
8月2日 早上6:40 大埔海濱公園單車徑
8月2日 晚上10:15 廣福道麥當勞後巷
見到「豆豉」時請：
唔好追，唔好大聲叫佢。
即刻打電話或者WhatsApp我哋。
"""


def test_an_offer_to_the_reader_between_a_notices_blocks_goes() -> None:
    kept = kept_set(LOST)
    assert (
        same("毛孩走失、受傷醫療費用高昂，「安心寵」寵物保險首年保費八折，立即網上投保，為你的毛孩多一重保障。")
        not in kept
    )
    assert same("如果大家見到，麻煩影低相同埋話我哋知地點，唔使捉佢。") in kept
    assert same("8月2日 早上6:40 大埔海濱公園單車徑") in kept
    # (near miss: a letter's last paragraph asking the reader, under list items, over its signer's name
    # and title, which are no block of rows)
    letter = (
        "各位朋友：\n今年岁末，我们希望为独居长辈筹款，以下是您的捐款可以做到的事：\n"
        "- **50新元**：为一位长辈提供一个月的送餐服务\n- **120新元**：支持义工一整年的探访交通和培训\n"
        "长辈们常说，最怕的不是老，而是被忘记。恳请您在这个岁末，和我们一起，让每一位独居长辈都有人惦记。\n"
        "吴振声\n主席\n晨光乐龄关怀协会\n"
    )
    assert same(
        "长辈们常说，最怕的不是老，而是被忘记。恳请您在这个岁末，和我们一起，让每一位独居长辈都有人惦记。"
    ) in kept_set(letter)


def test_the_sites_appeal_with_its_condition_in_a_later_clause_asks_for_support() -> None:
    assert support_appeal("互助站全部由義工營運，如果你認同我哋嘅工作，請捐款支持協尋海報印刷同晶片掃描器開支。")
    # (near miss: a condition on the weather, not on the reader, in the notice's last paragraph)
    assert not support_appeal("當日活動全部由義工協助，如果天氣轉差，請留意我們的通知，支持的街坊可以早點到場。")


TABLE = """\
姑苏集邮联谊会第十二次会员邮品拍卖会拍品目录
本会第十二次会员邮品拍卖会定于5月25日下午两点在平江路会所二楼举行，现将部分拍品目录公布如下，欢迎会员预先查看实物。
拍品目录（节选）
编号\t拍品\t品相\t起拍价（元）
01\t1980年猴票单枚\t上品\t5000
02\t苏州园林小型张\t全品\t80
03\t实寄封十枚（1990年代）\t一般\t5
04\t撤拍
05\t生肖邮票年册（2028）\t全品\t260
【广告】观前街老字号邮册店，活页邮册、护邮袋一站购齐，会员凭卡九折。
竞拍规则：
每次加价不少于起拍价的百分之十。
"""


def test_a_withdrawn_lots_row_in_a_table_the_body_kept_stays() -> None:
    kept = kept_set(TABLE)
    assert same("04 撤拍") in kept
    assert same("05 生肖邮票年册（2028） 全品 260") in kept
    assert same("【广告】观前街老字号邮册店，活页邮册、护邮袋一站购齐，会员凭卡九折。") not in kept


def test_a_quoted_related_headline_amid_the_body_goes() -> None:
    post = (
        "# 外公的算盘\n\n我爸以前在牛车水的杂货店管账，四十年，一把算盘。\n"
        "> 延伸阅读：我爸学用手机付款的那个星期\n"
        "> 延伸阅读这本书的第三章，你会发现算盘的口诀三十年来几乎没有变过。\n"
        "练了三个星期，阿哲可以不看纸算两位数加法了。\n"
    )
    kept = kept_set(post)
    assert same("> 延伸阅读：我爸学用手机付款的那个星期") not in kept
    # (near miss: the writer's own quote, a sentence that starts with the same words)
    assert same("> 延伸阅读这本书的第三章，你会发现算盘的口诀三十年来几乎没有变过。") in kept


def test_a_pagers_place_before_its_next_link_is_the_pager() -> None:
    for line in ("第1页 共2页　下一页", "第2页 共5页 上一页 下一页"):
        assert junk_rule(line, fold(line))[0] is Reason.PREV_NEXT
    # (near miss: a sentence about a page is no pager)
    line = "翻到第1页，下一页就是答案。"
    assert junk_rule(line, fold(line))[0] is not Reason.PREV_NEXT


THREAD = """\
退休第三年，我在阳台上养了一冬天的蝈蝈
我开了三十一年公交车，退休以后最怕的就是屋里太静。
去年秋天在鸟市花二十块钱买了一只蝈蝈，装在葫芦里，揣在怀里。
一个冬天，它叫到了正月十五。
今年秋天，我又去了一趟鸟市。
{replies}
津门老友论坛 ©2029　津ICP备2029xxxx号
"""


def test_replies_led_by_the_word_for_replying_go_from_the_first() -> None:
    replies = (
        "回复 1#　鸟市小王：韩师傅，豆面是生的还是熟的？我家那只喂了生豆面不爱吃。\n"
        "回复 2#　河东老韩：炒熟的，凉了再喂，一次指甲盖那么一点就够。"
    )
    kept = kept_set(THREAD.format(replies=replies))
    assert same("回复 1#　鸟市小王：韩师傅，豆面是生的还是熟的？我家那只喂了生豆面不爱吃。") not in kept
    assert same("今年秋天，我又去了一趟鸟市。") in kept
    # (near miss: a ranked list led by its first entry's number, no word for replying, is the article's)
    ranked = "1# 鸟市老刘：手工葫芦做得最好，三十年的老字号。\n2# 河东老韩：豆面炒熟了再喂，一次一点就够。"
    assert same("1# 鸟市老刘：手工葫芦做得最好，三十年的老字号。") in kept_set(THREAD.format(replies=ranked))


def _lines(*texts: str) -> list[Line]:
    return [Line(text, fold(text), len(text) < 20) for text in texts]


def test_a_labelled_near_twin_over_the_headline_goes() -> None:
    title = "新竹市東門國小118學年度11月營養午餐菜單公告"
    lines = _lines(
        "最新消息：新竹市東門國小118學年度10月營養午餐菜單公告",
        "公告：本校118學年度學生健康檢查時程",
        title,
        "親愛的家長您好：",
    )
    lines[2].reason = Reason.HEADLINE
    mark_head_twin(lines, title)
    assert lines[0].reason is Reason.RELATED
    # (near miss: another labelled headline that shares little with the title)
    assert lines[1].reason is None


PAGE = """\
新竹市東門國小 Hsinchu Dongmen Elementary School
首頁｜學校簡介｜行政單位｜最新消息｜家長專區｜English
新竹市東門國小118學年度11月營養午餐菜單公告
發布單位：新竹市東門國小學務處　發布時間：2029/10/29 16:05　點閱：1,284
親愛的家長您好：
本校十一月份營養午餐菜單已由營養師排定，每餐均含全穀主食、一主菜、兩副菜、一湯及水果，請參閱下表。
素食申請請於11月1日前交回導師，學務處彙整後自11月5日起供應。
新竹市東門國小　地址：新竹市東區○○路1號　版權所有
"""


def test_the_unit_named_whole_under_a_masthead_alone_is_the_source() -> None:
    assert clean(PAGE).metadata.source == "新竹市東門國小學務處"
    # (near miss: where the page's © line names the school, the school's name and its desk are its desk)
    signed = PAGE.replace("新竹市東門國小　地址：新竹市東區○○路1號　版權所有", "© 2029 新竹市東門國小 版權所有")
    assert clean(signed).metadata.source == "新竹市東門國小"
