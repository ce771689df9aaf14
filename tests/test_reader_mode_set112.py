"""Reader mode on the shapes the hundred-and-twelfth held-out set showed:
a web page's table rows written with no <table> round them are the page's
rows; a notice's phone row under an English one-liner closing its last
numbered section stays; a labelled date line in Han numerals is a date
line; a teaser led by a label in brackets is no headline."""

from __future__ import annotations

from pathlib import Path

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.date_lines import han_dates
from reader.core.folding import fold
from reader.core.html_reader import read_html
from reader.core.metadata import parse_meta_line

# (a profile: prose, a bare head, its price rows as <tr>s with no <table>, prose again)
STORY = """\
<html><head><title>补鞋匠 | 巷弄志</title></head><body><main><article>
<h1>补鞋的梁叔，还在那张小板凳上</h1>
<p>每天早上八点，梁叔把铁皮箱推到组屋楼下，打开，摆好一张小板凳。</p>
<p>箱子里是锥子、麻线、胶水、几块不同颜色的皮。</p>
<p>他今年七十一岁，补鞋补了四十年，手上的茧比鞋底还厚。</p>
<h2>价钱</h2>
{rows}
<p>现在还有年轻人来吗？有。</p>
<p>他说，来的多半是舍不得丢一双旧鞋的人，鞋子本身不贵，贵的是穿了很多年。</p>
<p>下雨天他不出摊，在家里把收回来的鞋一双一双上油。</p>
</article></main></body></html>
"""
PRICES = ["换鞋跟 $8", "缝开口 $5", "换拉链 $12"]
ROWS = "".join(f"<tr><td>{item}</td><td>{price}</td></tr>\n" for item, price in (p.split() for p in PRICES))


def _kept_html(html: str) -> set[str]:
    page = read_html(html.encode("utf-8"), Path("story.html"))
    return {same(p) for p in clean(page.text, frozenset(), page.hints).paragraphs}


def test_rows_written_with_no_table_round_them_are_the_page_s_rows() -> None:
    kept = _kept_html(STORY.format(rows=ROWS))
    assert [row for row in PRICES if same(row) not in kept] == []


def test_rows_of_a_table_inside_a_table_are_still_the_page_s_layout() -> None:
    # (near miss: a table inside another lays out the page; its cells are not taken back as rows)
    nested = f"<table><tr><td><table>{ROWS}</table></td></tr></table>"
    kept = _kept_html(STORY.format(rows=nested))
    assert [row for row in PRICES if same(row) in kept] == []


# (a portal's repost of a notice: numbered sections, the last one's rules, an English line, a phone row)
NOTICE = """\
本地日报网 > 本地 > 交通
登录 | 注册 | 订阅电子报
渡河服务 11月起调整船费及时间
2029年10月28日　来源：渡船业者公会　编辑：黄美玲
渡船业者公会宣布，由于燃油成本上涨，码头至对岸的渡河船费将从11月1日起调整。
一、新船费
成人　RM1.50
学生　RM1.00
二、服务时间
平日：06:30–22:00
周末及公共假期：06:30–23:30
三、乘船须知
1. 请排队上船，每船最多10人。
2. 儿童须穿救生衣。
3. 大雨或涨潮时暂停服务。
{last}
查询电话：082-241 736
＊本网站转载上述资讯仅供参考，以公会现场公告为准，本网站不对任何因此造成的不便或损失负责。
相关新闻
渡河服务 明年起调整船费及时间
© 2029 本地日报网｜隐私政策｜联络我们
"""
PHONE = "查询电话：082-241 736"
ENGLISH = "Tourists are welcome; fares are the same for all."


def test_a_phone_row_under_an_english_one_liner_closing_the_section_stays() -> None:
    assert len(ENGLISH) > 48  # (as long in characters as a paragraph of Han ones)
    assert same(PHONE) in kept_set(NOTICE.format(last=ENGLISH))


def test_a_phone_row_under_an_english_paragraph_goes() -> None:
    # (near miss: an English line wider than a Han paragraph is no section's row; ending in no
    # stop, it is no paragraph either, which a phone row under it would close as under a Han one)
    close = ENGLISH + " Please check the notice at the jetty before you travel, as times may change"
    assert same(PHONE) not in kept_set(NOTICE.format(last=close))


# (a college office's notice in Markdown: the office's name, a bold call, the notice's heading, its date line)
OFFICE = """\
[主頁](/) | [學生事務](/sa) | [校園通告](/notice)

澳門某書院 學生事務處

## 校園自動售賣機更換及新貨品價目

{dated}

各位同學及同事：

校內六部舊售賣機已於本週完成更換，新機支援澳門通、MPay及現金。

如有查詢，請於辦公時間內到學生事務處登記，職員會盡快跟進。
"""
HEADING = "校園自動售賣機更換及新貨品價目"


