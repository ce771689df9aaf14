"""Reader mode on the shapes the twenty-ninth held-out set showed in its
second pass: a reviewer's score beside their name and date."""

from __future__ import annotations

from pathlib import Path

from cleaning_support import same
from reader.core.block_words import button_row
from reader.core.box_sources import without_box_sources
from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.line_passes import Line
from reader.core.menu_shapes import is_menu
from reader.core.metadata import Hints, parse_meta_line
from reader.core.readers import read_markdown


def _meta(line: str):  # type: ignore[no-untyped-def]
    return parse_meta_line(line, fold(line))


def test_a_score_beside_a_users_name_names_no_outlet() -> None:
    # (a number with a unit, 4.4分, is a rating: the row is a user's, dated)
    for line in ("山野行者　4.4分　2026-11-25", "林间小鹿　3.85　2025-10-02", "阿明 4.6/5 2024-05-01"):
        meta = _meta(line)
        assert meta is not None and meta.source is None, line
        assert meta.date is not None and meta.author == line.split()[0], line


_FILM = [
    "首頁",
    "正在上映",
    "會員專區",
    "霧中的渡口",
    "劇情簡介",
    "金門西北角的小漁村，七十六歲的渡船伕阿順每天清晨把船開進濃霧，接送對岸小島上僅剩的九戶人家。",
    "影片資訊",
    "導演：莊以寧",
    "片長：107分鐘",
    "級別：普遍級",
    "語言：閩南語、華語",
    "出品：霧港影像工作室",
    "本院場次",
    "12/05（五）　14:20　19:10",
    "© 2026 河岸影院 版權所有",
]


def test_a_source_field_in_an_items_box_of_fields_is_the_items_maker() -> None:
    # (出品 under 片長/級別/語言 made the film; the page's site publishes the page)
    for hints in (
        Hints(title="霧中的渡口", source="河岸影院"),
        Hints(title="霧中的渡口", field_source="霧港影像工作室"),
    ):
        assert clean("\n".join(_FILM), hints=hints).metadata.source != "霧港影像工作室"


def _box_lines(texts: list[str]) -> list[Line]:
    return [Line(t, fold(t), len(t) <= 30, meta=_meta(t) if "：" in t and "来源" in t else None) for t in texts]


def test_a_pages_own_box_of_fields_over_the_prose_keeps_its_source() -> None:
    # (索引号/发布机构/生成日期 over the article: the page's own fields; the row's date stays either way)
    row = "信息来源：某县林业局　发布时间：2026-11-20 16:05"
    box = ["索引号：1136-2026-0412", "发布机构：某县林业局", row, "生成日期：2026-11-20", "主题分类：工作动态"]
    prose = _FILM[5]
    for texts, kept in (([*box, prose], "某县林业局"), ([prose, *box], None)):
        lines = _box_lines(texts)
        metas = [line.meta for line in lines if line.meta is not None]
        assert len(metas) == 1
        out, _ = without_box_sources(metas, Hints(), lines)
        assert out[0].source == kept and out[0].date == "2026-11-20 16:05"


def test_a_clipped_titles_last_part_after_the_heading_is_the_site() -> None:
    # (heading - project - platform: a title's parts run outward, the site last)
    md = '---\ntitle: "进度更新 #3 - 图书馆翻新计划 - 众心筹"\n---\n# 进度更新 #3\n\n正文一段。\n'
    assert read_markdown(md.encode(), Path("x.md")).hints.source == "众心筹"
    one = '---\ntitle: "東昇戲院 - 香港地方百科"\n---\n# 東昇戲院\n\n正文一段。\n'
    assert read_markdown(one.encode(), Path("x.md")).hints.source == "香港地方百科"


_MINUTES = [
    "香港某某同樂會",
    "主頁　關於本會　會議紀錄　聯絡我們",
    "第十八屆周年會員大會會議紀錄",
    "一、通過議程",
    "主席宣布會議開始，議程獲全體出席會員通過，並報告本年度共舉辦活動五十二次，參與人次較去年增加一成二。",
    "動議：區慧欣　和議：麥兆業",
    "議決：一致通過。",
    "二、其他事項",
    "有會員建議增設平日晨早活動班，交新一屆執委會跟進；主席於下午五時十五分宣布散會，多謝各位出席。",
    "記錄：顧家朗（義務秘書）　核實：司徒健明（主席）",
]
_SIDEBAR = [
    "活動日誌",
    "12月6日（六）　大帽山　難度★★",
    "12月13日（六）　龍脊　難度★",
    "會員請登入後報名，名額先到先得。",
]


def test_a_box_after_the_closing_row_of_credits_is_the_pages() -> None:
    # (記錄：X（role）　核實：Y（role） signs the minutes off; the box under it is a sidebar's)
    page = [
        *_MINUTES,
        *_SIDEBAR,
        "免責聲明：本會所有活動均屬會員自發性質，參加者須自行評估風險。",
        "©2026 香港某某同樂會",
    ]
    kept = [same(p) for p in clean("\n".join(page), hints=Hints(title=_MINUTES[2])).paragraphs]
    assert [line for line in _SIDEBAR if same(line) in kept] == []
    assert same("動議：區慧欣　和議：麥兆業") in kept and same(_MINUTES[8]) in kept


def test_a_row_of_credits_in_a_list_of_rows_closes_nothing() -> None:
    # (a notice's family rows: the row under the first is another of them, no box's heading)
    family = ["长子：张建国　长媳：刘红梅", "女儿：张建英　女婿：欧阳明", "孙子：张晨　张一帆", "孙女：张若曦", "泣告"]
    after = "谢绝花圈，如需致哀，请捐助本市慈善总会的助老项目，治丧小组在此向各位亲友致以衷心的谢意。"
    page = [*_MINUTES[:9], *family, after, "©2026 某某殡仪馆"]
    kept = [same(p) for p in clean("\n".join(page), hints=Hints(title=_MINUTES[2])).paragraphs]
    assert [line for line in family if same(line) not in kept] == []


def test_a_row_of_names_apart_by_wide_gaps_may_hold_two_word_latin_names() -> None:
    # (a platform row: Spotify　Apple Podcasts　YouTube　小宇宙 is a menu like PC　PS5　Switch)
    assert is_menu("Spotify　Apple Podcasts　YouTube　小宇宙")
    assert not is_menu("Apple Podcasts and more words　b　c　d")
    assert not is_menu("佩敏：先问一个最简单的　第一次办百家宴是哪一年")


def test_a_word_and_a_one_decimal_score_is_no_date() -> None:
    # (位置 4.5 under a review is its sub-score; a date's label before M.D keeps it a date)
    assert _meta("位置 4.5") is None and _meta("卫生 4.7") is None
    dated = _meta("发布于 4.5")
    assert dated is not None and dated.date == "4月5日"


def test_a_buttons_count_in_brackets_is_no_part_of_its_word() -> None:
    # (有用（37） 回复 举报: a review's buttons, one with its count)
    assert button_row(fold("有用（37） 回复 举报"))
    assert not button_row(fold("他们说（37） 回复 举报了什么"))
