"""Headline scoring against page furniture by its shape: a breadcrumb led by
a location prompt, a promo row with a call to action, a notice that gives a
number, an official notice's headline with a date in it, an issue line."""

from __future__ import annotations

import pytest

from reader.core.cleaning import clean
from reader.core.title_shapes import (
    gives_number,
    is_date_widget,
    is_figure_line,
    is_issue_line,
    is_navigation_path,
    is_notice_headline,
    is_page_furniture,
    is_promo_row,
    is_search_box,
)

BODY = (
    "第一段正文，讲的是一件事情的来龙去脉，足够长，也有细节。\n"
    "第二段正文，补充了更多的细节和各方的说法，还有数字。\n"
    "第三段正文，给出了结论和下一步的安排，到此为止。\n"
)


def _title_and_kept(text: str) -> tuple[str | None, tuple[str, ...]]:
    result = clean(text)
    return result.metadata.title, result.paragraphs


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("您现在的位置：首页 >> 学院新闻", True),
        ("当前位置：首页 > 通知公告", True),
        ("首页 » 社区 » 活动", True),
        ("首页>新闻>本地", True),
        ("首页 >> 新闻", True),
        ("为什么说AI>人类？", False),
        ("小区加装电梯　三年后终于通过", False),
    ],
)
def test_navigation_path_by_shape(line: str, expected: bool) -> None:
    assert is_navigation_path(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("认准官方售票渠道　手机客户端下载", True),
        ("扫码关注公众号  领取电子优惠券", True),
        ("老街的早市　一碗豆浆的温度", False),
        ("点击这里查看全文", False),  # one item: no row
    ],
)
def test_promo_row_is_two_items_one_a_call_to_action(line: str, expected: bool) -> None:
    assert is_promo_row(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("捐款专户已开通 账号：6222 0210 0123", True),
        ("预约热线：020-8888 6666", True),
        ("半决赛比分：3-1", False),
        ("第2148期", False),
    ],
)
def test_a_number_to_call_or_pay_to(line: str, expected: bool) -> None:
    assert gives_number(line) is expected


def test_notice_and_issue_shapes() -> None:
    assert is_notice_headline("关于2026年1月5日起调整校车线路的通知")
    assert is_notice_headline("關於暫停辦理部分業務的公告")
    assert not is_notice_headline("关于这座城，我想说的事")
    assert is_issue_line("社区通讯　第37期（2026年1月4日）")
    assert not is_issue_line("第37期社区通讯")  # no date


def test_a_breadcrumb_with_a_location_prompt_is_no_headline() -> None:
    text = (
        "青禾中学\n"
        "您现在的位置：首页 >> 校园动态\n"
        "初二学生自制气象站　连续记录校园天气一百天\n"
        "发布日期：2026年1月6日　浏览次数：311\n"
        "\n" + BODY
    )
    title, kept = _title_and_kept(text)
    assert title == "初二学生自制气象站　连续记录校园天气一百天"
    assert not any("您现在的位置" in p for p in kept)


def test_a_promo_row_over_the_headline_is_no_headline() -> None:
    text = (
        "滨江公交集团\n"
        "认准官方售票渠道　手机客户端下载\n"
        "夜间公交线路调整　新增三条通宵线\n"
        "发布时间：2026年1月3日　来源：运营部\n"
        "\n" + BODY
    )
    title, kept = _title_and_kept(text)
    assert title == "夜间公交线路调整　新增三条通宵线"
    assert not any("客户端下载" in p for p in kept)


def test_an_official_notice_headline_with_a_date_inside_is_the_title() -> None:
    text = (
        "滨江公交集团\n"
        "认准官方售票渠道　手机客户端下载\n"
        "关于2026年1月5日起调整部分夜间公交线路的通知\n"
        "发布时间：2026年1月3日　来源：运营部\n"
        "\n" + BODY
    )
    result = clean(text)
    assert result.metadata.title == "关于2026年1月5日起调整部分夜间公交线路的通知"
    # (the headline's date is no page date: the date line under it is)
    assert result.metadata.date is not None and "01-03" in result.metadata.date


