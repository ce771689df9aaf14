"""Reader mode on the shapes held-out page set 88 showed: a notice signed
off by its issuer (…秘书处 谨启 and the day) with the links to the previous
and next notices under it has ended, so what follows the links is the
page's, sentences or not (a photo strip's caption, the sponsors' lines, a
standing statement); an e-paper's masthead over the site's menu, with the
site's date bar under the menu, is no headline bylined by that date; an
<h1> that adds a colon and a word to og:title is the title; a bracketed
dateline byline from a four-character place names its reporter."""

from __future__ import annotations

from pathlib import Path

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.html_reader import read_html
from reader.core.metadata import parse_meta_line
from reader.core.reporter_lines import reporter_line

_NOTICE = [
    "第五届“银鲳杯”海钓比赛成绩公布",
    "发布：秘书处　2028-09-14",
    "本会主办的第五届“银鲳杯”海钓比赛已于9月10日顺利举行，共有八十二位钓友参加，经裁判团复核，成绩如下：",
    "1　陈志明　3.82kg　RM1,000",
    "2　黄伟强　3.50kg　RM600",
    "得奖者请于10月1日前携带身份证到本会会所领取奖金，逾期未领者视同放弃。",
    "感谢各位钓友的支持，我们明年再见！",
    "东海岸海钓俱乐部秘书处 谨启",
    "2028年9月14日",
    "附件：得奖名单.pdf（120KB）",
    "上一则：8月份月例赛成绩",
    "下一则：会员年费缴交通知",
]
_AFTER = [
    "相关图片",
    "颁奖仪式上，冠军陈志明（左）接过银鲳杯。",
    "赞助商",
    "海风渔具 — 全州最齐全钓具，会员享九折",
    "本会重申：所有比赛均属联谊性质，严禁任何形式的赌博或私下买卖钓位，违者取消资格。",
    "版权所有 © 2028 东海岸海钓俱乐部 | 会所：关丹X路XX号",
]


def test_what_follows_the_links_under_a_signed_off_notice_goes_sentences_and_all() -> None:
    kept = kept_set("\n".join([*_NOTICE, *_AFTER]))
    assert same("颁奖仪式上，冠军陈志明（左）接过银鲳杯。") not in kept
    assert same(_AFTER[4]) not in kept
    assert same(_NOTICE[6]) in kept


def test_sentences_after_the_links_under_an_unsigned_body_stay() -> None:
    notice = [line for line in _NOTICE if "谨启" not in line and not line.startswith("2028年")]
    kept = kept_set("\n".join([*notice, *_AFTER]))
    assert same("颁奖仪式上，冠军陈志明（左）接过银鲳杯。") in kept


_COLUMN = [
    "濠江晚報 電子版",
    "本地新聞　社會　財經　大灣區　國際　副刊　專欄　體育",
    "2028年5月9日 星期二　天氣：晴 24-29°C",
    "訂閱電子報　|　登入",
    "專欄 ＞ 街角雜記",
    "街角雜記",
    "七十歲，我第一次學會騎單車",
    "何麗珍",
    "2028-05-09",
    "A+　A-　列印　分享",
    "小時候家裏窮，買不起單車，看着鄰居的孩子在街上轉圈，我只能站在門口看。",
    "退休以後，孫女說要教我，我笑她，她卻真的從家裏推了一架舊單車出來。",
    "第一個星期，我摔了三次，膝頭貼滿膠布，街坊都叫我小心一點。",
    "上個月，我終於一個人從家門口騎到海邊，再騎回來，孫女在後面拍手。",
]


def test_an_e_papers_masthead_over_the_menu_and_the_sites_date_bar_is_no_headline() -> None:
    # (the date bar under the menu made the masthead look bylined; the headline, its name and
    # date set between the breadcrumb and the page's tools, weighed no more)
    meta = clean("\n".join(_COLUMN)).metadata
    assert meta.title == "七十歲，我第一次學會騎單車"


def _results_page(og: str, h1: str) -> bytes:
    return f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8">
