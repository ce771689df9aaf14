"""Source, author and credits chosen among a page's candidates (its lines,
its markup, its masthead and its © line), on synthetic pages."""

from __future__ import annotations

import pytest

from reader.core.cleaning import clean
from reader.core.credit_lines import line_credits
from reader.core.folding import fold
from reader.core.meta_records import Hints, MetaLine
from reader.core.metadata import parse_meta_line

BODY = (
    "这是正文的第一段，讲了一件事情的来龙去脉，足够长也足够像正文。\n"
    "第二段接着说下去，又补充了几个细节和一位受访者的说法，也足够长。\n"
)


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


def _meta(line: str) -> MetaLine | None:
    return parse_meta_line(line, fold(line))


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # roles the tables do not hold, by their shape (a desk word and a credit's head word)
        ("撰文／陳怡君律師　審訂／林佳蓉律師", ["陳怡君", "林佳蓉"]),
        ("责任编辑：顾晓 | 图片编辑：任涛", ["顾晓", "任涛"]),
        ("记者：孙晓鹏 刘洁　剪辑：韩亮", ["孙晓鹏", "刘洁", "韩亮"]),
        ("文｜温若楠　数据｜晏舒", ["温若楠", "晏舒"]),
        # a space alone between a role and a name that ends the line or its part
        ("编辑 黄振", ["黄振"]),
        ("作者 許芷瑜 ｜ 攝影 黃建彰", ["許芷瑜", "黃建彰"]),
        # an intern after the reporter
        ("青禾新闻记者 邵清 实习生 霍嘉琪", ["邵清", "霍嘉琪"]),
        # a staff number after an editor's name
        ("本文来源：网易科技 责任编辑：赵一鸣_NT5921", ["赵一鸣"]),
        ("责任编辑：贾晓彤 PN151", ["贾晓彤"]),
    ],
)
def test_credit_lines_by_shape(line: str, names: list[str]) -> None:
    found = _meta(line)
    assert found is not None and [name for _, name in found.credits] == names


def test_a_date_inside_a_credits_value_ends_the_name() -> None:
    found = _meta("撰文：區穎琳 攝影：鄧卓謙 2025/11/23 閱讀時間約 8 分鐘")
    assert found is not None and [name for _, name in found.credits] == ["區穎琳", "鄧卓謙"]
    assert found.date == "2025-11-23"


def test_a_line_of_unknown_roles_gives_credits_but_is_no_byline() -> None:
    line = "主持：阿凱、Lulu ｜ 來賓：陳欣怡（自由接案設計師）"
    assert _meta(line) is None
    assert [name for _, name in line_credits(line, fold(line))] == ["阿凱", "Lulu", "陳欣怡"]
    # (a line with a role the tables hold is a metadata line: cleaning decides where it counts)
    assert line_credits("作者：谢广陵", fold("作者：谢广陵")) == ()


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("結業消息傳出後，餅家門外由早到晚都有人排隊。（記者 何志強 攝）", ("摄影", "何志強")),
        ("在勿洛蓄水池小贩中心，一名食客将餐具放上新设的回收架。（海峡早讯/谢志伟摄）", ("摄影", "谢志伟")),
        ("比赛中，章一帆头球攻门瞬间。（摄影/许文昊）", ("摄影", "许文昊")),
        ("*志愿者在小区绿化带中记录。摄影：曹一苇*", ("摄影", "曹一苇")),
        ("环卫工人冒雨清理倒伏树木。记者 林晓舟 摄", ("摄影", "林晓舟")),
        ("義工們包餃子，準備送給獨居長者。（記者Kevin Lau／攝影）", ("摄影", "Kevin Lau")),
        ("並與在地社區合作建立預警機制。（編輯：陳仁華）1130305", ("編輯", "陳仁華")),
    ],
)
def test_a_credit_ending_a_caption_or_a_paragraph(line: str, credit: tuple[str, str]) -> None:
    assert line_credits(line, fold(line)) == (credit,)


def test_a_data_source_is_no_credit() -> None:
    assert _meta("数据来源：国家气候中心") is None
    assert _meta("数据：国家统计局") is None


def test_no_credit_in_a_sentence_that_ends_otherwise() -> None:
    for line in ("他说这张照片是去年拍摄的。", "（资料照 摄）", "本报讯（记者 张三）"):
        assert line_credits(line, fold(line)) == ()


def test_credits_from_a_pages_captions_reach_the_article() -> None:
    text = "# 一篇有图说的文章标题\n文／王小明\n" + BODY + "比赛中，章一帆头球攻门瞬间。（摄影/许文昊）\n" + BODY
    found = clean(text).metadata
    assert ("摄影", "许文昊") in found.credits and found.author == "王小明"


@pytest.mark.parametrize(
    ("line", "date"),
    [
        # a row of fields, one the publishing date; a year of the Republic of China stays as written
        ("發布單位：宮務組　　發布日期：114-11-21　　點閱次數：1,386", "114-11-21"),
        ("發布日期：114年11月20日　更新日期：114年11月25日", "114年11月20日"),
        ("来源：某某局　　发布日期：2025-11-20", "2025-11-20"),
        # a weekday in brackets and a time zone between the date and the time
        ("2024-12-02 HKT 17:45", "2024-12-02 17:45"),
        ("2025年4月2日（星期三） 上午9:05", "2025-04-02 09:05"),
    ],
)
def test_dates_on_field_rows_and_date_lines(line: str, date: str) -> None:
    found = _meta(line)
    assert found is not None and found.date == date


def test_no_date_from_a_row_without_a_publishing_label() -> None:
    assert _meta("截止日期：114年12月19日　　名額：20名") is None
    assert _meta("發布日期：114年13月20日　發布單位：秘書處") is None


def test_a_bylines_date_is_the_first_date_on_it() -> None:
    found = _meta("【置業地產網】記者麥詠詩報道　2025年4月9日（星期三）　下午4:35")
    assert found is not None
    assert (found.source, found.author, found.date) == ("置業地產網", "麥詠詩", "2025-04-09 16:35")


def test_a_school_before_the_date_is_not_who_wrote_it() -> None:
    found = _meta("國立中興大學 · 10月14日 21:37")
    assert found is not None and found.author is None and found.date == "10月14日 21:37"
    poster = _meta("柯以宁 · 2025年2月9日 · 阅读约 5 分钟")
    assert poster is not None and poster.author == "柯以宁"


def test_a_posters_nickname_beside_the_posts_date_or_a_counter() -> None:
    page = (
        "小红书\n发现　发布　通知　我\n登录\n登录后推荐更懂你的笔记\n1/9\n阿梨的吃喝日记\n关注\n"
        "苏州｜藏在老巷子里的苏式面馆，一碗焖肉面吃出了外婆味\n" + BODY
    )
    found = clean(page).metadata
    assert found.author == "阿梨的吃喝日记" and ("作者", "阿梨的吃喝日记") in found.credits
    page = (
        "杏林问医\n首页　找医生　找医院　问医生\n首页 > 问医生 > 儿科\n"
        "孩子咳嗽一个多月，夜里和早上加重，需要查过敏原吗？\n问诊时间：2025-11-24　　图文问诊\n梁文涛\n"
        "副主任医师　小儿呼吸科　平川市儿童医院\n好评率 99.2%　　帮助患者 4,318 位\n向TA提问　图文 ¥39　电话 ¥99\n"
        + BODY
    )
    assert clean(page).metadata.author == "梁文涛"


