"""Reader mode on the shapes the twenty-second held-out set showed: an
HTML table of facts is one line per row, its cells apart, and stays with
its figures."""

from __future__ import annotations

from pathlib import Path

from reader.core.corpus import load_article
from reader.core.model import Article


def _same(line: str) -> str:
    return "".join(line.split())


TABLE_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>十月份城區供水水質公示</title></head><body>
<nav><a href="/">首頁</a> <a href="/news">新聞</a></nav>
<article>
<h1>十月份城區供水水質公示</h1>
<p>根據生活飲用水衛生標準及供水水質管理有關要求，本公司每月公示城區供水水質檢測結果，歡迎市民監督。</p>
<h2>一、出廠水主要指標</h2>
<p>現將本公司十月份城區供水水質檢測結果公示如下，本月共採集水樣一百二十份，各項指標均符合國家標準。</p>
<table class="data">
<tr><th>項目</th> <th>限值</th> <th>一廠</th> <th>二廠</th></tr>
<tr><td>濁度</td> <td>≤1</td> <td>0.21</td> <td>0.19</td></tr>
<tr><td>餘氯</td> <td>0.3～2</td> <td>0.55</td> <td>0.61</td></tr>
<tr><td>耗氧量</td> <td>≤3</td> <td>1.05</td> <td>1.22</td></tr>
</table>
<h2>二、管網水檢測情況</h2>
<p>本月受強降雨影響，原水濁度一度升高，各水廠及時調整工藝，出廠水濁度始終控制在標準以內。</p>
<p>本月在城區設置的三十個管網水採樣點中，餘氯範圍為0.21～0.55mg/L，各項指標均符合國家標準。</p>
<p>老城區部分片區因管齡較長，公司已列入明年管網改造計劃，市民如發現自來水有異味，可撥打客服熱線。</p>
</article>
<footer>© 2026 某某水務 版權所有</footer>
</body></html>
"""
ROWS = ["項目 限值 一廠 二廠", "濁度 ≤1 0.21 0.19", "餘氯 0.3～2 0.55 0.61", "耗氧量 ≤3 1.05 1.22"]


def test_an_html_table_is_one_line_per_row_and_stays(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(TABLE_PAGE, encoding="utf-8")
    article = load_article(path, tmp_path)
    assert isinstance(article, Article)
    kept = [_same(p) for p in article.paragraphs]
    assert [row for row in ROWS if _same(row) not in kept] == []
    # (the cells are set apart, in order, the row's figures with them)
    line = next(p for p in article.paragraphs if _same(p) == _same(ROWS[1]))
    assert line.split() == ROWS[1].split()
    assert "版權所有" not in article.text
