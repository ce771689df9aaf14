"""Reader mode on the shapes held-out page set 91 showed: a page's <h1> that is
a head and a subtitle (a dash or a colon between), one part of which the shorter
og:title words afresh from the same start, is the title the reader shows."""

from __future__ import annotations

from pathlib import Path

from reader.core.html_reader import read_html


def _news_page(og: str, h1: str) -> bytes:
    return f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8">
<title>{og} | 山城日報</title><meta property="og:title" content="{og}"></head><body>
<header><div class="logo">山城日報</div></header>
<main><article><h1>{h1}</h1>
<p>星期天清晨，老街的石板路還濕著，幾位老人已經在廟口擺好了小凳子，等著第一壺茶煮開。</p>
<p>這間茶攤開了四十年，攤主每天四點起床生火，用的還是外婆留下來的那把銅壺。</p>
<p>附近的學生放學後常來這裡寫功課，攤主不收他們的錢，只要他們幫忙洗杯子。</p>
</article></main><footer><p>© 2028 山城日報</p></footer></body></html>""".encode()


def _title(og: str, h1: str) -> str | None:
    return read_html(_news_page(og, h1), Path("news.html")).hints.title


def test_an_h1_whose_subtitle_the_og_title_rewords_is_the_title() -> None:
    h1 = "一壺茶煮了四十年——老街廟口茶攤老人每天四點生火"
    assert _title("老街廟口茶攤老人用銅壺煮茶四十年", h1) == h1


def test_an_h1_whose_head_the_og_title_starts_with_and_a_colon_sets_off_is_the_title() -> None:
    h1 = "2028年山城區小學組象棋比賽：東山小學奪冠，西嶺小學獲最佳新人獎"
    assert _title("2028年山城區小學組象棋比賽成績公佈", h1) == h1


def test_a_two_part_h1_that_words_another_story_does_not_replace_the_og_title() -> None:
    og = "老街廟口茶攤老人用銅壺煮茶四十年"
    assert _title(og, "夏日消暑好去處——本週末各區活動一覽") == og
