"""Metadata by shape on synthetic pages (fifth pass of issue 9, point 3):
a source is publisher-shaped (no control's word, no department of the site
the page names, no person in a role), an author is person-shaped (a unit is
no author), and the page's date is the one at its head, not one inside a
headline's or a sentence's words."""

from __future__ import annotations

import pytest

from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.metadata import parse_meta_line
from reader.core.person_values import is_unit, person_value, role_and_name
from reader.core.publisher_names import department, publisher_shaped

BODY = (
    "这是正文的第一段，讲了一件事情的来龙去脉，足够长也足够像正文。\n"
    "第二段接着说下去，又补充了几个细节和一位受访者的说法，也足够长。\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "关于2026年1月5日起调整图书馆开放时间的通知",
        "我校于2025年9月1日正式启用新校区",
        "本店将于2025年3月8日起暂停营业",
    ],
)
def test_a_date_inside_a_headlines_words_makes_no_metadata_line(line: str) -> None:
    assert parse_meta_line(line, fold(line)) is None


@pytest.mark.parametrize("line", ["发布于 2025年3月8日", "城南日报 2025年3月8日", "2025年3月8日 城南日报"])
def test_a_date_set_apart_by_a_space_is_still_a_date_line(line: str) -> None:
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.date == "2025-03-08"


def test_a_date_inside_the_headline_is_not_the_pages_date() -> None:
    page = (
        "城南公交服务网\n首页　线路查询　公告　联系我们\n"
        "关于2026年1月5日起调整部分公交线路的公告\n发布时间：2025年12月20日\n" + BODY
    )
    cleaned = clean(page)
    assert cleaned.metadata.date == "2025-12-20"
    assert cleaned.metadata.title == "关于2026年1月5日起调整部分公交线路的公告"


@pytest.mark.parametrize("value", ["宣传组", "推广股", "客服部", "品牌中心", "教务处", "综合办公室"])
def test_a_unit_is_no_author(value: str) -> None:
    assert is_unit(value)
    assert person_value(value) is None


@pytest.mark.parametrize("value", ["李文科", "王小明", "阿澄", "Amy Lin"])
def test_a_persons_name_is_no_unit(value: str) -> None:
    assert not is_unit(value)
    assert person_value(value) == value


def test_a_unit_beside_the_date_is_not_the_author() -> None:
    page = "# 实验中学合唱团获市赛金奖\n校团委 宣传组 2025年11月26日\n" + BODY + "© 2025 实验中学\n"
    page2 = "# 实验中学合唱团获市赛金奖\n宣传组 2025年11月26日\n" + BODY + "© 2025 实验中学\n"
    for text in (page, page2):
        meta = clean(text).metadata
        assert meta.author is None
        assert meta.source == "实验中学"
        assert meta.date == "2025-11-26"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("志愿者 小蔡", ("志愿者", "小蔡")),
        ("社工督导 林佩蓉", ("社工督导", "林佩蓉")),
        ("班主任 李小红", ("班主任", "李小红")),
        ("城南日报 王小明", None),
        ("李文科 王小明", None),
    ],
)
def test_a_role_then_a_name(value: str, expected: tuple[str, str] | None) -> None:
    assert role_and_name(value) == expected


def test_a_person_in_a_role_beside_the_date_is_the_author_not_the_source() -> None:
    page = (
        "爪爪之家 · 城南流浪猫救助站\n首页 / 救助故事 / 待领养 / 关于我们\n"
        "被困在地下车库的三花猫，终于有了家\n志愿者 小蔡　2025.10.02\n" + BODY + "© 2025 爪爪之家\n"
    )
    meta = clean(page).metadata
    assert (meta.source, meta.author, meta.date) == ("爪爪之家", "小蔡", "2025-10-02")
    assert ("志愿者", "小蔡") in meta.credits


@pytest.mark.parametrize("name", ["登录", "註冊", "Sign in", "首页", "志愿者 小蔡", "班主任 李小红"])
def test_a_controls_word_is_no_publisher(name: str) -> None:
    assert not publisher_shaped(name)


def test_a_row_of_login_links_is_no_masthead() -> None:
    page = (
        "[登录](https://bbs.example/login) | [注册](https://bbs.example/reg)\n"
        "[首页](https://bbs.example/) > [经验](https://bbs.example/f/1)\n\n"
        "# 三年备考的一点心得和踩过的坑\n\n"
        "[山间小鹿](https://bbs.example/u/1) · 2025-10-18 21:07\n\n" + BODY + "\n© 2025 学长驿站 · 关于我们\n"
    )
    meta = clean(page).metadata
    assert meta.source == "学长驿站"
    assert meta.author == "山间小鹿"