def test_no_nickname_from_a_channels_word_or_without_a_date_or_counter_beside_it() -> None:
    # (a channel's word beside the date line is no one's name)
    page = "某某网\n首页　新闻　财经\n要闻\n2024-05-28 19:40\n一条新闻的标题在这里足够长\n" + BODY
    assert clean(page).metadata.author is None
    # (a name-shaped line with neither a date nor a counter beside it)
    page = "某某网\n首页　新闻　财经\n阿梨的吃喝日记\n关注\n一条新闻的标题在这里足够长\n" + BODY
    assert clean(page).metadata.author is None


def test_a_date_then_a_bar_then_the_reporter() -> None:
    found = _meta("2025-11-29 10:05 | 記者彭郁珊／竹東報導")
    assert found is not None and (found.author, found.date) == ("彭郁珊", "2025-11-29 10:05")
    # (a reporter's line is never an outlet beside a date)
    assert _meta("記者彭郁珊／竹東報導 2025-11-29").source is None  # type: ignore[union-attr]


def test_an_account_lines_outlet_may_come_before_the_name() -> None:
    found = _meta("房小筑成都站 苗可 2025-11-25 10:20 阅读 5,633")
    assert found is not None and (found.source, found.author) == ("房小筑成都站", "苗可")
    found = _meta("原创 老周 城市记忆馆 2023年11月12日 20:30 上海")
    assert found is not None and (found.source, found.author) == ("城市记忆馆", "老周")


def test_a_share_bars_words_beside_a_counter_are_no_nickname() -> None:
    page = (
        "网澜体育\n首页　新闻　体育　财经\n首页 > 体育 > 中超\n"
        "一场比赛的新闻标题在这里足够长\n2025-11-29 21:47:06　来源: 网澜体育\n举报\n0\n分享至好友和朋友圈\n" + BODY
    )
    assert clean(page).metadata.author is None


def test_a_masthead_with_the_sites_hotline_names_the_site() -> None:
    page = (
        "乐途假期　全国客服热线 400-826-7700\n首页　国内游　出境游　周边游　定制游　邮轮　签证\n"
        "【冬游】云南大理丽江6天5晚纯玩团｜洱海骑行+玉龙雪山\n" + BODY
    )
    assert clean(page).metadata.source == "乐途假期"


def test_a_row_of_the_writer_the_issue_and_the_editor() -> None:
    found = _meta("温小禾　|　2025年第6期　|　责任编辑：傅青")
    assert found is not None
    assert (found.author, found.date, found.source) == ("温小禾", "2025年第6期", None)
    assert [name for _, name in found.credits] == ["温小禾", "傅青"]
    # (an outlet's name leading the row stays the outlet)
    outlet = _meta("新城周刊　|　责任编辑：傅青")
    assert outlet is not None and (outlet.source, outlet.author) == ("新城周刊", "傅青")


def test_the_paper_a_source_field_names_beats_the_sites_markup() -> None:
    line = "2025-11-28 07:30:00　来源：湘楚日报　作者：湘楚日报记者 符晓岚 通讯员 阙立新"
    text = "一篇省报的新闻标题在这里足够长\n" + line + "\n" + BODY
    assert clean(text, hints=Hints(source="湘楚网")).metadata.source == "湘楚日报"
    # (a field naming the site itself, shorter than its markup's name, leaves the markup's)
    same = text.replace("湘楚日报", "贝禾儿童用品")
    assert clean(same, hints=Hints(source="宁波贝禾儿童用品有限公司")).metadata.source == "宁波贝禾儿童用品有限公司"
    # (an outlet beside a date is no field: the markup's name stays)
    dated = "一篇省报的新闻标题在这里足够长\n湘楚日报 2025-11-28 07:30\n" + BODY
    assert clean(dated, hints=Hints(source="湘楚网")).metadata.source == "湘楚网"


def test_a_counter_after_a_source_fields_name_is_no_part_of_it() -> None:
    found = _meta("2025-11-28 19:42 来源：荆沙广播电视台 播放量 1.3万")
    assert found is not None and found.source == "荆沙广播电视台"


def test_a_rating_beside_the_date_is_no_outlet() -> None:
    found = _meta("看过 ★★★★★ 2023-05-20 21:14:08")
    assert found is not None and found.source is None and found.date == "2023-05-20 21:14:08"


def test_reporters_after_a_gap_in_a_source_field_are_the_byline() -> None:
    found = _meta("2025-11-25 10:18　来源：某某法治网　记者 宁若涵 通讯员 汤维")
    assert found is not None
    assert (found.source, found.author) == ("某某法治网", "宁若涵")
    assert [name for _, name in found.credits] == ["宁若涵", "汤维"]


def test_reporters_a_list_names_are_space_joined_and_authors_keep_their_list() -> None:
    found = _meta("記者：陳樂詩、曾梓軒　編輯：梁穎欣")
    assert found is not None and found.author == "陳樂詩 曾梓軒"
    assert [name for _, name in found.credits] == ["陳樂詩", "曾梓軒", "梁穎欣"]
    paper = _meta("作者：王婧、刘明轩、张宏")
    assert paper is not None and paper.author == "王婧、刘明轩、张宏"


def test_a_desk_that_wrote_it_is_the_author_and_a_photographer_never_is() -> None:
    found = _meta("文：俱乐部媒体部　图：孔令杰")
    assert found is not None and found.author == "俱乐部媒体部"
    assert found.credits == (("文", "俱乐部媒体部"), ("图", "孔令杰"))
    # (an outlet's name under 文 is no desk: it names no one)
    outlet = _meta("文：某某日报社　图：孔令杰")
    assert outlet is None or outlet.author != "某某日报社"


def test_the_paper_beats_its_own_website_in_the_markup() -> None:
    line = "来源：龙城晚报　作者：晚报记者 殷佳琪　时间：2025-11-27 16:40"
    text = "修了四十年钟表，他把嘀嗒声留在了老巷\n" + line + "\n" + BODY
    assert clean(text, hints=Hints(source="龙城晚报网")).metadata.source == "龙城晚报"
    # (a site that is more than the paper's website keeps its name)
    other = text.replace("来源：龙城晚报", "来源：龙城")
    assert clean(other, hints=Hints(source="龙城晚报网")).metadata.source == "龙城晚报网"


def test_a_publications_name_in_title_marks_leads_its_masthead() -> None:
    page = (
        "《破曉》｜九龍理工大學學生會編輯委員會\n校園　時事　文化　評論　專題　投稿　關於我們\n"
        "學生飯堂半年兩度加價　同學叫苦\n" + BODY
    )
    assert clean(page).metadata.source == "破曉"


