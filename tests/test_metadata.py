"""Titles, bylines, dates and outlets, from the head of the text."""

from __future__ import annotations

import pytest

from reader.core.cleaning import clean
from reader.core.corpus import load_corpus
from reader.core.folding import fold
from reader.core.metadata import (
    MetaLine,
    is_headline_shaped,
    lead_title,
    parse_meta_line,
)
from reader.core.resources import seeds_dir


def meta(line: str) -> MetaLine | None:
    return parse_meta_line(line, fold(line))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "作者:刘杨楠 2024-05-28",
            MetaLine("byline", author="刘杨楠", date="2024-05-28", credits=(("作者", "刘杨楠"),)),
        ),
        (
            "作者|甲小姐 刘杨楠",
            MetaLine("byline", author="甲小姐 刘杨楠", credits=(("作者", "甲小姐"), ("作者", "刘杨楠"))),
        ),
        ("文｜王小明", MetaLine("byline", author="王小明", credits=(("文", "王小明"),))),
        ("編輯:編輯部 HYZ", MetaLine("editor", author="編輯部 HYZ", credits=(("編輯", "編輯部 HYZ"),))),
        ("來源：中央社", MetaLine("byline", source="中央社")),
        ("(本文作者饭统戴老板,财经自媒体)", MetaLine("byline", author="饭统戴老板", credits=(("作者", "饭统戴老板"),))),
        ("新智元報道", MetaLine("source", source="新智元")),
        ("2024-05-27 12:09", MetaLine("date", date="2024-05-27 12:09")),
        ("2024年05月28日 19:40 第一财经", MetaLine("date", source="第一财经", date="2024-05-28 19:40")),
        ("Interconnects 10月26日 23:27", MetaLine("date", source="Interconnects", date="10月26日 23:27")),
        ("发布时间：2023/3/5", MetaLine("date", date="2023-03-05")),
        ("2024年3月5日 週二 下午3:05", MetaLine("date", date="2024-03-05 15:05")),
        ("2024年6月14日 星期五 上午8:41", MetaLine("date", date="2024-06-14 08:41")),
        ("2024-1-8 9:05", MetaLine("date", date="2024-01-08 09:05")),
        ("2027年2月5日 6:20PM", MetaLine("date", date="2027-02-05 18:20")),
        ("2027-02-05 12:05 a.m.", MetaLine("date", date="2027-02-05 00:05")),
        ("2027-02-05 9:30am", MetaLine("date", date="2027-02-05 09:30")),
        ("March 5, 2024", MetaLine("date", date="2024-03-05")),
        ("Published: Sept. 12, 2023", MetaLine("date", date="2023-09-12")),
        ("5 Mar 2024", MetaLine("date", date="2024-03-05")),
        ("By Jane Doe, Reuters", MetaLine("byline", author="Jane Doe", credits=(("by", "Jane Doe"),))),
        ("記者王小明／台北報導", MetaLine("byline", author="王小明", credits=(("记者", "王小明"),))),
        ("〔記者蔡清華／台北報導〕", MetaLine("byline", author="蔡清華", credits=(("记者", "蔡清華"),))),
        (
            "2023年07月15日 09:32  来源：新华网  作者：张晓峰",
            MetaLine(
                "byline", source="新华网", author="张晓峰", date="2023-07-15 09:32", credits=(("作者", "张晓峰"),)
            ),
        ),
        (
            "作者：Oliver Burkeman　譯者：陳思妤　校對：黃冠霖",
            MetaLine(
                "byline",
                author="Oliver Burkeman",
                credits=(("作者", "Oliver Burkeman"), ("譯者", "陳思妤"), ("校對", "黃冠霖")),
            ),
        ),
        (
            "文／陳宥廷　攝影／林柏宇",
            MetaLine("byline", author="陳宥廷", credits=(("文", "陳宥廷"), ("攝影", "林柏宇"))),
        ),
        ("责任编辑：王璐", MetaLine("editor", author="王璐", credits=(("责任编辑", "王璐"),))),
        (
            "原创 老周 城市记忆馆 2023年11月12日 20:30 上海",
            MetaLine(
                "byline", author="老周", source="城市记忆馆", date="2023-11-12 20:30", credits=(("作者", "老周"),)
            ),
        ),
        ("编辑于 2024-03-09 22:14・IP 属地北京", MetaLine("date", date="2024-03-09 22:14")),
        ("更新時間：2024-05-06 11:20", MetaLine("date", date="2024-05-06 11:20")),
    ],
)
def test_metadata_lines(line: str, expected: MetaLine) -> None:
    assert meta(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "他是这篇文章的作者，也是一位记者。",
        "作者认为，这种方法仍是正确的，而且他在很多场合反复说过这一点。",
        "2010年Ilya就用GPU开发了一种语言模型",
        "科学家与狂想家",
        "OpenAI再陷“宫斗”:理想主义者是如何被击碎的?",
        "By the end of the year, everyone was tired",
        "may 2024 be a good year",
        "13/45",
        "2024-13-45",
    ],
)
def test_body_lines_are_not_metadata(line: str) -> None:
    assert meta(line) is None


