"""Reader mode on the shapes the hundred-and-fifteenth held-out set showed:
a notice's contact row (聯絡電話：… （梁先生）) under its line for readers of
English, which ends in a full stop of its own, is the notice's; the page's
Markdown sections after the article (### 其他通告 over other notices'
headlines, ### 讀者留言 over readers' short posts) go by their shape and
place, whatever their heading says; and so does the site's box of calls
right under the article (a subscribe appeal, a like-and-share call, a
statement about the page, an offer under its own label), two lines or more.
Its metadata: who compiled a body's notice (整理：X beside 來源：某聯會, 記者X整理
beside 資料來源：…) is credited, no author; a body under the bare publishing
label beside a compiler is the source; a sourced row's editor keeps its time;
a label's teaser (熱門：…) over a headline with no clause is no title; a notice
a poster relays, signed off by its body and dated under its last sentence,
is the body's."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.line_fix import fix_lines
from reader.core.line_verdicts import judge_all
from reader.core.paragraph_ends import ends_paragraph

CONTACT = """\
各位住戶：
本大廈天台兩個食水水箱已使用多年，水務署上月巡查時建議盡快清洗及更換進水閥，業主聯會已聘請承辦商於下週進行工程。
工程期間全座須暫停供應食水及沖廁水，請各戶預早儲水。
行動不便的長者住戶如需協助搬水上樓，請致電聯會秘書登記。
Non-Chinese-speaking tenants may call the secretary for an English copy of this notice.
聯絡電話：9318 2270（梁先生）
"""


def test_a_contact_row_under_a_sentence_in_english_is_the_notices() -> None:
    assert same("聯絡電話：9318 2270（梁先生）") in kept_set(CONTACT)
    assert ends_paragraph("Non-Chinese-speaking tenants may call the secretary for an English copy of this notice.")


def test_a_stop_after_a_few_words_is_no_sentence() -> None:
    # (near miss: a menu's or a label's words end in no sentence's stop)
    assert not ends_paragraph("Tel. 2345.")
    assert not ends_paragraph("Home About Contact Privacy Terms.")
    assert not ends_paragraph("SSP Neighbours")


FEATURE = """\
# 一把摺扇畫三天：新馬路舊扇莊裡的最後一位畫扇人
下午兩點，新馬路的遊客正多，扇莊裡卻安靜得只聽見毛筆掃過紙面的聲音。
八十歲的區婆婆戴著老花鏡，把一柄半開的紙扇夾在木架上，畫一枝梅花。
傍晚收工前，她總會把當天畫好的扇子打開，放在窗邊風乾，「扇要見過風，先算畫完。」
### 延伸
- 一把摺扇畫三天：新馬路舊扇莊的畫扇人（影片版）
- 營地街市旁的秤店 一桿秤用了六十年
### 你點睇
Carmen：小時候婆婆帶我去買過扇，原來師傅還在！
阿樂：下次去澳門一定要訂一把。
"""


def test_sections_of_headlines_and_of_posts_after_the_article_go() -> None:
    kept = kept_set(FEATURE)
    for line in ("### 延伸", "- 營地街市旁的秤店 一桿秤用了六十年", "### 你點睇", "阿樂：下次去澳門一定要訂一把。"):
        assert same(line) not in kept
    assert same("八十歲的區婆婆戴著老花鏡，把一柄半開的紙扇夾在木架上，畫一枝梅花。") in kept


RECIPE = """\
# 梅菜扣肉
梅菜扣肉是客家菜，做法不難，只是要花時間，蒸得夠久，肉才會軟糯入味。
這次用的是廣東惠州的梅干菜，咸香味更足，五花肉選肥瘦相間的一塊。
## 用料
- 带皮五花肉 600克
- 梅干菜 100克
- 生抽 两汤匙
"""

INTERVIEW = """\
# 老師傅的最後一天
老師傅在這條街開了四十年舖，今天是最後一天營業，街坊一早排隊來道別。
我們在收舖前跟他聊了幾句，談起這些年的生意和街坊。
## 對談
陳師傅：我十六歲入行，一做就做到今日。
記者：最捨不得的是甚麼？
陳師傅：最捨不得就係班老街坊，日日都見。
"""


def test_the_authors_last_sections_stay() -> None:
    # (near misses: a list of things is no list of headlines; speakers taking turns are no readers' posts)
    kept = kept_set(RECIPE)
    assert same("## 用料") in kept and same("- 梅干菜 100克") in kept
    kept = kept_set(INTERVIEW)
    assert same("記者：最捨不得的是甚麼？") in kept and same("陳師傅：我十六歲入行，一做就做到今日。") in kept


BLOG = """\
六十岁那年，我妈考到了摩托车驾照
我妈说要学骑摩托车的那天，全家人都以为她在开玩笑。
她六十岁，在新街场的巴刹卖了三十年菜，一直是坐我爸的摩托车后座。
现在她每天清晨自己骑车去批发市场，我爸坐在家里等她回来吃早餐。
如果你喜欢这篇文章，请点个赞或分享给你的妈妈，让更多人知道六十岁也可以重新开始学东西。
【合作推荐】怡保「安全第一」头盔专卖店，出示本文享九折优惠。
上一篇：六十岁那年，我妈学会了用网上银行
下一篇：陪爸爸做膝盖复健的三个月
"""

NOTICE = """\
亲爱的居民：
为配合民防部队的防火宣导，居民网络将与市镇会职员一起检查各座走廊，确保逃生通道畅通。
检查不是为了罚款，而是提醒大家把鞋柜、盆栽和旧家具移到安全位置。
Residents who prefer English may ask any volunteer in a green vest for help.
> 本页资料仅供居民参考，一切以市镇会正式通知为准，居民网络不承担任何因资料更改而引起的责任。
邻里互助靠大家，欢迎加入我们的义工团队，每月只需两小时，就能让组屋更安全、更温暖。
**赞助商**：勿洛北「合众」搬家服务，旧家具免费估价。
© 2029 勿洛北邻里 · 版权所有
"""


def test_the_sites_box_of_calls_under_the_article_goes() -> None:
    kept = kept_set(BLOG)
    assert same("【合作推荐】怡保「安全第一」头盔专卖店，出示本文享九折优惠。") not in kept
    assert same("如果你喜欢这篇文章，请点个赞或分享给你的妈妈，让更多人知道六十岁也可以重新开始学东西。") not in kept
    kept = kept_set(NOTICE)
    assert same("**赞助商**：勿洛北「合众」搬家服务，旧家具免费估价。") not in kept
    assert same("邻里互助靠大家，欢迎加入我们的义工团队，每月只需两小时，就能让组屋更安全、更温暖。") not in kept
    assert same("Residents who prefer English may ask any volunteer in a green vest for help.") in kept


RECAP = """\
社大臺語課成果發表
學員林阿姨今年六十八歲，從小講臺語，卻是第一次認真想這些話怎麼寫。
成果發表的最後，大家一起聽了一段在市場錄到的叫賣聲，很多人跟著笑了，也有人紅了眼眶。
陳秀鳳老師表示，下學期課程將走訪觀音山下的老聚落，歡迎對臺語和在地故事有興趣的朋友一起加入。
下學期課程預計於明年2月開課，線上報名至1月31日止，詳情請洽社大辦公室或參閱招生簡章。
分享：Facebook　LINE　複製連結
"""


def test_a_storys_last_lines_that_ask_are_no_box_of_calls() -> None:
    # (near miss: a teacher's words reported, 歡迎…一起加入, are the story's; one call alone stays)
    kept = kept_set(RECAP)
    assert same("陳秀鳳老師表示，下學期課程將走訪觀音山下的老聚落，歡迎對臺語和在地故事有興趣的朋友一起加入。") in kept


def _meta(line: str):  # type: ignore[no-untyped-def]
    """The metadata cleaning reads in ``line`` as a page's line."""
    return judge_all(fix_lines(line))[0][3]