def test_an_events_row_beside_a_date_names_no_outlet() -> None:
    found = _meta("12月7日　澳華長者聖誕聯歡會　Haymarket社區中心")
    assert found is None or found.source is None
    assert _meta("2024年05月28日 19:40 第一财经") == MetaLine("date", source="第一财经", date="2024-05-28 19:40")


def test_a_date_a_rule_took_for_a_menu_bar_is_still_the_date() -> None:
    # (the headline chooser may take the date's line for the headline: the date stays)
    page = (
        "某某誌 Revista Hou Kong\n中文 | PT\n首頁　街坊故事　城市觀察　飲食　藝文　影像　訂閱\n"
        "沙梨頭的最後一架雪糕單車\n「叮叮——」那陣鈴聲，在沙梨頭響了五十三年。\n"
        "2025-11-22｜街坊故事\n文：區詠恩｜圖：何俊朗\n" + BODY
    )
    assert clean(page).metadata.date == "2025-11-22"


def test_the_desks_responsible_editor_is_never_the_author() -> None:
    page = "某某体育新闻的标题足够长的一行\n2025-11-29 21:47:06　来源: 某某体育\n" + BODY + "责任编辑：王超\n"
    got = clean(page).metadata
    assert got.author is None and ("责任编辑", "王超") in got.credits
    # (a plain editor's line stays the author when no line names one)
    plain = page.replace("责任编辑：王超", "編輯：編輯部 HYZ")
    assert clean(plain).metadata.author == "編輯部 HYZ"


def test_the_account_a_posts_header_names_beats_the_platforms_markup() -> None:
    text = "孩子沉迷短视频两年后我们家是怎么做的\n原创 豆妈 豆包成长记 2025年11月25日 21:00 浙江\n" + BODY
    got = clean(text, hints=Hints(source="某某公众平台")).metadata
    assert (got.source, got.author) == ("豆包成长记", "豆妈")


def test_a_line_naming_the_markups_author_and_more_bylines_wins() -> None:
    text = "台风今晨登陆全市已转移群众一万二千人\n本网记者 潘思远 郑嘉禾 2025-09-05 06:30 开始直播\n" + BODY
    assert clean(text, hints=Hints(author="潘思远")).metadata.author == "潘思远 郑嘉禾"
    # (another name in the markup stays the markup's)
    assert clean(text, hints=Hints(author="林小满")).metadata.author == "林小满"


def test_a_markup_listing_the_pages_correspondent_as_an_author_yields_to_the_byline() -> None:
    text = "湘江边的红马甲守着一段野泳江滩\n记者 罗静怡 通讯员 彭子墨\n" + BODY
    assert clean(text, hints=Hints(author="罗静怡 彭子墨")).metadata.author == "罗静怡"
    # (a second writer the page does not credit as a correspondent stays the markup's)
    assert clean(text, hints=Hints(author="罗静怡 林小满")).metadata.author == "罗静怡 林小满"
    # (two reporters before the correspondent; a blank markup author breaks nothing)
    text = "湘江边的红马甲守着一段野泳江滩\n记者 罗静怡 李华明 通讯员 彭子墨\n" + BODY
    assert clean(text, hints=Hints(author="罗静怡 李华明 彭子墨")).metadata.author == "罗静怡 李华明"
    assert clean(text, hints=Hints(author="\u3000")).metadata is not None
    # (a fields row naming the correspondent first still gives the reporter)
    row = "来源：云溪县融媒体中心\u3000作者：通讯员 彭子墨 记者 罗静怡\u3000发布时间：2024-10-18"
    assert clean("湘江边的红马甲守着一段野泳江滩\n" + row + "\n" + BODY).metadata.author == "罗静怡"


def test_the_reporters_the_markups_blocks_name_are_the_author_when_no_line_is() -> None:
    hints = Hints(credits=(("记者", "毛晓琳"), ("通讯员", "吴卫东"), ("责任编辑", "郑丽")))
    assert clean("我县启动今冬明春农田水利建设计划\n" + BODY, hints=hints).metadata.author == "毛晓琳"


def test_an_outlets_desk_is_the_desk() -> None:
    page = (
        "南岛日报 NANDAO DAILY ｜ 马来西亚华文新闻网\n首页　国内　国际　体育　财经\n"
        "大马羽球队今晚再战强敌晋级四强\n南岛日报体育组\n2024年5月4日 晚上8:10\n" + BODY
    )
    got = clean(page).metadata
    assert (got.source, got.author) == ("南岛日报", "体育组")


def test_a_row_of_the_supplying_unit_and_credits_by_shape() -> None:
    found = _meta("供稿单位：材料科学与工程学院   编辑：孙悦   审核：钱志刚")
    assert found is not None and found.credits == (("编辑", "孙悦"), ("审核", "钱志刚"))
    # (an event's row names no credit)
    assert _meta("主讲人：王大明　时间：12月6日") is None


def test_the_editor_after_the_reporters_brackets_is_a_credit() -> None:
    found = _meta("（记者 毛晓琳 通讯员 吴卫东） 责任编辑：郑丽")
    assert found is not None and found.author == "毛晓琳"
    assert found.credits == (("记者", "毛晓琳"), ("通讯员", "吴卫东"), ("责任编辑", "郑丽"))


def test_a_source_field_of_the_markups_blocks_beats_the_site_name() -> None:
    text = "我县启动今冬明春农田水利建设计划完成投资\n" + BODY
    hints = Hints(source="某某县人民政府", field_source="县水利局")
    assert clean(text, hints=hints).metadata.source == "县水利局"


def test_the_name_a_profile_link_shows_for_the_handle_is_the_author() -> None:
    page = (
        "[墨間](https://mojian.example/) · [探索](https://mojian.example/explore)\n# 離開報社的第一百天\n"
        "[林靜岑](https://mojian.example/@jingcen)\n@jingcen · 2025-11-26 · IPFS\n" + BODY
    )
    got = clean(page).metadata
    assert got.author == "林靜岑" and ("作者", "林靜岑") in got.credits
    # (a link to another profile names someone else)
    other = page.replace("https://mojian.example/@jingcen)", "https://mojian.example/@other)")
    assert clean(other).metadata.author == "@jingcen"


def test_a_name_beside_a_date_below_the_article_is_no_source() -> None:
    page = (
        "雪梨華聲週報 SYDNEY CHINESE VOICE WEEKLY\n首頁　澳洲新聞　社區　華埠　移民　地產\n"
        "悼念唐人街老字號創辦人　享壽九十一歲\n本報記者馮嘉慧　2025年11月27日\n"
        + BODY
        + "社區活動\n12月7日 長者聖誕聯歡會\n"
    )
    assert clean(page).metadata.source == "雪梨華聲週報"