def test_lead_title_drops_the_lead_in_and_the_label() -> None:
    lead = (
        "【新智元導讀】就在剛剛,噩耗傳來:年僅41歲的谷歌DeepMind天才科學家Felix Hill英年早逝。他的一篇博客揭露了壓力。"
    )
    assert lead_title(lead) == "年僅41歲的谷歌DeepMind天才科學家Felix Hill英年早逝"


def test_lead_title_is_cut_at_a_clause() -> None:
    lead = "研究人员在一项持续了整整三年的大规模实验中发现，睡眠不足会显著降低人们在复杂任务上的判断能力和反应速度。"
    title = lead_title(lead)
    assert title == "研究人员在一项持续了整整三年的大规模实验中发现…"
    assert len(title) <= 41


def test_lead_title_never_invents_words() -> None:
    lead = "x" * 500
    assert lead_title(lead).rstrip("…") in lead


@pytest.mark.parametrize(
    ("line", "shaped"),
    [
        ("量子计算进入实用阶段", True),
        ("这是一个句子。", False),
        ("6个月前,OpenAI爆发了一场举世瞩目的内部斗争:", False),
        ("他照做了，也因此成就了一段传奇，", False),
        ("https://example.com/a", False),
        ("../../tpl/index.html", False),
        ("12345", False),
        ("短", False),
        ("春晓", True),
    ],
)
def test_headline_shape(line: str, shaped: bool) -> None:
    assert is_headline_shaped(line) is shaped


# -- whole heads ---------------------------------------------------------------


def title_of(text: str) -> str:
    return clean(text).metadata.title


def test_a_repeated_line_at_the_top_is_the_title() -> None:
    text = "网站名称 - 频道\n真正的标题在这里\n\n真正的标题在这里\n2024年1月2日\n正文第一段，讲了一件事情，而且足够长。"
    assert title_of(text) == "真正的标题在这里"
    assert clean(text).paragraphs[0].startswith("正文第一段")


def test_the_title_comes_before_the_byline() -> None:
    text = (
        "登录本站\n获取验证码\n隐私政策\n这才是文章的标题\n作者：赵六 2023-07-01\n"
        "正文第一段，讲了一件事情，而且足够长。"
    )
    result = clean(text)
    assert result.metadata.title == "这才是文章的标题"
    assert result.metadata.author == "赵六"
    assert result.metadata.date == "2023-07-01"


def test_the_title_after_an_outlet_and_date_line() -> None:
    text = "某某周刊 3月5日 10:00\n一个很短的标题\nindex.html\n正文第一段，讲了一件事情，而且足够长。"
    result = clean(text)
    assert result.metadata.title == "一个很短的标题"
    assert result.metadata.source == "某某周刊"


@pytest.mark.parametrize(
    "junk_first",
    ["登录即表示你已阅读并同意用户协议", "index_new5.html", "../../../zaker_core/tpl.html", "作者：某某", "2024-05-28"],
)
def test_the_title_is_never_junk_a_byline_or_a_path(junk_first: str) -> None:
    text = f"{junk_first}\n正文第一段没有标题，讲了一件事情，而且足够长。\n第二段。"
    # No headline: the first sentence of the body stands in for one.
    title = title_of(text)
    assert title == "正文第一段没有标题，讲了一件事情，而且足够长"
    assert junk_first not in title


