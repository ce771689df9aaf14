"""Reader mode on the shapes held-out page set 120 showed (news sites on other
platforms, a portal repost, a note app's clip, a Dcard-style post, a LIHKG-style
thread, a Toutiao-style article, a press release). Body: whom the press may ask
(傳媒查詢：…　電話：…) right above the release's end mark (— 完 —) is the
release's. Titles: a clip's one ``#`` heading that sets a subtitle off after its
bar (…路线｜附地铁站+人均花费), the site the clipped title names after its own
bar being another, is the headline; a hot-marked near twin of a thread's title
right over it ([熱] … over [分享] …) is another thread's, neither the title nor
its deck. Metadata: the first post's floor, its poster and the time apart by
wide gaps (#1　X　date) names the post's writer."""

from __future__ import annotations

from pathlib import Path

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.metadata import parse_meta_line
from reader.core.readers import read_markdown
from reader.core.title_choice import twins

_RELEASE = """\
澳訊發佈 MacauWire — 企業及團體新聞稿平台
首頁 | 最新新聞稿 | 活動 | 旅遊 | 發佈新聞稿
第三屆氹仔舊城區咖啡節十一月登場，六十個攤位兩日限定
發佈機構：澳門濠景文化推廣協會｜發佈日期：2029年10月15日
（澳門訊）澳門濠景文化推廣協會宣佈，第三屆氹仔舊城區咖啡節將於十一月舉行，今年攤位由四十個增至六十個。
日期：2029年11月17日至18日
地點：氹仔官也街及地堡街一帶
協會主席何文謙表示，希望咖啡節成為氹仔舊城區每年秋天的固定節目。
{tail}
分享至：Facebook　WhatsApp　微信　複製連結
Copyright © 2029 MacauWire 澳訊發佈. All rights reserved.
"""
_CONTACT = "傳媒查詢：梁小姐　電話：2882 6xxx"


def test_whom_the_press_may_ask_right_over_the_releases_end_mark_is_the_releases() -> None:
    assert same(_CONTACT) in kept_set(_RELEASE.format(tail=f"{_CONTACT}\n— 完 —"))


def test_a_contact_row_under_the_end_mark_is_the_sites() -> None:
    assert same(_CONTACT) not in kept_set(_RELEASE.format(tail=f"— 完 —\n{_CONTACT}"))


_NOTE = """\
---
title: "西安3天2晚超全攻略，收藏这篇就够了 - 小橙书"
---

小橙书 · 发现 | 购物 | 消息 | 我

# {heading}

姐妹们！清明前刚从西安回来，整理了一份不走回头路的路线，全程地铁+步行，亲测不累～

**Day1：钟楼—回民街—洒金桥**

- 地铁：2号线钟楼站C口
- 人均：80元

几个小tips：碑林周一闭馆，别排在周一！城墙上没什么遮挡，一定带帽子。
"""


def _note_title(heading: str) -> str | None:
    page = read_markdown(_NOTE.format(heading=heading).encode(), Path("note.md"))
    return clean(page.text, hints=page.hints).metadata.title


def test_a_clips_one_heading_with_a_subtitle_after_its_bar_is_the_headline() -> None:
    assert _note_title("西安三天两夜citywalk路线｜附地铁站+人均花费") == "西安三天两夜citywalk路线｜附地铁站+人均花费"


def test_a_heading_whose_bar_names_the_site_leaves_the_clipped_title() -> None:
    assert _note_title("西安三天两夜citywalk路线｜小橙书") == "西安3天2晚超全攻略，收藏这篇就够了"


_THREAD = """\
港登討論區 HKDeng
吹水台 ｜ 時事台 ｜ 職場台 ｜ 創意台 ｜ 登入／註冊
職場台 › 熱門
{hot}
[分享] 喺觀塘踩咗十年外賣，講吓今年嘅轉變
#1　觀塘單車佬　29/10/2029 23:05
今年係我喺觀塘送外賣嘅第十年，講吓啲轉變，唔啱聽唔好鬧。
最大分別係工廈，以前成棟冇升降機密碼，依家個個都要掃碼先上到樓。
第二個分別係單都少咗，平台收佣由一成半加到兩成半，我哋每單實收少咗。
以前一日跑四十張單，依家三十張都要捱到凌晨。
"""
_HOT = "[熱] 喺觀塘踩咗十年外賣，今年先覺得變咗天（第二頁）"


def test_a_hot_near_twin_over_the_threads_title_is_neither_its_title_nor_kept() -> None:
    cleaned = clean(_THREAD.format(hot=_HOT))
    assert cleaned.metadata.title == "[分享] 喺觀塘踩咗十年外賣，講吓今年嘅轉變"
    assert same(_HOT) not in {same(p) for p in cleaned.paragraphs}


def test_a_tagged_line_that_opens_otherwise_is_no_twin_of_the_title() -> None:
    title = "[分享] 喺觀塘踩咗十年外賣，講吓今年嘅轉變"
    assert twins(_HOT, title)
    # (a deck in brackets that words the story on, not its headline's first words again; or no tag)
    assert not twins("[熱] 十年來平台收佣加咗一成，騎手點頂？", title)
    assert not twins("喺觀塘踩咗十年外賣，今年先覺得變咗天", title)


def test_the_first_posts_floor_and_its_poster_apart_by_wide_gaps_name_the_writer() -> None:
    line = "#1　觀塘單車佬　29/10/2029 23:05"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.author == "觀塘單車佬"
    # (a later floor's poster is a reply's: no writer of the page)
    line = "#3　觀塘單車佬　29/10/2029 23:26"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.author is None
