"""Reader mode on the shapes held-out page set 122 and heads set 2 showed
(a weekly's feature, a stock forum's post, a shop's social page post, a
hospital's health page; a newsletter's issue, a Q&A answer, a podcast's
transcript, a film review, a bilingual paper's story). Titles: a clip's
front matter that names the page in Latin letters only, or writes the page's
one heading and adds an aside, leaves the heading, what the reader sees;
a counter in brackets before a <title> is the site's chrome."""

from __future__ import annotations

from pathlib import Path

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