def test_a_notice_with_a_number_loses_to_the_issue_line() -> None:
    text = (
        "晨光堂\n网上奉献已开通 转账账号：7654321\n晨光通讯　第312期（2026年1月4日）\n\n牧者的话：新年的祝福\n" + BODY
    )
    title, kept = _title_and_kept(text)
    assert title == "晨光通讯　第312期（2026年1月4日）"
    assert not any("7654321" in p for p in kept)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("已筹得 HK$ 356,200", True),
        ("累计访问 3,204,118", True),
        ("2026年社区花园计划招募100名义工", False),
    ],
)
def test_a_counter_or_an_amount_is_a_figure_line(line: str, expected: bool) -> None:
    assert is_figure_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("请输入关键词/作者　搜索", True),
        ("即時查詢：請輸入路線號碼", True),
        ("搜索引擎如何改变了我们的阅读", False),
        ("城市图书馆夜间开放一年记", False),
    ],
)
def test_a_search_box_by_shape(line: str, expected: bool) -> None:
    assert is_search_box(line) is expected


def test_an_issue_line_loses_to_a_headline_with_its_byline() -> None:
    text = (
        "明德小学\n"
        "家校通讯　第45期（2026年1月5日）\n"
        "义卖会回顾：两百位家长一起摆摊，筹得善款十二万元\n"
        "撰文：家长会主席　何淑仪\n" + BODY
    )
    assert clean(text).metadata.title == "义卖会回顾：两百位家长一起摆摊，筹得善款十二万元"


def test_a_search_box_over_the_headline_is_no_headline() -> None:
    text = "青岚书店\n请输入书名或作者关键词　搜索\n读书会第三期：重读汪曾祺\n" + BODY
    assert clean(text).metadata.title == "读书会第三期：重读汪曾祺"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("登录 | 注册 | 繁體 | English", True),
        ("热门标签：年终奖 个税 社保 公积金", True),
        ("【快讯】东线地铁延长运营　【快讯】寒潮蓝色预警", True),
        ("首页 > 新闻 > 本地", True),
        ("苏州｜藏在老巷子里的面馆，一碗面吃出了外婆味", False),
        ("【快讯】东线地铁今起延长运营至凌晨一点", False),
    ],
)
def test_page_furniture_by_shape(line: str, expected: bool) -> None:
    assert is_page_furniture(line) is expected


def test_a_date_widget_with_its_weekday() -> None:
    assert is_date_widget("2026年1月5日　星期一　农历冬月十七")
    assert not is_date_widget("周一起地铁东线延长运营")  # no date


@pytest.mark.parametrize(
    "furniture",
    ["滨江都市网 > 本地新闻 > 城建", "登录 | 注册 | 繁體 | English", "【快讯】东线地铁延长运营　【快讯】寒潮蓝色预警"],
)
def test_furniture_between_the_headline_and_its_byline(furniture: str) -> None:
    headline = "老城区十二条背街小巷完成改造 居民出门不再踩泥水"
    text = f"滨江都市网\n{headline}\n{furniture}\n来源：海湾日报　2026-01-05 09:10\n" + BODY
    assert clean(text).metadata.title == headline


def test_a_keyword_row_or_a_date_widget_under_the_headline_is_no_headline() -> None:
    headline = "老城区十二条背街小巷完成改造 居民出门不再踩泥水"
    for furniture in ("热门标签：年终奖 个税 社保 公积金", "欢迎访问滨江都市网！今天是2026年1月5日 星期一"):
        text = f"滨江都市网\n{headline}\n{furniture}\n来源：海湾日报　2026-01-05 09:10\n" + BODY
        assert clean(text).metadata.title == headline, furniture