def test_a_row_of_the_publishers_departments_is_no_masthead() -> None:
    page = (
        "信用部｜供銷部｜推廣股｜會員專區\n西港區農會　Xigang Farmers' Association\n"
        "首頁　農會簡介　最新消息　聯絡我們\n最新消息 > 農會新聞\n"
        "西港芝麻評鑑出爐　特等獎每台斤破百元\n發布單位：推廣股　發布日期：2025-10-14\n" + BODY
    )
    meta = clean(page).metadata
    assert meta.source == "西港區農會"
    assert meta.author is None
    assert meta.date == "2025-10-14"


@pytest.mark.parametrize(
    ("field", "site", "expected"),
    [
        ("客运部", "江淮铁路客运服务网", True),
        ("品牌中心", "华屿地产", True),
        ("阅读推广部", "云州市图书馆", True),
        ("教育部", "南岛新闻网", False),
        ("商务部", "财经快报", False),
        ("商务部", "华屿地产", False),
        ("宣传部", "城南日报", False),
        ("竞赛部", "十堰市钓鱼协会", True),
        ("品牌部", "华屿地产", True),
        ("法務部", "南島新聞網", False),
        ("中宣部", "城南日报", False),
    ],
)
def test_a_department_of_the_site_the_page_names(field: str, site: str, expected: bool) -> None:
    assert department(field, site) is expected


def test_a_field_naming_a_department_gives_way_to_the_site() -> None:
    page = (
        "城南公交服务网\n首页　线路查询　公告　联系我们\n"
        "关于调整部分公交线路首末班时间的公告\n发布时间：2025年12月20日　来源：公交部\n" + BODY
    )
    assert clean(page).metadata.source == "城南公交服务网"


@pytest.mark.parametrize(
    ("heading", "date"),
    [("教会月刊　第318期（2025年10月5日）", "2025-10-05"), ("校园周报 第12期 (2025-09-14)", "2025-09-14")],
)
def test_an_issues_heading_dates_the_page(heading: str, date: str) -> None:
    page = "恩光堂 Grace Light Church\n主頁　關於我們　聚會時間　聯絡我們\n" + heading + "\n" + BODY
    assert clean(page).metadata.date == date


def test_a_bracket_that_says_more_than_a_date_does_not_date_the_page() -> None:
    page = "恩光堂 Grace Light Church\n主頁　關於我們\n# 巴士路線調整\n公告：路線調整（2025年12月7日起生效）\n" + BODY
    assert clean(page).metadata.date is None


@pytest.mark.parametrize("bar", ["今天是：2025年11月30日 星期日", "2025年11月30日 星期日　农历十月十一"])
def test_a_top_bars_today_gives_way_to_the_date_under_the_headline(bar: str) -> None:
    page = (
        bar + "\n城南日报网\n首页　新闻　体育　财经\n城南新区首批人才公寓开始配租\n"
        "发布时间：2025-11-27 09:10　来源：城南日报\n" + BODY
    )
    assert clean(page).metadata.date == "2025-11-27 09:10"


def test_a_date_above_the_headline_stands_when_none_is_under_it() -> None:
    page = "城南日报网\n首页　新闻　体育　财经\n2025-11-27｜社会\n城南新区首批人才公寓开始配租\n" + BODY
    assert clean(page).metadata.date == "2025-11-27"


def test_a_lone_name_under_a_row_of_account_controls_names_the_site() -> None:
    page = (
        "登入｜註冊｜English\n南港社區大學\n首頁　課程　活動　聯絡我們\n社大秋季成果展熱鬧登場\n"
        "發布者：教務組　發布日期：2025-11-20\n" + BODY
    )
    meta = clean(page).metadata
    assert (meta.source, meta.author, meta.date) == ("南港社區大學", None, "2025-11-20")


