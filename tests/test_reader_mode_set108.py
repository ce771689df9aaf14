"""Reader mode on the shapes held-out page set 108 showed (its pages are in
tests/data/pages as f108_*; the texts here are invented in their shapes)."""

from __future__ import annotations

from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.metadata import Hints, parse_meta_line

_BODY = (
    "清早的湖面结了薄冰，我们六点就出门，沿着堤岸走到第三个码头才看见它们。",
    "那群灰鹤今年来得比往年晚了九天，一共二十三只，其中四只是今年出生的幼鸟。",
    "它们在浅滩上站成一排，低头找草根，一点声音也没有。",
)


def test_a_byline_led_by_its_columns_name_credits_the_writer() -> None:
    # (the row's column, a space, then the credits: the column is no outlet, the writer is the author)
    line = "湿地观察 文：巡护员 孙振邦 图：宣传科 吴晓岚 2029-01-08 阅读 1532"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.author == "孙振邦" and meta.date == "2029-01-08"
    text = "\n".join(("灰鹤回来了", line, *_BODY))
    cleaned = clean(text)
    assert cleaned.metadata.author == "孙振邦"
    assert line not in cleaned.paragraphs


def test_a_label_and_its_value_are_no_column_byline() -> None:
    line = "开放时间 地点：湖心岛观鸟屋"
    assert parse_meta_line(line, fold(line)) is None or parse_meta_line(line, fold(line)).author is None


_SCHEDULE = "\n".join(
    (
        "八月派米安排",
        "本會八月將於兩個地點派發白米及乾糧，請已登記的家庭按時到場領取，並帶同登記卡及環保袋。",
        "派發地點",
        "8月3日（六） 上午10:00–12:00 大角咀社區會堂",
        "8月17日（六） 上午10:00–12:00 旺角街坊福利會",
        "注意事項",
        "代領者須出示登記人的登記卡。",
        "物資數量有限，先到先得。",
        "聯絡",
        "電話：2391 4408（星期一至五 上午9時至下午5時）",
        "WhatsApp：6120 3377（只接受文字訊息）",
    )
)


def test_a_section_head_other_files_share_keeps_its_contact_rows() -> None:
    # (the folder has the head word elsewhere; the rows under it are this page's own: the head is the article's)
    cleaned = clean(_SCHEDULE, template=frozenset({"聯絡"}))
    kept = {"".join(p.split()) for p in cleaned.paragraphs}
    assert "聯絡" in kept
    assert "電話：23914408（星期一至五上午9時至下午5時）" in kept


_STORY = (
    "我在这条街上卖了二十六年的豆花，上个月最后一次开炉。",
    "最后一锅豆花卖到中午就没有了，来的都是老街坊。",
    "有人带了孩子来，说孩子小时候也在这里吃过。",
)


def test_a_short_heading_over_its_dated_byline_beats_a_column_title() -> None:
    # (the markup's title is a column's label and the site's name: the page's own heading over its byline wins)
    text = "\n".join(("# 最后一锅", "2029年5月2日 · 周秀兰 · 阅读约3分钟", *_STORY))
    assert clean(text, hints=Hints(title="街口故事 | 豆花周")).metadata.title == "最后一锅"


def test_a_heading_over_a_category_line_and_its_byline_beats_a_column_title() -> None:
    text = "\n".join(("# 二十六年，最后一锅豆花", "分类：街口故事", "2029年5月2日 · 周秀兰 · 阅读约3分钟", *_STORY))
    assert clean(text, hints=Hints(title="收摊了 | 豆花周")).metadata.title == "二十六年，最后一锅豆花"


def test_a_short_heading_under_a_title_of_one_part_keeps_the_markups_title() -> None:
    # (a poster's name over a post's date: the markup's title, a headline of one part, stays)
    text = "\n".join(("老周", "2029年5月2日 · 周秀兰", *_STORY))
    title = "【经验分享】卖了二十六年豆花，最后一锅怎么做"
    assert clean(text, hints=Hints(title=title)).metadata.title == title


def test_a_section_head_repeated_lower_is_no_page_heading() -> None:
    text = "\n".join(("# 目录", "2029年5月2日 · 周秀兰 · 阅读约3分钟", *_STORY, "# 目录", _STORY[0]))
    assert clean(text, hints=Hints(title="街口故事 | 豆花周")).metadata.title != "目录"


def test_a_picture_line_with_its_caption_in_emphasis_goes_whole() -> None:
    picture = "![](https://example.sg/img/stove.jpg) *图：那口炉子，烧了二十六年。*"
    text = "\n".join(("# 最后一锅", *_STORY[:2], picture, _STORY[2]))
    kept = {"".join(p.split()) for p in clean(text).paragraphs}
    assert "".join(picture.split()) not in kept
    assert "".join(_STORY[2].split()) in kept  # (the plain line under it is the story's)


