"""Reader mode on the shapes held-out page set 97 showed: a diary's bulleted
list of supplies under a one-word head (物資 / · 摺床 40張 / · 杯麪 6箱), each
item a name and its count, is the article's list, though each item alone
reads like a counter or a menu's cells; a byline's second role joined to
the first by a slash (圖／編輯：梁振邦) credits the name after the colon, not
the role and the name together; a page's one <h1> that words the headline
afresh is the title when the markup's <title> (a standing slot's name) and
og:title (the subject before it) do not both start as it does; the reply
floors of a thread written 2楼 name; a notice's lone closing word 啟; a
review's disclosure over its first paragraph; the site's box of calls under
the article's last picture."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaning_support import kept_set, same
from reader.core.folding import fold
from reader.core.html_reader import read_html
from reader.core.metadata import parse_meta_line

_DIARY = (
    "昨晚颱風襲港，我哋社區中心臨時開放做避風站，我同另外六個義工輪更照顧街坊，以下係我記低嘅嘢。",
    "",
    "21:00　第一批街坊到，大部分係獨居長者，有幾位仲帶埋貓。",
    "23:30　風勢轉強，中心人數升到四十二人，大家都未瞓。",
    "",
    "用品",
    "· 睡袋 30個",
    "· 枕頭 25個",
    "· 餅乾 12盒",
    "· 電筒 8支",
    "",
    "後記",
    "天光之後風勢減弱，街坊陸續返屋企，我哋執好地方，九點鐘交更返屋企瞓覺，成晚都好攰但好值得。",
)


def test_a_bulleted_list_of_named_counts_under_a_head_stays() -> None:
    kept = kept_set("\n".join(_DIARY))
    for line in _DIARY[5:10]:
        assert same(line) in kept, line


def test_bulleted_counts_with_no_name_still_go() -> None:
    text = "\n".join((*_DIARY[:5], "用品", "· 30", "· 25", "· 12", *_DIARY[10:]))
    kept = kept_set(text)
    assert not {"·30", "·25", "·12"} & kept


@pytest.mark.parametrize(
    ("line", "name"),
    [("文：義工 何嘉欣　圖／編輯：梁振邦", "梁振邦"), ("文／陳美玲　攝影/剪輯：黃志強", "黃志強")],
)
def test_two_roles_joined_by_a_slash_credit_the_name_after_the_colon(line: str, name: str) -> None:
    meta = parse_meta_line(line, fold(line))
    assert meta is not None
    assert name in {person for _, person in meta.credits}
    assert not any("：" in person for _, person in meta.credits)


def _update_page(title: str, og: str, h1: str) -> bytes:
    return f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8">
<title>{title}</title><meta property="og:title" content="{og}"></head><body>
<header><div class="logo">某某鎮公所</div></header>
<main><article><h1>{h1}</h1>
<p>寒流過後本鎮多處自來水管線凍裂，本所會同自來水廠連日搶修，截至今日中午各里供水狀況如下。</p>
<p>已恢復供水的里別請先放水數分鐘再飲用，尚未恢復的里別由本所每日派水車定點供水。</p>
<p>本表每日中午更新，實際供水時間以自來水廠公告為準，如有疑問請洽本所建設課。</p>
</article></main><footer><p>© 2029 某某鎮公所</p></footer></body></html>""".encode()


def test_an_h1_worded_afresh_under_a_slot_title_and_an_og_title_that_disagree_is_the_title() -> None:
    # (the <title> names the page's standing slot, the og:title puts the subject before it)
    h1 = "寒流後本鎮各里搶修及供水狀況（1月9日12時）"
    page = _update_page("停水資訊一覽｜某某鎮公所", "寒流停水資訊一覽（持續更新）", h1)
    assert read_html(page, Path("water.html")).hints.title == h1


def test_an_h1_that_leaves_the_one_title_both_marks_give_still_keeps_it() -> None:
    og = "寒流停水資訊一覽（持續更新）"
    page = _update_page(f"{og}｜某某鎮公所", og, "寒流過後鎮民互助的故事")
    assert read_html(page, Path("water.html")).hints.title == og


_THREAD = (
    "【求助】老房子阳台漏水，自己补还是找师傅？",
    "楼主：江北小陈　发表于 2029-05-02 21:40",
    "1楼",
    "我家是九十年代的老房子，阳台地面一下雨就往楼下渗水，楼下邻居已经上来找过两次了。",
    "上周自己买了堵漏王补了墙角，结果下了一场雨又漏了，看来是防水层整体老化了。",
    "想问问大家，这种情况是自己重新刷防水，还是直接请师傅来做比较划算？",
    "—— 一个住老房子的普通上班族，欢迎交流。",
    "2楼 山城老王",
    "防水层老化就别补了，整块铲掉重做，不然补了东边漏西边。",
    "3樓 阿May在重庆",
    "我家去年请师傅做的，连材料一共两千多，做完闭水试验很放心。",
    "4楼 江北小陈",
    "谢谢两位，我周末先找师傅来看看再决定。",
)


def test_reply_floors_written_with_their_floor_word_and_a_name_open_the_replies() -> None:
    kept = kept_set("\n".join(_THREAD))
    for line in _THREAD[3:6]:
        assert same(line) in kept, line
    for line in _THREAD[6:]:
        assert same(line) not in kept, line


