"""Reader mode on the shapes the seventy-second held-out set showed: a
notice whose meta line labels its issuer as the site's name and its board
(发出单位：…理事会) under the site's masthead; a webzine's byline led by a
section label of two short words and a bar (人物｜訪談); a blog post whose
byline writes the poster's nickname with the full name in brackets, on a
platform whose bar tops the page."""

from __future__ import annotations

from reader.core.cleaning import clean
from reader.core.metadata import Hints, parse_meta_line
from reader.core.person_values import fold_text


def _notice(unit: str) -> str | None:
    lines = [
        "青柏观音堂 Cheng Pak Temple",
        "首页 | 本堂简介 | 活动公告 | 联络我们",
        "首页 > 活动公告",
        "2029年观音诞庆典活动安排",
        f"发布日期：2029年3月1日　发出单位：{unit}　浏览：1,204",
        "各位善信：",
        "本堂谨订于农历二月十九日恭办观音诞庆典，兹将活动安排公布如下，敬请善信踊跃参与，共沾法喜。",
        "当天上午九时起诵经祈福，中午设斋宴招待善信，下午二时举行平安灯点灯仪式。",
        "青柏观音堂　谨启",
        "© 2029 青柏观音堂 版权所有",
    ]
    return clean("\n".join(lines), hints=Hints(title=lines[3])).metadata.source


def test_the_issuing_unit_the_meta_line_labels_as_the_sites_board_is_the_source() -> None:
    # (the masthead's name and a body of it: the board that issues the notice)
    assert _notice("青柏观音堂理事会") == "青柏观音堂理事会"


def test_a_desk_of_the_site_the_meta_line_labels_leaves_the_site() -> None:
    # (the site's name and a desk, or a desk alone: the site's own desk, the site the source)
    assert _notice("青柏观音堂总务组") == "青柏观音堂"
    assert _notice("总务组") == "青柏观音堂"


def test_a_section_label_of_two_short_words_and_a_bar_leading_a_byline_is_no_outlet() -> None:
    line = "**城市｜專訪** · 文：黃嘉雯 · 攝影：林志偉 · 2029-02-11 19:30"
    meta = parse_meta_line(line, fold_text(line))
    assert meta is not None and meta.source is None and meta.author == "黃嘉雯"
    # (an outlet's name leading the row is still the outlet)
    for lead, source in (("城市｜專訪", None), ("濠江週報", "濠江週報")):
        line = f"**{lead}** · 文 / 黃嘉雯 · 2029-02-11"
        meta = parse_meta_line(line, fold_text(line))
        assert meta is not None and meta.source == source and meta.author == "黃嘉雯"


def test_a_bloggers_nickname_with_the_full_name_in_brackets_gives_the_author_and_the_blog() -> None:
    lines = [
        "博客岛 BlogIsland　首页　发现　写文章　登录",
        "阿豆的烘焙日记",
        "慢慢烤，慢慢吃",
        "第一次烤成功的菠萝包",
        "阿豆（林佩琪）　发表于 2029-01-20 21:40　分类：烘焙　阅读 532",
        "烤了三次，菠萝包的皮终于裂出了好看的格子，我差点在厨房里跳起来。",
        "秘诀其实很简单：酥皮要冷藏够久，擀的时候手要快，烤箱要先预热二十分钟。",
        "下次想试试加咸蛋黄的版本，做成了再来写。",
        "© 2029 博客岛 BlogIsland　使用条款　隐私政策",
    ]
    meta = clean("\n".join(lines), hints=Hints(title=lines[3])).metadata
    assert meta.author == "林佩琪"
    assert meta.source == "阿豆的烘焙日记"
    assert any(name == "林佩琪" for _, name in meta.credits)
