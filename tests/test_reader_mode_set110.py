"""Reader mode on the shapes held-out page set 110 showed (its pages are in
tests/data/pages as f110_*; the texts here are invented in their shapes)."""

from __future__ import annotations

from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.menu_shapes import is_menu
from reader.core.metadata import parse_meta_line

_LEAD = "以下为本校今年小一报名活动（明年入学）各阶段的统计，供家长参考。"
_ROWS = (
    "阶段\t名额\t报名人数\t是否抽签",
    "第1阶段\t30\t28\t否",
    "第2A阶段\t50\t49\t否",
    "第2B阶段\t20\t27\t是",
    "第2C补充阶段\t0\t—\t—",
)
_AFTER = (
    "抽签结果",
    "1公里以内：全部录取",
    "抽签于7月28日在学校礼堂进行，共有五十多位家长到场，过程顺利。",
    "已获录取的家长，请于8月15日前登入网上系统确认。",
)


def test_a_tables_lead_in_of_heads_and_label_rows_under_the_bodys_paragraph_is_the_articles() -> None:
    # (总名额 / 总名额：180 / 第1阶段保留：30 / 各阶段, then the rows: nothing kept within two lines of them
    # is prose, but the body's paragraph stands over their lead-in)
    lead_in = ("总名额", "总名额：180", "第1阶段保留：30", "各阶段")
    text = "\n".join(("小一报名各阶段名额与抽签结果", _LEAD, *lead_in, *_ROWS, *_AFTER))
    kept = set(clean(text).paragraphs)
    assert {"总名额：180", "第1阶段保留：30", "各阶段", "第1阶段 30 28 否", "第2B阶段 20 27 是"} <= kept
    # (the same rows under the page's menu, no paragraph of the body over their lead-in, stay gone)
    menu = "首页 | 关于我们 | 家长专区 | 联系我们"
    text = "\n".join(("小一报名各阶段名额与抽签结果", menu, *lead_in, *_ROWS, *_AFTER[:1], _LEAD, *_AFTER[1:]))
    assert "第1阶段 30 28 否" not in set(clean(text).paragraphs)


def test_a_sentence_in_latin_punctuation_is_no_menu_of_words() -> None:
    # (Across is 横, Down is 竖.: a clause's comma, a stop last, a word in lower case)
    assert not is_menu("> Across is 横, Down is 竖.")
    assert not is_menu("Across is 横, Down is 竖.")
    # (a menu of words, Latin ones among them, stays one: no comma, no stop)
    assert is_menu("首页 填字 Across Down 关于")
    assert is_menu("Across is 横 Down is 竖")


_GRID = (
    "上周交给周末版的那张填字，是我出的第四十张，十五乘十五，黑格四十一个。",
    "## 删掉的三个词",
)


def test_a_field_of_a_bulleted_list_gone_for_a_phrase_among_kept_fields_of_that_mark_stays() -> None:
    item = "- 二维码：太新，老读者会骂"
    items = (item, "- 内卷：编辑说不要", "- 鲈鱼：提示写不出不重复的")
    tail = ("第三个最可惜，我给它写了七条提示，每一条都跟另一个词撞了。", "提示要短，最好不超过八个字。")
    kept = set(clean("\n".join(("给周末版出一张十五格的中文填字", *_GRID, *items, *tail))).paragraphs)
    assert item in kept and "## 删掉的三个词" in kept
    # (one kept sibling only: no list of the article's to join)
    kept = set(clean("\n".join(("给周末版出一张十五格的中文填字", *_GRID, *items[:2], *tail))).paragraphs)
    assert item not in kept


_LESSON = (
    "妈妈今年七十岁，上个月终于肯换掉那支按键手机，理由是菜贩只收电子钱包。",
    "我回槟城住了一个星期，每天晚饭后上一课，她学得比我想的快。",
    "第二课：字太小",
)
_UNDER = "我把字调到最大，她说像报纸的标题，从那天起她自己看讯息。"


def test_a_menu_path_in_the_storys_prose_is_the_articles() -> None:
    path = "设定 > 显示 > 字体大小"
    kept = set(clean("\n".join(("教七十岁的妈妈用智能手机", *_LESSON, path, _UNDER))).paragraphs)
    assert path in kept
    # (a crumb whose steps the page's head names, its site's sections, stays gone wherever it stands)
    crumb = "首页 > 家常 > 智能手机"
    kept = set(clean("\n".join(("家常｜教七十岁的妈妈用智能手机", *_LESSON, crumb, _UNDER))).paragraphs)
    assert crumb not in kept


_STORY = (
    "星期六她自己去巴刹，回来跟我说，卖菜的阿姨看了屏幕，只讲了一句话就把菜给她了。",
    "她学了一整个早上，学会的那一刻，她比我还高兴，拿着手机给邻居看了一遍又一遍。",
)
_COMMENTS = (
    "上一篇：教七十五岁的爸爸用智能手机，第一课是视频通话",
    "3 条留言",
    "Jessie：我妈也是按住了不放开，哈哈哈，一模一样！",
    "Ah Keong：字体那一步很重要，不然老人家根本看不到。",
    "© 2029 槟城慢慢来 | Powered by WordPress",
)