@pytest.mark.parametrize("furniture", ["广告　年货节家电 至高立减300元", "＜返回　城事频道"])
def test_an_ad_row_or_a_back_link_under_the_headline_is_no_headline(furniture: str) -> None:
    headline = "县城菜市场里的年轻摊主：凌晨四点进货，下午卖网课"
    text = f"城事生活网\n{headline}\n{furniture}\n作者：李明　2026-01-05 09:10\n" + BODY
    assert clean(text).metadata.title == headline


def test_a_masthead_with_its_serial_number_or_a_page_label_is_no_headline() -> None:
    # (an e-paper's masthead with its CN number, its page selector: the paper's, not the story's)
    assert gives_number("松阳报数字报\u3000国内统一连续出版物号：CN33-0094")
    assert not gives_number("新款手机发布：售价3999元起")
    headline = "老茶园里来了“新农人”"
    text = (
        "松阳报数字报\u3000国内统一连续出版物号：CN33-0094\n首页\u3000往期回顾\u3000版面导航\u3000PDF下载\n"
        "2026年11月27日 星期五\u3000第03版\n第03版：乡村振兴\n"
        f"{headline}\n——返乡青年接手百亩老茶园见闻\n本报记者 叶晨曦\u3000通讯员 周立新\n" + BODY
    )
    found = clean(text).metadata
    assert found.title == headline
    # (the masthead names the paper without its e-paper's word; the page label is no source)
    assert found.source == "松阳报"
    assert found.author == "叶晨曦"  # (the correspondent is credited, no author)


def test_a_bare_hyphen_before_the_sites_name_goes_only_with_the_site_known() -> None:
    from reader.core.headline import strip_site

    title = "一块充电宝引发的出租屋火灾：消防员复盘起火全过程-临江市消防救援支队"
    assert strip_site(title, "临江市消防救援支队") == "一块充电宝引发的出租屋火灾：消防员复盘起火全过程"
    assert strip_site(title) == title  # (a hyphen inside a headline is the headline's: 中-美)
    assert strip_site("短题-临江市消防救援支队", "临江市消防救援支队") == "短题-临江市消防救援支队"


def test_a_page_label_scores_against_a_headline() -> None:
    from reader.core.title_shapes import is_page_label, shape_points

    assert is_page_label("第03版：乡村振兴") and is_page_label("A03版") and is_page_label("第3版")
    assert not is_page_label("第3版本地图更新了哪些功能")  # (a headline that starts so)
    assert shape_points("第03版：乡村振兴") <= -6


def test_a_label_over_its_options_is_no_headline() -> None:
    from reader.core.title_shapes import is_option_row

    assert is_option_row("規格：半磅（227g）\u3000一磅（454g）")
    assert is_option_row("尺码：S\u3000M\u3000L")
    assert not is_option_row("专访张三：我为什么离开大城市")  # (a headline's topic and its words)
    assert not is_option_row("对话邵岩：写盐井，就是写外婆\u3000那一代人的手")  # (a clause: prose)


_SHOP = (
    "山嵐咖啡烘焙所 Shanlan Coffee Roasters\n"
    "首頁\u3000咖啡豆\u3000掛耳包\u3000器材\u3000訂閱方案\u3000關於我們\n"
    "首頁 / 咖啡豆 / 單品豆\n"
    "{name}\n"
    "NT$ 520 起\n"
    "規格：半磅（227g）\u3000一磅（454g）\n"
    "數量\u3000－\u30001\u3000＋\n"
    "加入購物車\u3000立即購買\n"
    "文・攝影／烘豆師 許維倫\n"
    "第一次喝到布庫的日曬豆，是三年前在一場杯測會上，整個房間都是莓果的香氣，我當下就決定要去看看。\n"
    "今年一月，我終於跟著進口商的產地之旅，坐了十個小時的車，到了罕貝拉的布庫村。\n"
    "採下的櫻桃會鋪在非洲棚架上曝曬，工人每隔一小時翻動一次，整個乾燥過程要三到四個星期。\n"
)


