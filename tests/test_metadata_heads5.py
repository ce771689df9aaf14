"""Bylines, dates and sources of heads set 5's and page set 124's shapes
(tests/data/pages/fh5_*, f124_*)."""

from __future__ import annotations

from reader.core.cleaning import clean
from reader.core.date_lines import published_after_edit
from reader.core.folding import fold
from reader.core.meta_records import Hints, MetaLine, merge
from reader.core.metadata import parse_meta_line
from reader.core.person_values import person_value


def _meta(line: str) -> MetaLine | None:
    return parse_meta_line(line, fold(line))


_BODY = (
    "上星期六中午，我在大巴窑一个小贩中心等位子，足足站了十分钟。不是没有空桌，而是好几张桌子上还摆着碗碟。\n\n"
    "还托盘的规定实施好几年了，头几个月执法人员天天巡，大家也都规规矩矩。如今巡查少了，有些人又回到老习惯。\n\n"
    "我想，还托盘从来不只是罚款的问题，而是一种对下一位食客、对清洁工的体贴。多走几步路，花不了半分钟。\n\n"
)


def test_an_english_name_before_the_han_name_in_full_leaves_the_han_name() -> None:
    # (fh5_04: 报道：Jason Lee 李俊杰 gave the two as the author)
    assert person_value("Jason Lee 李俊杰") == "李俊杰"
    # (near misses: a Latin given name and a surname alone is one name as written; the Han name first keeps both)
    assert person_value("Jessie 陈") == "Jessie 陈"
    assert person_value("何嘉欣 Karen Ho") == "何嘉欣 Karen Ho"


def test_a_title_after_a_comma_behind_the_writers_name_is_no_part_of_it() -> None:
    # (fh5_08: 撰文／梁家俊（Kelvin Leung），首席投資策略師 stated no byline)
    meta = _meta("撰文／梁家俊（Kelvin Leung），首席投資策略師")
    assert meta is not None and meta.author == "梁家俊"
    # (near miss: a clause after the comma, not a title, is a sentence's)
    assert _meta("撰文／梁家俊，我们的好朋友") is None


def test_who_wrote_an_oral_account_down_is_its_author_not_who_told_it() -> None:
    # (fh5_05: 口述／陳婆婆 over 整理／何嘉欣 gave the narrator)
    told = [_meta("口述／陳婆婆（深水埗，八十三歲）"), _meta("整理／何嘉欣（註冊社工）"), _meta("攝影／義工 梁子軒")]
    assert merge([m for m in told if m])[1] == "何嘉欣"
    one = _meta("口述：陈婆婆　整理：何嘉欣")
    assert one is not None and merge([one])[1] == "何嘉欣"
    # (near miss: an account told with no one setting it down is the teller's)
    alone = _meta("口述／陳婆婆（深水埗，八十三歲）")
    assert alone is not None and merge([alone])[1] == "陳婆婆"


def test_a_publication_date_under_the_text_above_the_newsletters_notices_is_the_pages() -> None:
    # (fh5_05: 出版日期：二〇二九年六月八日 under the text, the donation lines under it, read as an event's day)
    page = "一個人吃飯，原來也可以不孤單\n\n{body}{date}\n捐款方法：劃線支票抬頭「樂齡同行協會」。\n"
    assert clean(page.format(body=_BODY, date="出版日期：二〇二九年六月八日")).metadata.date == "2029-06-08"
    # (near miss: a plain day's label there is an event's)
    assert clean(page.format(body=_BODY, date="活動日期：二〇二九年六月八日")).metadata.date is None


def test_a_columns_note_on_its_writer_under_the_text_beats_the_columns_name_under_the_headline() -> None:
    # (fh5_03: 周末茶座 under the headline taken for the writer; （作者郑慧玲是自由撰稿人） read as nothing)
    page = "# 小贩中心的托盘，我们还回去了吗\n\n周末茶座\n\n2029年5月19日（星期六）\n\n{body}{note}\n"
    meta = clean(page.format(body=_BODY, note="（作者郑慧玲是自由撰稿人）")).metadata
    assert meta.author == "郑慧玲"
    # (near misses: a note naming no one leaves the name under the headline; a note that is a sentence, none)
    assert clean(page.format(body=_BODY, note="（作者是自由撰稿人）")).metadata.author == "周末茶座"
    assert _meta("（作者是自由撰稿人）") is None


_ANSWER = """问知  首页  发现  等你来答  登录/注册
杭州租房退租时，房东以“墙上有钉眼”为由扣光全部押金，合理吗？
关注问题  写回答  邀请回答  好问题 12
142 个回答 · 默认排序
{name}
执业律师，专注房屋租赁与物业纠纷
3,281 人赞同了该回答
先说结论：墙面几个钉眼，通常属于正常使用造成的损耗，房东拿这个扣光押金，多半站不住脚。
《民法典》第七百一十条写得很清楚：承租人按照约定的方法使用租赁物，致使租赁物受到损耗的，不承担赔偿责任。
实操上建议三步：一是把照片和交接单找出来；二是书面要求房东列明扣款项目；三是申请调解。
编辑于 2029-03-14 10:22 · IP 属地浙江
"""