def test_a_date_in_han_numerals_is_read_as_a_date() -> None:
    assert (
        han_dates("日期：二〇二九年十月十五日 ｜ 二零三〇年十二月三十一日") == "日期：2029年10月15日 ｜ 2030年12月31日"
    )


def test_a_labelled_date_line_in_han_numerals_is_the_notice_s_date_under_its_heading() -> None:
    meta = clean(OFFICE.format(dated="日期：二〇二九年十月十五日 ｜ 學生事務處")).metadata
    assert (meta.title, meta.date) == (HEADING, "2029-10-15")


def test_a_date_alone_in_han_numerals_is_no_date_line() -> None:
    # (near miss: with no label, a date in Han numerals alone is a sign-off's or the body's, no metadata)
    assert parse_meta_line("二〇二九年十月十五日", fold("二〇二九年十月十五日")) is None


FORUM = ["山城论坛 › 人在重庆 › 老街故事", "您还未登录，请 登录 | 注册"]
POSTER = "楼主：解放碑小何　发表于 2029-05-01 21:14"
POST = [
    "今天是五一，我爸说干完今天就不干了。",
    "他今年六十三，从1993年开始在朝天门挑货，一根竹棒，两根麻绳。",
    "上午有个老主顾打电话来，要搬两箱瓷砖上十八梯。",
]
OWN = "我爸当了二十六年棒棒，今天最后一次上坡"


def test_a_bracketed_teaser_over_the_post_s_own_headline_is_no_headline() -> None:
    text = "\n".join([*FORUM, "【热帖推荐】重庆最后一批老码头照片，错过不再有", OWN, POSTER, *POST])
    assert clean(text).metadata.title == OWN


NEWS = ["湖城晚报 > 本地 > 正文", ""]
REPORTER = "记者：陈小明　2029-5-12 20:16"
LOTUS = [
    "湖边那片荷塘今年提前一周开放采莲，每人限采十支。",
    "管理处说，今年雨水多，荷花开得早，采莲期也跟着提前。",
    "去年采莲季有上万人次到访。",
]
DECK = "今年开放比去年早一周，每人限采十支"


def test_a_tagged_headline_its_story_shares_words_with_keeps_its_standfirst() -> None:
    # (near miss: a bracketed or colon-led tag over a headline whose words the story's first lines
    # share, over a standfirst and the byline: the headline, not the standfirst)
    for headline in ("【独家】湖边那片荷塘又开放采莲了", "独家：湖边那片荷塘又开放采莲了"):
        text = "\n".join([*NEWS, headline, "", DECK, "", REPORTER, "", *LOTUS])
        assert clean(text).metadata.title == headline


# (a property office's notice in Markdown, then its tail: a quoted statement, a related list, comments)
PROPERTY = """\
# 关于2029年第三季度饮水机滤芯更换的安排

发布单位：某科创园物业服务中心　日期：2029-07-03

各位租户：

为保证饮用水质量，物业将于7月8日至7月12日对园区公共饮水机统一更换滤芯，更换期间暂停使用约40分钟。

更换后请先放水30秒再饮用，发现漏水请拨打物业电话，我们会尽快派人处理。

感谢各位的理解与配合。

{statement}

{head}

{items}

**评论（1）**

- B栋302：三楼那台一直出水很慢，能一起看看吗？

某科创园物业服务中心 ｜ 客服热线 0571-0000-0000
"""
STATEMENT = "> 温馨提示：本通知仅针对公共区域饮水机，租户自购设备不在物业维护范围内，由此产生的任何问题物业不承担责任。"
RELATED = ["- 关于2029年第二季度饮水机滤芯更换的安排", "- 园区中央空调清洗计划"]


def _property(head: str = "### 相关通知", items: list[str] = RELATED, statement: str = STATEMENT) -> set[str]:
    return kept_set(PROPERTY.format(statement=statement, head=head, items="\n\n".join(items)))


def test_a_related_list_under_its_heading_at_the_page_s_end_goes_and_the_statement_over_it() -> None:
    kept = _property()
    assert [line for line in ("### 相关通知", *RELATED, STATEMENT) if same(line) in kept] == []
    assert same("相關通告：") not in _property(head="相關通告：")


def test_the_notice_s_own_list_under_a_heading_stays() -> None:
    # (near miss: fields under a heading of the notice's own, the page's last kept lines: its content)
    rows = ["- 更换地点：各楼栋一楼大堂", "- 咨询电话：物业服务中心前台"]
    kept = _property(head="### 注意事项", items=rows)
    assert [line for line in ("### 注意事项", *rows) if same(line) not in kept] == []