@pytest.mark.parametrize("line", ["摄：何俊朗", "圖片：孔令杰", "插画：林小满"])
def test_a_pictures_credit_is_never_the_author(line: str) -> None:
    found = _meta(line)
    assert found is not None and found.author is None and len(found.credits) == 1
    page = "沙梨頭的最後一架雪糕單車在街角停好\n" + line + "\n" + BODY
    assert clean(page).metadata.author is None


def test_the_writer_after_a_pictures_credit_is_the_author() -> None:
    found = _meta("插画：林小满 文案：王东")
    assert found is not None and found.author == "王东"


@pytest.mark.parametrize(
    "line",
    ["作者：鍾立衡（國立臺灣大學經濟學系暨公共政策研究中心兼任研究員）", "文／鍾立衡（自由撰稿人，長期關注能源議題）"],
)
def test_who_the_writer_is_in_brackets_is_no_part_of_the_name(line: str) -> None:
    found = _meta(line)
    assert found is not None and found.author == "鍾立衡" and [n for _, n in found.credits] == ["鍾立衡"]


def test_a_periods_first_day_is_no_date_of_the_page() -> None:
    found = _meta("2025.11.29（六）－ 2026.05.31（日）｜第一特展室")
    assert found is not None and found.date is None
    page = "潮間帶的記憶：西海岸蚵棚影像與器物特展\n2025.11.29（六）－ 2026.05.31（日）｜第一特展室\n" + BODY
    assert clean(page + "最後更新：2025-11-21\n").metadata.date == "2025-11-21"
    assert _meta("2025-11-29") == MetaLine("date", date="2025-11-29")


@pytest.mark.parametrize(("line", "source"), [("【明報專訊】", "明報"), ("新智元報道", "新智元"), ("本报讯", None)])
def test_a_dispatch_line_names_its_outlet(line: str, source: str | None) -> None:
    found = _meta(line)
    assert found is not None and found.kind == "source" and found.source == source


@pytest.mark.parametrize("first", ["香港電台網站 RTHK.HK", "某某時報電子報 | 生活 | 政治"])
def test_a_mastheads_website_word_is_no_part_of_the_name(first: str) -> None:
    page = first + "\n首頁　政治　社會　生活　國際\n颱風逼近南部多縣市停班停課各地準備\n" + BODY
    assert clean(page).metadata.source in ("香港電台", "某某時報")


def test_roles_after_a_bar_without_spaces_are_credits() -> None:
    found = _meta("撰文：陳思妤｜攝影：林柏宇｜編輯：張婷")
    assert found is not None and found.author == "陳思妤"
    assert [name for _, name in found.credits] == ["陳思妤", "林柏宇", "張婷"]


def test_reporters_a_list_names_before_the_dispatch() -> None:
    found = _meta("記者 黃嘉文、陳志明／綜合報導")
    assert found is not None and found.author == "黃嘉文 陳志明"
    assert [name for _, name in found.credits] == ["黃嘉文", "陳志明"]


def test_a_reporters_photo_credit_is_no_byline() -> None:
    found = _meta("（新华社记者 张三 摄）")
    assert found is not None and (found.author, found.source) == (None, None)
    assert found.credits == (("摄影", "张三"),)


def test_an_english_date_label_and_a_name_after_by() -> None:
    found = _meta("Posted on 2025-11-27 by 阿明")
    assert found is not None and (found.author, found.source, found.date) == ("阿明", None, "2025-11-27")
    assert _meta("稿源：新华网") == MetaLine("byline", source="新华网")


def test_a_persons_name_beside_the_date_is_the_author_when_the_site_is_named() -> None:
    head = "首页 > 新闻 > 正文\n某地老街改造三年后的变化与争议\n王小明　2025-11-27\n"
    page = head + BODY + "© 2025 江南周末 版权所有\n"
    got = clean(page).metadata
    assert (got.source, got.author) == ("江南周末", "王小明")
    # (an outlet's name beside the date stays the source)
    outlet = clean(page.replace("王小明　", "江南周末网　")).metadata
    assert (outlet.source, outlet.author) == ("江南周末网", None)


@pytest.mark.parametrize(
    "line", ["文．攝影：林小滿", "文・攝影｜林小滿", "攝影、文／林小滿", "採訪、撰文：林小滿　攝影：李四"]
)
def test_roles_joined_before_one_name(line: str) -> None:
    found = _meta(line)
    assert found is not None and found.author == "林小滿"
    assert found.credits[0][1] == "林小滿"


def test_a_spaced_slash_ends_a_credits_value() -> None:
    found = _meta("記者：林小滿 / 攝影：李四")
    assert found is not None and found.author == "林小滿"
    assert [name for _, name in found.credits] == ["林小滿", "李四"]


def test_a_name_a_bar_and_the_date_is_the_writer_and_an_outlet_stays_one() -> None:
    found = _meta("*Mia ｜ 2024/04/22 ｜ 約 5 分鐘閱讀*")
    assert found is not None and (found.author, found.source, found.date) == ("Mia", None, "2024-04-22")
    outlet = _meta("第一财经 | 2024-05-28")
    assert outlet is not None and (outlet.author, outlet.source) == (None, "第一财经")
    channel = _meta("科技｜2025-11-27")  # (a channel's word is no one)
    assert channel is not None and channel.author is None
    person = _meta("林小滿 ｜ 2025-11-27")
    assert person is not None and person.author == "林小滿"
    assert _meta("**时间：12月6日**") is None  # (bold is a heading's)


def test_a_columns_name_may_lead_the_writers_credit() -> None:
    found = _meta("网易科技《态度》栏目 作者：陈默")
    assert found is not None and found.author == "陈默"
    assert _meta("今天 作者：陈默") is None


def test_the_poster_under_the_posters_label_is_the_author() -> None:
    page = (
        "城南社区论坛 - 家门口的生活圈\n论坛首页 › 生活服务 › 租房那些事\n查看: 2846 | 回复: 31\n"
        "[求助] 【求助】租的房子退租，房东不退押金还要扣清洁费，怎么办？ [复制链接]\n"
        "【求助】租的房子退租，房东不退押金还要扣清洁费，怎么办？\n楼主\n小鱼吐泡泡\n"
        "帖子 18 积分 96 注册时间 2023-5-2\n发表于 2024-04-11 10:23 | 只看该作者\n" + BODY
    )
    got = clean(page).metadata
    assert got.author == "小鱼吐泡泡" and ("作者", "小鱼吐泡泡") in got.credits


def test_an_issues_number_beside_the_date_is_no_one() -> None:
    found = _meta("山嵐書房電子報｜No.128｜2025.11.19")
    assert found is not None and found.author is None and found.credits == ()
    assert found.date == "2025-11-19"


def test_the_papers_word_for_itself_before_its_reporter_is_no_outlet() -> None:
    found = _meta("【本報訊】記者林小滿報道")
    assert found is not None and (found.source, found.author) == (None, "林小滿")


def test_a_time_after_the_date_in_a_credit_line_is_no_label() -> None:
    found = _meta("文：林小滿 圖：李大華 2025-11-27 10:00")
    assert found is not None and found.date == "2025-11-27 10:00"
    assert [name for _, name in found.credits] == ["林小滿", "李大華"]