def test_a_first_line_that_goes_on_is_body_not_title() -> None:
    text = "6个月前,OpenAI爆发了一场举世瞩目的内部斗争:\nCEO突然被开除，106个小时后，又在员工的簇拥下复职。"
    result = clean(text)
    assert result.paragraphs[0] == "6个月前,OpenAI爆发了一场举世瞩目的内部斗争:"
    assert result.metadata.title == "6个月前,OpenAI爆发了一场举世瞩目的内部斗争"


def test_english_article_title() -> None:
    text = "The Wall of Effort\nBy the end of the year, everyone in the lab was tired. Nobody said it.\n"
    assert title_of(text) == "The Wall of Effort"


def test_a_text_without_lines_has_an_empty_title() -> None:
    assert title_of("") == ""


# -- the seeds -------------------------------------------------------------------

SEED_TITLES = {
    "000": "年僅41歲的谷歌DeepMind天才科學家Felix Hill英年早逝",
    "001": "OpenAI再陷“宫斗”:理想主义者是如何被击碎的?",
    "002": "Hinton揭秘Ilya成长历程:Scaling Law是他学生时代就有的直觉",
    "003": "AI领域高强度工作现状与反思",
    "004": "甲小姐对话田渊栋:Scaling law代表一个非常悲观的未来",
}


def test_seed_metadata() -> None:
    corpus = load_corpus([seeds_dir()])
    got = {a.id[:3]: a for a in corpus}
    assert {k: a.title for k, a in got.items()} == SEED_TITLES
    assert (got["000"].source, got["000"].author, got["000"].date) == ("新智元", "編輯部 HYZ", None)
    assert (got["001"].source, got["001"].author, got["001"].date) == ("第一财经", "饭统戴老板", "2024-05-28 19:40")
    assert got["002"].date == "2024-05-27 12:09"
    assert (got["003"].source, got["003"].date) == ("Interconnects", "10月26日 23:27")
    assert (got["004"].author, got["004"].date) == ("刘杨楠", "2024-05-28")
    for article in corpus:
        # The headline is not repeated in the body; bylines are gone.
        assert article.title not in article.paragraphs
        assert not any(p.startswith(("作者", "編輯:", "(本文作者")) for p in article.paragraphs)


def test_a_wire_storys_dateline_names_its_reporters_and_the_paragraph_stays() -> None:
    lead = "新华社宁波11月28日电（记者 何梓涵 乔立新）记者28日从有关部门获悉，一套新的系统已投入使用。"
    text = (
        "某系统投入使用\n2025-11-28 18:22:41　来源：新华社\n"
        + lead
        + "\n据介绍，该系统在关键部位布设了两千余个传感器，可实时采集数据并自动预警。\n【责任编辑:宋佳宁】\n"
    )
    cleaned = clean(text)
    assert cleaned.paragraphs[0] == lead
    assert cleaned.metadata.author == "何梓涵 乔立新"
    assert ("记者", "乔立新") in cleaned.metadata.credits


def test_a_research_notes_analysts_are_its_authors() -> None:
    text = (
        "某公司：新品进入放量期，上调盈利预测\n来源：甲证券　　研究员：林嘉禾 王蕾　　发布日期：2025-10-27\n"
        "公司发布三季报，前三季度实现营业收入31.6亿元，同比增长27.4%，超出我们此前预期。\n"
    )
    meta = clean(text).metadata
    assert meta.author == "林嘉禾 王蕾"
    assert meta.source == "甲证券"


@pytest.mark.parametrize(
    ("line", "source", "author", "date"),
    [
        ("**新城周刊** · 文 / 于小渡 · 2025-11-19", "新城周刊", "于小渡", "2025-11-19"),
        ("（记者 毛晓琳 通讯员 吴卫东）　责任编辑：郑丽", None, "毛晓琳", None),
        ("撰文者：周怡岑", None, "周怡岑", None),
        ("撰文：家長教師會主席　麥淑儀女士", None, "家長教師會主席 麥淑儀女士", None),  # (tidied when merged)
        ("by 阿寶媽的小廚房", None, "阿寶媽的小廚房", None),
    ],
)
def test_byline_shapes_of_new_sites(line: str, source: str | None, author: str | None, date: str | None) -> None:
    found = meta(line)
    assert found is not None
    assert (found.source, found.author, found.date) == (source, author, date)


