"""Reader mode on the shapes the twelfth held-out set showed: a guide's day
heads over their bullet items, a box of fields the body announces with a
colon (a paper's DOI, a fact box under a caption)."""

from __future__ import annotations

from reader.core.cleaning import clean

NAV = "首页 | 游戏库 | 社区 | 攻略 | 资讯 | 下载APP"
GUIDE_TITLE = "《山海小镇》新手一周路线：从空地到三级集市"
GUIDE_INTRO = "很多新人问第一周该怎么安排，我把自己两个存档走过的路线整理出来，全程不花钱，七天能把集市升到三级。"
GUIDE_END = "以上是我自己的走法，版本更新后商人刷新的时间可能会变，有不对的地方欢迎在楼下指出来。"
TAIL = ["点赞 1.2k　收藏 3,021　回复 88", "相关攻略", "《山海小镇》全居民喜好一览", "关于我们 | 用户协议 | 隐私政策"]


def _guide(heads: list[str]) -> tuple[str, list[str]]:
    items = [
        ["· 先修好码头，拿新手礼包", "· 只种白菜和豌豆，长得快"],
        ["· 木镐石镐先升级，鱼竿可以晚点", "· 每天早上看布告栏接委托"],
        ["· 花两千金币盖羊圈，先买一只羊", "· 把羊毛织成布再卖，价格翻倍"],
        ["· 攒够一万金币扩建集市", "· 第七天晚上去看灯会，拿限定种子"],
    ]
    body: list[str] = []
    for n, (head, rows) in enumerate(zip(heads, items, strict=True)):
        body += [head, *rows]
        if n == 1:
            body.append("[图片]")
    page = "\n".join([NAV, GUIDE_TITLE, "楼主：小满　2025-11-26 21:14", GUIDE_INTRO, *body, GUIDE_END, *TAIL])
    return page, body


def test_day_heads_that_count_up_and_their_bullets_stay() -> None:
    page, body = _guide(["Day 1", "Day 2–3", "Day 4–5", "Day 6–7"])
    kept = clean(page).paragraphs
    assert [line for line in body if line != "[图片]" and line not in kept] == []
    assert GUIDE_INTRO in kept and GUIDE_END in kept
    assert not any(line in kept for line in (NAV, "[图片]", *TAIL))


def test_heads_that_do_not_count_up_are_no_sections() -> None:
    # (the same word with numbers out of order is a row of counters, not a guide's days)
    page, _body = _guide(["Day 5", "Day 2", "Day 9", "Day 1"])
    kept = clean(page).paragraphs
    assert "Day 5" not in kept and "Day 1" not in kept


LAB_TITLE = "课题组在钾离子电池高倍率负极研究中取得新进展"
LAB_P1 = "近日，实验室课题组在钾离子电池负极材料研究方面取得新进展，相关成果发表在国际期刊上，引起同行关注。"
LAB_P2 = "该工作的第一作者为实验室博士研究生，研究得到国家自然科学基金的支持，课题组下一步将开展中试验证。"
BOX = [
    "论文信息：",
    "题目：Hard carbon anodes with open pores for fast potassium storage",
    "期刊：Energy Storage Materials, 2025, 70: 103456",
    "作者：Wei Zhang, Lin Chen*",
    "DOI：10.1016/j.ensm.2025.103456",
]


def test_an_announced_box_keeps_its_doi() -> None:
    page = "\n".join([LAB_TITLE, LAB_P1, LAB_P2, *BOX, "【关闭】【打印】", "上一条：实验室举办秋季学术沙龙"])
    kept = clean(page).paragraphs
    assert [line for line in BOX if line not in kept] == []
    assert "【关闭】【打印】" not in kept


def test_a_doi_line_with_no_box_announced_is_still_the_page_s() -> None:
    # (a paper page's own DOI line under its abstract: no heading announces a box)
    page = "\n".join([LAB_TITLE, LAB_P1, LAB_P2, *BOX[1:], "【关闭】【打印】"])
    assert BOX[-1] not in clean(page).paragraphs


TL_TITLE = "跨海大橋十年路：從規劃到合龍大事記"
TL_P1 = "省政府本週宣布，跨海大橋主橋已經全線合龍，預計2029年通車。這座幾經改線的大橋，從構想到動工走了將近十年。"
TL_ROWS = [
    "2015年6月　市議會通過大橋方案，計劃從港口區起建。",
    "2020年2月　聯邦、省府同意出資，估價約31億元。",
    "2025年11月　主橋全線合龍，省府表示預算維持不變。",
]
CAPTION = "大橋走向示意圖。（圖片來源：省交通廳）"
FACTS = ["小知識：", "全長：16公里", "橋頭：港口區", "預計通車：2029年底"]
TL_P2 = "沿岸的居民期待已久。在港口區經營餐館的陳先生說，以後開車過海只要十分鐘，員工返工方便得多，生意也會好起來。"
TL_P3 = "不過，亦有居民擔心沿線地價和租金上升。省府表示，會在周邊興建可負擔房屋，具體數字將於明年公布。"