def test_who_compiled_a_bodys_notice_is_credited_not_its_author() -> None:
    meta = _meta("來源：福榮街二百一十號業主聯會　｜　2029年12月3日　｜　整理：黎子健")
    assert (meta.source, meta.author, meta.date) == ("福榮街二百一十號業主聯會", None, "2029-12-03")
    assert ("整理", "黎子健") in meta.credits
    # (near miss: with no body named, who compiled the page wrote it up)
    assert _meta("整理：邱柏翰　更新於 2029年5月18日").author == "邱柏翰"


def test_a_body_under_the_publishing_label_beside_a_compiler_is_the_source() -> None:
    meta = _meta("*发布：勿洛北绿意居民网络 ｜ 2029年11月28日 ｜ 整理：何婉清*")
    assert (meta.source, meta.author, meta.date) == ("勿洛北绿意居民网络", None, "2029-11-28")
    assert ("整理", "何婉清") in meta.credits
    # (near miss: who posted it, 发布人, is a poster, no body issuing it; the recorder wrote it)
    meta = _meta("发布人：青岚单车俱乐部　记录：方志远　2028-01-14 20:36　浏览 1,284")
    assert meta.source is None


def test_a_rows_data_source_and_its_reporter_who_compiled_it() -> None:
    meta = _meta("資料來源：新北市板橋區港嘴里辦公處　發布日期：中華民國118年12月2日　記者蔡明芳整理")
    assert (meta.source, meta.author, meta.date) == ("新北市板橋區港嘴里辦公處", None, "中華民國118年12月2日")
    assert ("整理", "蔡明芳") in meta.credits
    # (near miss: a table's data source alone names no page's source)
    assert _meta("資料來源：公開公報") is None or _meta("資料來源：公開公報").source is None