@pytest.mark.parametrize(
    "line", ["主讲人：王大明　时间：2025年12月6日", "份量：4人份　時間：90分鐘　難度：簡單", "北京 · 上海 · 广州"]
)
def test_rows_of_an_event_or_a_recipe_are_no_byline(line: str) -> None:
    found = meta(line)
    assert found is None or not found.author


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("撰文：家長教師會主席　麥淑儀女士", "麥淑儀"),
        ("文 / 林永康牧师", "林永康"),
        ("文｜财见记者 谭思敏 钱越", "谭思敏 钱越"),
        ("原作者：简·霍华德（Jane Howard）  译者：周晓岚", "简·霍华德"),
    ],
)
def test_the_author_is_the_name_without_title_desk_or_honorific(byline: str, author: str) -> None:
    text = f"一条真正的新闻标题在这里\n{byline}\n第一段正文，讲的是一件事情的来龙去脉，足够长。\n"
    assert clean(text).metadata.author == author


def test_every_reporter_after_the_role_is_an_author() -> None:
    found = meta("本网记者 潘思远 郑嘉禾")
    assert found is not None and found.author == "潘思远 郑嘉禾"
    assert found.credits == (("记者", "潘思远"), ("记者", "郑嘉禾"))
    found = meta("健康时报网 记者 赵琳 通讯员 杨晓雯")
    assert found is not None and found.author == "赵琳"


@pytest.mark.parametrize(
    ("line", "author"),
    [("楼主 街坊老王", "街坊老王"), ("樓主：小明開電車", "小明開電車"), ("> 作者：王小明", "王小明")],
)
def test_a_threads_poster_and_a_quoted_byline_name_the_author(line: str, author: str) -> None:
    found = meta(line)
    assert found is not None and found.author == author


def test_a_day_first_date_and_a_forum_floors_poster() -> None:
    from reader.core.folding import fold
    from reader.core.metadata import parse_meta_line

    line = "#1 吐露港釣魚佬 · 28/11/2025 22:14"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and (meta.author, meta.date) == ("吐露港釣魚佬", "2025-11-28 22:14")
    assert parse_meta_line("3/5/2025", "3/5/2025").date == "2025-05-03"  # type: ignore[union-attr]
    # (a month-first date is not read as a day-first one)
    assert parse_meta_line("11/28/2025", "11/28/2025") is None


def test_a_credits_name_after_its_holders_position() -> None:
    from reader.core.folding import fold
    from reader.core.metadata import parse_meta_line

    meta = parse_meta_line("文：總幹事 何詠詩", fold("文：總幹事 何詠詩"))
    assert meta is not None and meta.author == "何詠詩"
    assert "何詠詩" in {name for _, name in meta.credits}


def test_a_periods_label_is_no_outlet() -> None:
    from reader.core.folding import fold
    from reader.core.metadata import parse_meta_line

    line = "專案期間 2025/11/10 00:00 – 2025/12/12 23:59"
    meta = parse_meta_line(line, fold(line))
    # (and its first day is no date of the page: f6_15 dates itself by 上架日期)
    assert meta is not None and meta.source is None and meta.date is None
    one = parse_meta_line("城市记忆馆 2023年11月12日 20:30", fold("城市记忆馆 2023年11月12日 20:30"))
    assert one is not None and one.source == "城市记忆馆"


def test_a_month_of_a_year_alone_is_a_date() -> None:
    from reader.core.folding import fold
    from reader.core.metadata import parse_meta_line

    assert parse_meta_line("2025年10月", fold("2025年10月")).date == "2025-10"  # type: ignore[union-attr]
    assert parse_meta_line("2025年13月", fold("2025年13月")) is None
    text = (
        "# 2024-25年度報告：總幹事的話\n文：總幹事 何詠詩\n2025年10月\n"
        + "這是報告的第一段，講了一年來的工作，足夠長也足夠像正文。\n" * 2
    )
    assert clean(text).metadata.date == "2025-10"