def test_the_items_name_under_its_breadcrumb_is_the_headline_when_the_body_names_its_words() -> None:
    name = "衣索比亞 古吉 罕貝拉 布庫 日曬 G1"
    found = clean(_SHOP.format(name=name))
    assert found.metadata.title == name
    assert "規格：半磅（227g）\u3000一磅（454g）" not in found.paragraphs  # (the selector goes)
    # (a row of words under the breadcrumb that the body never uses stays the menu's)
    other = "肯亞 涅里 卡古摩 水洗 AA"
    assert clean(_SHOP.format(name=other)).metadata.title != other


def test_an_item_name_row_needs_the_bodys_words_and_one_of_its_own() -> None:
    from reader.core.head_passes import item_name_row
    from reader.core.junk_rules import Reason
    from reader.core.line_passes import Line

    def page(row: str, body: str) -> list[Line]:
        crumb = Line("首頁 / 咖啡豆 / 單品豆", None, True, Reason.NAVIGATION, own_rule=True)
        return [
            Line("山嵐咖啡", None, True),
            crumb,
            Line(row, None, True, Reason.NAVIGATION, own_rule=True),
            Line(body, None, False),
        ]

    story = "今年一月，我到了罕貝拉的布庫村看日曬，在課程上喝到咖啡，也看了店裡的器材和禮盒。"
    assert item_name_row(page("衣索比亞 古吉 罕貝拉 布庫 日曬 G1", story), 2)
    # (a menu's two-character words any story may use)
    assert not item_name_row(page("咖啡 器材 課程 禮盒", story), 2)
    # (words the body never uses)
    assert not item_name_row(page("肯亞 涅里 卡古摩 水洗 AA", story), 2)


@pytest.mark.parametrize(
    ("head", "headline", "row"),
    [
        (
            "山城旅行社\n首页 / 国内游 / 重庆\n",
            "重庆三日游：洪崖洞、武隆、磁器口一次走完",
            "行程天数：3天2晚\u3000价格：¥1,299起",
        ),
        ("乐看网\n首页　动画　科普　生活\n", "三分钟看懂：为什么今年的冬天特别冷？", "UP主：天气小课堂"),
    ],
)
def test_a_headline_with_its_topic_before_a_colon_over_one_row_of_fields(head: str, headline: str, row: str) -> None:
    # (one label：value row under it makes no box of fields of the headline)
    assert clean(f"{head}{headline}\n{row}\n" + BODY).metadata.title == headline
    # (a field under another, or the first of three, is one)
    from reader.core.head_passes import in_fields
    from reader.core.line_passes import Line

    box = [
        Line(t, None, True) for t in ("通用名称：阿莫西林胶囊", "英文名称：Amoxicillin Capsules", "汉语拼音：Amoxilin")
    ]
    assert all(in_fields(box, k) for k in range(3))
    assert not in_fields([Line(headline, None, True), Line(row, None, True), Line("正文", None, False)], 0)


def test_a_magazines_credit_row_with_spaced_slashes_is_its_byline_not_a_menu() -> None:
    # (文 / 李明　图 / 王刚: the byline under the headline, not a row of controls; the issue
    # line over it names the issue, 周刊第128期｜2025年11月, its month alone)
    text = (
        "周刊第128期｜2025年11月\n深读 | 专题 | 访谈\n专访｜一位县城书店老板的二十年\n文 / 李明\u3000图 / 王刚\n" + BODY
    )
    found = clean(text).metadata
    assert found.title == "专访｜一位县城书店老板的二十年"
    assert found.author == "李明" and ("图", "王刚") in found.credits