def test_a_fact_box_under_a_caption_amid_the_body_stays() -> None:
    page = "\n".join([TL_TITLE, TL_P1, *TL_ROWS, CAPTION, *FACTS, TL_P2, TL_P3, "延伸閱讀", "大橋明年起調整收費"])
    kept = clean(page).paragraphs
    assert [line for line in FACTS if line not in kept] == []
    assert CAPTION not in kept and "大橋明年起調整收費" not in kept


AD_P1 = "市政府本週宣布，濱海公園第二期工程已經完成，預計下月起開放給市民使用，新增的單車徑長約三公里。"
AD_P2 = "附近居民普遍表示歡迎，不過也有人擔心週末人流太多，希望市府在入口增設停車位和公廁，方便長者和家庭。"


def test_a_bilingual_ad_label_and_the_ad_under_it_go() -> None:
    ad = "【大城地產】濱海全新兩房單位 首付10%起 即睇即訂 604-555-0199"
    page = "\n".join(["濱海公園二期完工　下月開放", AD_P1, "廣告 Advertisement", ad, AD_P2])
    kept = clean(page).paragraphs
    assert "廣告 Advertisement" not in kept and ad not in kept
    assert AD_P1 in kept and AD_P2 in kept


def test_a_heading_under_an_empty_ad_slot_stays() -> None:
    # (a bare label whose slot the saved page left empty: the next line is the body's heading)
    page = "\n".join(["濱海公園二期完工　下月開放", AD_P1, "廣告", "居民：希望增設停車位", AD_P2])
    kept = clean(page).paragraphs
    assert "居民：希望增設停車位" in kept and "廣告" not in kept


def test_numbered_figure_captions_and_bracketed_photo_labels_go() -> None:
    cite = "图1显示，新电解液在零下四十摄氏度时仍能保持八成以上的容量，远好于常规电解液。"
    page = "\n".join(
        [
            LAB_TITLE,
            LAB_P1,
            "图1 弱溶剂化电解液的设计思路及低温下的循环性能",
            cite,
            "（相片：實驗室內的測試設備）",
            LAB_P2,
        ]
    )
    kept = clean(page).paragraphs
    assert "图1 弱溶剂化电解液的设计思路及低温下的循环性能" not in kept
    assert "（相片：實驗室內的測試設備）" not in kept
    assert cite in kept and LAB_P1 in kept and LAB_P2 in kept


def test_a_row_of_buttons_that_ends_in_share_or_print_goes() -> None:
    for row in ("回上一頁　列印　分享", "加入歌單　分享", "下載PDF　列印"):
        page = "\n".join([TL_TITLE, TL_P1, TL_P2, row, TL_P3])
        assert row not in clean(page).paragraphs, row
    # (a heading that happens to end in the word is longer than buttons, or a sentence)
    heading = "讀者來信與心得分享"
    page = "\n".join([TL_TITLE, TL_P1, heading, TL_P2, TL_P3])
    assert heading in clean(page).paragraphs


def test_a_row_of_fields_above_the_headline_is_the_page_header() -> None:
    header = "地址：沙田水泉澳邨清泉樓地下12號　開放時間：星期一至六 下午2時至晚上9時"
    page = "\n".join(["陳小明議員辦事處｜沙田", header, "主頁 關於我 地區工作 聯絡我們", TL_TITLE, TL_P1, TL_P2, TL_P3])
    result = clean(page)
    assert header not in result.paragraphs
    assert result.metadata.title == TL_TITLE and TL_P1 in result.paragraphs


NOTICE = (
    "個人資料收集聲明：你提供的個人資料只會用作處理求助及通知活動用途，不會轉交第三者。"
    "如需查閱或更正資料，請聯絡辦事處。"
)


def _blog(after_links: list[str]) -> str:
    return "\n".join(
        [TL_TITLE, TL_P1, TL_P2, TL_P3, "上一篇：長者流感針接種日", "下一篇：外牆維修工程居民簡介會", *after_links]
    )


def test_a_labelled_notice_after_the_prev_next_links_goes() -> None:
    page = _blog(["最新文章", "小巴站上蓋終於有排期", "外牆維修工程居民簡介會", NOTICE, "© 2025 陳小明議員辦事處"])
    kept = clean(page).paragraphs
    assert NOTICE not in kept and "外牆維修工程居民簡介會" not in kept
    assert TL_P3 in kept


def test_prose_after_the_links_keeps_what_is_there() -> None:
    # (two paragraphs after the links: the links sat above more of the article)
    page = _blog([NOTICE, TL_P1.replace("省政府", "市政府"), "© 2025 陳小明議員辦事處"])
    assert NOTICE in clean(page).paragraphs


def test_a_related_header_with_its_links_on_one_line_goes() -> None:
    row = "相關連結：議事影音｜會議紀錄查詢"
    spec = "其他：藍牙5.3｜NFC"
    page = "\n".join([TL_TITLE, TL_P1, spec, TL_P2, TL_P3, row, "© 2025 某市議會"])
    kept = clean(page).paragraphs
    assert row not in kept and spec in kept