@pytest.mark.parametrize(
    ("site", "menu"),
    [("連噏討論區", "吹水台　時事台　財經台　生活台　感情台"), ("小红书", "发现　发布　通知　我")],
)
def test_a_lone_site_name_over_a_row_of_menu_words_is_the_source(site: str, menu: str) -> None:
    body = (
        "这是正文的第一段，讲了一件事情的来龙去脉，足够长也足够像正文。\n"
        "这是正文的第二段，补充了更多的细节和各方的说法。\n"
    )
    text = f"{site}\n{menu}\n登录　｜　注册\n一篇文章的标题在这里出现\n2025-11-28 22:14\n{body}"
    assert clean(text).metadata.source == site
    # (a short line over prose is no masthead)
    assert clean(f"{site}\n{body}").metadata.source is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a date in a headline's note: no metadata line (the headline stays a headline)
        ("第73X線 路線及班次調整（2025年12月7日起生效）", None),
        # a number's label and its code name no one
        ("通告編號 PN-2025-1187　發出日期：2025年11月28日", MetaLine("date", date="2025-11-28")),
        ("本词条由“知源百科·饮食文化专家组”认证 · 最近更新：2025-11-21", MetaLine("date", date="2025-11-21")),
    ],
)
def test_dates_that_name_no_author_nor_outlet(line: str, expected: MetaLine | None) -> None:
    assert parse_meta_line(line, fold(line)) == expected


def test_words_too_long_for_a_name_before_a_name_describe_the_person() -> None:
    line = "文：第三代店主 鄧嘉欣"
    found = parse_meta_line(line, fold(line))
    assert found is not None and found.author == "鄧嘉欣"
    # a desk and its initials stay whole
    desk = "文：新聞編輯部 HYZ"
    found = parse_meta_line(desk, fold(desk))
    assert found is None or found.author != "HYZ"


def test_a_reference_code_is_no_one_and_no_outlet() -> None:
    from reader.core.cleaning import clean

    body = "第一段正文，讲的是一件事情的来龙去脉，足够长，也足够像一段真正的文字。\n第二段正文，补充了更多的细节。\n"
    result = clean("一篇文章的标题在这里\n课程编号：GE21076\n" + body)
    assert result.metadata.author is None
    assert "课程编号：GE21076" in result.paragraphs
    meta = clean("一篇通告的標題在這裡\n通告編號 HB/MO/2025/214\u3000發出日期：2025年11月27日\n" + body).metadata
    assert (meta.source, meta.author, meta.date) == (None, None, "2025-11-27")
    # (a name after the same label shape is still a name)
    assert clean("一篇文章的标题在这里\n主讲：王小明\n" + body).metadata.author == "王小明"


def test_markdown_bold_around_a_name_is_styling_not_the_name() -> None:
    line = "**周小满** · 2025-11-19 · Excel函数 · 阅读 12.4k"
    found = parse_meta_line(line, fold(line))
    assert found is not None and found.author == "周小满" and found.credits == (("作者", "周小满"),)


def test_the_bylines_own_date_wins_over_a_date_alone_above_it() -> None:
    body = (
        "这是正文的第一段，讲了一件事情的来龙去脉，足够长也足够像正文。\n"
        "这是正文的第二段，补充了更多的细节和各方的说法。\n"
    )
    text = "# 一篇教程的标题在这里出现\n> 保存于 2025-11-28 21:14\n\n**周小满** · 2025-11-19 · Excel函数\n" + body
    meta = clean(text).metadata
    assert (meta.author, meta.date) == ("周小满", "2025-11-19")


def test_a_word_no_name_is_shaped_like_before_a_name_is_the_persons_role() -> None:
    found = parse_meta_line("文／店主 阿棠", fold("文／店主 阿棠"))
    assert found is not None and found.author == "阿棠" and found.credits == (("文", "阿棠"),)
    # two names stay two names
    two = parse_meta_line("文／李明 王芳", fold("文／李明 王芳"))
    assert two is not None and two.author == "李明 王芳"


@pytest.mark.parametrize(("line", "name"), [("專欄作家：老馬識途", "老馬識途"), ("特约作者：林一", "林一")])
def test_a_columns_regular_writer_is_the_author(line: str, name: str) -> None:
    found = parse_meta_line(line, fold(line))
    assert found is not None and found.author == name


