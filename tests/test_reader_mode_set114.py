"""Reader mode on the shapes the hundred-and-fourteenth held-out set showed:
a dateline's word beside the date (本网讯｜date) names no author; a desk
after its body's name beside the date (发布：某公会 礼仪组 ｜ date) is
credited, no author; bodies listed under the publishing label (發佈：某法團、
某管理處｜date) name the source, the first of them, and no author, and the
body incorporated under the estate's name beats the site named after the
estate (a 资料提供 field is no source role: its value may be a person,
資料提供：中文科主任 陳曉彤老師, whom the people finder must still read). Over the headline, a
teaser (最新：another notice's headline) goes; as the page's last line, a
plea to pass the notice on (麻煩大家轉告一聲, 也請把這則公告轉給…) goes, and
so does a call in bold to subscribe under the site's note after the article."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.closing_notices import _passes_on
from reader.core.credit_lines import fold_text
from reader.core.headline import banner_line
from reader.core.metadata import parse_meta_line
from reader.core.publisher_names import company_of_site


def _meta(line: str):  # type: ignore[no-untyped-def]
    meta = parse_meta_line(line, fold_text(line))
    assert meta is not None
    return meta


def test_a_datelines_word_beside_the_date_is_no_author() -> None:
    meta = _meta("本网讯｜2029年11月26日（星期一）下午3:12")
    assert (meta.author, meta.date) == (None, "2029-11-26 15:12")
    assert _meta("本報訊｜2029年11月26日").author is None
    # (near miss: a given name may end in 讯; no outlet's word before it)
    assert _meta("王嘉讯｜2029年11月26日").author == "王嘉讯"


def test_a_desk_after_its_bodys_name_is_credited_not_the_author() -> None:
    meta = _meta("发布：星洲锦溪陈氏公会 礼仪组 ｜ 2029年3月12日")
    assert meta.author is None
    assert ("发布", "礼仪组") in meta.credits
    # (near miss: a person's name there is the author)
    assert _meta("发布：星洲锦溪陈氏公会 陈礼仪 ｜ 2029年3月12日").author == "陈礼仪"


def test_bodies_listed_under_the_publishing_label_are_the_source() -> None:
    meta = _meta("發佈：怡峰苑業主立案法團、怡峰苑管理處｜2029年8月28日")
    assert (meta.source, meta.author, meta.date) == ("怡峰苑業主立案法團", None, "2029-08-28")
    # (near miss: one person, or people listed, wrote it)
    assert _meta("發佈：陳大文｜2029年8月28日").author == "陳大文"
    assert _meta("發佈：陳大文、李小明｜2029年8月28日").author is not None


def test_the_body_incorporated_under_the_sites_name_is_the_source() -> None:
    assert company_of_site("怡峰苑業主立案法團", "怡峰苑")
    assert company_of_site("安禾人寿保险股份有限公司", "安禾人寿")
    # (near miss: the estate's office is a unit of the site, no body of its own)
    assert not company_of_site("怡峰苑管理處", "怡峰苑")


# (an estate's notice as the page's article gives it: a teaser for another notice right over the headline)
NOTICE = """\
通告編號：YFC/2029/031
最新：大堂信箱更換工程 已延期至十月（2028年通告）
大堂信箱更換工程及領取新信箱鎖匙安排
發佈：怡峰苑業主立案法團、怡峰苑管理處｜2029年8月28日
各位業戶：
本苑大堂信箱已使用三十年，鎖芯損壞及信件被盜情況屢有發生，經法團會議通過，將全面更換為新式防盜信箱。
工程期間郵差將暫停投遞至信箱，信件改由管理處代收。
如需額外鎖匙，每條收費港幣三十元，於管理處登記後七個工作天內交付。
可唔可以叫屋企人代領？可以，帶埋授權書同業戶身份證副本就得。
不便之處，敬希見諒。
屋企有長者或者外傭嘅，麻煩大家轉告一聲，唔好錯過領匙日子呀！
"""


def test_a_teaser_over_the_headline_goes() -> None:
    kept = kept_set(NOTICE)
    assert same("最新：大堂信箱更換工程 已延期至十月（2028年通告）") not in kept
    assert same("各位業戶：") in kept
    assert banner_line("熱門：福安里長青食堂7月菜單出爐，一餐只要30元")


def test_a_label_with_a_short_value_or_a_sentence_is_no_teaser() -> None:
    # (near misses: a field's short value; a sentence after the label)
    assert not banner_line("期數：第十二期")
    assert not banner_line("提示：本通告已於八月更新。住戶請留意大堂壁報板。")


def test_a_call_to_pass_the_notice_on_as_the_last_line_goes() -> None:
    kept = kept_set(NOTICE)
    assert same("屋企有長者或者外傭嘅，麻煩大家轉告一聲，唔好錯過領匙日子呀！") not in kept
    assert same("不便之處，敬希見諒。") in kept


def test_a_plea_to_pass_the_notice_to_someone_is_the_sites() -> None:
    assert _passes_on("家中有閒置的輔具嗎？歡迎捐給里辦公處，也請把這則公告轉給家裡有長輩的親友。")
    assert _passes_on("麻煩大家轉告一聲，唔好錯過領匙日子呀！")
    # (near misses: the story's own passing on, by someone in it)
    assert not _passes_on("她請鄰居把通告轉給管理處。")
    assert not _passes_on("我把消息轉告了媽媽。")


# (a webzine's feature exported as Markdown: its end, the site's italic note, a call in bold, the related link)
FEATURE_END = """\
# 一張網，補了四十年：路環碼頭邊的梁婆婆

梁婆婆每天早上七點坐在碼頭邊，把漁民送來的破網攤在膝上，一針一針補好。

她說不是為了錢，手不動，就會生鏽。

臨走時，她把一段剪下來的舊網塞給我。

*本文受訪者所述價格僅供參考；本站所有文章均未收取受訪者任何費用，文中觀點不代表本站立場。*

{last}

延伸閱讀：一條街，補了四十年的船：路環造船廠最後的木匠
"""


def test_a_call_in_bold_to_subscribe_under_the_sites_note_goes() -> None:
    call = "**訂閱〈離島慢行〉電子報，每月第一個週末，把路環和氹仔的小故事送到你的信箱。**"
    kept = kept_set(FEATURE_END.format(last=call))
    assert same(call) not in kept
    assert same("臨走時，她把一段剪下來的舊網塞給我。") in kept


def test_a_line_in_bold_that_asks_nothing_stays_under_the_note() -> None:
    # (near miss: a bold line of the writer's that asks for nothing)
    bold = "**梁婆婆今年七十八歲，仍然每天到碼頭。**"
    assert same(bold) in kept_set(FEATURE_END.format(last=bold))