def test_an_outlet_beside_a_date_below_the_article_is_the_last_resort() -> None:
    page = "某地老街改造三年后的变化与争议\n" + BODY + "新华社 2025-11-27\n"
    assert clean(page).metadata.source == "新华社"


def test_a_label_beside_the_date_that_stands_alone_too_is_the_section_not_the_source() -> None:
    head = "# 一間老戲院重新開張的故事\n\n專題\n\n記者 何穎嵐\n2025年11月23日 10:30\u3000專題\n"
    foot = "\n© 2025 濠江視點 · 關於我們 · 私隱政策\n"
    assert clean(head + BODY + foot).metadata.source == "濠江視點"
    # (with no line of its own the word beside the date stays the source)
    alone = head.replace("\n專題\n", "\n")
    assert clean(alone + BODY + foot).metadata.source == "專題"


def test_the_author_row_of_a_books_card_is_the_books_not_the_pages() -> None:
    head = "对话一位作家：写盐井就是写外婆那一代人\n发布日期：2025-11-21\n采访/整理：麦可欣\n\n"
    card = "书名：《盐井往事》\n作者：邵岩\n出版：青岚出版社\n定价：68.00元\n\n"
    assert clean(head + card + BODY).metadata.author == "麦可欣"
    # (a byline with no card's fields around it is the page's)
    assert clean(head + "作者：邵岩\n\n" + BODY).metadata.author == "邵岩"


@pytest.mark.parametrize(
    ("line", "name", "date"),
    [
        ("楼主：麦田里的老K　LV.7　2025-11-26 21:14　浏览 3.8万", "麦田里的老K", "2025-11-26 21:14"),
        ("主讲：阿桂 · 2025-11-23 · 播放 28.6万", "阿桂", "2025-11-23"),
        ("发帖人：阿明  2025-11-03", "阿明", "2025-11-03"),
        # (the date with its verb, where the poster is, a counter's word after its figure, no colon)
        ("楼主：阿明　发表于 2025-11-26 21:14　IP属地：广东", "阿明", "2025-11-26 21:14"),
        ("UP主：阿桂　2025-11-23发布　28.6万播放", "阿桂", "2025-11-23"),
        ("楼主 麦田里的老K　2025-11-26", "麦田里的老K", "2025-11-26"),
        # (a name and the user's level beside the date)
        ("阿明　LV.7　2025-11-26 21:14", "阿明", "2025-11-26 21:14"),
    ],
)
def test_a_posts_row_names_its_poster_or_presenter(line: str, name: str, date: str) -> None:
    found = _meta(line)
    assert found is not None and found.author == name and found.date == date and found.source is None


def test_a_row_with_an_events_field_or_a_users_level_names_no_poster_or_outlet() -> None:
    # (a field other than a date, a level or a counter: an event's row)
    assert _meta("主讲人：王大明　时间：12月6日") is None
    for line in ("2025-11-26 21:14 LV.7", "阿明 Lv5 2025-11-26 21:14"):
        found = _meta(line)
        assert found is not None and found.source is None


def test_a_posters_row_on_a_forum_page_gives_the_author_not_the_level() -> None:
    page = (
        "游侠部落　首页 | 游戏库 | 社区 | 攻略 | 资讯 | 下载APP\n星穹牧场 | 关注 12.4万 | 帖子 8.6万\n"
        "【新手向】《星穹牧场》第一周开荒路线：七天从破棚子到三星农场\n"
        "楼主：麦田里的老K　LV.7　2025-11-26 21:14　浏览 3.8万\n" + BODY
    )
    found = clean(page).metadata
    assert found.author == "麦田里的老K" and found.source != "LV.7"


def test_a_name_beside_the_date_on_a_site_named_after_that_person_is_the_author() -> None:
    page = (
        "鄺家明議員辦事處｜沙田 水泉澳\n地址：沙田水泉澳邨清泉樓地下12號　開放時間：星期一至六 下午2時至晚上9時\n"
        "主頁 關於我 地區工作 活動報名 求助表格 聯絡我們\n屋邨升降機又壞　我哋點樣追到房署回覆\n"
        "鄺家明　2025年11月25日　地區工作\n" + BODY + "© 2025 鄺家明議員辦事處\n"
    )
    found = clean(page).metadata
    assert (found.source, found.author) == ("鄺家明議員辦事處", "鄺家明")


@pytest.mark.parametrize(
    ("head", "site"),
    [
        # (a skip link above the masthead; the masthead a name and its English name)
        (
            "跳到主要內容區塊\n:::\n網站導覽｜English｜無障礙專區｜字級 大 中 小\n臺南市議會 Tainan City Council\n"
            "認識議會 議員介紹 議事資訊 議會新聞 議事影音 陳情服務 公開資訊\n",
            "臺南市議會",
        ),
        # (a weather and rates strip above it)
        (
            "溫哥華 6°C　加元兌人民幣 5.08　加元兌港幣 5.56\n溫城華人新聞網　Vancity Chinese News\n"
            "首頁　本地　加國　中港台　國際　財經　地產　移民　教育　生活　社區活動\n",
            "溫城華人新聞網",
        ),
        # (an organisation and its unit, one name)
        (
            "东川大学 新能源材料与器件实验室\nLaboratory of New Energy Materials and Devices, Dongchuan University\n"
            "首页　实验室概况　研究方向　研究团队　科研成果　新闻动态　招生招聘　English\n",
            "东川大学 新能源材料与器件实验室",
        ),
    ],
)
def test_the_masthead_is_the_head_line_shaped_like_a_sites_name(head: str, site: str) -> None:
    page = head + "课题组在钠离子电池低温电解液研究中取得新进展\n发布时间：2025-11-21\n" + BODY
    assert clean(page).metadata.source == site


def test_a_menu_word_below_the_first_line_is_no_masthead() -> None:
    page = "字級：大 中 小\n關於我們｜服務項目｜活動消息｜聯絡我們\n長者中心冬季活動報名開始　名額有限\n" + BODY
    assert clean(page).metadata.source is None


def test_a_lone_name_the_foot_names_too_beats_the_first_lines_words() -> None:
    page = (
        "无障碍浏览 | 长者模式 | 读者登录 | English\n云州市图书馆\n"
        "首页　本馆概况　馆藏检索　读者服务　活动中心　数字资源　地方文献　少儿天地\n"
        "“城市记忆”系列讲座第十二讲：老城门背后的水利故事\n"
        "发布时间：2025-11-20 09:15　　来源：阅读推广部　　浏览量：867\n"
        + BODY
        + "主办单位：云州市图书馆　技术支持：云州信息科技有限公司\n"
    )
    # (and the 来源 field names a department of the library: the library is the source)
    assert clean(page).metadata.source == "云州市图书馆"


