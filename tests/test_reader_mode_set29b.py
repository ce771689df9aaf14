"""Reader mode on the shapes the twenty-ninth held-out set showed in its
second pass: a reviewer's score beside their name and date."""

from __future__ import annotations

from pathlib import Path

from reader.core.box_sources import without_box_sources
from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.line_passes import Line
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