def test_a_row_of_accounts_to_follow_goes() -> None:
    row = "Facebook：陳小明 Chan Siu Ming｜IG：@chansiuming.st"
    page = "\n".join([TL_TITLE, TL_P1, TL_P2, TL_P3, row, "© 2025 陳小明議員辦事處"])
    assert row not in clean(page).paragraphs
    # (a sentence that names the account is the article's)
    said = "議員辦事處表示，居民也可以在 IG：@chansiuming.st 留言反映意見。"
    page = "\n".join([TL_TITLE, TL_P1, said, TL_P2, TL_P3])
    assert said in clean(page).paragraphs


def test_a_guide_whose_every_list_sits_between_pictures_keeps_its_lists_and_its_end() -> None:
    # (no item of the list was kept for its own: the run of two alike items,
    # and the heads counting up over them, are the body's; its last paragraph too)
    items = [
        ["· 先修好码头，拿新手礼包", "· 只种白菜和豌豆，长得快"],
        ["· 木镐石镐先升级，鱼竿可以晚点", "· 每天早上看布告栏接委托"],
        ["· 花两千金币盖羊圈，先买一只羊", "· 把羊毛织成布再卖，价格翻倍"],
    ]
    for head in ("第{}天", "Step {}"):
        body = [line for n, rows in enumerate(items) for line in (head.format(n + 1), *rows, "[图片]")]
        page = "\n".join([NAV, GUIDE_TITLE, "楼主：小满　2025-11-26 21:14", GUIDE_INTRO, *body, GUIDE_END, *TAIL])
        kept = clean(page).paragraphs
        assert [line for line in body if line != "[图片]" and line not in kept] == [], head
        assert GUIDE_END in kept and "[图片]" not in kept and TAIL[0] not in kept


def test_a_box_the_body_announces_keeps_its_fields_whatever_they_look_like() -> None:
    # (no field kept for its own: figures look like counters, a phone like the site's contact)
    boxes = [
        ["【装备小档案】", "重量：2.3kg", "尺寸：210×140cm", "价格：899元"],
        ["營地資訊：", "地址：青山鎮溪口村", "電話：0571-8888 1234", "開放時間：全年"],
    ]
    for box in boxes:
        page = "\n".join([TL_TITLE, TL_P1, CAPTION, *box, TL_P2, TL_P3, "延伸閱讀", "大橋明年起調整收費"])
        kept = clean(page).paragraphs
        assert [line for line in box if line not in kept] == [], box
        assert CAPTION not in kept
    # (the same rows after the body's last paragraph are the page's)
    page = "\n".join([TL_TITLE, TL_P1, TL_P2, TL_P3, *boxes[1], "© 2025 青山營地"])
    assert "電話：0571-8888 1234" not in clean(page).paragraphs


def test_an_equation_with_its_terms_after_the_equals_sign_stays() -> None:
    formula = "装备总重 = 背包 + 帐篷 + 睡袋"
    page = "\n".join([TL_TITLE, TL_P1, formula, TL_P2, TL_P3])
    assert formula in clean(page).paragraphs


def test_a_run_of_key_figures_between_paragraphs_stays_and_so_does_the_last_paragraph() -> None:
    figures = ["參與人數 120人", "帳篷數量 45頂", "志工 12名"]
    page = "\n".join(
        [TL_TITLE, TL_P1, *figures, TL_P3, "點讚 326　收藏 1,024　評論 58", "延伸閱讀", "大橋明年起調整收費"]
    )
    kept = clean(page).paragraphs
    assert [line for line in figures if line not in kept] == [] and TL_P3 in kept
    # (reactions' counts between two paragraphs are no facts of the article)
    counts = ["閱讀 1.2萬", "點讚 326", "收藏 57"]
    page = "\n".join([TL_TITLE, TL_P1, *counts, TL_P3])
    assert not any(line in clean(page).paragraphs for line in counts)


def test_the_last_paragraph_under_a_picture_or_an_ad_slot_is_no_footer_blurb() -> None:
    tail = ["點讚 326　收藏 1,024　評論 58", "延伸閱讀", "大橋明年起調整收費", "© 2025 港聞網"]
    for inset in (["[圖片]", "圖：大橋夜景（林小芳 攝）"], ["廣告", "【戶外用品】全場八折 電話 400-123-4567"]):
        page = "\n".join([TL_TITLE, TL_P1, TL_P2, *inset, TL_P3, *tail])
        kept = clean(page).paragraphs
        assert TL_P3 in kept, inset
        assert not any(line in kept for line in (*inset, *tail))
    # (a site's blurb among its widgets still goes)
    blurb = "港聞網資深編輯，跑了十年社區新聞線，最常被問的問題是哪裡最好吃。"
    page = "\n".join([TL_TITLE, TL_P1, TL_P2, TL_P3, *tail[:2], blurb, *tail[2:]])
    assert blurb not in clean(page).paragraphs


def test_a_bracketed_photographer_credit_is_a_credit_not_a_caption() -> None:
    page = "\n".join([TL_TITLE, "記者 蘇冠廷／高雄報導", TL_P1, TL_P2, TL_P3, "（攝影：姚俊宇／編輯：黃郁文）"])
    names = [name for _, name in clean(page).metadata.credits]
    assert any("姚俊宇" in name for name in names), names