def test_a_journals_registration_its_name_and_the_affiliations_are_no_headline() -> None:
    from reader.core.title_shapes import is_registration

    assert is_registration("ISSN 1002-1234\u3000CN 11-2345/G4")
    assert not is_registration("CNN 报道：2025年的十件大事")
    text = (
        "ISSN 1002-1234\u3000CN 11-2345/G4\n中国教育研究\n2025年第11期\n"
        "人工智能辅助作文批改的课堂实验研究\n张三1，李四2\n（1.某某大学教育学院；2.某某中学）\n" + BODY
    )
    found = clean(text).metadata
    assert found.title == "人工智能辅助作文批改的课堂实验研究"
    assert found.author != "中国教育研究"  # (the journal's name under its ISSN is no poster)


def test_the_sites_name_in_the_source_field_and_its_notice_are_no_headline() -> None:
    # (来源：某某区教育局 names the site: its masthead line gets no point for the copy;
    # 本站 speaks of the site: its notice)
    headline = "区第二届中小学生科技节闭幕"
    text = (
        "公告：本站将于12月1日凌晨2:00-4:00进行系统维护\n某某区教育局\n首页 | 教育动态 | 通知公告\n"
        f"{headline}\n作者：办公室\u3000来源：某某区教育局\u3000时间：2025-11-28\n" + BODY
    )
    assert clean(text).metadata.title == headline
    assert clean(text.split("\n", 1)[1]).metadata.title == headline


def test_an_e_editions_page_label_with_a_letter_and_its_masthead() -> None:
    headline = "路氹城生態保護區新增觀鳥屋"
    text = f"澳門日報電子版　2025年11月28日　星期五\n第A05版：澳聞\n{headline}\n【本報消息】\n" + BODY
    found = clean(text).metadata
    assert found.title == headline
    assert found.source == "澳門日報"  # (the paper, not its e-edition)


def test_a_rating_and_a_count_under_the_headline_are_no_headline() -> None:
    from reader.core.headline import is_figure_row

    assert is_figure_row("4.8分\u30001.2万人做过")
    assert not is_figure_row("2025年\u3000我们的10个瞬间")  # (a headline's part starts with words)
    text = "菜谱 | 食材 | 课堂\n红烧肉（不用一滴水）\n4.8分\u30001.2万人做过\n用料\n五花肉 500克\n冰糖 30克\n" + BODY
    assert clean(text).metadata.title == "红烧肉（不用一滴水）"


def test_a_headline_that_starts_with_the_sites_name_is_no_title_copy() -> None:
    headline = "临江市人民政府办公室关于印发临江市加快发展银发经济实施方案的通知"
    text = (
        "无障碍\u3000长者模式\u3000简体\u3000繁体\n临江市人民政府\n政务公开 > 政策文件\n"
        f"{headline}\n发布日期：2025-11-28\u3000来源：市政府办公室\n" + BODY
    )
    assert clean(text).metadata.title == headline
    # (a copy with the site's name after a separator still gives way to the headline inside it)
    copy = "老城区十二条背街小巷完成改造 - 滨江都市网"
    text = f"{copy}\n滨江都市网\n老城区十二条背街小巷完成改造\n来源：海湾日报　2026-01-05 09:10\n" + BODY
    assert clean(text).metadata.title == "老城区十二条背街小巷完成改造"


def test_a_reading_time_note_is_no_headline() -> None:
    from reader.core.title_shapes import shape_points

    assert shape_points("本文约3200字，阅读需要8分钟") <= -6
    assert shape_points("預計閱讀時間 6 分鐘") <= -6


def test_a_label_bar_name_row_over_the_items_full_name() -> None:
    head = "野岸精酿 WILD SHORE\n首页　酒款　酒馆　新酒上架　酒厂参观　网上商店\n首页 / 新酒上架 / 季节限定\n"
    rows = "新酒上架｜桂花乌龙酸艾尔\n桂花乌龙酸艾尔 Osmanthus Oolong Sour\n新酒上架 · 2026年11月20日\n"
    cleaned = clean(head + rows + BODY)
    assert cleaned.metadata.title == "桂花乌龙酸艾尔 Osmanthus Oolong Sour"
    assert cleaned.metadata.author is None  # (the row's label beside the date is no one)
    assert "新酒上架｜桂花乌龙酸艾尔" not in cleaned.paragraphs
    # (a line under the row that is not its name's longer form: the row is the headline)
    other = rows.replace("桂花乌龙酸艾尔 Osmanthus", "本周新品 Osmanthus")
    assert clean(head + other + BODY).metadata.title == "新酒上架｜桂花乌龙酸艾尔"


