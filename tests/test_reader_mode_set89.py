"""Reader mode on the shapes held-out page set 89 showed: an old template's
page with no <h1> (or whose <h1> is the site's name the <title> ends
with) has its post title in its one <h2>, and that heading,
writing the og:title in its own words with a few more, is the title; a
review's score on its scale closing the story's box of facts (店名 / 地址 /
價格 rows under the last paragraph) is the body's, like one right under the
paragraph."""

from __future__ import annotations

from pathlib import Path

from cleaning_support import kept_set, same
from reader.core.html_reader import read_html


def _club_page(og: str, heading: str, tag: str = "h2") -> str:
    return f"""<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8">
<title>活動消息 - 某某觀鳥會</title><meta property="og:title" content="{og}"></head><body>
<table><tr><td><img src="banner.gif" alt=""></td></tr></table>
<div class="menu">首頁 | 本會簡介 | 活動消息 | 聯絡我們</div>
<div class="content"><{tag}>{heading}</{tag}>
<p>發佈日期：2028年5月2日 | 秘書處</p>
<p>本會第八屆觀鳥比賽已於上月順利舉行，共有四十二隊參加，經評判審核，得獎隊伍如下。</p>
<p>冠軍隊伍記錄鳥種一百零三種，比亞軍多出七種，評判團一致讚賞其記錄詳盡。</p>
<p>頒獎禮將於下月於會所舉行，得獎隊伍請派代表出席，查詢請致電秘書處。</p>
</div></body></html>"""


def _title(page: str) -> str | None:
    return read_html(page.encode(), Path("results.html")).hints.title


def test_the_one_h2_of_a_page_with_no_h1_rewording_the_og_title_with_more_is_the_title() -> None:
    og, heading = "第八屆觀鳥比賽得獎名單", "第八屆觀鳥比賽得獎名單公佈"
    assert _title(_club_page(og, heading)) == heading
    # (the same as an <h1> would be)
    assert _title(_club_page(og, heading, "h1")) == heading


def test_an_h2_beside_another_h2_or_under_an_h1_of_its_own_is_not_the_pages_heading() -> None:
    og, heading = "第八屆觀鳥比賽得獎名單", "第八屆觀鳥比賽得獎名單公佈"
    assert _title(_club_page(og, heading).replace("<p>本會", "<h2>最新消息</h2><p>本會", 1)) == og
    under = '<h1>觀鳥比賽專頁</h1><div class="content">'
    assert _title(_club_page(og, heading).replace('<div class="content">', under)) == og


def test_an_h2_under_an_h1_that_is_the_sites_name_the_title_ends_with_is_the_pages_heading() -> None:
    og, heading = "第八屆觀鳥比賽得獎名單", "第八屆觀鳥比賽得獎名單公佈"
    logo = '<h1>某某觀鳥會</h1><div class="content">'
    assert _title(_club_page(og, heading).replace('<div class="content">', logo)) == heading


_SHOP_REVIEW = [
    "巷口的豆花攤開了四十年，老闆娘每天清晨四點起來磨豆，一天只做兩大桶。",
    "花生煮得軟爛，糖水用的是二砂，不會太甜，夏天加一球剉冰剛剛好。",
    "想吃芋圓要早點到，過了下午三點多半只剩花生和粉圓。",
    "店名",
    "阿香豆花",
    "地址",
    "嘉義市東區XX路X號",
    "價格",
    "每碗35元，加料10元",
    "推薦指數：4／5",
    "本文為作者自費消費，價格以店家現場公告為準，本站不負任何責任。",
    "© 2028 某某食記 版權所有",
]


def test_a_score_on_its_scale_closing_the_storys_box_of_facts_is_the_body() -> None:
    # (set 89: the score under the shop's 店名 / 地址 / 價格 rows, not right under the paragraph)
    kept = kept_set("\n".join(_SHOP_REVIEW))
    assert same("推薦指數：4／5") in kept
    assert same("每碗35元，加料10元") in kept


def test_a_count_off_a_scale_under_the_box_still_goes() -> None:
    kept = kept_set("\n".join([*_SHOP_REVIEW[:9], "瀏覽：8.5／37", *_SHOP_REVIEW[10:]]))
    assert same("瀏覽：8.5／37") not in kept