def test_a_related_word_heading_over_the_article_s_own_sentences_stays() -> None:
    # (near miss: under 相关 and a word, sentences of the notice: no headlines of other pages)
    rows = ["- 更换当天请勿使用该楼层饮水机。", "- 如有疑问请联系前台。"]
    kept = _property(head="### 相关安排", items=rows)
    assert [line for line in ("### 相关安排", *rows) if same(line) not in kept] == []


def test_a_formal_refusal_of_liability_as_the_page_s_last_line_goes() -> None:
    refusal = "> 本處已盡力確保價目正確，如有差異以機身顯示為準，本處不就任何交易損失承擔責任。"
    assert same(refusal) not in _property(statement=refusal)


def test_a_promise_to_bear_liability_is_no_refusal() -> None:
    # (near miss: the office takes the duty on: no refusal before its 承擔責任)
    promise = "如機器出錯，本處會就每宗交易損失承擔責任，並於三個工作天內退款。"
    assert same(promise) in _property(statement=promise)


def test_a_bold_call_over_the_headline_whose_sentences_exclaim_goes() -> None:
    call = "**📢 書院開放日報名開始！帶朋友參加即可獲贈紀念帆布袋一個，數量有限，送完即止。**"
    text = OFFICE.format(dated="日期：二〇二九年十月十五日 ｜ 學生事務處").replace("## 校園", f"{call}\n\n## 校園")
    assert same(call) not in kept_set(text)


def test_a_bold_line_over_the_headline_that_exclaims_nothing_stays() -> None:
    # (near miss: a bold statement with no ！ in it over the headline is no banner's call)
    note = "**本處辦公時間由十月起改為上午九時至下午五時，午膳時間照常辦公。**"
    text = OFFICE.format(dated="日期：二〇二九年十月十五日 ｜ 學生事務處").replace("## 校園", f"{note}\n\n## 校園")
    assert same(note) in kept_set(text)


# (an essay's tail: its last lines, a statement in brackets, then a call, a related list and comments)
ESSAY = """\
坪林採茶一日：手比眼睛先學會

文、攝影／蘇品妍

清晨五點，茶園的霧還沒散，阿綢姨已經在坡上等我們。

她不看我的簍子，只看我的手，說採茶要用指甲，不要用拉的。

下午我們在製茶間看萎凋，茶葉攤在竹篩上，屋裡全是青草味。

（本文為作者自費體驗，未收取任何費用；行程價格以茶園公告為準，本站不負擔任何旅遊糾紛責任。）
{call}
延伸閱讀
坪林採茶半日：腳比手先學會
石碇老街 豆腐一條街吃什麼
© 2029 山城散步誌 All rights reserved.
"""


def test_a_call_to_like_and_share_after_the_article_s_end_goes() -> None:
    call = "覺得有用就按個讚、分享給愛喝茶的朋友，你的支持是我們上山的動力！"
    assert same(call) not in kept_set(ESSAY.format(call=call))


def test_the_writer_s_line_on_sharing_after_the_article_s_end_stays() -> None:
    # (near miss: a like and a share told, nothing asked of the reader: the writer's own closing)
    line = "阿綢姨的茶，讚過的人都會分享！"
    assert same(line) in kept_set(ESSAY.format(call=line))


def test_the_desk_and_its_person_after_the_date_line_s_bar_name_the_author() -> None:
    meta = clean(OFFICE.format(dated="日期：二〇二九年十月十五日 ｜ 學生事務處 梁詠詩")).metadata
    assert (meta.author, meta.date) == ("梁詠詩", "2029-10-15")
    assert "梁詠詩" in {name for _, name in meta.credits}


def test_a_place_after_the_date_line_s_bar_names_no_author() -> None:
    # (near miss: two words after the bar that are no desk and no person's name: where, not who)
    for dated in ("日期：2029年10月15日 ｜ 澳門 氹仔", "日期：2029年10月15日 ｜ 學生事務處"):
        assert clean(OFFICE.format(dated=dated)).metadata.author is None


def test_the_issuer_the_date_line_labels_and_the_foot_signs_is_the_source() -> None:
    text = PROPERTY.format(statement=STATEMENT, head="### 相关通知", items="\n\n".join(RELATED))
    assert clean(text).metadata.source == "某科创园物业服务中心"


def test_an_issuer_the_foot_does_not_sign_is_no_source() -> None:
    # (near miss: the foot names someone else: the unit may be a desk of another site)
    text = PROPERTY.format(statement=STATEMENT, head="### 相关通知", items="\n\n".join(RELATED))
    text = text.replace("某科创园物业服务中心 ｜ 客服热线", "某某城市服务平台 ｜ 客服热线")
    assert clean(text).metadata.source != "某科创园物业服务中心"