def test_a_markdown_h1_under_a_breadcrumb_of_links_is_the_title() -> None:
    # (the breadcrumb ends in the headline and is long enough to read as a sentence:
    # it opens no body, and it goes; the poster's row and the posting date under it)
    page = (
        "[登录](https://bbs.example.cn/login) | [立即注册](https://bbs.example.cn/register)\n\n"
        "[湖畔鸟友论坛](https://bbs.example.cn/) › [鸟况交流](https://bbs.example.cn/forum-12-1.html)"
        " › 【鸟况】十二月初东湖：小天鹅到了三百多只，附机位建议\n\n"
        "# 【鸟况】十二月初东湖：小天鹅到了三百多只，附机位建议\n\n"
        "**楼主** [湖边老周](https://bbs.example.cn/space-uid-301.html)\n\n"
        "发表于 2026-12-02 20:05\n\n"
        "*本帖最后由 湖边老周 于 2026-12-02 22:40 编辑*\n\n"
        "周末去东湖蹲了两天，小天鹅来得比去年早，管理处说已经统计到三百多只，还有不少灰鹤。\n\n"
        "上午八点前后最活跃，经常整群起飞，要长焦才行，建议带脚架和云台。\n"
    )
    cleaned = clean(page)
    assert cleaned.metadata.title == "【鸟况】十二月初东湖：小天鹅到了三百多只，附机位建议"
    assert not any("›" in p for p in cleaned.paragraphs)
    assert (cleaned.metadata.author, cleaned.metadata.date) == ("湖边老周", "2026-12-02 20:05")
    # (a sentence that starts with a link and says where it leads is the body's)
    page = "# 一篇文章的标题在这里\n\n[东湖](https://example.cn/donghu) 是武汉最大的湖，冬天常有小天鹅和灰鹤来过冬。\n"
    assert clean(page).paragraphs[0].startswith("[东湖]")


def test_a_columns_bracketed_label_and_issue_is_no_headline() -> None:
    head = (
        "首页 > 方言 > 阿拉宁波话\n\n【阿拉宁波话·第37期】\n"
        "一个“汏”字，汏出半条弄堂的旧日子\n2026-11-24　来源：甬上人文\n\n"
    )
    cleaned = clean(head + BODY)
    assert cleaned.metadata.title == "一个“汏”字，汏出半条弄堂的旧日子"
    from reader.core.title_shapes import shape_points

    assert shape_points("【阿拉宁波话·第37期】") <= -6
    assert shape_points("【阿拉宁波话】") == 0


def test_a_blogs_motto_over_its_menu_opens_no_body() -> None:
    head = (
        "肥叔搵食日記\n一個中年大叔，食遍九龍城區每一間老店。\n"
        "首頁　九龍城區　茶餐廳/冰室　甜品　街市熟食　關於肥叔\n\n"
        "2026年11月22日 星期日\n土瓜灣｜開咗四十年嘅冰室，菠蘿油仲係朝早十點前先有\n\n"
    )
    cleaned = clean(head + BODY)
    assert cleaned.metadata.title == "土瓜灣｜開咗四十年嘅冰室，菠蘿油仲係朝早十點前先有"
    assert cleaned.metadata.date == "2026-11-22"
    # (no menu under the sentence: it is the body's first line, and the name over it the title)
    plain = head.replace("首頁　九龍城區　茶餐廳/冰室　甜品　街市熟食　關於肥叔\n", "")
    assert clean(plain + BODY).metadata.title == "肥叔搵食日記"


