"""Reader mode on the shapes held-out page set 109 showed (its pages are in
tests/data/pages as f109_*; the texts here are invented in their shapes)."""

from __future__ import annotations

from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.metadata import parse_meta_line

_THREAD = (
    "先说结论：换了新的滤网以后，水的味道就正常了。",
    "我是去年冬天开始自己做豆浆的，到现在一共做了四十多次。",
    "上个星期出了一点问题，煮出来的豆浆有一股焦味，我一开始以为是豆子的问题。",
)


def test_a_posters_row_with_its_view_only_link_names_the_poster_without_the_label() -> None:
    # (楼主：X　发表于 …　只看该作者: the link shows the poster's floors alone, and names no one)
    rows = ("楼主：河边老陈　发表于 2029-3-2 21:05　只看该作者", "樓主：阿明仔　發表於 2029-3-2 21:05　只看該作者")
    for line in rows:
        meta = parse_meta_line(line, fold(line))
        assert meta is not None and meta.author in ("河边老陈", "阿明仔") and meta.date == "2029-03-02 21:05"
    line = "楼主：河边老陈　发表于 2029-3-2 21:05　只看该作者"
    cleaned = clean("\n".join(("【经验分享】豆浆机的焦味，原来是滤网", line, *_THREAD)))
    assert cleaned.metadata.author == "河边老陈"


_CLIP = """---
title: "读书札记 | 松下小筑"
source: "https://songxia.example.cn/notes/2029/05/river"
author: "松下小筑"
published: 2029-05-11
---

[首页](https://songxia.example.cn/) · [读书札记](https://songxia.example.cn/notes/)

# 一本写河的小说，我读了两遍

文 / 顾远舟　2029年5月11日

这本小说写的是一条河三十年的变化，作者在河边住了大半辈子，每一章都是一个季节。
我第一遍读得很快，只记住了几个人物；第二遍才看出来，真正的主角是那条河本身。
"""


def test_a_clips_author_that_is_its_titles_site_is_the_source_and_no_writer() -> None:
    from pathlib import Path

    from reader.core.readers import read_markdown

    page = read_markdown(_CLIP.encode(), Path("clip.md"))
    assert page.hints.source == "松下小筑"
    assert page.hints.author is None
    assert page.hints.title == "一本写河的小说，我读了两遍"
    cleaned = clean(page.text, hints=page.hints)
    assert cleaned.metadata.author != "松下小筑" and cleaned.metadata.source == "松下小筑"


def test_a_name_then_its_compiling_word_before_the_date_is_the_writer_not_an_outlet() -> None:
    # (阿X 整理｜date: who put the page together, as 撰文 or 报道 after a name; 整理 is no outlet)
    line = "老許 整理｜2029年3月2日 上午8:10"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.author == "老許" and meta.source is None and meta.date == "2029-03-02 08:10"


_HEAD = (
    "<html><head><title>工作日誌 | 木聲工作室</title>"
    '<meta property="og:site_name" content="木聲工作室 結他維修及訂造"></head>'
    '<body><a class="brand" href="/"><img src="/mark.png" alt="木聲工作室"></a><h1>一把舊結他</h1></body></html>'
)


def test_a_site_name_with_its_trade_after_a_space_gives_way_to_the_name_its_title_and_logo_write() -> None:
    from reader.core.markup_sites import as_written

    assert as_written("木聲工作室 結他維修及訂造", _HEAD) == "木聲工作室"
    # (the name the page writes no shorter elsewhere stands)
    assert as_written("木聲工作室 結他維修及訂造", _HEAD.replace("工作日誌 | 木聲工作室", "工作日誌")) != "木聲工作室"


_NEWSLETTER = (
    "各位會員：",
    "今個月的茶聚在星期六下午舉行，一共來了三十一人，比上個月多了六人。",
    "新會員黎先生帶來了自己種的菜，大家分了一半帶回家，另一半煮了湯。",
    "下個月的茶聚改在第二個星期六，地點不變，請大家留意。",
)


def test_a_bold_labelled_sponsor_line_and_its_voucher_terms_under_a_letter_are_the_sites() -> None:
    # (**本月贊助：** … the colon inside the bold; its terms speak of the voucher and its cash, and reserve the word)
    offer = "**本月贊助：** 福記餅家送出禮券八張，五月份每位新會員可抽一張。"
    terms = "禮券有效期至2029年8月31日，不設找贖，不可兌換現金，福記餅家保留最終決定權。"
    kept = set(clean("\n\n".join(("# 五月茶聚", *_NEWSLETTER, offer, terms))).paragraphs)
    assert offer not in kept and terms not in kept
    assert _NEWSLETTER[3] in kept


_ESSAY = (
    "星期四早上，一位姓黃的先生打電話來，說家裡的座鐘停了三年，想我上去看看。",
    "唐樓，五樓，沒有電梯。鐘是一部五十年代的德國座鐘，擺錘還在，發條斷了一條。",
    "換了發條，抹了油，鐘又走起來了。黃先生說，這是他父親每個星期日都上鏈的。",
)


def test_the_pages_formal_refusal_of_liability_under_the_essay_is_the_sites() -> None:
    # (…；本店不就任何自行拆裝引致的損壞負責。: the refusal's formal 不就任何…負責, as 概不負責)
    note = (
        "本文只記錄個人維修經驗，舊鐘狀況各有不同，是否值得維修請由專業師傅評估；本店不就任何自行拆裝引致的損壞負責。"
    )
    kept = set(clean("\n".join(("一部停了三年的座鐘", *_ESSAY, note))).paragraphs)
    assert note not in kept and _ESSAY[2] in kept


_NOTES = (
    "这个月在译一位智利诗人的组诗，第五首只有四行，我在最后一行上停了五天。",
    "字面意思很清楚，难的是那个词在原来的语言里带着海的味道，中文里没有。",
    "我试了三个版本，最后选了最土的那一个，因为它读出来像一个人在说话。",
)


def test_a_translators_own_dated_byline_with_no_original_named_credits_the_writer() -> None:
    byline = "译者 / 顾远舟　2029年6月3日"
    assert clean("\n".join(("一首诗里的“海”，我改了三次", byline, *_NOTES))).metadata.author == "顾远舟"
    # (a translation names its original: the translator is a credit, not its writer)
    text = "\n".join(("一首诗里的“海”，我改了三次", "原文：The Sea at Night", byline, *_NOTES))
    assert clean(text).metadata.author != "顾远舟"
