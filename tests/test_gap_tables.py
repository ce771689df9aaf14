"""Rows whose short cells stand apart by wide gaps (ideographic spaces, or
two spaces or more), as Chinese pages set out a table in plain text, are
shown as a table; prose with a gap in it and a row alone are not."""

from __future__ import annotations

from pathlib import Path

from reader.core.cell_tables import render_rows
from reader.core.model import Article
from reader.core.page import HEADER, PageLayout, PageText
from reader.core.script import Script
from reader.core.views import View
from table_support import bar_columns, marked_on_its_line, page_lines

HOURS = [
    "本所增加下列服务时段：",
    "日期　服务时间　备注",
    "12月20日（六）　08:00–12:00　全部业务",
    "1月24日（六）　08:00–12:00　仅受理印鉴证明、誊本",
    "夜间服务另行公告。",
]


def test_rows_parted_by_ideographic_spaces_are_drawn_aligned() -> None:
    shown = render_rows(HOURS)
    assert shown is not None
    rows = [r.text for r in shown[1:4]]
    assert rows == [
        "日期           │ 服务时间    │ 备注",
        "12月20日（六） │ 08:00–12:00 │ 全部业务",
        "1月24日（六）  │ 08:00–12:00 │ 仅受理印鉴证明、誊本",
    ]
    assert len({bar_columns(row) for row in rows}) == 1
    assert [r.tight for r in shown] == [False, True, True, False, False]
    assert not any(r.under for r in shown)  # (plain text marks no head)
    assert shown[0].text == HOURS[0] and shown[-1].text == HOURS[-1]


def test_two_spaces_part_cells_and_an_indent_is_no_cell() -> None:
    shown = render_rows(["　　品名  单价", "　　菠萝油  12元", "　　冻柠茶  16元"])
    assert shown is not None
    assert [r.text for r in shown] == ["品名   │ 单价", "菠萝油 │ 12元", "冻柠茶 │ 16元"]


def test_prose_with_a_gap_a_long_cell_and_a_row_alone_stay_paragraphs() -> None:
    prose = [
        "记者　张晓峰",
        "这是一段很长的正文，讲的是老街的变化，它比三十个字还要长得多，所以不是一个格子。　第二句",
        "夜间服务另行公告。",
    ]
    assert render_rows(prose) is None
    assert render_rows(["日期　服务时间　备注", "正文一句。"]) is None


def test_the_page_shows_them_with_a_search_hit_inside_a_cell() -> None:
    doc = Article(id="h", path=Path("h.txt"), title="公告", paragraphs=tuple(HOURS), script=Script.SIMPLIFIED)
    layout = PageLayout(PageText.of(doc, View.ORIGINAL), 80)
    assert layout.blocks[HEADER + 2].text == "12月20日（六） │ 08:00–12:00 │ 全部业务"
    assert marked_on_its_line(layout, doc, "全部业务") == ["全部业务"]


def test_the_traditional_view_keeps_them() -> None:
    doc = Article(id="h", path=Path("h.txt"), title="公告", paragraphs=tuple(HOURS), script=Script.SIMPLIFIED)
    layout = PageLayout(PageText.of(doc, View.TRADITIONAL), 80)
    assert layout.blocks[HEADER + 3].text == "1月24日（六）  │ 08:00–12:00 │ 僅受理印鑑證明、謄本"


ROTA = [
    "十月份輪值安排如下：",
    "日期　時間　地點　傳譯員",
    "第一週",
    "10月2日（二）　09:30–12:30　健康中心　李慧儀",
    "10月3日（三）　14:00–17:00　Holloway 家庭醫生診所　陳思遠",
    "第二週",
    "10月9日（二）　09:30–12:30　健康中心　李慧儀",
    "10月11日（四）　全日　暫停（義工培訓）",
    "取消",
    "10月30日（二）及31日（三）中心員工培訓，暫停所有傳譯服務。",
]