def test_a_source_field_naming_a_department_gives_way_to_the_site() -> None:
    head = "华屿地产 | 美好生活服务商\n首页　关于华屿　产品系列　城市布局　新闻中心　华屿服务　加入我们\n"
    page = head + "华屿·江湾府二期首批交付 1068户业主提前一个月收房\n2025-11-25　来源：{}　阅读：2,316\n" + BODY
    assert clean(page.format("品牌中心")).metadata.source == "华屿地产"
    # (an outlet that is no department of the publisher stays the source)
    assert clean(page.format("长江日报")).metadata.source == "长江日报"
    assert clean(page.format("云溪县融媒体中心")).metadata.source == "云溪县融媒体中心"
    assert clean(page.format("商务部")).metadata.source == "商务部"


def test_a_lone_name_the_page_repeats_beats_a_first_line_it_never_repeats() -> None:
    page = (
        "跳到主要內容區塊\n:::\n網站導覽｜English｜無障礙專區｜字級 大 中 小\n臺南市議會\n"
        "認識議會 議員介紹 議事資訊 議會新聞 議事影音 陳情服務 公開資訊\n"
        "議員質詢公車轉乘優惠　交通局允明年擴大至YouBike\n發布日期：114-11-26\n"
        "臺南市議會第4屆第6次定期會26日進行交通部門業務質詢，多位議員關心轉乘優惠使用率偏低的問題。\n" + BODY
    )
    assert clean(page).metadata.source == "臺南市議會"


def test_a_full_name_beside_the_date_is_the_byline_when_nothing_names_a_site() -> None:
    page = "老街口那家修鞋铺，开了整整四十年\n王小明　2025-11-27\n" + BODY
    found = clean(page).metadata
    assert (found.source, found.author, found.date) == (None, "王小明", "2025-11-27")
    # (an outlet's name is no one's: it stays the source)
    found = clean(page.replace("王小明", "江南周末")).metadata
    assert (found.source, found.author) == ("江南周末", None)


def test_the_foot_names_the_organisation_the_mastheads_short_name_stands_for() -> None:
    page = "海濱花園｜住戶通告\n首頁　通告　設施　管理處　聯絡我們\n第三座食水暫停供應通告\n發出日期：2025年11月27日\n"
    assert clean(page + BODY + "© 2025 海濱花園業主立案法團\n").metadata.source == "海濱花園業主立案法團"
    # (a company's legal form adds no name)
    page = page.replace("海濱花園", "远航科技")
    assert clean(page + BODY + "© 2025 远航科技股份有限公司\n").metadata.source == "远航科技"


def test_the_full_company_name_the_notice_signs_with_beats_the_mastheads_brand() -> None:
    # (the masthead writes the brand, then the full name; the notice is signed with the full name)
    head = "青川港 | 青川港务有限公司官方网站\n首页　公司概况　新闻中心　公告公示\n关于码头闸口临时调整的通告\n"
    meta = "发布时间：2027-03-02 10:20　来源：运营部　浏览次数：512\n"
    sign = "青川港务有限公司\n2027年3月2日\n"
    foot = "版权所有：青川港务有限公司　地址：青川市港湾路XX号\n"
    assert clean(head + meta + BODY + sign + foot).metadata.source == "青川港务有限公司"
    # (the masthead's brand alone over the same signed notice: the signer's full name too)
    alone = head.replace(" | 青川港务有限公司官方网站", "")
    assert clean(alone + meta + BODY + sign + foot).metadata.source == "青川港务有限公司"
    # (unsigned, the brand stays: the legal name only adds its form)
    assert clean(alone + meta + BODY + foot).metadata.source == "青川港"


@pytest.mark.parametrize(
    "name",
    [
        "路線及班次調整（",
        "記者彭郁珊／竹東報導",
        "回复 赞 2561",
        "=",
        "HB/MO/2025/214",
        "回答於",
        "《江城校友》2025年第4期",
    ],
)
def test_what_is_not_shaped_like_a_publishers_name(name: str) -> None:
    from reader.core.meta_choice import publisher_shaped

    assert not publisher_shaped(name)


@pytest.mark.parametrize(
    "name", ["21世纪经济报道", "1905电影网", "36氪", "《北岸》", "眾聲 Polyphony HK", "知乎专栏·后端那些事"]
)
def test_publishers_names_keep_their_shape(name: str) -> None:
    from reader.core.meta_choice import publisher_shaped

    assert publisher_shaped(name)


def test_a_source_not_shaped_like_a_publisher_gives_way_to_the_sites_name() -> None:
    page = (
        "校友登录 | 返校预约 | 校友卡申请 | 捐赠\n江城大学校友总会\n"
        "首页 总会概况 校友风采 地方校友会 校友活动 《江城校友》 捐赠支持\n"
        "从实验室到戈壁滩：记2003级校友、光伏工程师伍致远\n发布时间：2025-11-24　浏览次数：1,083\n"
        + BODY
        + "本文原载《江城校友》2025年第4期\n版权所有 © 江城大学校友总会　鄂ICP备05003125号\n"
    )
    assert clean(page).metadata.source == "江城大学校友总会"


def test_a_bilingual_line_below_a_masthead_does_not_replace_it() -> None:
    page = (
        "南岛日报｜马来西亚华文新闻网\n首页　国内　国际　财经　体育　副刊\n香港版 Hong Kong Edition\n"
        "课题组在钠离子电池低温电解液研究中取得新进展\n发布时间：2025-11-21\n" + BODY
    )
    assert clean(page).metadata.source == "南岛日报"


def test_a_source_unit_the_foot_gives_as_its_contact_is_the_sites_department() -> None:
    head = "华屿地产 | 美好生活服务商\n首页　关于华屿　产品系列　城市布局　新闻中心　华屿服务　加入我们\n"
    page = head + "华屿·江湾府二期首批交付 1068户业主提前一个月收房\n2025-11-25　来源：{}　阅读：2,316\n" + BODY
    # (no line names the unit again, and its work is a ministry's: it may be the ministry the story comes from)
    assert clean(page.format("宣传部")).metadata.source == "宣传部"
    assert clean(page.format("宣传部") + "媒体联系：宣传部 press@huayu.example\n").metadata.source == "华屿地产"
    # (a 部 whose work no ministry has is the company's own: 品牌部, 竞赛部)
    assert clean(page.format("品牌部")).metadata.source == "华屿地产"


def test_a_source_field_without_the_sites_place_names_the_site_the_page_writes_in_full() -> None:
    page = (
        "无障碍　长者模式\n临江市白沙区档案馆\n首页　机构概况　馆藏资源　档案故事　政务公开\n"
        "一张老粮票背后的街巷往事\n来源：白沙区档案馆　发布日期：2025-03-08\n" + BODY
    )
    assert (
        clean(page + "主办单位：临江市白沙区档案馆　网站标识码：3201020001\n").metadata.source == "临江市白沙区档案馆"
    )
    # (one place alone writing the longer name does not make it the page's)
    assert clean(page).metadata.source == "白沙区档案馆"
    # (a paper's website ends otherwise: the paper stays the source)
    paper = (
        "龙城晚报网\n首页　新闻　评论　专题\n一张老粮票背后的街巷往事\n来源：龙城晚报　发布日期：2025-03-08\n" + BODY
    )
    assert clean(paper + "主办单位：龙城晚报网\n").metadata.source == "龙城晚报"