def test_a_writers_name_with_a_title_in_brackets_over_a_line_on_who_they_are_is_the_author() -> None:
    # (fh5_01: the answerer's row, 林间小律（律师） over its self-description and the vote count, named no one)
    assert clean(_ANSWER.format(name="林间小律（律师）")).metadata.author == "林间小律"
    # (near misses: a note in brackets that is no title; the line under it the story's, no row of the page's)
    assert clean(_ANSWER.format(name="林间小律（化名）")).metadata.author is None
    told = _ANSWER.format(name="林间小律（律师）").replace("3,281 人赞同了该回答\n", "")
    assert clean(told).metadata.author is None


_COLUMN = """[问渠](https://wenqu.example/) 首页 · 会员 · 发现 · 等你来答 · [登录/注册](https://wenqu.example/signin)

[专栏 · 城市观察笔记](https://wenqu.example/column/chengshi)

# 为什么我劝表弟先别急着从杭州回县城

{name}

[+ 关注](https://wenqu.example/people/luchenzhou)

1,362 人赞同了该文章

{body}"""


def test_a_writers_name_in_bold_and_who_they_are_over_the_follow_button_is_the_author() -> None:
    # (f124_05: **陆沉舟** · 城乡规划从业者，写写县城和人 over [+ 关注] named no one)
    assert (
        clean(_COLUMN.format(name="**陆沉舟** · 城乡规划从业者，写写县城和人", body=_BODY)).metadata.author == "陆沉舟"
    )
    # (near miss: a count after the dot is a row of the page's, 1.2万 关注)
    assert clean(_COLUMN.format(name="**陆沉舟** · 1.2万 人关注", body=_BODY)).metadata.author is None


def test_an_editor_named_under_the_sites_desk_posted_the_page_and_wrote_nothing() -> None:
    # (f124_08: 編輯：校務處 鄭慧玲 under a school's results page, alone, was taken for the writer)
    meta = _meta("編輯：校務處 鄭慧玲")
    assert meta is not None and meta.author is None and meta.credits == (("編輯", "鄭慧玲"),)
    assert merge([meta])[1] is None
    # (near miss: an editor named alone may still be the writer, as a lone editor's line ever was)
    alone = _meta("編輯：鄭慧玲")
    assert alone is not None and merge([alone])[1] == "鄭慧玲"


def test_a_line_led_by_its_last_edits_date_dates_the_page_by_its_publishing_one() -> None:
    # (f124_05: 编辑于 … · 发布于 … · IP 属地浙江 stated no date; without the place it gave the edit's)
    for line in (
        "编辑于 2029-07-08 12:05 · 发布于 2029-07-07 09:18 · IP 属地浙江",
        "编辑于 2029-07-08 12:05 · 发布于 2029-07-07 09:18",
    ):
        meta = _meta(line)
        assert meta is not None and meta.date == "2029-07-07 09:18"
    # (near misses: the edit's date alone is the date the page gives; a publisher's label after it no date)
    edited = _meta("编辑于 2029-07-08 12:05 · IP 属地浙江")
    assert edited is not None and edited.date == "2029-07-08 12:05"
    assert published_after_edit(fold("更新于 2026-06-09　|　发布者：蓝鳍潜水　|　标签：珊瑚种植")) == 0


def test_a_posters_school_dotted_after_their_handle_is_no_outlet() -> None:
    # (f124_03: a board post's row named the poster's university as the source)
    meta = _meta("**南大貓咪工程師** · 國立臺南大學 · 2029年6月2日 14:27")
    assert meta is not None and (meta.source, meta.author) == (None, "南大貓咪工程師")
    # (near miss: the school first, then a writer, is the school's own page and its writer)
    school = _meta("國立中興大學 · 陳志遠 · 2028年11月26日")
    assert school is not None and (school.source, school.author) == ("國立中興大學", "陳志遠")


_REPOST = """中市明起夜間減壓供水 北屯、豐原等8區首當其衝
{row}
石岡壩蓄水率今日下午跌破三成，經濟部水利署宣布台中地區水情燈號由黃燈升為橙燈，台中市政府隨即表示將實施夜間減壓供水。
市府水利局長指出，今年入冬以來中部降雨量僅有往年同期的四成，大甲溪上游進流量持續偏低，若不提前節流恐面臨更嚴峻的限水。
台水公司提醒，減壓期間位於高樓層或管線末端的用戶，可能出現水壓不足的情形，建議民眾於晚間10時前備妥隔日用水。
"""


def test_a_paper_named_with_its_own_reporter_on_an_aggregators_page_is_the_source() -> None:
    # (f124_01: 大墩日報 記者林映彤／台中報導 on 拾穗新聞's page; the markup's site won)
    row = "大墩日報 記者林映彤／台中報導 2029年3月14日 週三 下午4:12"
    meta = clean(_REPOST.format(row=row), hints=Hints(source="拾穗新聞")).metadata
    assert (meta.source, meta.author) == ("大墩日報", "林映彤")
    # (near miss: a name beside the date with no reporter of its own leaves the site)
    other = clean(_REPOST.format(row="地方 2029年3月14日 週三 下午4:12"), hints=Hints(source="拾穗新聞")).metadata
    assert other.source == "拾穗新聞"