def test_a_sourced_row_with_its_editor_gives_the_time_too() -> None:
    meta = _meta("来源：北湖社区居委会 发布时间：2029-05-21 09:40 编辑：方晓蕾")
    assert (meta.source, meta.date) == ("北湖社区居委会", "2029-05-21 09:40")
    # (near miss: an edit's stamp in a forum post dates the edit, no page)
    stamp = _meta("本帖最后由 桑叶妈妈 于 2028-5-28 21:30 编辑")
    assert stamp is None or stamp.date is None


GARBAGE = """\
板橋在地報 Banqiao Local
首頁｜里民公告｜交通｜美食｜活動
熱門：港嘴里垃圾車收運時間調整 12月起晚半小時
自12月16日起 板橋港嘴里垃圾車收運時間及停靠點調整
資料來源：新北市板橋區港嘴里辦公處　發布日期：中華民國118年12月2日　記者蔡明芳整理
各位里民好：
因環保局重新規劃板橋區收運路線，本里垃圾車及資源回收車自12月16日（星期日）起調整停靠時間及地點。
原本停靠在港嘴公園旁的站點，因施工改至巷口便利商店前。
"""


def test_a_labelled_teaser_over_the_headline_is_no_title() -> None:
    assert clean(GARBAGE).metadata.title == "自12月16日起 板橋港嘴里垃圾車收運時間及停靠點調整"


def test_a_label_led_headline_over_its_deck_stays_the_title() -> None:
    # (near miss: under a label-led headline, a deck with a clause of its own, then the byline)
    text = GARBAGE.replace(
        "自12月16日起 板橋港嘴里垃圾車收運時間及停靠點調整", "垃圾車停靠點改到巷口，里長說晚上比較亮也比較安全"
    ).replace("熱門：港嘴里垃圾車收運時間調整 12月起晚半小時", "專訪：港嘴里垃圾車收運時間調整")
    assert clean(text).metadata.title == "專訪：港嘴里垃圾車收運時間調整"


PARCELS = """\
清凉苑业主之家 › 物业公告 › 正文
楼主：物业小秘书　回复：4　查看：932
关于小区快递驿站营业时间调整及取件方式变更的通知
各位业主、住户：
因“双十一”后包裹量大幅增加，为减少排队，小区快递驿站自11月11日起调整营业时间并启用自助取件柜。
行动不便的老人可拨打驿站电话，由工作人员每晚七点后送件上门。
感谢各位业主的理解与配合。
南京鼓楼区清凉苑物业服务中心
2029.11.08
相关帖子
清凉苑业主之家 © 2029　苏ICP备000000号
"""


def test_a_posted_notice_signed_off_by_its_body_is_the_bodys() -> None:
    meta = clean(PARCELS).metadata
    assert (meta.source, meta.author, meta.date) == ("南京鼓楼区清凉苑物业服务中心", None, "2029-11-08")


def test_a_name_under_no_closing_sentence_signs_nothing() -> None:
    # (near miss: the body's name under a field, no sentence closing the notice: a row of the notice's)
    text = PARCELS.replace("感谢各位业主的理解与配合。\n", "驿站电话：025-8361 0092\n")
    assert clean(text).metadata.author == "物业小秘书"