_HONEY_SHOP = (
    "{banner}\n蜂巢谷\n秦岭深山养蜂合作社直营\n首页　全部蜂蜜　蜂巢蜜　蜂王浆　花粉　礼盒　蜂场故事\n"
    "搜索商品\n购物车(0)　登录/注册\n首页 / 全部蜂蜜 / 土蜂蜜\n\n{name}\n★★★★★　4.9分（312条评价）\n¥88.00\n"
    "原价 ¥108.00\n规格：500g　1000g　500g×2礼盒\n数量：－　1　＋\n加入购物车　立即购买\n\n"
    "商品详情　规格参数　评价(312)　常见问题\n"
    "这一批是今年10月下旬在柞水县营盘镇海拔1400米左右的蜂场摇的秋蜜，我们等蜜脾封盖八成以上才摇。\n"
    "秋蜜的花源主要是野菊、五味子、荆条和各种山花，颜色偏琥珀色，入口先甜后有一点微微的苦味。\n"
    "产品信息\n品名：{named}\n净含量：500g\n保质期：24个月\n"
)


def test_a_product_row_under_the_breadcrumb_wins_over_a_shops_price_banner() -> None:
    banner, name = "免运费｜满99元包邮（新疆、西藏、港澳台除外）", "秦岭百花土蜂蜜\u30002026秋季新蜜\u3000500g玻璃瓶装"
    found = clean(_HONEY_SHOP.format(banner=banner, name=name, named="秦岭百花土蜂蜜"))
    assert found.metadata.title == name
    # (the row of parts is a widget's when the body never names its first)
    found = clean(_HONEY_SHOP.format(banner="蜂巢谷欢迎您", name=name, named="土蜂蜜"))
    assert found.metadata.title != name


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("免运费｜满99元包邮（新疆、西藏、港澳台除外）", True),
        ("会员日 | 全场¥9.9起", True),
        ("新酒上架｜桂花乌龙酸艾尔", False),  # (no price: a label and a name)
        ("双十一｜满300元减50，消费者算不清账", False),  # (a clause: a headline's)
        ("满99元包邮", False),  # (no bar)
    ],
)
def test_a_shops_price_banner_by_shape(line: str, expected: bool) -> None:
    from reader.core.title_shapes import is_price_banner

    assert is_price_banner(line) is expected


def test_a_price_banner_is_no_headline_without_its_byline() -> None:
    from reader.core.title_choice import choose_title

    lines = ["免运费｜满99元包邮（新疆、西藏、港澳台除外）", "蜂巢谷", "秦岭土蜂蜜秋季新蜜上市"]
    title, _ = choose_title(lines, [True] * 3, [False] * 3, [True] * 3, 3)
    assert title == "秦岭土蜂蜜秋季新蜜上市"


def test_a_headline_with_a_clause_wins_over_its_longer_deck_over_the_byline() -> None:
    # (headline, deck, byline: both take a point for what is under them; the upper one is the headline)
    text = (
        "溪城日报\n"
        "人物｜专访\n"
        "守了二十年渡口，他说最怕的是涨水的夜里没人来喊\n"
        "老船工陈永福：渡船不只是过河，是让两岸的人常来常往\n"
        "2027年3月2日 星期二 09:30　　记者 林晓 溪城报道\n" + BODY
    )
    assert clean(text).metadata.title == "守了二十年渡口，他说最怕的是涨水的夜里没人来喊"


def test_a_blog_motto_with_a_clause_over_the_headline_is_no_headline() -> None:
    # (a short motto over the post's headline: no headline-long line over a deck)
    text = "小林的菜园\n种种菜，慢慢过日子\n阳台上的番茄，第一次红了\n2027年3月2日　小林\n" + BODY
    assert clean(text).metadata.title == "阳台上的番茄，第一次红了"
