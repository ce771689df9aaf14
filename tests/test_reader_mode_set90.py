"""Reader mode on the shapes held-out page set 90 showed: an og:title that
is a bracketed column tag and the page's <h1> (【劇評】… over the <h1> …)
gives the <h1>, the heading the reader sees; an <h1> that writes the tag
keeps it."""

from __future__ import annotations

from pathlib import Path

from reader.core.html_reader import read_html


def _review_page(og: str, h1: str) -> bytes:
    return f"""<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8">
<title>{h1[:8]} | 評論 | 某某誌</title><meta property="og:title" content="{og}"></head><body>
<header><div class="logo">某某誌</div></header>
<main><article><div class="tag">樂評・現場</div><h1>{h1}</h1>
<p>文：某某　2028年5月2日</p>
<p>週六晚的音樂會座無虛席，樂團以一首改編民謠開場，台下不少觀眾跟著輕輕哼唱。</p>
<p>下半場的新作最見功力，弦樂與笙的對話層層推進，卻始終沒有蓋過主旋律。</p>
<p>散場時已近十一點，門外仍有人排隊買唱片，這樣的夜晚在本地並不常見。</p>
</article></main><footer><p>© 2028 某某誌</p></footer></body></html>""".encode()


def test_an_og_title_of_a_bracketed_tag_and_the_h1_gives_the_h1() -> None:
    h1 = "弦與笙之間：某某樂團春季音樂會"
    for og in (f"【樂評】{h1}", f"[樂評] {h1}"):
        assert read_html(_review_page(og, h1), Path("review.html")).hints.title == h1


def test_an_h1_that_writes_the_tag_or_differs_from_the_rest_keeps_the_og_title() -> None:
    h1 = "弦與笙之間：某某樂團春季音樂會"
    assert read_html(_review_page(f"【樂評】{h1}", f"【樂評】{h1}"), Path("r.html")).hints.title == f"【樂評】{h1}"
    og = "【樂評】弦與笙之間"
    assert (
        read_html(_review_page(og, "弦與笙之間：另一場音樂會的筆記"), Path("r.html")).hints.title
        != "弦與笙之間：另一場音樂會的筆記"
    )
