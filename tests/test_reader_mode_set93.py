"""Reader mode on the shapes held-out page set 93 showed: a page's one and only
<h1> that words the markup's headline afresh (a run of its words in common, not
its start: 在工廈七樓，打一局三十年前的彈珠機 under 觀塘工廈裡的彈珠機樂園) is the
title the reader shows, where one that starts as the markup's title and goes
elsewhere, a shorter section heading, or a board's tag before the markup's title
keeps the markup's; a heading that holds every character of the markup's title
in order from the same start, a subtitle set off by a colon, writes it whole
(外婆七十岁拿起球拍 of 外婆的乒乓球：七十岁那年，她在民众俱乐部拿起了球拍)."""

from __future__ import annotations

from pathlib import Path

from reader.core.html_reader import read_html
from reader.core.markup_headings import writes_more
from reader.core.readers import read_markdown

_PARAGRAPHS = (
    "星期天清晨，老街的石板路還濕著，幾位老人已經在廟口擺好了小凳子，等著第一壺茶煮開。",
    "這間茶攤開了四十年，攤主每天四點起床生火，用的還是外婆留下來的那把銅壺。",
    "附近的學生放學後常來這裡寫功課，攤主不收他們的錢，只要他們幫忙洗杯子。",
)


def _page(og: str, h1: str, title: str | None = None) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    return f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8">
<title>{title or og}｜山城誌</title><meta property="og:title" content="{og}"></head><body>
<header><div class="logo">山城誌</div></header>
<main><article><h1>{h1}</h1>{body}</article></main>
<footer><p>© 2028 山城誌</p></footer></body></html>""".encode()


def _title(og: str, h1: str, title: str | None = None) -> str | None:
    return read_html(_page(og, h1, title), Path("story.html")).hints.title


def test_the_one_h1_that_words_the_markup_headline_afresh_is_the_title() -> None:
    h1 = "天還沒亮，老街廟口已經煮開第一壺銅壺茶"
    assert _title("廟口茶攤的銅壺", h1) == h1
    # (a <title> with more words than the og:title, the run in either)
    assert _title("四十年的老茶攤", h1, "四十年的老茶攤：老街廟口一日") == h1
    # (a year before the words is no start of letters: 2028烏魚子… under 2028年度…)
    h1 = "2028山城茶會成績揭曉－金獎由廟口老茶攤奪得"
    assert _title("2028年度茶攤評鑑得獎名單", h1) == h1


def test_an_h1_sharing_no_run_or_the_start_or_shorter_keeps_the_og_title() -> None:
    og = "廟口茶攤的銅壺"
    assert _title(og, "夏日消暑好去處，本週末各區活動一覽") == og  # (no two letters in common)
    assert _title(og, "廟口茶攤的四十年與一位老人的清晨") == og  # (the same start, gone elsewhere)
    assert _title("老街廟口茶攤老人用銅壺煮茶", "銅壺專頁") == "老街廟口茶攤老人用銅壺煮茶"  # (a section's)
    assert _title(og, "【老街】廟口茶攤的銅壺") != "【老街】廟口茶攤的銅壺"  # (a board's tag and the title)
    assert _title(og, "煮了四十年的銅壺茶 - 山城誌") == og  # (the site's name after a bar)


def test_a_heading_that_holds_the_markup_title_in_order_with_a_subtitle_writes_it() -> None:
    assert writes_more("阿公八十岁学游泳", "阿公的泳池：八十岁那年，他第一次学会了游泳")
    assert writes_more("阿公八十岁学游泳", "阿公的泳池——八十岁那年，他第一次学会了游泳")
    assert not writes_more("阿公八十岁学游泳", "阿公的泳池，八十岁那年他第一次学会了游泳")  # (no part set off)
    assert not writes_more("阿公八十岁学游泳", "阿公的泳池：游泳那年，他八十岁")  # (not in order)
    assert not writes_more("阿公学游泳", "阿公的泳池：那年，他第一次学会了游泳")  # (too few to tell)


def test_a_markdown_heading_the_front_matter_title_thins_is_the_title() -> None:
    head = "阿公的泳池：八十岁那年，他第一次学会了游泳"
    text = "\n".join(
        ["---", 'title: "阿公八十岁学游泳 | 晨光日报"', "---", "", f"# {head}", "", "文 / 林国强", "", *_PARAGRAPHS]
    )
    hints = read_markdown(text.encode(), Path("column.md")).hints
    assert (hints.title, hints.source) == (head, "晨光日报")
