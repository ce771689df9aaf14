"""Tables of saved pages and of tab-separated text shown as tables: the
cells kept beside cleaning (Article.cells), through the article cache, and
drawn with the Markdown tables' layout."""

from __future__ import annotations

import os
from pathlib import Path

from reader.core.article_cache import ArticleCache
from reader.core.cell_tables import render_rows
from reader.core.cleaning import clean
from reader.core.corpus import load_article, load_corpus
from reader.core.model import Article
from reader.core.page import HEADER, PageLayout, PageText
from reader.core.readers import read_text
from reader.core.script import Script
from reader.core.table_cells import table_rows
from reader.core.views import View
from table_support import bar_columns, marked_on_its_line, page_lines

MOVES_TXT = (
    "第三届城西象棋公开赛决赛实录\n\n"
    "本届公开赛决赛在城西文化馆举行，卢振威执红先行，与陈佩仪激战六十余回合后握手言和。\n\n"
    "以下是开局阶段的着法记录：\n\n"
    "回合\t红方（卢振威）\t黑方（陈佩仪）\n"
    "1\t炮二平五\t马8进7\n"
    "2\t马二进三\t车9平8\n"
    "3\t车一平二\t卒7进1\n\n"
    "赛后卢振威表示，中局一步缓着让对手抓住了反击的机会，和棋的结果还算公平。\n"
)

PAGE = """<html><head><title>城西象棋公开赛决赛实录</title></head><body>
<article>
<h1>城西象棋公开赛决赛实录</h1>
<p>本届公开赛决赛在城西文化馆举行，卢振威执红先行，与陈佩仪激战六十余回合后握手言和，观战的棋迷挤满了大厅。</p>
<p>以下是开局阶段的着法记录，供各位棋友复盘参考，比赛的完整棋谱将在下周的会刊上刊出。</p>
<table>
<tr><th>回合</th><th>红方（卢振威）</th><th>黑方（陈佩仪）</th></tr>
<tr><td>1</td><td>炮二平五</td><td>马8进7</td></tr>
<tr><td>2</td><td>马二进三</td><td>车9平8</td></tr>
<tr><td>3</td><td>车一平二</td><td>卒7进1</td></tr>
</table>
<p>赛后卢振威表示，中局一步缓着让对手抓住了反击的机会，和棋的结果还算公平，他期待明年再战。</p>
<p>本届比赛共有来自十二个区县的九十六名棋手参加，比赛采用瑞士制七轮，每方用时六十分钟。</p>
</article></body></html>
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def rows_of(article: Article) -> list[tuple[list[str], bool]]:
    """Each kept row's cells as text, and whether it is a head row."""
    out = []
    for i, lengths, head in article.cells:
        text, at, cells = article.paragraphs[i], 0, []
        for length in lengths:
            cells.append(text[at : at + length])
            at += length + 1
        out.append((cells, head))
    return out


def test_a_txt_tables_tab_separated_rows_keep_their_cells(tmp_path: Path) -> None:
    article = load_article(write(tmp_path / "t", "moves.txt", MOVES_TXT), tmp_path)
    assert isinstance(article, Article)
    assert rows_of(article) == [
        (["回合", "红方（卢振威）", "黑方（陈佩仪）"], False),
        (["1", "炮二平五", "马8进7"], False),
        (["2", "马二进三", "车9平8"], False),
        (["3", "车一平二", "卒7进1"], False),
    ]
    # (the paragraphs as cleaning gives them: the cells joined by a space)
    assert "1 炮二平五 马8进7" in article.paragraphs


def test_cleaning_gives_the_same_with_the_cells_kept(tmp_path: Path) -> None:
    path = write(tmp_path / "t", "moves.txt", MOVES_TXT)
    article = load_article(path, tmp_path)
    assert isinstance(article, Article) and article.cells
    cleaned = clean(read_text(path.read_bytes(), path).text)
    assert tuple(article.paragraphs) == cleaned.paragraphs
    assert (article.title, article.source, article.author, article.date) == (
        cleaned.metadata.title,
        cleaned.metadata.source,
        cleaned.metadata.author,
        cleaned.metadata.date,
    )
    # (and a text with its tabs made spaces cleans to the same paragraphs, with no cells)
    spaced = MOVES_TXT.replace("\t", " ")
    assert clean(spaced).paragraphs == cleaned.paragraphs
    assert clean(spaced).cells == () and cleaned.cells == article.cells