@pytest.mark.parametrize("line", ["2025年10月30日 · 德育处", "德育处 · 2025年10月30日"])
def test_a_unit_beside_the_date_and_a_dot_is_no_author(line: str) -> None:
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.date == "2025-10-30"
    assert meta.author is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("志愿者 小蔡", "小蔡"),
        ("班主任 李小红", "李小红"),
        ("校团委宣传部", None),
        # a whole label before its colon, not 文 and the rest; the name in brackets after a nickname
        ("文章作者：阿達（邱建達）｜ 外野看台上的人 版主", "邱建達"),
        ("文章作者：王小明", "王小明"),
    ],
)
def test_the_markups_author_without_the_role_and_never_a_unit(value: str, expected: str | None) -> None:
    from reader.core.person_values import clean_hint_author

    assert clean_hint_author(value) == expected


# Sixth pass: professional titles, posters, departments of a named parent, section labels.


@pytest.mark.parametrize(
    ("line", "author"),
    [("林嘉豪 律師　2025年3月8日", "林嘉豪"), ("周敏 医师 2025-03-08", "周敏"), ("陈立 教授　2025.03.08", "陈立")],
)
def test_a_name_then_a_professional_title_before_a_date_is_a_byline(line: str, author: str) -> None:
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.author == author and meta.source is None


@pytest.mark.parametrize(("line", "author"), [("文／造型師 Mia", "Mia"), ("文／營養師 吳小青", "吳小青")])
def test_a_credits_role_before_the_name_is_dropped(line: str, author: str) -> None:
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.author == author
    assert all(name == author for _, name in meta.credits)


@pytest.mark.parametrize(
    "line", ["山风小屋　发布于 2025-03-08 20:15　杭州·西湖", "晚霞收集者　发表于 2025-03-08 09:10　成都"]
)
def test_a_name_then_a_posting_label_is_who_posted_it(line: str) -> None:
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.author == line.split()[0].split("　")[0] and meta.source is None


def test_an_outlet_then_a_posting_label_is_no_poster() -> None:
    line = "城南日报 发布于 2025-03-08"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.author is None


def test_a_date_then_its_label_and_counters_is_a_date_line() -> None:
    line = "2025-03-08 更新 · 时长 08:12 · 已学 1.2万"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.date == "2025-03-08"


@pytest.mark.parametrize(
    ("field", "named", "expected"),
    [
        ("城南商业银行零售金融部", "城南商业银行", True),
        ("城南商业银行", "城南商业银行", False),
        ("新华社", "城南商业银行", False),
    ],
)
def test_a_named_parents_unit_is_its_department(field: str, named: str, expected: bool) -> None:
    assert department(field, named) is expected


def test_a_category_the_breadcrumb_ends_with_is_no_source() -> None:
    page = (
        "山茶花攝影工作室\n首頁 作品 部落格 聯絡\n部落格 / 拍攝小撇步\n\n"
        "冬天拍外景的五個提醒，讓照片更有溫度\n2025.03.08　拍攝小撇步\n文／攝影師 Leo\n\n" + BODY
    )
    meta = clean(page).metadata
    assert meta.source == "山茶花攝影工作室"
    assert meta.author == "Leo"


def test_a_repeated_han_name_beats_a_latin_copyright_line() -> None:
    page = (
        "温哥华 12°C 多云　2025年3月8日 星期六\n北岸华人网\n首页 本地 移民 社区 专栏\n\n"
        "税务专栏｜报税季前要准备的三份文件\n孙立 会计师　2025年3月8日\n\n" + BODY + "订阅北岸华人网每周电子报\n"
        "© 2025 North Shore Chinese Net. All rights reserved.\n"
    )
    meta = clean(page).metadata
    assert meta.source == "北岸华人网"
    assert meta.author == "孙立"


# Seventh pass: a role and a name after the date, the site's name where the page repeats it.


@pytest.mark.parametrize(
    ("line", "author"), [("2025-03-08　摄影师 阿杰", "阿杰"), ("2025年3月8日　志愿者 阿澄", "阿澄")]
)
def test_a_role_and_a_name_after_the_date_is_a_byline(line: str, author: str) -> None:
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.author == author and meta.source is None
    # (an outlet after the date stays an outlet)
    other = parse_meta_line("2025-03-08　江南周末", fold("2025-03-08　江南周末"))
    assert other is not None and other.author is None and other.source == "江南周末"


@pytest.mark.parametrize("bar", ["字級：小 中 大　高對比　手語版", "全国服务热线：0551-6xxx xxxx　在线报名　学员登录"])
def test_a_lone_name_over_the_menu_under_a_bar_that_names_no_site_is_the_site(bar: str) -> None:
    page = (
        f"{bar}\n青禾社区服务中心\n首页｜关于我们｜中心动态｜服务项目｜联系我们\n"
        "社区长者食堂本周起延长供餐时间\n发布日期：2025-03-08\n" + BODY
    )
    assert clean(page).metadata.source == "青禾社区服务中心"