def test_a_closing_appeal_whose_later_sentence_wishes_support_through_a_link_goes() -> None:
    appeal = (
        "摊子收了，博客还会写。如果想支持，欢迎到[这里](https://example.sg/support)请我喝一杯茶，帮忙付网站的费用。"
    )
    text = "\n".join(("# 最后一锅", *_STORY, appeal))
    kept = {"".join(p.split()) for p in clean(text).paragraphs}
    assert "".join(appeal.split()) not in kept
    assert "".join(_STORY[2].split()) in kept


_LETTER = (
    "各位會員：",
    "上星期六的比賽，我們十八位隊員全部完成了兩輪，決賽比預賽快了一秒多。",
    "多謝各位家屬這幾個月每個星期六幫忙接送，下個月九號恢復練習。",
)


def test_an_offer_in_bold_and_its_terms_under_the_letter_go() -> None:
    offer = "**舊生推介優惠**：8月31日前介紹新會員，雙方各減年費$20。"
    terms = "推介優惠每位會員限用一次，本會保留修改或終止優惠的權利，如有爭議，以本會決定為準。"
    for tail in ((offer, terms), (offer, terms, "阿珍")):
        kept = {"".join(p.split()) for p in clean("\n".join((*_LETTER, *tail))).paragraphs}
        assert "".join(offer.split()) not in kept and "".join(terms.split()) not in kept
        assert "".join(_LETTER[2].split()) in kept


def test_a_bold_labelled_last_paragraph_over_no_offers_terms_stays() -> None:
    last = "**提醒**：天氣轉涼，練習前請先熱身十分鐘。"
    kept = {"".join(p.split()) for p in clean("\n".join((*_LETTER, last))).paragraphs}
    assert "".join(last.split()) in kept


def test_the_pages_word_that_it_cannot_stand_in_for_advice_is_the_sites() -> None:
    note = "> 本文只是个人经验分享，不能代替兽医的专业意见。如宠物出现异常，请立即就医。"
    text = "\n".join(("# 最后一锅", *_STORY, note, "分享：[Facebook](https://facebook.com/sharer?u=x)"))
    kept = {"".join(p.split()) for p in clean(text).paragraphs}
    assert "".join(note.split()) not in kept
    assert "".join(_STORY[2].split()) in kept


def test_a_letters_writer_who_says_her_role_before_her_name_is_its_author() -> None:
    text = "\n".join(
        (
            "各位隊員、各位家屬：",
            "我是領隊王淑芬。今年的比賽完了，想趁大家還記得，寫幾句。",
            *_LETTER[1:],
            "淑芬",
        )
    )
    assert clean(text).metadata.author == "王淑芬"


def test_a_role_and_a_name_said_with_no_signature_under_the_letter_name_its_author() -> None:
    # (the writer says who she is and signs nothing: she still wrote it, f109_05's 我是會長區偉倫。)
    said = "我是領隊王淑芬。今年的比賽完了，想趁大家還記得，寫幾句。"
    text = "\n".join(("各位隊員、各位家屬：", said, *_LETTER[1:]))
    assert clean(text).metadata.author == "王淑芬"
    # (another signs under it, an office: the name said is a person the letter tells of)
    assert clean("\n".join((text, "球隊 管理處"))).metadata.author != "王淑芬"
    # (said later than the letter's opening: no writer)
    late = "\n".join(("各位隊員、各位家屬：", *_LETTER[1:3], said))
    assert clean(late).metadata.author != "王淑芬"


def test_a_long_site_name_the_page_writes_only_in_its_markup_gives_way_to_its_own_short_one() -> None:
    from reader.core.markup_sites import as_written

    html = (
        "<html><head><title>巷弄整修｜東興里辦公處</title>"
        '<meta property="og:site_name" content="臺南市東區東興里辦公處"></head>'
        '<body><img alt="東興里辦公處"><p>東興里辦公處 | 臺南市東區東興路1號</p></body></html>'
    )
    assert as_written("臺南市東區東興里辦公處", html) == "東興里辦公處"
    # (a long name the page writes whole as often stays)
    html = html.replace("<p>東興里辦公處 |", "<p>臺南市東區東興里辦公處 |").replace(
        'alt="東興里辦公處"', 'alt="臺南市東區東興里辦公處"'
    )
    assert as_written("臺南市東區東興里辦公處", html) == "臺南市東區東興里辦公處"


def test_a_site_named_in_the_title_with_its_english_name_after_it_is_the_source() -> None:
    from pathlib import Path

    from reader.core.html_reader import read_html

    html = (
        "<html><head><title>漁場日記｜陳記漁場 Chan Kee Fish Farm</title></head><body>"
        '<header><img src="/logo.png" alt="陳記漁場"></header><article><h1>等一場東北風</h1>'
        + "".join(f"<p>{line}</p>" for line in _STORY)
        + "</article><footer><p>© 2029 陳記漁場 版權所有</p></footer></body></html>"
    )
    page = read_html(html.encode("utf-8"), Path("farm.html"))
    assert page.hints.source == "陳記漁場"