<title>{og} | 某某划船會</title><meta property="og:title" content="{og}"></head><body>
<header><div class="logo">某某划船會</div></header>
<main><article><h1>{h1}</h1>
<p>本會主辦的秋季划船賽已於上週日在基隆河順利舉行，共有十八支隊伍參加，各組決賽成績如下。</p>
<p>男子四人艇冠軍由河濱划船隊奪得，成績三分五十二秒，比第二名快了將近兩秒。</p>
<p>頒獎典禮將於下月舉行，得獎隊伍請派代表出席，獎金於典禮當天以支票發放。</p>
</article></main><footer><p>© 2028 某某划船會</p></footer></body></html>""".encode()


def test_the_pages_h1_that_sets_the_og_titles_end_off_with_a_colon_and_a_word_is_the_title() -> None:
    h1 = "2028基隆河秋季划船賽：各組決賽成績"
    page = _results_page("2028基隆河秋季划船賽決賽成績", h1)
    assert read_html(page, Path("results.html")).hints.title == h1


def test_an_h1_that_writes_the_og_title_in_its_own_words_with_a_few_more_is_the_title() -> None:
    # (set 89: …關廟順益冰菓室的枝仔冰 under …關廟「順益冰菓室」枝仔冰吃一回: the heading the reader sees)
    for og, h1 in (
        ("2028基隆河秋季划船賽決賽成績", "2028基隆河秋季划船賽：雨中完賽，決賽成績"),
        ("老冰箱裡的六十年：順益冰菓室的枝仔冰", "老冰箱裡的六十年：「順益冰菓室」枝仔冰吃一回"),
        ("2028基隆河秋季划船賽得獎名單", "2028基隆河秋季划船賽得獎名單公佈"),
    ):
        assert read_html(_results_page(og, h1), Path("results.html")).hints.title == h1


def test_an_h1_that_adds_the_sites_name_or_shares_little_does_not_replace_the_og_title() -> None:
    og = "2028基隆河秋季划船賽決賽成績"
    for h1 in ("2028基隆河秋季划船賽決賽成績 | 某某划船會", "2028基隆河划船賽花絮：選手們的一天"):
        assert read_html(_results_page(og, h1), Path("results.html")).hints.title == og


def test_a_bracketed_dateline_byline_sent_from_a_four_character_place_names_its_reporter() -> None:
    line = "【北星網記者程家豪西澳伯斯報道】"
    meta = reporter_line(line, fold(line))
    assert meta is not None and (meta.source, meta.author) == ("北星網", "程家豪")
    # (a four-character name from a two-character place keeps its whole name)
    line = "记者欧阳明德北京报道"
    meta = reporter_line(line, fold(line))
    assert meta is not None and meta.author == "欧阳明德"


def test_a_post_meta_line_with_a_reading_time_after_the_column_names_the_writer() -> None:
    text = "2028年4月2日 · 陈慧敏 · 旅行 · 阅读约8分钟"
    meta = parse_meta_line(text, fold(text))
    assert meta is not None and meta.author == "陈慧敏"


_CLIP = """---
title: "我在槟城学做娘惹糕 | 小日子"
author:
  - "[[Huimin]]"
published: 2028-04-02
---

[小日子 Little Days](https://xiaorizi.blog/) · [关于我](https://xiaorizi.blog/about/)

## 我在槟城学做娘惹糕

2028年4月2日 · 陈慧敏 · 旅行 · 阅读约8分钟

去年年底，我在槟城住了两个星期，每天早上跟着民宿的阿姨去巴刹买材料，下午在她家的厨房学做娘惹糕。

阿姨说，做九层糕最要紧的是耐心，每一层都要等上一层蒸熟了才能倒下去，急不来。

第一次做的时候，我的九层糕只有七层，颜色也深浅不一，但阿姨还是说好吃。
"""


def test_the_page_shows_its_writers_han_name_over_the_clippers_latin_handle(tmp_path: Path) -> None:
    from reader.core.corpus import load_corpus

    (tmp_path / "post.md").write_text(_CLIP, encoding="utf-8")
    (article,) = load_corpus([tmp_path])
    assert article.author == "陈慧敏"


def test_a_one_character_role_one_space_after_the_writers_name_is_a_credit_of_its_own() -> None:
    text = "文：周嘉欣 攝：黎永康"
    meta = parse_meta_line(text, fold(text))
    assert meta is not None and meta.author == "周嘉欣"
    assert ("攝", "黎永康") in meta.credits