def test_a_building_guide_s_floor_rows_with_no_first_floor_alone_above_stay() -> None:
    guide = (
        "社区服务中心上个月正式开放，居民可以在这里办理各类事务，下面是各楼层的安排，欢迎大家前来使用。",
        "2楼 图书室",
        "3楼 活动室",
        "4楼 办事大厅",
        "中心每天早上九点开门，晚上八点关门，周一闭馆，节假日照常开放，欢迎居民朋友们前来。",
    )
    kept = kept_set("\n".join(guide))
    for line in guide[1:4]:
        assert same(line) in kept, line


_NOTICE = (
    "某某社區中心",
    "十一月份長者健康講座時間表",
    "發佈日期：2029年10月28日",
    "本中心十一月份繼續舉辦長者健康講座，費用全免，名額有限，請最少三天前致電本中心報名，安排如下：",
    "11月5日（二）　14:00–15:30　預防跌倒　陳姑娘",
    "11月12日（二）　14:00–15:30　認識糖尿病　李醫生",
    "11月19日（二）　14:00–15:30　冬季飲食　黃營養師",
    "如遇惡劣天氣，講座將會取消，本中心會另行以電話通知已報名人士，敬請留意。",
    "總務組 啟",
    "招募義工：如你願意每月抽出半日時間協助長者活動，歡迎加入我們的義工隊，十二月將舉行新義工簡介會。",
    "每月捐款£10，即可資助一位長者參加一個月的健康活動；歡迎透過網上捐款支持本中心的長者服務。",
    "相關通告：十月份長者健康講座時間表",
    "相關通告：冬季流感疫苗接種登記安排",
    "© 2029 某某社區中心 版權所有",
)


def test_a_notice_signed_off_with_its_desk_and_a_lone_closing_word_ends_there() -> None:
    kept = kept_set("\n".join(_NOTICE))
    for line in _NOTICE[3:8]:
        assert same(line) in kept, line
    for line in _NOTICE[9:]:
        assert same(line) not in kept, line


@pytest.mark.parametrize(
    "disclosure",
    [
        "【本文作者獲劇團邀請觀賞綵排，惟內容純屬作者個人觀點，劇團事前並無審閱。】",
        "*本文非广告。受访摊主没有支付任何费用；文中提到的食物均由编辑部自费购买。*",
    ],
)
def test_a_reviews_disclosure_over_its_first_paragraph_goes(disclosure: str) -> None:
    body = (
        "星期六晚上，街市旁邊的小劇場坐滿了街坊，台上三個演員只用兩張椅子，就演活了一家三代的故事。",
        "演出長約九十分鐘，中間沒有休息，觀眾由頭笑到尾，散場時不少人仍然留在門口談論劇情。",
        "整體而言，這是一齣製作簡單但誠意十足的作品，值得推薦給喜歡社區劇場的朋友。",
    )
    kept = kept_set("\n".join(("小劇場裏的一家三代", disclosure, *body)))
    assert same(disclosure) not in kept
    for line in body:
        assert same(line) in kept, line


def test_a_paragraph_that_pays_its_own_way_but_names_no_site_stays() -> None:
    body = (
        "他們夫婦自費到外地學藝三年，回來後在街角開了這間小店，每天清晨四點就開始磨豆。",
        "店裏只有六張桌子，熟客大多是附近的街坊，不少人一坐就是一個上午，和老闆聊家常。",
        "問他會不會擴充，他搖搖頭說，兩個人做得來的分量，才做得出自己滿意的味道。",
    )
    kept = kept_set("\n".join(("街角的小店", *body)))
    for line in body:
        assert same(line) in kept, line


_CLEAN_UP = (
    "海灘清潔日手記",
    "星期日早上七點，我哋三十幾個義工喺沙灘集合，分成五組，由東到西慢慢執，執到十一點先收隊。",
    "最多嘅係膠樽蓋同煙頭，仲有一隻人字拖同一個舊浮波，組長話每年都差唔多係呢幾樣嘢。",
    "收隊嗰陣大家都曬到面紅紅，但睇住成袋成袋垃圾排喺度，覺得好值得，下年我都會再嚟。",
    "[圖片] 義工們在沙灘上分類收集到的垃圾。",
)
_CALLS = (
    "本會義工隊長期招募新成員，凡年滿十六歲、願意參與環保活動者均歡迎加入，報名請致電本會辦事處。",
    "清潔用品募集：本會現徵集手套、垃圾袋及夾子，歡迎街坊於辦公時間送到會址，多謝支持！",
)
_COMMENTS = (
    "會員留言（2）",
    "阿珊　2029-08-27 12:05",
    "辛苦晒！下次我都想參加，唔知幾時再有？",
    "登入後即可留言",
)


def test_the_sites_calls_under_the_articles_last_picture_go() -> None:
    kept = kept_set("\n".join((*_CLEAN_UP, *_CALLS, *_COMMENTS)))
    for line in _CLEAN_UP[1:4]:
        assert same(line) in kept, line
    for line in _CALLS:
        assert same(line) not in kept, line
