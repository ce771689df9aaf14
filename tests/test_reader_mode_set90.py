"""Reader mode on the shapes held-out page set 90 showed: an og:title that
is a bracketed column tag and the page's <h1> (【劇評】… over the <h1> …)
gives the <h1>, the heading the reader sees; an <h1> that writes the tag
keeps it; contact rows under the story's own short label row that closes it
(捐贈單車：… over 聯絡：… / 電話：…) are the story's, where a press office's
contacts right under the story still go; a <title> led by the site's name
and its column (某區公所 - 最新消息 - 標題) gives its last part; a first
line writing the © line's name with its place before it is the masthead's
fuller name, the source; on a page with no <h1>, a labelled row (主旨：…)
wording the <title>'s headline part in its own words and more is the title."""

from __future__ import annotations

from pathlib import Path

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
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


_FEATURE = [
    "社區人物",
    "車房裏的縫紉機：退休裁縫替街坊免費改校服",
    "本報記者 某某",
    "2028年9月3日",
    "每逢星期六下午，退休裁縫梁婆婆就在車房裏擺開兩部縫紉機，替附近的新移民家庭修改孩子的校服。",
    "她說校服貴，孩子又長得快，改一改褲腳、放一放腰身，就可以多穿一年，家長省下不少錢。",
    "今年開學前，她一共改了六十多件，連同教會姊妹捐出的舊校服，全部免費送出。",
    "捐贈校服：洗淨即可，任何尺寸",
    "聯絡：某某社區中心辦公室",
    "電話：647-XXX-XXXX",
    "相關新聞",
    "車房裏的單車店：他替街坊修了十年單車",
    "© 2028 某某週報",
]


def test_contact_rows_under_the_storys_own_label_row_that_closes_it_are_the_body() -> None:
    kept = kept_set("\n".join(_FEATURE))
    for line in _FEATURE[7:10]:
        assert same(line) in kept, line


def test_a_press_offices_contacts_right_under_the_story_or_under_a_long_quote_still_go() -> None:
    # (no row of the story's own over them: the release's media contacts)
    kept = kept_set("\n".join([*_FEATURE[:7], *_FEATURE[8:]]))
    assert same(_FEATURE[8]) not in kept and same(_FEATURE[9]) not in kept
    quote = "家長反饋：「孩子穿上改好的校服，開心得不得了，真係多謝梁婆婆。」——某某區 陳太"
    kept = kept_set("\n".join([*_FEATURE[:7], quote, *_FEATURE[8:]]))
    assert same(_FEATURE[9]) not in kept


def test_a_title_led_by_the_sites_name_and_its_column_gives_its_last_part() -> None:
    from reader.core.headline import strip_site

    site = "某某市某區公所"
    assert strip_site(f"{site} - 最新消息 - 本所游泳池夏季開放時段公告", site) == "本所游泳池夏季開放時段公告"
    assert strip_site(f"{site} | 本所游泳池夏季開放時段公告", site) == "本所游泳池夏季開放時段公告"
    # (a short last part is no headline; a name that only starts the first part is no site's)
    assert strip_site(f"{site} - 公告 - 通知", site) == f"{site} - 公告 - 通知"
    title = f"{site}游泳池 - 本所游泳池夏季開放時段公告"
    assert strip_site(title, site) == title


_CLAN_NOTICE = [
    "霹雳怡保陈氏宗祠",
    "首页",
    "宗祠简介",
    "活动消息",
    "联系我们",
    "2028年清明祭祖活动通告",
    "发布：秘书处　2028-03-20",
    "本宗祠订于4月5日上午9时举行清明祭祖仪式，恭请各位宗亲踊跃出席，共同缅怀先祖。",
    "仪式后备有午宴，出席者请于3月30日前向秘书处登记人数，以便安排座位。",
    "陈氏宗祠理事会 谨启",
    "© 2028 怡保陈氏宗祠 版权所有",
]


def test_a_first_line_writing_the_copyright_name_with_its_place_before_it_is_the_source() -> None:
    assert clean("\n".join(_CLAN_NOTICE)).metadata.source == "霹雳怡保陈氏宗祠"
    # (a first line that is another name, or the © name alone, leaves the © name)
    for first in ("怡保陈氏宗祠", "怡保陈氏宗祠网站导航"):
        assert clean("\n".join([first, *_CLAN_NOTICE[1:]])).metadata.source == "怡保陈氏宗祠"


def _office_page(subject: str, related: str = "") -> bytes:
    return f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8">
<title>某某市某區公所-最新消息-本所游泳池夏季開放時段公告</title></head><body>
<header><div class="logo">某某市某區公所</div></header>
<div class="path">首頁 &gt; 最新消息 &gt; 公告訊息</div>
<main><h2 class="unit">公告訊息</h2>
<table class="meta"><tr><td>{subject}</td></tr>
<tr><td>發布單位：人文課 發布日期：2028-06-01</td></tr></table>
<div class="content"><p>本所游泳池整修完成，自2028年7月1日起夏季開放，每日上午六時至晚間九時，每週一休館清潔。</p>
<p>入場請出示市民卡，六歲以下兒童須由家長陪同，場內禁止飲食及吸菸，敬請配合。</p>
<p>如有疑問，請於上班時間洽本所人文課，我們將盡快為您說明。</p></div>
<ul class="related"><li>{related}</li></ul></main></body></html>""".encode()


def test_a_labelled_row_wording_the_titles_headline_with_more_is_the_title() -> None:
    # (set 90: the 主旨 row of a page with no <h1>, the <title> the site's, its column's and a shorter wording)
    subject = "本所游泳池7月起夏季開放，開放時段公告及入場說明"
    title = read_html(_office_page(f"主旨：{subject}"), Path("notice.html")).hints.title
    assert title == subject


def test_a_related_row_as_long_as_the_headline_is_not_the_title() -> None:
    related = "上一則：本所游泳池冬季開放時段公告通知"
    title = read_html(_office_page("主旨：請見下文", related), Path("notice.html")).hints.title
    assert title is not None and "冬季" not in title