def test_a_line_whose_fixed_text_is_not_its_cells_joined_is_not_taken() -> None:
    # (a space before the tab: the fixed line has two spaces where the cells have one)
    text = "甲 \t乙\n丙\t丁\n"
    assert table_rows(text, ["甲  乙", "丙 丁"]) == ()
    # (a row alone, with no row next to it, is no table's)
    assert table_rows("说明\n丙\t丁\n", ["说明", "丙 丁"]) == ()
    # (an empty cell in the middle is a cell; tabs at the ends are none)
    assert table_rows("\t甲\t\t乙\t\n丙\t丁\t戊\n", ["甲  乙", "丙 丁 戊"]) == (
        (0, (1, 0, 1), False),
        (1, (1, 1, 1), False),
    )


def test_a_head_row_is_one_the_source_names() -> None:
    text, paragraphs = "甲\t乙\n1\t2\n", ["甲 乙", "1 2"]
    assert table_rows(text, paragraphs, {"甲\t乙"}) == ((0, (1, 1), True), (1, (1, 1), False))
    assert render_rows(paragraphs, table_rows(text, paragraphs, {"甲\t乙"}))[0].under == "───┼───"
    assert not any(r.under for r in render_rows(paragraphs, table_rows(text, paragraphs)))


def test_an_html_table_of_facts_keeps_its_cells_and_its_head(tmp_path: Path) -> None:
    article = load_article(write(tmp_path / "p", "final.html", PAGE), tmp_path)
    assert isinstance(article, Article)
    assert rows_of(article) == [
        (["回合", "红方（卢振威）", "黑方（陈佩仪）"], True),
        (["1", "炮二平五", "马8进7"], False),
        (["2", "马二进三", "车9平8"], False),
        (["3", "车一平二", "卒7进1"], False),
    ]


def test_a_layout_table_is_not_taken(tmp_path: Path) -> None:
    # (the rows inside a table inside a table: a page's columns, not a table of facts)
    page = PAGE.replace("<table>", "<table><tr><td><table>", 1).replace("</table>", "</table></td></tr></table>", 1)
    article = load_article(write(tmp_path / "p", "final.html", page), tmp_path)
    assert isinstance(article, Article)
    assert article.cells == ()


def test_an_article_without_tabs_has_no_cells(tmp_path: Path) -> None:
    article = load_article(write(tmp_path / "t", "plain.txt", MOVES_TXT.replace("\t", "　")), tmp_path)
    assert isinstance(article, Article) and article.cells == ()


ROWS = ["回合 红方（卢振威） 黑方（陈佩仪）", "1 炮二平五 马8进7", "2 马二进三 车9平8", "10 车一平二"]
CELLS = ((0, (2, 7, 7), True), (1, (1, 4, 4), False), (2, (1, 4, 4), False), (3, (2, 4), False))


def test_rows_are_drawn_aligned_with_han_widths_numbers_right_and_a_short_row_padded() -> None:
    shown = render_rows(["着法如下：", *ROWS, "完。"], tuple((i + 1, c, h) for i, c, h in CELLS))
    assert shown is not None
    assert shown[0].text == "着法如下：" and shown[-1].text == "完。"
    rows = [r.text for r in shown[1:5]]
    assert rows == [
        "回合 │ 红方（卢振威） │ 黑方（陈佩仪）",
        "   1 │ 炮二平五       │ 马8进7",
        "   2 │ 马二进三       │ 车9平8",
        "  10 │ 车一平二",
    ]
    assert len({bar_columns(row) for row in rows[:3]}) == 1 and bar_columns(rows[3]) == bar_columns(rows[0])[:1]
    # (a head row: a rule under it, and no blank line between the rows)
    assert shown[1].under == "─────┼────────────────┼───────────────"
    assert [r.tight for r in shown] == [False, True, True, True, False, False]


