"""Reader mode on the shapes held-out page set 122 and heads set 2 showed
(a weekly's feature, a stock forum's post, a shop's social page post, a
hospital's health page; a newsletter's issue, a Q&A answer, a podcast's
transcript, a film review, a bilingual paper's story). Titles: a clip's
front matter that names the page in Latin letters only, or writes the page's
one heading and adds an aside, leaves the heading, what the reader sees;
a counter in brackets before a <title> is the site's chrome."""

from __future__ import annotations

from pathlib import Path

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.headline import without_counter
from reader.core.readers import read_markdown

_CLIP = """---
title: "{title}"
---

{masthead}

# {heading}

2029年6月3日

這週回台南，被朋友帶去東區一家只營業到中午十二點的早餐店，老闆娘十二點一到就拉下鐵門。
我問她為什麼不開整天，她說中午以後要睡午覺，睡飽才有力氣明天煎蛋餅。
"""


def _md_title(title: str, heading: str, masthead: str = "慢讀週報") -> str | None:
    text = _CLIP.format(title=title, heading=heading, masthead=masthead)
    page = read_markdown(text.encode(), Path("clip.md"))
    return clean(page.text, hints=page.hints).metadata.title


def test_a_front_matter_title_in_latin_letters_leaves_the_pages_han_heading() -> None:
    heading = "第27期｜在台南，一家只開到中午的早餐店"
    assert _md_title("Slow Read Weekly #27", heading) == heading
    assert _md_title("Fook Lung Herbal Tea - 貼文 | 2029-07-21", heading) == heading
    # (near miss: a Han title worded apart from a short heading stays the title)
    assert _md_title("慢讀週報第27期：台南早餐店", "早餐店") == "慢讀週報第27期：台南早餐店"


def test_a_front_matter_title_that_opens_with_the_heading_and_adds_an_aside_leaves_the_heading() -> None:
    assert _md_title("雨一直没停（江边的雨季）影评 - 豆荚电影", "雨一直没停", "豆荚电影　影评") == "雨一直没停"
    # (near miss: a heading of fewer characters than a headline's is no such start)
    text = _CLIP.format(title="雨天（江边的雨季）影评 - 豆荚电影", heading="雨天", masthead="豆荚电影")
    assert read_markdown(text.encode(), Path("clip.md")).hints.title != "雨天"


def test_a_dated_part_after_the_bar_names_no_site() -> None:
    text = _CLIP.format(title="Fook Lung Herbal Tea - 貼文 | 2029-07-21", heading="阿公嘅涼茶舖", masthead="福隆涼茶")
    assert read_markdown(text.encode(), Path("clip.md")).hints.source is None
    text = _CLIP.format(title="Slow Read - 慢讀週報", heading="阿公嘅涼茶舖", masthead="慢讀週報")
    assert read_markdown(text.encode(), Path("clip.md")).hints.source == "慢讀週報"


def test_a_counter_in_brackets_before_a_title_is_chrome() -> None:
    assert without_counter("(12 封私信 / 80 条消息) 为什么县城的婚车车队越来越短了？ - 问渠") == (
        "为什么县城的婚车车队越来越短了？ - 问渠"
    )
    assert without_counter("(3) 某某生活") == "某某生活"
    # (near misses: a part's number in Han numerals, a year in brackets, a part of parts)
    for title in ("(二) 县城婚车", "（2029）年度报告", "(1/3) 县城婚车"):
        assert without_counter(title) == title


