"""Reader mode on the shapes held-out page set 89 showed: an old template's
page with no <h1> has its post title in its one <h2>, and that heading,
writing the og:title in its own words with a few more, is the title."""

from __future__ import annotations

from pathlib import Path

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


def test_an_h2_beside_another_h2_or_under_an_h1_is_not_the_pages_heading() -> None:
    og, heading = "第八屆觀鳥比賽得獎名單", "第八屆觀鳥比賽得獎名單公佈"
    assert _title(_club_page(og, heading).replace("<p>本會", "<h2>最新消息</h2><p>本會", 1)) == og
    assert (
        _title(_club_page(og, heading).replace('<div class="content">', '<h1>某某觀鳥會</h1><div class="content">'))
        == og
    )