def test_without_a_head_there_is_no_rule_and_a_row_alone_stays_a_paragraph() -> None:
    cells = tuple((i, c, False) for i, c, _ in CELLS)
    drawn = render_rows(ROWS, cells)
    assert drawn is not None and not any(r.under for r in drawn)
    assert render_rows(ROWS, cells[:1]) is None  # (nothing drawn: the paragraphs as they are)
    # (a row whose cells do not fill its text is none)
    assert render_rows(ROWS, ((0, (2, 7, 6), False), (1, (1, 4, 4), False))) is None


def tabled(paragraphs: list[str], cells: tuple[tuple[int, tuple[int, ...], bool], ...]) -> Article:
    return Article(
        id="p", path=Path("p.html"), title="表", paragraphs=tuple(paragraphs), script=Script.SIMPLIFIED, cells=cells
    )


def test_the_page_shows_the_rows_as_a_table_and_a_search_hit_inside_a_cell() -> None:
    doc = tabled(["着法如下：", *ROWS, "完。"], tuple((i + 1, c, h) for i, c, h in CELLS))
    layout = PageLayout(PageText.of(doc, View.ORIGINAL), 80)
    drawn = render_rows(list(doc.paragraphs), doc.cells)
    assert page_lines(layout) == [
        "着法如下：",
        "",
        drawn[1].text,
        drawn[1].under,
        *[r.text for r in drawn[2:5]],
        "",
        "完。",
    ]
    assert marked_on_its_line(layout, doc, "马二进三") == ["马二进三"]
    start = doc.text.index("马二进三")
    # (the reading position of a row's line is the row's start)
    assert layout.position_at(layout.line_of(start)) == doc.paragraph_starts[3]


def test_the_traditional_view_keeps_the_table() -> None:
    doc = tabled(ROWS, CELLS)
    layout = PageLayout(PageText.of(doc, View.TRADITIONAL), 80)
    assert layout.blocks[HEADER + 2].text == "   2 │ 馬二進三       │ 車9平8"


def test_the_cells_survive_the_article_cache_and_its_listing(tmp_path: Path) -> None:
    folder = tmp_path / "t"
    write(folder, "moves.txt", MOVES_TXT)
    write(folder, "final.html", PAGE)
    for path in folder.iterdir():
        os.utime(path, (1_600_000_000, 1_600_000_000))  # (old enough for a walk to trust)
    cache = ArticleCache.open(tmp_path / "articles.sqlite3")
    assert cache is not None
    try:
        cold = sorted(load_corpus([folder], cache).articles, key=lambda a: a.id)
        cache.flush()
        warm = sorted(load_corpus([folder], cache).articles, key=lambda a: a.id)
        assert cache.hits == 2
        assert [a.cells for a in warm] == [a.cells for a in cold] and all(a.cells for a in cold)
        from reader.core.listing_walk import Walk

        cache.save_listing([folder], cold, Walk([folder]))
        listed = cache.listed_articles([folder], Walk([folder]))
        assert listed is not None
        assert [a.cells for a in listed[0]] == [a.cells for a in cold]
    finally:
        cache.close()


async def test_the_app_shows_an_html_pages_table_aligned(state_dir: Path, tmp_path: Path) -> None:
    from app_support import loaded, make_app, screen_lines

    folder = tmp_path / "pages"
    write(folder, "final.html", PAGE)
    app = make_app(state_dir, [folder])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.pause()
        screen = screen_lines(app)
        at = next((k for k, line in enumerate(screen) if "回合 │" in line), None)
        assert at is not None, "\n".join(screen)
        lines = screen[at : at + 5]
        assert "──┼──" in lines[1] and "   1 │ 炮二平五" in lines[2] and "   3 │ 车一平二" in lines[4], "\n".join(
            screen
        )
        # (the rows' borders in the same columns)
        assert len({bar_columns(line) for line in lines}) == 1