@pytest.mark.parametrize(
    "foot", ["临川市中心血站 版权所有　地址：建设路1号", "版权所有：临川市中心血站　备案号：晋ICP备09000001号"]
)
def test_a_rights_line_without_a_copyright_sign_names_the_site(foot: str) -> None:
    page = "冒雪献血的市民们\n发布时间：2025-03-08　点击数：873\n" + BODY + f"{foot}\n"
    assert clean(page).metadata.source == "临川市中心血站"


def test_the_host_field_at_the_foot_names_the_site_when_nothing_else_does() -> None:
    page = "关于开展冬季消防安全检查的通知\n发布日期：2025-03-08　浏览次数：215\n" + BODY
    assert clean(page).metadata.source is None
    found = clean(page + "主办单位：城南街道办事处　技术支持：某某信息公司\n").metadata
    assert found.source == "城南街道办事处"


def test_a_byline_with_its_role_beats_a_label_beside_the_date() -> None:
    # (2026年11月25日 · 升學資訊: the column's label, not who wrote it)
    text = "# 一篇有栏目名的文章标题\n2026年11月25日 · 升學資訊\n撰文：數學科導師 何俊傑\n" + BODY
    found = clean(text).metadata
    assert found.author == "何俊傑"
    assert found.date == "2026-11-25"
    # (a name beside the date alone is still the author)
    assert clean("# 一篇有栏目名的文章标题\n2026年11月25日 · 何俊傑\n" + BODY).metadata.author == "何俊傑"


def test_a_promo_banner_is_no_masthead() -> None:
    text = (
        "滿千免運｜每週二、五新鮮烘焙出貨\n山嵐咖啡烘焙所 Shanlan Coffee Roasters\n"
        "首頁\u3000咖啡豆\u3000掛耳包\u3000器材\u3000關於我們\u3000會員登入\n"
        "# 一支日曬豆的產地故事\n文／許維倫\n" + BODY
    )
    assert clean(text).metadata.source == "山嵐咖啡烘焙所"


def test_a_columns_label_beside_the_date_is_no_one() -> None:
    for line in ("2026年11月25日 · 升學資訊", "升學資訊 · 2026-11-25", "2025-11-20 · 校园动态"):
        found = parse_meta_line(line, fold(line))
        assert found is not None and found.date is not None and found.author is None, line
        assert found.credits == (), line
    # (a nickname there is the poster's)
    found = parse_meta_line("2026年11月25日 · 阿澄去旅行", fold("2026年11月25日 · 阿澄去旅行"))
    assert found is not None and found.author == "阿澄去旅行"


@pytest.mark.parametrize("unit", ["宣传科", "支队宣传科", "办公室"])
def test_an_office_of_the_publisher_is_no_source_when_the_page_names_the_publisher(unit: str) -> None:
    text = (
        "临江市消防救援支队 | 首页 | 支队要闻 | 以案说防 | 消防科普\n"
        "一块充电宝引发的出租屋火灾：消防员复盘起火全过程\n"
        f"发布时间：2026-11-25 16:30\u3000来源：{unit}\n" + BODY + "© 2026 临江市消防救援支队\n"
    )
    assert clean(text).metadata.source == "临江市消防救援支队"


def test_a_ministry_stays_the_source() -> None:
    text = (
        "远航科技 | 首页 | 新闻中心 | 产品\n"
        "关于跨境电商出口退税新政的解读\n"
        "发布时间：2026-11-25 16:30\u3000来源：商务部\n" + BODY + "© 2026 远航科技\n"
    )
    assert clean(text).metadata.source == "商务部"


def test_a_promos_words_are_no_publishers_name() -> None:
    from reader.core.publisher_names import publisher_shaped

    for promo in ("滿千免運", "限時優惠", "全場8折", "满199包邮", "新品上市", "年末清仓"):
        assert not publisher_shaped(promo), promo
    assert publisher_shaped("山嵐咖啡烘焙所")


def test_an_organisations_name_with_its_english_name_is_its_masthead_however_it_ends() -> None:
    # (中心 ends a unit's name too; with its English name beside it, it is the site's own)
    text = (
        "活力社區中心 Vibrant Community Centre\n關於我們｜活動報名｜義工招募｜聯絡我們\n"
        "長者智能手機班圓滿結業　二十位學員互傳第一張相片\n撰文：社工 陳小美\n" + BODY
    )
    assert clean(text).metadata.source == "活力社區中心"


def test_a_welcome_bar_names_the_site_whose_office_the_source_field_names() -> None:
    text = (
        "欢迎来到江南茶叶协会官方网站！今天是2025年11月28日 星期五\n江南茶叶协会\n协会动态\n"
        "2025年秋茶品鉴会在杭州举行\n来源：秘书处\u3000发布时间：2025-11-28\n" + BODY
    )
    assert clean(text).metadata.source == "江南茶叶协会"
    # (no welcome, nothing else names a site: the field stays)
    assert clean(text.split("\n", 1)[1]).metadata.source == "秘书处"


def test_a_skip_link_over_the_menu_names_no_site() -> None:
    from reader.core.masthead import ui_word

    assert ui_word("跳转到主要内容") and ui_word("跳到主要內容區塊") and ui_word("Skip to main content")
    assert ui_word("返回頂部") and ui_word("Back to top")
    assert not ui_word("跳跳糖工作室")
    text = (
        "跳转到主要内容\n首页　关于我们　服务项目　新闻动态　联系我们\n新闻动态\n"
        "我院开展“世界糖尿病日”义诊活动\n发布者：办公室　发布时间：2025-11-14\n"
        + BODY
        + "版权所有 © 2025 临江市第二人民医院　地址：临江市人民路12号\n"
    )
    assert clean(text).metadata.source == "临江市第二人民医院"


def test_a_copyright_name_keeps_its_dot_between_han_words() -> None:
    page = (
        "[川流·简梓川官方后援会](https://fans.example/) ｜ [公告](https://fans.example/notice)"
        " ｜ [活动回顾](https://fans.example/event)\n"
        "# 川流不息，与你同行｜成都站应援活动回顾\n2026-11-18 · 活动组 · 阅读 3.4万\n"
        + BODY
        + "文案：小满　摄影：阿柚　排版：七七\n"
        + BODY
        + "© 2026 川流·简梓川官方后援会　非营利粉丝组织\n"
    )
    meta = clean(page).metadata
    assert meta.source == "川流·简梓川官方后援会"
    # (two roles on a line between paragraphs are credits, not a heading)
    assert meta.author == "小满"
    assert ("摄影", "阿柚") in meta.credits
    # (an event's people between paragraphs stay in the story)
    cleaned = clean("# 一场讲座的回顾与介绍\n" + BODY + "主讲：王大明　主持：李小红\n" + BODY)
    assert "主讲：王大明　主持：李小红" in cleaned.paragraphs
    # (a spaced dot sets a name apart: © 2026 南岛日报 · 京ICP备)
    assert clean("# 一篇没有来源行的文章标题\n" + BODY + "© 2026 南岛日报 · 版权所有\n").metadata.source == "南岛日报"