def test_a_menus_own_item_is_no_site_name() -> None:
    page = (
        "* [首頁](https://example.org/)\n* [關於我們](https://example.org/about)\n"
        "* [年報及刊物](https://example.org/pub)\n* [English](https://example.org/en/)\n\n"
        "主頁 › 年報及刊物 › 2024-25年度報告\n\n# 2024-25年度報告：總幹事的話\n\n" + BODY
    )
    assert clean(page).metadata.source is None


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("撰文：關卓霖　數據整理：何詠詩", ("數據整理", "何詠詩")),
        ("文：蔡明哲（總幹事）　手語影片：黃素梅", ("手語影片", "黃素梅")),
    ],
)
def test_a_role_the_tables_do_not_know_after_a_wide_gap_credits_its_name(line: str, credit: tuple[str, str]) -> None:
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and credit in meta.credits and meta.author == meta.credits[0][1]
    # (a counter or a unit's label after the gap names no one)
    for other in ("作者：张三　阅读：5621", "作者：张三　发布单位：城建局"):
        found = parse_meta_line(other, fold(other))
        assert found is not None and found.credits == (("作者", "张三"),)


def test_a_row_of_links_into_the_site_is_a_menu_not_a_masthead() -> None:
    page = "[发现](https://example.fm/discover) · [播客](https://example.fm/podcasts) · [登录](https://example.fm/login)\n\n"
    page += "# Vol.87 在县城开一家独立书店，能撑多久？\n\n2025-03-08 · 68分钟\n\n" + BODY
    assert clean(page).metadata.source is None
    # (a name linking to the home page, then the menu, is the site's masthead)
    home = page.replace("[发现](https://example.fm/discover)", "[声波电台](https://example.fm/)")
    assert clean(home).metadata.source == "声波电台"


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        ("市井雜談｜文／鄭雅雯｜2027年4月2日", "鄭雅雯", "2027-04-02"),
        ("周末随笔|文/罗嘉宁|2027-05-09", "罗嘉宁", "2027-05-09"),
    ],
)
def test_a_columns_label_and_a_bar_before_the_writers_slash_credit(line: str, author: str, date: str) -> None:
    meta = parse_meta_line(line, fold(line))
    assert meta is not None
    assert (meta.author, meta.source, meta.date) == (author, None, date)


@pytest.mark.parametrize(
    "bar",
    [
        "2027年3月1日 星期一　農曆正月十二",
        "2027年12月6日 星期一 丁未年冬月初八",
        "2027年2月5日 农历廿九",
        "2028年2月2日 星期三 腊月二十五",
        "2028年2月3日 農曆臘月二十六",
    ],
)
def test_the_lunar_calendars_day_beside_a_date_names_no_outlet(bar: str) -> None:
    meta = parse_meta_line(bar, fold(bar))
    assert meta is not None
    assert meta.source is None


def test_a_columns_byline_under_a_lunar_date_bar_keeps_the_mastheads_name() -> None:
    page = (
        "濠江晨報 Macau Morning\n首頁　澳聞　副刊　專欄\n2027年3月1日 星期一　農曆正月十二\n"
        "副刊 > 專欄 > 市井雜談\n舊區裡的修鞋檔\n市井雜談｜文／鄭雅雯｜2027年3月1日\n" + BODY
    )
    metadata = clean(page).metadata
    assert (metadata.author, metadata.date) == ("鄭雅雯", "2027-03-01")
    assert metadata.source != "文／鄭雅雯" and metadata.source != "農曆正月十二"


@pytest.mark.parametrize(
    ("bar", "name"),
    [
        ("Mandy 黃 · 2027年5月8日 · 閱讀時間約 4 分鐘", "Mandy 黃"),
        ("Kelly 歐陽 · 2027年5月8日 · 閱讀約 3 分鐘", "Kelly 歐陽"),
    ],
)
def test_a_latin_given_name_and_a_han_surname_are_one_writer_and_no_outlet(bar: str, name: str) -> None:
    meta = parse_meta_line(bar, fold(bar))
    assert meta is not None
    assert (meta.author, meta.source) == (name, None)