@pytest.mark.parametrize(
    ("line", "date"),
    [("2025年11月刊 · 目的地", "2025年11月刊"), ("2025年11月刊", "2025年11月刊"), ("2025年第6期", "2025年第6期")],
)
def test_a_magazines_issue_is_its_date_as_written(line: str, date: str) -> None:
    found = parse_meta_line(line, fold(line))
    assert found is not None and found.date == date and found.source is None
    assert parse_meta_line("2025年13月刊", fold("2025年13月刊")) is None


def test_a_photographers_credit_after_the_reporter_is_kept() -> None:
    line = "記者 何穎嵐\u3000攝影 梁子健"
    found = parse_meta_line(line, fold(line))
    assert found is not None and found.author == "何穎嵐"
    assert found.credits == (("記者", "何穎嵐"), ("攝影", "梁子健"))


def test_a_row_of_fields_apart_by_wide_spaces_gives_its_source_author_and_date() -> None:
    line = "来源：云溪县融媒体中心　作者：融媒记者 覃晓雯 通讯员 罗立根　发布时间：2025-11-28 17:46　浏览次数：862"
    found = meta(line)
    assert found is not None
    assert (found.source, found.author, found.date) == ("云溪县融媒体中心", "覃晓雯", "2025-11-28 17:46")
    assert found.fielded and ("通讯员", "罗立根") in found.credits
    # (a row of fields without a 作者 still gives its date)
    found = meta("发布单位：公关室\u3000发布日期：114-11-26\u3000瀏覽人次：1,204")
    assert found is not None and found.date == "114-11-26" and found.author is None


def test_a_correspondent_is_credited_never_the_author() -> None:
    # One convention in every shape of line: the reporter wrote the story; a
    # correspondent (通讯员) is credited with it.
    for line, reporter, other in (
        ("本报记者 叶晨曦\u3000通讯员 周立新", "叶晨曦", "周立新"),
        ("本报记者 钟立平 通讯员 郭晗", "钟立平", "郭晗"),
        # (the correspondent named first on a line of its own)
        ("通讯员 彭子墨 记者 罗静怡", "罗静怡", "彭子墨"),
        ("本报通讯员\u3000彭子墨\u3000本报记者\u3000罗静怡 李华明", "罗静怡 李华明", "彭子墨"),
    ):
        found = meta(line)
        assert found is not None and found.author == reporter, line
        assert other in {name for _, name in found.credits}, line
    found = meta("2025-11-25 10:18\u3000来源：法治前沿网\u3000记者 宁若涵 通讯员 汤维")
    assert found is not None and found.author == "宁若涵"
    found = meta("（记者 毛晓琳 通讯员 吴卫东）\u3000责任编辑：郑丽")
    assert found is not None and found.author == "毛晓琳"


def test_a_newspaper_page_label_beside_the_date_is_no_source() -> None:
    found = meta("2026年11月27日 星期五\u3000第03版")
    assert found is not None and found.date == "2026-11-27" and found.source is None


def test_a_role_and_a_name_after_the_dates_dot_is_the_byline() -> None:
    found = meta("2025-12-01 · 店长 阿木")
    assert found is not None and found.author == "阿木" and found.date == "2025-12-01"
    # (other words there are no one's: the date stays)
    found = meta("编辑于 2024-03-09 22:14 · IP 属地北京")
    assert found is not None and found.date is not None and found.author is None


def test_an_answers_writer_is_its_poster_and_the_asker_is_not() -> None:
    found = meta("答主：灰色鸚鵡\u30002025-11-28 21:00")
    assert found is not None and found.author == "灰色鸚鵡" and found.date == "2025-11-28 21:00"
    # (on a question's page the answer's writer is the author: f2_07)
    found = meta("提問者：小熊軟糖\u3000｜\u30002 個回答\u3000｜\u3000瀏覽 4,312")
    assert found is None or found.author is None


def test_a_role_the_tables_do_not_know_credits_a_latin_name_too() -> None:
    line = "文：何嘉欣 Karen Ho｜相片：Jason Lau"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None
    assert meta.credits == (("文", "何嘉欣 Karen Ho"), ("相片", "Jason Lau"))
    # (a lowercase word after the label is no one's name)
    line = "文：何嘉欣 Karen Ho｜相片：Jason lau"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.credits == (("文", "何嘉欣 Karen Ho"),)


