"""Source, author and credits chosen among a page's candidates (its lines,
its markup, its masthead and its © line), on synthetic pages."""

from __future__ import annotations

from reader.core.cleaning import clean
from reader.core.meta_records import Hints

BODY = "这是正文的第一段，讲了一件事情的来龙去脉，足够长也足够像正文。\n" * 2


def test_the_copyright_line_names_the_site_when_nothing_else_does() -> None:
    text = "# 一篇没有来源行的文章标题\n文／王小明\n" + BODY + "© 2025 晴光長者服務協會 版權所有\n"
    assert clean(text).metadata.source == "晴光長者服務協會"
    # (an English name after the Han one, a Latin name's legal form)
    text = "# 一篇没有来源行的文章标题\n" + BODY + "© 2025 泉記茶莊 Chuen Kee Tea. All rights reserved.\n"
    assert clean(text).metadata.source == "泉記茶莊"
    text = "# 一篇没有来源行的文章标题\n" + BODY + "九龍某街22號　｜　© 2025 FLEXA Studio Limited\n"
    assert clean(text).metadata.source == "FLEXA Studio"


def test_a_copyright_line_without_a_name_names_no_site() -> None:
    for foot in ("© 2024 版權所有", "Copyright © 2024 京ICP备10018545号", "© 2024 douban.com"):
        assert clean("# 一篇没有来源行的文章标题\n" + BODY + foot + "\n").metadata.source is None


def test_a_nickname_beside_the_date_is_the_poster_when_the_site_is_another() -> None:
    page = (
        "途迹旅行\n目的地　攻略　游记　问答　酒店　门票\n登录 | 注册\n"
        "泉州两日慢游：古城、寺庙和一碗面线糊\n阿澄去旅行　2025-11-03 发布\n"
        + BODY
        + "©2025 途迹旅行 闽ICP备18012345号\n"
    )
    found = clean(page).metadata
    assert (found.source, found.author, found.date) == ("途迹旅行", "阿澄去旅行", "2025-11-03")
    assert ("作者", "阿澄去旅行") in found.credits


def test_an_outlet_beside_the_date_stays_the_source() -> None:
    # (shaped like an outlet: a paper the portal took the story from)
    page = (
        "腾讯网\n新闻　视频　图片　军事　体育　娱乐\n登录 | 注册\n"
        "深圳地铁16号线二期开通 龙岗坪山再添一条快速通道\n深圳特区报 2024-12-28 07:58\n"
        + BODY
        + "© 2024 腾讯网 版权所有\n"
    )
    found = clean(page).metadata
    assert (found.source, found.author) == ("深圳特区报", None)
    # (one place naming the site is not enough to call the name a nickname)
    alone = page.replace("© 2024 腾讯网 版权所有\n", "").replace("深圳特区报", "乡村观察")
    assert clean(alone).metadata.source == "乡村观察"


def test_the_markups_author_is_a_credit() -> None:
    found = clean("一篇从网页里取出的文章标题\n" + BODY, hints=Hints(author="潘思远 郑嘉禾")).metadata
    assert found.author == "潘思远 郑嘉禾"
    assert {name for _, name in found.credits} == {"潘思远", "郑嘉禾"}
    latin = clean("一篇从网页里取出的文章标题\n" + BODY, hints=Hints(author="張郁婷 Yuting Chang")).metadata
    assert [name for _, name in latin.credits] == ["張郁婷 Yuting Chang"]