def _page(og: str, title: str, h1: str) -> bytes:
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>{title}</title><meta property="og:title" content="{og}"></head><body>
<div class="crumb">当前位置：首页 &gt; 人物</div>
<article><h1>{h1}</h1>
<p>某某周报记者 宋知远　2029-06-14 08:30</p>
<p>早上六点，中山桥下的水还是土黄色的，马福成已经把十三只吹鼓的羊皮筏子排在岸边晾着。</p>
<p>在兰州，羊皮筏子曾经是过河、运货的主要工具，后来桥多了，它就成了游客拍照的道具。</p>
<p>他说自己扎了四十年筏子，最怕的不是水，是没人再学这门手艺。</p>
</article></body></html>""".encode()


def _html_title(og: str, title: str, h1: str) -> str | None:
    from reader.core.html_reader import read_html

    return read_html(_page(og, title, h1), Path("raft.html")).hints.title


def test_the_h1_is_the_title_when_the_og_title_and_the_title_word_the_page_apart() -> None:
    h1 = "黄河上最后的羊皮筏子客"
    assert _html_title("在兰州，会扎羊皮筏子的人还剩几个？", "兰州筏子客：一门手艺只剩十个人会做_某某周报", h1) == h1
    # (near miss: the <title> writes the og:title's headline, the two agree: the og:title stays)
    og = "在兰州，会扎羊皮筏子的人还剩几个？"
    assert _html_title(og, f"{og}_某某周报", h1) == og


def test_an_og_title_in_latin_letters_leaves_the_han_h1() -> None:
    h1 = "下環街市重開首週末　老檔主回來了"
    og = "Mercado de S. Lourenço reabre após dois anos de obras"
    assert _html_title(og, "Espelho | 下環街市重開 Mercado reabre", h1) == "下環街市重開首週末 老檔主回來了"
    # (near miss: an h1 in Latin letters too is no heading in the page's own words)
    assert _html_title(og, "Espelho", "Mercado reabre") != "Mercado reabre"


_HEAD = "\n".join(
    [
        "{top}",
        "{headline}",
        "{under}",
        "經過兩年重建，下環街市上週六重新開放，原有四十多個檔位中有三十一檔回歸，不少街坊一早提着菜籃排隊入場。",
        "賣鮮魚三十年的何姨笑言：「街坊叫我個名，好似冇走過咁。」她說新街市有冷氣和排水溝，地面乾爽好多。",
    ]
)


def _head_title(top: str, headline: str, under: str) -> str | None:
    return clean(_HEAD.format(top=top, headline=headline, under=under)).metadata.title


def test_a_role_with_its_word_in_another_language_and_a_wide_colon_is_a_byline() -> None:
    headline = "下環街市重開首週末　老檔主回來了"
    for byline in ("記者 Repórter：黎曉雯 Lai Hio Man", "撰文＝王筱涵　攝影＝李承恩"):
        assert _head_title("濠鏡雙語報", headline, byline) == headline, byline


def test_a_row_of_buttons_is_no_headline_and_a_bracketed_post_headline_over_the_body_is() -> None:
    headline = "【大埔墟街市熟食中心 七月起重開夜市】"
    assert _head_title("大埔街坊台 Tai Po Kaifong", "讚好　追蹤", headline) == headline
    # (near miss: a column's tag in brackets over another headline is still no headline)
    other = "下環街市重開首週末　老檔主回來了"
    assert _head_title("【街坊信箱】", other, "2029年3月5日") == other


def test_an_issue_line_of_a_number_and_a_date_is_no_headline() -> None:
    headline = "竹山最後的竹編椅師傅"
    assert _head_title(headline, "撰文＝王筱涵　攝影＝李承恩", "第93期｜民國118年9月1日出刊") == headline


_POST = """\
# 拿了三年，我为什么在年报出来后清仓了
发布于 2029-04-02 21:47 · 来自雪岭App
{under}
先说结论：昨天收盘前，我把这只股票全部卖掉了，一股没留，这不是一个轻松的决定。
年报里几个关键数字：
营收：86.3亿元
经营现金流：-2.7亿元
{fold}
有朋友问我，以后还会再买回来吗？至少在它把现金流做正之前不会。
投资最怕的不是亏钱，是明明看到了问题，还劝自己再等等。
{discussion}
价值回归者：说得太对了，我也是看到经营现金流是负的才下决心走的，晚了一个星期。
"""


def _post(under: str = "", fold: str = "", discussion: str = "") -> set[str]:
    return kept_set(_POST.format(under=under, fold=fold, discussion=discussion))


def test_a_folds_or_a_drop_downs_control_goes() -> None:
    for fold in ("展开全文 ▾", "……查看更多"):
        assert same(fold) not in _post(fold=fold), fold
    assert same("## 讨论（214） · 按热度 ▾") not in _post(discussion="## 讨论（214） · 按热度 ▾")
    # (near misses: an ellipsis before a longer sentence, a heading with no triangle)
    assert same("……等到年报出来，一切都晚了。") in _post(fold="……等到年报出来，一切都晚了。")
    assert same("## 年报出来以后") in _post(fold="## 年报出来以后")


def test_a_row_of_buttons_between_the_headline_and_the_body_goes() -> None:
    for row in ("关注问题　写回答　邀请回答", "Subscribe　Share"):
        assert same(row) not in _post(under=row), row
    # (near miss: the same shape amid the body, a row of the post's own)
    assert same("营收　利润") in _post(fold="营收　利润")


_NEWS = """\
地方 > 高雄
{above}
高雄輕軌大順段今通車 首日湧進三萬人次搭乘
南方快報　2029/05/06 05:30
{under}
〔記者黃詠晴／高雄報導〕高雄環狀輕軌大順路段昨（5）日正式通車，全線成環，首日搭乘人次突破三萬。
高雄捷運公司表示，通車首週全線免費搭乘，平日尖峰班距將維持7.5分鐘，假日視人潮加開班次。
家住凹子底的林太太說：「以前到美術館要轉兩趟公車，現在十分鐘就到。」
"""


def _news(above: str = "", under: str = "") -> set[str]:
    return kept_set(_NEWS.format(above=above, under=under))


def test_a_near_twin_headline_over_the_title_goes() -> None:
    twin = "高雄輕軌大順路段通車首日 月台擠爆乘客排隊"
    assert same(twin) not in _news(above=twin)


def test_a_button_to_follow_the_outlet_the_byline_names_goes() -> None:
    assert same("追蹤南方快報") not in _news(under="追蹤南方快報")
    # (near miss: a line naming another outlet is no button of this one's)
    assert same("追蹤北方晚報") in _news(under="追蹤北方晚報")


_RECORD = """\
2029-2030年流感疫苗接種須知：誰可以打、怎麼預約
撰文：家庭醫學科 護理師 張雅婷　更新日期：2029-09-23
今年公費流感疫苗將於10月1日開打，本院家庭醫學科整理了接種對象、門診時間與接種後注意事項，請民眾依序預約。
若發燒超過38.5度，請回診；接種後請在院內觀察三十分鐘再離開，身體不適請告知護理人員。
{end}
分享：LINE ｜ Facebook ｜ 列印本頁
"""


def test_a_note_that_the_page_cannot_stand_in_for_a_doctor_or_may_hold_errors_goes() -> None:
    for end in (
        "本文內容僅提供一般衛教參考，無法取代醫師的診斷與治療，如有身體不適，請儘速就醫並與您的醫師討論。",
        "本集逐字稿由AI生成後人手校對，如有錯漏敬請指正。",
    ):
        assert same(end) not in kept_set(_RECORD.format(end=end)), end
    # (near miss: the story's own closing line that speaks of errors in no page)
    closing = "醫師提醒，疫苗無法百分之百預防感染，但能大幅降低重症風險。"
    assert same(closing) in kept_set(_RECORD.format(end=closing))


def test_a_periodicals_name_and_its_bilingual_section_label_under_the_headline_goes() -> None:
    page = "\n".join(
        [
            "竹山最後的竹編椅師傅",
            "{under}",
            "撰文＝王筱涵　攝影＝李承恩",
            "南投竹山的老街上，七十六歲的陳阿伯每天早上七點拉開鐵門，先燒一壺水，再把昨天泡好的竹片拿出來。",
            "一張竹編椅要編三天，他一個月只做八張。「做快了，坐起來會響。」陳阿伯說，好的竹椅坐三十年都不會叫。",
        ]
    )
    assert same("山城生活誌　人物 PEOPLE") not in kept_set(page.format(under="山城生活誌　人物 PEOPLE"))
    # (near miss: two Han words set apart, no section's label in another language: the piece's own words)
    assert same("竹椅　人生") in kept_set(page.format(under="竹椅　人生"))