def test_a_bracketed_note_with_the_writers_paragraph_under_it_is_no_closing_note() -> None:
    note = "（本文为个人经验分享，文中提到的应用程序只是我家的习惯，并非推荐或广告，读者请自行判断。）"
    more = "下一篇我会写怎么教她用网上银行，那一课难多了，我们吵了两次。"
    kept = set(clean("\n".join(("教妈妈用手机", *_STORY, note, more, *_COMMENTS))).paragraphs)
    assert note not in kept and more in kept
    # (set whole in brackets right under the last paragraph, it closes the piece and stays)
    own = "（本文为《海边的书》中文版译后记，经灯塔文化授权刊登。）"
    kept = set(clean("\n".join(("译后记", *_STORY, own, "责任编辑：陈彦廷", *_COMMENTS))).paragraphs)
    assert own in kept


def test_the_last_paragraph_asking_for_what_the_comments_head_counts_is_the_call_to_comment() -> None:
    call = "如果你也在教家里的长辈用手机，欢迎留言分享你的方法，我会整理成下一篇。"
    kept = set(clean("\n".join(("教妈妈用手机", *_STORY, call, *_COMMENTS))).paragraphs)
    assert call not in kept and _STORY[1] in kept
    # (a closing that asks for nothing the comments' head names is the writer's)
    closing = "如果你也在教家里的长辈用手机，不要急，每天学一样就够了，我会整理成下一篇。"
    assert closing in set(clean("\n".join(("教妈妈用手机", *_STORY, closing, *_COMMENTS))).paragraphs)


_LETTER = (
    "**寄件者：** 阿萍的加州筆記 <letters@example.com>",
    "**日期：** 2029年11月14日 下午9:05",
    "",
    "# 第三次路考",
    "",
    "各位讀者：",
    "",
    "這一期晚了兩天，因為我星期一去考了第三次路考，五十八歲，終於合格了。",
    "",
    "考官換了一位年輕的女士，叫我在一條小路上左轉，轉完以後她叫我把車停在紅色那格。",
    "",
    "紅色的路邊是不能停車的，我沒有停，她在表上打了一個勾，甚麼都沒說。",
    "",
    "下一期寫高速公路。",
    "",
)
_SPONSOR = (
    "**本期贊助：** 華安駕駛學校，中文教練一對一，新學員首堂免費。",
    "",
    "首堂免費優惠限年底前報名之新學員，每人限用一次，華安駕駛學校保留最終解釋權。",
    "",
    "*本文僅為個人經驗分享，各地考試規則不時更改，請以官方公布的資料為準。*",
    "",
    "**上期讀者回信：** 林生：我也考了三次，第三次才知道轉線前要回頭看盲點。",
    "",
    "往期：[第二次路考](https://example.com/p/41)",
    "",
    "你收到這封電郵，是因為你訂閱了阿萍的加州筆記。[取消訂閱](https://example.com/unsubscribe)",
)


def test_a_letter_signed_with_a_given_name_its_sender_names_in_a_familiar_form_is_that_writers() -> None:
    from pathlib import Path

    from reader.core.readers import read_markdown

    page = read_markdown("\n".join((*_LETTER, "美萍", "", *_SPONSOR)).encode(), Path("letter.md"))
    cleaned = clean(page.text, hints=page.hints)
    assert cleaned.metadata.author == "美萍"
    assert not any(p.startswith(("**本期贊助", "首堂免費")) for p in cleaned.paragraphs)
    # (a word alone there that no one on the page is named by signs nothing)
    page = read_markdown("\n".join((*_LETTER, "再會", "", *_SPONSOR)).encode(), Path("letter.md"))
    assert clean(page.text, hints=page.hints).metadata.author is None


_FORECAST = (
    "观星小筑 - 星座周运",
    "首页 | 星座运势 | 塔罗 | 生肖 | APP下载",
    "打开观星小筑APP，每天早上8点推送你的今日运势，还能查看好友星座合盘 >>",
)
_SIGNS = (
    "本周水星逆行结束，之前卡住的沟通会顺一些，但不要急着翻旧账。",
    "本周关键词：收尾",
    "白羊座　★★★★☆　幸运色：红",
    "金牛座　★★★☆☆　幸运色：墨绿",
)


def test_a_buttons_call_is_never_the_title_and_a_span_of_days_over_the_date_line_heads_the_page() -> None:
    byline = "撰文：苏蔓　发布时间：2029-03-11 20:00　阅读 2.3万"
    meta = clean("\n".join((*_FORECAST, "星座周运｜2029年3月12日—3月18日", byline, *_SIGNS))).metadata
    assert meta.title == "星座周运｜2029年3月12日—3月18日" and meta.author == "苏蔓"
    # (one day after a name over the date line is a byline's, no heading: the button's call is still no title)
    meta = clean("\n".join((*_FORECAST, "星座周运｜2029年3月12日", byline, *_SIGNS))).metadata
    assert meta.title is not None and not meta.title.endswith(">>")
    assert meta.title != "星座周运｜2029年3月12日"


def test_a_name_then_a_bar_before_its_posting_label_posted_the_page() -> None:
    line = "老闆 黃志賢｜發佈於 2029/03/14"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.author == "黃志賢" and meta.date == "2029-03-14"
    # (an outlet's name there posts nothing: no one)
    line = "城南日报｜发布于 2029-03-14"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.author is None
