"""Bylines of heads set 2's shapes and the date-led byline row
(tests/data/pages/fh2_*, tests/data/people/fresh100)."""

from __future__ import annotations

from reader.core.folding import fold
from reader.core.meta_records import MetaLine
from reader.core.metadata import parse_meta_line


def _meta(line: str) -> MetaLine | None:
    return parse_meta_line(line, fold(line))


def test_a_date_then_an_outlet_and_credits_set_wide_apart_is_a_dated_byline() -> None:
    meta = _meta("2029-03-05 08:10　江城晚报　文/宗政晓岚　图/澹台明　实习生 闻人秋")
    assert meta is not None
    assert (meta.source, meta.author, meta.date) == ("江城晚报", "宗政晓岚", "2029-03-05 08:10")
    assert meta.credits == (("文", "宗政晓岚"), ("图", "澹台明"), ("实习生", "闻人秋"))
    short = _meta("2029-03-05　江城晚报　文/宗政晓岚")
    assert short is not None and (short.source, short.author, short.date) == ("江城晚报", "宗政晓岚", "2029-03-05")


def test_a_date_before_an_editor_or_a_unit_names_no_writer() -> None:
    # (the issue's editor is credited, not the writer; a desk that wrote it is no one)
    edited = _meta("2029年11月2日（星期五）　本期编辑：黄慧珊")
    assert edited is not None and edited.author is None and edited.date == "2029-11-02"
    desk = _meta("2027/12/16　文／認養組　攝影／志工 吳冠廷")
    assert desk is not None and desk.author is None and ("攝影", "吳冠廷") in desk.credits


def test_a_desk_word_before_the_reporters_role_is_the_roles_and_the_camera_reporter_is_credited() -> None:
    # (fh2_02: 文字記者 is no outlet 文字 and reporter; the camera's reporter took the pictures)
    meta = _meta("文字記者 林宛萱　攝影記者 陳冠宇 / 花蓮報導")
    assert meta is not None and meta.source is None and meta.author == "林宛萱"
    assert meta.credits == (("文字記者", "林宛萱"), ("攝影記者", "陳冠宇"))
    swapped = _meta("攝影記者 陳冠宇　文字記者 林宛萱")
    assert swapped is not None and swapped.author == "林宛萱"
    plain = _meta("記者 林宛萱")  # (near miss: a reporter alone wrote it)
    assert plain is not None and plain.author == "林宛萱"


def test_the_markups_byline_joined_by_semicolons_is_read_as_the_pages_slashes() -> None:
    from reader.core.html_reader import _hint_author

    assert _hint_author("文字記者 林宛萱 攝影記者 陳冠宇; 花蓮報導") == "林宛萱"
    # (near miss: a value with its own marks is read as it stands, its ; no slash: no writer and title)
    assert _hint_author("文; 图：苏禾（锡语手作主理人） ·") is None


def test_a_role_in_two_languages_names_the_writer_by_the_han_name() -> None:
    meta = _meta("記者 Repórter：黎曉雯 Lai Hio Man")
    assert meta is not None and meta.author == "黎曉雯" and meta.credits == (("記者", "黎曉雯"),)
    # (near miss: a label in one language keeps the name as the writer gives it, both parts)
    one = _meta("文：何嘉欣 Karen Ho｜相片：Jason Lau")
    assert one is not None and one.author == "何嘉欣 Karen Ho"


def test_the_role_after_each_name_across_a_bar() -> None:
    meta = _meta("李慧敏 报道 | 黄伟强 摄")
    assert meta is not None and meta.author == "李慧敏"
    assert ("摄影", "黄伟强") in meta.credits
    outlet = _meta("新智元报道")  # (near miss: an outlet's line, one word before its verb)
    assert outlet is not None and outlet.author is None and outlet.source == "新智元"


def test_a_role_then_a_spaced_dot_or_an_equals_sign() -> None:
    dotted = _meta("文 · 品牌主理人 许青")
    assert dotted is not None and dotted.author == "许青"
    equals = _meta("撰文＝王筱涵　攝影＝李承恩")
    assert equals is not None and equals.author == "王筱涵" and ("攝影", "李承恩") in equals.credits
    dated = _meta("作者 · 2025-11-19")  # (near miss: a date after the dot names no one)
    assert dated is not None and dated.author is None


def test_an_issues_number_and_its_day_is_a_date_line() -> None:
    roc = _meta("第93期｜民國118年9月1日出刊")
    assert roc is not None and roc.kind == "date" and roc.date == "民國118年9月1日"
    iso = _meta("第12期｜2029-09-01出版")
    assert iso is not None and iso.date == "2029-09-01"
    assert _meta("第3期｜五月号") is None  # (near miss: a month's name, no day)


def test_a_reporters_dateline_in_brackets_opens_the_lead() -> None:
    from reader.core.cleaning import clean
    from reader.core.reporter_lines import dateline_reporters

    lead = "〔記者黃詠晴／高雄報導〕高雄環狀輕軌大順路段昨（5）日正式通車，首日搭乘人次突破三萬，月台出現排隊人潮。"
    found = dateline_reporters(lead)
    assert found is not None and found.author == "黃詠晴"
    # (near miss: an editor's note in brackets names no reporter)
    assert dateline_reporters("〔編按〕本文為系列報導第三篇，記錄高雄輕軌通車前後沿線居民的生活與心聲。") is None
    # (under a kept line over the lead, a near-twin headline's: the lead is the second paragraph)
    text = (
        "高雄輕軌大順段今通車 首日湧進三萬人次搭乘\n\n2029/05/06 05:30\n\n"
        "高雄輕軌大順路段通車首日 月台擠爆乘客排隊，通勤族直呼終於等到\n\n"
        f"{lead}\n\n高雄捷運公司表示，通車首週全線免費搭乘，平日尖峰班距將維持七分半鐘，假日視人潮加開班次。\n"
    )
    assert clean(text).metadata.author == "黃詠晴"