def test_a_posting_label_names_who_posted_and_their_blog_is_the_source() -> None:
    meta = parse_meta_line("阿彬 發表於 2026-11-25 23:48", fold("阿彬 發表於 2026-11-25 23:48"))
    assert meta is not None and (meta.author, meta.date) == ("阿彬", "2026-11-25 23:48")
    page = (
        "筆記島 BiJiDao　熱門　旅遊　美食　生活　　登入｜註冊\n阿彬的雞蛋糕日記｜逢甲夜市第 9 年\n"
        "首頁　擺攤日常　口味研究　夜市地圖　關於阿彬\n擺攤第九年，雞蛋糕漲價五塊錢這件事\n"
        "阿彬 發表於 2026-11-25 23:48\n" + BODY + "© 2026 筆記島 BiJiDao　服務條款　隱私權政策\n"
    )
    meta = clean(page).metadata
    assert (meta.source, meta.author) == ("阿彬的雞蛋糕日記", "阿彬")
    # (a header that names someone else's blog leaves the platform the source)
    meta = clean(page.replace("阿彬 發表於", "小美 發表於")).metadata
    assert (meta.source, meta.author) == ("筆記島", "小美")


def test_a_role_in_an_items_box_of_fields_is_no_byline() -> None:
    box = "歌手：林月琪\n發行：金鷹唱片\n年份：1983\n編號：GE-1127\n"
    head = (
        "溝槽閣樓 Groove Attic｜二手黑膠\n首頁　台灣華語　門市資訊　購物車(0)\n林月琪《海港的黃昏》1983 原版黑膠 LP\n"
    )
    cleaned = clean(head + "上架日期：2026/11/24\n" + box + BODY)
    assert cleaned.metadata.author is None
    assert "歌手：林月琪" in cleaned.paragraphs
    # (alone under the date, the role names who made it)
    assert clean(head + "上架日期：2026/11/24\n歌手：林月琪\n" + BODY).metadata.author == "林月琪"


def test_a_bilingual_masthead_the_page_writes_again_is_still_its_chinese_part() -> None:
    # (sets 40-46 give a bilingual name's Chinese part however often the page writes both)
    head = "溝槽閣樓 Groove Attic｜二手黑膠・台灣老歌\n首頁　台灣華語　台語老歌　門市資訊\n一張老唱片的故事與它的主人\n"
    foot = "溝槽閣樓 Groove Attic　台北市中山區赤峰街 41 巷 8 號\n© 2026 Groove Attic. Powered by Shopline\n"
    assert clean(head + BODY + foot).metadata.source == "溝槽閣樓"
    # (the English name alone in the © line: the Han name)
    assert clean(head + BODY + foot.split("\n", 1)[1]).metadata.source == "溝槽閣樓"


def test_an_office_of_the_school_the_page_names_is_no_source() -> None:
    page = "# 高二年级开展研学活动\n发布日期：2026年11月23日　来源：政教处　浏览：2086\n" + BODY
    hints = Hints(source="浮梁县第一中学")
    assert clean(page, frozenset(), hints).metadata.source == "浮梁县第一中学"
    # (a ministry's 部 on another organisation's page stays the source)
    assert clean(page.replace("政教处", "商务部"), frozenset(), hints).metadata.source == "商务部"


def test_a_category_after_the_date_that_the_menu_lists_is_no_source() -> None:
    head = "明視眼鏡\n首頁　關於明視　鏡框品牌　鏡片介紹　配鏡知識　門市據點\n\n"
    head += "第一次配多焦點眼鏡就上手？驗光師教你避開常見錯誤\n"
    meta = clean(head + "2026.11.21　配鏡知識\n" + BODY).metadata
    assert (meta.source, meta.date) == ("明視眼鏡", "2026-11-21")
    # (a word the menu does not list stays the outlet beside the date)
    assert clean(head + "2026.11.21　視界週報\n" + BODY).metadata.source == "視界週報"


def test_the_committee_of_the_place_whose_board_the_page_is_on() -> None:
    head = "钟祥市 胡集镇 桃源村　　【大 中 小】\n桃源村村务公开网\n首页　党务公开　村务公开　财务公开　惠农政策\n\n"
    notice = "关于2026年度耕地地力保护补贴发放情况的公示\n发布日期：2026年11月25日　　来源：{}　　浏览次数：87\n"
    assert clean(head + notice.format("桃源村村民委员会") + BODY).metadata.source == "桃源村村务公开网"
    # (another place's committee is another body: the source the field names)
    assert clean(head + notice.format("钟祥市农业农村委员会") + BODY).metadata.source == "钟祥市农业农村委员会"


@pytest.mark.parametrize("value", ["◎施淑華", "施淑華☆", "■施淑華"])
def test_a_layout_mark_around_a_name_is_no_part_of_it(value: str) -> None:
    page = "王彬街的早晨\n" + value + "\n2026年11月26日　第5版\n" + BODY
    assert clean(page).metadata.author == "施淑華"


def test_a_dated_meta_row_of_bars_is_no_menu_and_keeps_the_markups_author() -> None:
    # (a group's blog clipped with its writer in the front matter; the bold meta row under the
    # headline splits into many words like a menu, but a menu carries no date)
    head = "[首页](https://x.example/) · [活动](https://x.example/e)\n# 一次写生活动的记录标题\n"
    row = "**某某画会 Sketch Club** ｜ 活动记录 ｜ 周雨桐 ｜ 2027年3月4日\n"
    found = clean(head + row + BODY, hints=Hints(author="周雨桐")).metadata
    assert found.author == "周雨桐"
    # (a menu row naming the same word stays a channel's label, no one's name)
    menu = "主页 ｜ 活动记录 ｜ 周雨桐 ｜ 作品墙 ｜ 加入我们\n"
    assert clean(head + menu + BODY, hints=Hints(author="周雨桐")).metadata.author is None


def test_a_source_field_naming_an_office_of_the_sites_body_after_its_place_gives_the_site() -> None:
    from reader.core.publisher_names import department

    site = "柳溪乡人民政府"
    assert department("柳溪乡社会事务办公室", site)
    assert department("柳溪乡卫生院办公室", site) is False  # (a body of its own: 卫生院)
    assert department("柳溪乡文化旅游服务中心", site) is False
    assert department("柳溪乡市场监督管理所", site) is False
    head = "柳溪乡人民政府门户网站\n首页　政务公开　政务服务　互动交流\n"
    page = head + "关于柳溪乡2028年农村低保对象名单的公示\n来源：{}　发布时间：2028-05-06 09:00\n" + BODY
    page += "主办单位：柳溪乡人民政府　承办：柳溪乡党政综合办公室\n"
    assert clean(page.format("柳溪乡社会事务办公室")).metadata.source == "柳溪乡人民政府"