def test_group_headings_amid_a_tables_rows_keep_one_table() -> None:
    # (the head row alone over 第一週 heads every group; each group's rows line up with the others')
    shown = render_rows(ROTA)
    assert shown is not None
    rows = [shown[k].text for k in (1, 3, 4, 6, 7)]
    assert rows[0] == "日期           │ 時間        │ 地點                  │ 傳譯員"
    assert len({bar_columns(row)[:2] for row in rows}) == 1
    assert len({bar_columns(row) for row in rows[:4]}) == 1
    # (the headings as written, each on its rows with the blank line above it)
    assert [shown[k].text for k in (2, 5, 8, 9)] == [ROTA[k] for k in (2, 5, 8, 9)]
    assert [r.tight for r in shown] == [False, False, True, True, False, True, True, False, False, False]


def test_a_short_line_ends_the_table_unless_rows_as_wide_go_on_under_it() -> None:
    # (a heading over a row of other cells, a sentence between rows: no group; 取消 over prose in ROTA)
    assert render_rows(["日期　時間", "第一週", "10月2日　09:30　健康中心"]) is None
    shown = render_rows(["日期　時間", "10月2日　09:30", "見下表。", "2029年10月3日　14:00", "10月4日　15:00"])
    assert shown is not None
    assert shown[2].text == "見下表。"
    assert bar_columns(shown[1].text) != bar_columns(shown[3].text)


def test_a_line_between_lone_rows_heads_no_group() -> None:
    # (each day's row stands alone over its own lines: no table, as before)
    days = [
        "12月4日（星期五）　農曆十月廿六",
        "諸事不宜（月破日）",
        "12月5日（星期六）　農曆十月廿七",
        "宜：嫁娶、入伙",
    ]
    assert render_rows(days) is None


def test_the_first_groups_heading_sits_on_its_rows_too() -> None:
    # (no head row over the table: 单人组 heads the first group as 团体组 the second)
    results = [
        "竞赛成绩",
        "单人组",
        "1　BG4QXY　陈启明　得分 1,158",
        "2　BD4MKT　柳芸　得分 1,026",
        "团体组",
        "1　BY4QL　协会集体电台　得分 1,542",
    ]
    shown = render_rows(results)
    assert shown is not None
    assert [r.tight for r in shown] == [False, True, True, False, True, False]
    assert bar_columns(shown[2].text) == bar_columns(shown[5].text)


def test_a_records_label_value_rows_are_set_close() -> None:
    fields = [
        "書目資料",
        "公告號：M621894",
        "申請號：112208845",
        "國際分類：D06F 57/08",
        "摘要",
        "本創作提供一種可調式竹製曬衣架。",
    ]
    shown = render_rows(fields)
    assert shown is not None
    assert [r.text for r in shown] == fields  # (shown as written)
    assert [r.tight for r in shown] == [False, True, True, False, False, False]


def test_speakers_turns_a_lone_field_and_long_rows_stay_apart() -> None:
    turns = ["陳太：要唔要裝扶手？", "馮詠詩：唔係。要睇屋企環境先。"]
    assert render_rows(turns) is None
    assert render_rows(["公告號：M621894", "本創作提供一種可調式竹製曬衣架。"]) is None
    long_rows = [
        "說明：" + "本資料集收錄南灣漁港魚市場每日拍賣之魚種" * 2,
        "備註：" + "四月四日至六日因清明連假休市" * 2,
    ]
    assert render_rows(long_rows) is None


def test_field_rows_show_with_no_blank_line_between_them_on_the_page() -> None:
    paragraphs = ("活動資料", "時間：10月5日（六）", "地點：社區會堂", "費用：全免", "歡迎街坊參加。")
    doc = Article(id="f", path=Path("f.txt"), title="通告", paragraphs=paragraphs, script=Script.TRADITIONAL)
    lines = page_lines(PageLayout(PageText.of(doc, View.ORIGINAL), 80))
    at = lines.index("時間：10月5日（六）")
    assert lines[at : at + 4] == ["時間：10月5日（六）", "地點：社區會堂", "費用：全免", ""]


def test_clock_times_are_no_field_labels() -> None:
    assert render_rows(["開放時間", "8:00-12:00", "13:30-18:00"]) is None
