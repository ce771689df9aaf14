"""Reader mode on the shapes the seventy-fourth held-out set showed: a
club's results and standings tables whose rows name a team with a word an
appeal uses (之友); a table of contents of links to the page's own anchors;
a forum post's floor label and poster; a funding note, a company's
registration line and a notice's own hotline row."""

from __future__ import annotations

from pathlib import Path

from reader.core.corpus import load_article
from reader.core.model import Article

_LEAGUE = """<html><head><title>秋季三人籃球聯賽第四輪賽果 | 青嶺籃球會</title></head><body>
<div class="nav"><a href="/">主頁</a> <a href="/news">消息</a> <a href="/join">入會</a></div>
<div class="main">
<h1>秋季三人籃球聯賽第四輪賽果</h1>
<p>本會秋季三人籃球聯賽第四輪已於10月8日在青嶺體育館完成，六支球隊全部出賽，賽果及積分如下。</p>
<h2>第四輪賽果</h2>
<table>
<tr><th>場次</th><th>隊伍</th><th>比分</th><th>隊伍</th></tr>
<tr><td>1</td><td>青嶺甲</td><td>21 : 17</td><td>山景之友</td></tr>
<tr><td>2</td><td>石門街坊</td><td>15 : 21</td><td>青嶺乙</td></tr>
<tr><td>3</td><td>海濱隊</td><td>19 : 21</td><td>南灣聯誼</td></tr>
</table>
<p>第1場青嶺甲險勝山景之友，南灣聯誼則在最後一分鐘反勝海濱隊。</p>
<h2>積分榜</h2>
<table>
<tr><th>名次</th><th>隊伍</th><th>勝</th><th>負</th><th>積分</th></tr>
<tr><td>1</td><td>山景之友</td><td>3</td><td>1</td><td>6</td></tr>
<tr><td>2</td><td>青嶺甲</td><td>3</td><td>1</td><td>6</td></tr>
<tr><td>3</td><td>南灣聯誼</td><td>2</td><td>2</td><td>4</td></tr>
</table>
<p>下一輪將於10月15日進行，請各隊隊長提早十五分鐘到場登記，並帶備球衣。</p>
</div>
<footer><p>© 2029 青嶺籃球會</p></footer>
</body></html>
"""


def test_a_tables_rows_naming_a_team_with_an_appeals_word_stay_with_their_cells(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "round4.html").write_text(_LEAGUE, encoding="utf-8")
    article = load_article(folder / "round4.html", tmp_path)
    assert isinstance(article, Article)
    for row in (
        "場次 隊伍 比分 隊伍",
        "1 青嶺甲 21 : 17 山景之友",
        "2 石門街坊 15 : 21 青嶺乙",
        "名次 隊伍 勝 負 積分",
        "1 山景之友 3 1 6",
    ):
        assert row in article.paragraphs
    # (the rows keep their cells beside cleaning, the head rows marked)
    heads = [article.paragraphs[i] for i, _, head in article.cells if head]
    assert heads == ["場次 隊伍 比分 隊伍", "名次 隊伍 勝 負 積分"]
    assert len(article.cells) == 8