def test_the_blog_answering_its_readers_is_the_host_not_a_commenter() -> None:
    text = "\n".join(
        (
            "# 最后一锅",
            "2029年5月2日 · 周秀兰 · 阅读约3分钟",
            *_STORY,
            "### 2 条留言",
            "**阿明**：周姐，我小时候天天来吃！",
            "**豆花周** 回复：谢谢你，记得常回来看看。",
            "**小丽**：好舍不得。",
        )
    )
    meta = clean(text, hints=Hints(title="最后一锅 - 豆花周", author="豆花周")).metadata
    assert meta.author == "周秀兰" and meta.source == "豆花周"


def test_a_masthead_brand_beats_the_copyrights_company_name_that_adds_its_trade() -> None:
    text = "\n".join(
        (
            "远航学堂 ｜ 首页 ｜ 课程中心 ｜ 名师专栏 ｜ 校区地址",
            "名师专栏 > 初三物理 > 正文",
            "中考前最后十天，物理这样复习",
            "作者：初三物理组 林海涛　发布：2029-06-02　阅读 1,204",
            "每年这个时候，总有家长问我：还剩十天，物理还能提几分？",
            "我的回答是：能，但不是靠再做一百道难题，而是把做过的错题再看一遍。",
            "下面几条，是我带了八届初三总结出来的，供同学们参考。",
            "上一篇：初二暑假，化学要不要提前学？",
            "点赞 28　收藏 6　分享",
            "© 2029 远航学堂教育 版权所有　蜀ICP备29000000号",
        )
    )
    assert clean(text).metadata.source == "远航学堂"


def _notice(foot: str, signer: str) -> str:
    return "\n".join(
        (
            "海景花園住戶網 ｜ 首頁 ｜ 管理處通告 ｜ 維修報告 ｜ 會所預約 ｜ 聯絡我們",
            "現在位置：首頁 › 管理處通告",
            "第三座食水缸清洗工程安排",
            "發出日期：2029年5月6日",
            "各位住戶：",
            "本處將於5月20日上午9時至下午5時清洗第三座食水缸，期間全座暫停供應食水，請住戶預早儲水。",
            "如有查詢，請於辦公時間內致電管理處，本處職員將盡快回覆。",
            signer,
            "二〇二九年五月六日",
            "下載通告（PDF）",
            f"© 2029 {foot}　澳門氹仔海景街8號",
        )
    )


def test_the_body_that_signs_the_notice_beats_the_mastheads_website_name() -> None:
    assert clean(_notice("海景花園管理處", "海景花園管理處")).metadata.source == "海景花園管理處"


def test_a_company_that_signs_the_notice_leaves_the_mastheads_name() -> None:
    assert clean(_notice("海景物業管理有限公司", "海景物業管理有限公司")).metadata.source == "海景花園住戶網"


def test_a_title_sites_unit_written_whole_with_its_body_in_logo_and_rights_line_is_the_source() -> None:
    from pathlib import Path

    from reader.core.html_reader import read_html

    html = (
        "<html><head><title>通知公告-图书馆读者服务部</title></head><body>"
        '<header><img src="/logo.png" alt="湘南师范学院图书馆读者服务部"></header><div class="article">'
        "<h1>关于期末延长开馆时间的通知</h1>"
        + "".join(f"<p>{line}</p>" for line in _STORY)
        + "</div><footer><p>版权所有 © 湘南师范学院图书馆读者服务部 地址：某路1号</p></footer></body></html>"
    )
    assert read_html(html.encode("utf-8"), Path("notice.html")).hints.source == "湘南师范学院图书馆读者服务部"


def test_an_offer_right_under_the_sites_closing_statement_goes() -> None:
    note = "本站所載出貨日期僅為工作紀錄，實際出貨以訂單通知為準，如因天候延誤，恕不另行補償。"
    offer = "新茶預購中，滿一千元免運，五月底前下單加贈茶杯一個。"
    kept = {"".join(p.split()) for p in clean("\n".join(("# 最后一锅", *_STORY, note, offer))).paragraphs}
    assert "".join(offer.split()) not in kept
    assert "".join(_STORY[2].split()) in kept


def test_a_last_paragraph_on_a_sale_with_no_statement_over_it_stays() -> None:
    last = "今年的新茶，滿一千元免運，是我第一次這樣賣，也不知道行不行。"
    kept = {"".join(p.split()) for p in clean("\n".join(("# 最后一锅", *_STORY, last))).paragraphs}
    assert "".join(last.split()) in kept