def test_set19_credit_and_date_shapes() -> None:
    # (a column's label after the date is no source)
    found = meta("2026.11.21　项目动态")
    assert found is not None and found.date == "2026-11-21" and found.source is None
    # (a role the tables do not know, a name, a note on who they are: a credit)
    found = meta("志愿者：卜文静（第九期支教队）")
    assert found is not None and found.author == "卜文静"
    # (a name in the brackets is the person's own: a salesman's row, no credit)
    assert meta("销售顾问：康师傅（康立军）") is None
    # (after a wide gap a slash is a colon: the photographer is a credit)
    found = meta("文／吳振宇（領騎）　照片／林冠廷")
    assert found is not None and found.credits == (("文", "吳振宇"), ("照片", "林冠廷"))
    # (a slash alone between two words is no credit)
    assert meta("上海／北京") is None
    # (a blog's post footer names who posted it)
    found = meta("由 肥叔 發佈於 上午10:48")
    assert found is not None and found.author == "肥叔"
    assert meta("由 本報 發佈於 上午10:48 的消息指出，明天起調整。") is None


def test_a_byline_under_the_date_line_is_no_field_of_the_box_under_it() -> None:
    page = (
        "幼童軍團冬季露營：第一次自己搭營，第一次煮飯燶晒\n發佈日期：2026年11月25日\n撰文：歐陽慧敏（幼童軍團長）\n\n"
        "日期：2026年11月21日至22日（兩日一夜）\n地點：西貢北潭涌渡假營\n人數：幼童軍18人、領袖及服務員6人\n\n"
        "今年的冬令營比往年早了兩個星期，原因很簡單，去年十二月那次實在太凍了，大家都記得。\n"
        "營期第一項是分組搭營，四個小隊各自領一個四人營幕，領袖只在旁邊看著，不出手幫忙。\n"
    )
    cleaned = clean(page)
    assert cleaned.metadata.author == "歐陽慧敏"
    assert "地點：西貢北潭涌渡假營" in cleaned.paragraphs


@pytest.mark.parametrize(
    ("line", "author", "date", "credits"),
    [
        # (a section's label leads the row; the writer is after the credit mark)
        (
            "现场报道 ｜ 2026.11.25 ｜ 文：苏小满　摄影：阿郁",
            "苏小满",
            "2026-11-25",
            (("文", "苏小满"), ("摄影", "阿郁")),
        ),
        # (a column's label, the date, a role word and the pen name)
        ("主人手记 / 2026年11月22日 / 院主 老柏", "老柏", "2026-11-22", (("院主", "老柏"),)),
        # (a club, its committee, the writer, the date and a counter)
        (
            "云翼航模俱乐部 · 安全委员会 · 文/杜思远 · 2026-11-26 · 阅读 2,418",
            "杜思远",
            "2026-11-26",
            (("文", "杜思远"),),
        ),
    ],
)
def test_a_byline_rows_writer_is_after_the_credit_mark_not_its_label(
    line: str, author: str, date: str, credits: tuple[tuple[str, str], ...]
) -> None:
    found = meta(line)
    assert found is not None
    assert (found.author, found.date, found.credits, found.source) == (author, date, credits, None)


def test_a_row_without_a_credited_writer_keeps_its_reading() -> None:
    # (a name and a dot before the date is who wrote it; an outlet and a credit keep their source)
    found = meta("廚房裡的小萱 · 2024-01-21")
    assert found is not None and found.author == "廚房裡的小萱"
    found = meta("**新城周刊** · 文 / 于小渡 · 2025-11-19")
    assert found is not None and (found.source, found.author) == ("新城周刊", "于小渡")
    # (two dated parts, or a part too long for a label: no byline row, the credit is not read from it)
    found = meta("现场报道 ｜ 2026.11.25 ｜ 2026.11.26 ｜ 文：苏小满")
    assert found is not None and found.author != "苏小满"
    assert meta("热门推荐 ｜ 2026.11.25 ｜ 这是一个很长的标题文字不是标签而是句子吧 ｜ 文：苏小满") is None
    # (a place and a word, or a verb and a name, is no role and a name; an editor is no writer)
    for line in (
        "国际 ｜ 2026.11.25 ｜ 北京 晴天",
        "社会 ｜ 2026年11月22日 ｜ 阅读 老张",
        "科技 · 2026-11-25 · 编辑 小李",
    ):
        found = meta(line)
        assert found is not None and found.author not in ("晴天", "老张", "小李")
    found = meta("店铺日记 · 2025-12-01 · 店长 阿木")
    assert found is not None and (found.author, found.credits) == ("阿木", (("店长", "阿木"),))