def test_a_clock_before_its_day() -> None:
    meta = _meta("發佈時間：15:30 2029/05/15")
    assert meta is not None and meta.date == "2029-05-15 15:30"
    bare = _meta("15:30 2029/05/15")
    assert bare is not None and bare.date == "2029-05-15 15:30" and bare.source is None
    # (near miss: a clock with seconds after a clock is no clock before the day: 12:15:30 is one clock)
    seconds = _meta("12:15:30 2029/05/15")
    assert seconds is not None and seconds.date == "2029-05-15 12:15:30"


def test_an_english_date_then_a_count_after_a_dot() -> None:
    meta = _meta("5 Mar 2029 · 阅读时间 3 分钟")
    assert meta is not None and meta.date == "2029-03-05"
    read = _meta("Mar 5, 2029 · 3 min read")
    assert read is not None and read.date == "2029-03-05"
    # (near miss: words after the dot with no figure are no count)
    assert _meta("5 Mar 2029 · 阅读时间很长很长") is None


def test_a_name_then_its_bare_handle_perhaps_after_the_writers_school() -> None:
    meta = _meta("張以寧 @slowreadtw")
    assert meta is not None and meta.author == "張以寧"
    school = _meta("國立成功大學　小米粥 @xiaomizhou_0412")
    assert school is not None and school.author == "小米粥" and school.source is None
    # (near miss: two words before a handle, the first no unit: a reply's words, no byline)
    assert _meta("今天 天气 @abc") is None


def test_a_follow_buttons_row_names_the_account() -> None:
    meta = _meta("林晓雯  关注")
    assert meta is not None and meta.author == "林晓雯"
    counted = _meta("**慢牛老周** · 粉丝 2.3万 · [+ 关注](/u/88317/follow)")
    assert counted is not None and counted.author == "慢牛老周"
    # (near misses: a row of buttons, and an appeal to follow, name no one)
    assert _meta("讚好　追蹤") is None
    assert _meta("欢迎关注") is None


def test_a_shows_one_host_speaks_it_and_the_transcriber_is_credited() -> None:
    from reader.core.cleaning import clean

    body = (
        "梁家豪：今集我哋嚟到深水埗福榮街，坐喺我對面嘅係寫咗五十年招牌嘅黃師傅，佢講咗好多舊事。\n\n"
        "黃師傅：我第一塊招牌係一九七九年寫嘅，嗰陣成條街都係手寫招牌，而家淨返我一個咋。\n"
    )
    host = clean(f"EP42｜深水埗最後一間手寫招牌舖\n\n主持｜梁家豪　逐字稿整理｜陳嘉怡\n\n{body}").metadata
    assert host.author == "梁家豪" and ("逐字稿整理", "陳嘉怡") in host.credits
    # (near miss: two hosts and a guest over show notes the show wrote: no one)
    notes = clean(f"EP42｜深水埗最後一間手寫招牌舖\n\n主持：阿Ken、Mandy｜嘉賓：阿Wing\n\n{body}").metadata
    assert notes.author is None


def test_a_repost_statement_dropped_as_a_notice_names_the_outlet_and_the_writer() -> None:
    from reader.core.cleaning import clean

    page = (
        "澎湖菜宅：用咾咕石圍起來的冬天菜園\n2029-10-21\n{note}\n"
        "每年東北季風一來，澎湖的風可以吹倒人。老一輩用咾咕石和玄武岩在田邊疊起一人高的矮牆，圍出一格一格的菜宅。\n"
        "西嶼二崁村的許阿嬤還在用菜宅種高麗菜和胡蘿蔔。她說牆內外差一件外套，菜才長得起來，這是老一輩的經驗。\n"
    )
    meta = clean(page.format(note="本文轉載自《山海誌》，原作者：林于晴，經授權刊登。")).metadata
    assert (meta.source, meta.author, meta.title) == ("山海誌", "林于晴", "澎湖菜宅：用咾咕石圍起來的冬天菜園")
    # (near miss: a notice that reposts nothing names no one)
    assert clean(page.format(note="本文未經同意請勿轉載，違者必究。")).metadata.author is None


def test_a_reviewers_line_with_the_works_stars() -> None:
    meta = _meta("晚风不识字 评论 江边的雨季 ★★★★☆")
    assert meta is not None and meta.author == "晚风不识字"
    assert _meta("看过 ★★★★★") is None  # (near miss: a rating alone, no reviewer)


_SHOP_PAGE = (
    "{masthead}\n首页　全部宝贝　新品上架　品牌故事　会员中心\n品牌故事\n茶山的雨\n文 · 品牌主理人 许青\n2029/7/9\n"
    "我外公在黄山脚下种了一辈子茶。小时候每年清明前后，家里整夜都是炒锅的声音和茶叶的香气。\n"
    "十年前外公炒不动了，我辞掉上海的工作回到村里，跟着他学了两年杀青和揉捻，才敢把自己炒的茶拿出去卖。\n"
)


def test_a_brands_store_on_a_mall_names_the_brand() -> None:
    from reader.core.cleaning import clean

    page = clean(_SHOP_PAGE.format(masthead="优品汇 | 山禾茶事官方旗舰店")).metadata
    assert page.source == "山禾茶事"
    # (near miss: a word ending in 店 that is no brand's store)
    other = clean(_SHOP_PAGE.format(masthead="优品汇 | 山禾茶店")).metadata
    assert other.source == "优品汇"
