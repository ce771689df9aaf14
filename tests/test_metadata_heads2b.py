"""Sources and bylines of heads set 2's pages left after meta127 (tests/data/pages/fh2_*, f122_*):
an account's follow row a link rule takes for a promotion, a menu's row with the app's link
naming the site, the publication an appeal and a line at the top name, the board's word
beside the date."""

from __future__ import annotations

from reader.core.cleaning import clean
from reader.core.line_verdicts import judge_all

_BODY = (
    "一九五九年，阿公喺福隆新街開咗呢間涼茶舖，嗰陣佢廿三歲，今年佢九十三歲，上個月佢將鎖匙交咗俾我。\n\n"
    "呢句說話佢講咗七十年，我聽咗三十年，直到自己企喺個爐前面先明，煲涼茶冇秘訣，火候同耐性。\n\n"
    "接手之後，我冇改配方，淨係改咗少少嘢，將菜單寫大啲，等街坊老人家都睇得清楚，仲加咗張長櫈。\n"
)


def test_an_accounts_follow_row_a_link_rule_takes_for_a_promotion_names_the_page() -> None:
    # (f122_05: the shop's page, its followers, its follow button's link)
    row = "**福隆涼茶 Fook Lung Herbal Tea** · 6,208 人追蹤 · [追蹤](/fooklungtea/follow)"
    meta = judge_all([row])[0][3]
    assert meta is not None and meta.source == "福隆涼茶 Fook Lung Herbal Tea"
    # (near miss: a slogan between the name and the button, no count: a promotion's banner, no account)
    assert judge_all(["**福隆涼茶 Fook Lung Herbal Tea** · 傳統涼茶 · [追蹤](/fooklungtea/follow)"])[0][3] is None
    page = clean(f"{row}\n\n2029年7月21日 下午7:42\n\n# 阿公嘅涼茶舖，今年交咗俾我\n\n{_BODY}")
    assert page.metadata.source == "福隆涼茶"  # (the Han part of a bilingual name: most golds')


def test_a_menus_row_with_the_apps_link_names_the_site() -> None:
    # (f122_07: a writing platform's bar, 下载App one of its items, judged a promotion)
    head = "素笺  首页  发现  专题  写文章  下载App\n\n# 阿嬷留下的七个红龟粿模\n\n"
    text = f"{head}林晓雯  关注\n\n2029.03.17 22:05:31\n\n{_BODY}"
    assert clean(text).metadata.source == "素笺"
    # (near miss: an app's banner of two long parts is no menu, and names no site)
    banner = text.replace("素笺  首页  发现  专题  写文章  下载App", "素笺全新改版上线  立即下载App领取新人礼包")
    assert clean(banner).metadata.source is None


def test_the_boards_word_beside_the_date_is_no_writer() -> None:
    # (fh2_15: 心情・date under the board's line 心情板)
    text = (
        "卡卡校園　熱門　最新　看板　登入\n\n心情板\n\n# 第一次一個人去看牙醫，結果被醫生稱讚了\n\n"
        f"國立成功大學　小米粥 @xiaomizhou_0412\n\n心情・2029年4月5日 21:30\n\n{_BODY}"
    )
    page = clean(text)
    assert page.metadata.author == "小米粥" and ("作者", "心情") not in page.metadata.credits
    # (near miss: with no board's line over the headline, the name beside the date is a writer's)
    lone = clean(text.replace("國立成功大學　小米粥 @xiaomizhou_0412\n\n", "").replace("心情板\n\n", ""))
    assert lone.metadata.author == "心情"


def test_the_publication_an_appeal_names_and_a_line_at_the_top_leads_with_is_the_source() -> None:
    # (fh2_22: a copy with the title first, the magazine's channel line under it, its subscription appeal last)
    text = (
        "竹山最後的竹編椅師傅\n山城生活誌\u3000人物 PEOPLE\n撰文＝王筱涵\u3000攝影＝李承恩\n"
        f"第93期｜民國118年9月1日出刊\n{_BODY}本文未經同意請勿轉載\n訂閱《山城生活誌》紙本，每月寄到你家\n"
    )
    assert clean(text).metadata.source == "山城生活誌"
    # (near miss: the appeal names a publication no line at the top leads with: another's, no source)
    other = text.replace("訂閱《山城生活誌》", "訂閱《竹藝月刊》")
    assert clean(other).metadata.source is None