def test_writers_between_a_credit_and_the_next_role_are_all_authors() -> None:
    found = meta("（文：贾明远　宁筱　摄影：邵其东）")
    assert found is not None and found.author == "贾明远 宁筱"
    assert found.credits == (("文", "贾明远"), ("文", "宁筱"), ("摄影", "邵其东"))
    # (no role after them: the word after a gap may be anything, the writer is one)
    found = meta("作者：张三　李四")
    assert found is not None and found.author == "张三"
    # (a word no name is shaped like between them: the writer is one)
    found = meta("作者：张三　北京市　摄影：李四")
    assert found is not None and found.author == "张三"


def test_a_row_of_fields_one_space_apart_gives_its_republic_date_as_written() -> None:
    # (the page's gaps came out narrow; no date line reads a year of the Republic)
    row = meta("發布單位：社會課 發布日期：116-09-14 點閱次數：2,031")
    assert row is not None and row.date == "116-09-14"
    assert row.author is None


def test_an_office_section_ending_in_ke_is_no_author() -> None:
    from reader.core.person_values import person_value

    assert person_value("嘉義縣竹崎鄉公所社會課") is None
    assert person_value("林文課") == "林文課"  # (a name-shaped word stays a person)


def test_a_rows_date_with_the_bare_word_for_publishing_it_keeps_the_rows_credits() -> None:
    # (2028年6月16日 發佈 is the row's date part: the writer and the photographer after it are read)
    found = meta("2027年3月8日 發佈　｜　撰文：陳家怡　｜　攝影：梁志明")
    assert found is not None
    assert (found.author, found.date) == ("陳家怡", "2027-03-08")
    assert ("攝影", "梁志明") in found.credits
    # (a date and a word of another kind is no date part: 2027年3月8日 晴)
    found = meta("2027年3月8日 晴　｜　撰文：陳家怡　｜　攝影：梁志明")
    assert found is None or ("攝影", "梁志明") not in found.credits


def test_a_labelled_byline_beats_the_name_an_account_row_sets_beside_its_outlet() -> None:
    """濠江日報　｜　澳聞　｜　2026-05-25 reads as outlet, name, date: the name is
    the section's as often as a writer's, so a line naming its writer by a
    role (記者 葉知秋) wins."""
    story = "今年的巡遊比往年更熱鬧，街坊一早就在街口等候，舞龍隊從魚市場出發，沿途鞭炮聲不斷，遊客也跟著走了一整條街。"
    row = "嶺南晨報　｜　體育　｜　2028-05-25　週一"
    headed = "\n\n".join([row, "老街舞龍隊重出江湖　八十歲龍頭傳棒兒子", "記者 葉知秋", story, story[::-1]])
    assert clean(headed).metadata.author == "葉知秋"


def test_a_row_of_credits_set_whole_in_brackets_gives_its_names_even_shaped_like_a_caption() -> None:
    """（圖文／田園　責任編輯／吳雅琪） under the story reads like a photo's credit,
    but a caption credits no editor: the row is the piece's credits."""
    story = "典禮最後，十位得主在稻草編成的神農像前合影，不少人聽得紅了眼眶，主辦單位也宣布明年將擴大舉辦。"
    text = "\n\n".join(["第十二屆神農獎揭曉", story, story[::-1], "（圖文／林田園　責任編輯／吳雅琪）"])
    credits = clean(text).metadata.credits
    assert ("責任編輯", "吳雅琪") in credits
    assert "（圖文／林田園　責任編輯／吳雅琪）" not in clean(text).paragraphs
