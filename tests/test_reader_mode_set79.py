"""Reader mode on the shapes the seventy-ninth held-out set showed: a
review's box of facts as a definition list (書名 / 車長手記…) above the
first paragraph the extractor takes, and its verdict (評分：★★★★☆) right
after the last; a results table's heading, gone for its shape between the
kept list and the table's head row."""

from __future__ import annotations

from pathlib import Path

from cleaning_support import same
from reader.core.html_reader import read_html
from reader.core.junk_rules import Reason
from reader.core.line_passes import Line
from reader.core.table_rows import rescue_head_rows

_PROSE = [
    "這部紀錄片跟拍了三位在深水埗做了四十年的裁縫，鏡頭很少離開他們的工作枱，卻拍出了整條街的變化。",
    "導演沒有用旁白，只讓師傅們一邊車衫一邊講，講到街坊、講到學徒、講到租金，講到最後都是講自己。",
    "片中最動人的一場，是最年長的師傅替一位老顧客改一件四十年前做的西裝，兩人都沒說話，只是一直量。",
    "三位師傅的店都開在同一條街，由街頭走到街尾不用五分鐘，但他們幾十年來很少互相串門，各自守著自己的熟客。",
    "拍攝期間，其中一間店收到加租通知，師傅沒有在鏡頭前抱怨，只是把門口的價目表重新寫了一次，字比以前大了一點。",
    "片末的字幕交代，三間店如今只剩一間仍在營業，另外兩位師傅一位退休，一位搬到屋企接單，仍然有舊客找上門。",
    "整部片節奏很慢，有觀眾或會覺得沉悶，但正是這種慢，讓人看得見一針一線背後的耐性，也看得見一條街怎樣老去。",
    "如果你也有一件捨不得丟的舊衣服，看完這部片，你會想拿去給師傅看看。",
]
_BOX = [("片名", "針線街"), ("導演", "梁家朗"), ("片長", "92分鐘"), ("上映", "2027年3月"), ("級別", "IIA")]


def _page(box: str, verdict: str) -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in _PROSE)
    return "\n".join(
        [
            '<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8">',
            "<title>影評｜《針線街》：四十年的針步 - 針孔</title></head><body>",
            '<header><nav><a href="/">首頁</a> <a href="/film">影評</a> <a href="/book">書評</a></nav></header>',
            '<main><article class="review">',
            "<h1>影評｜《針線街》：四十年的針步</h1>",
            '<p class="dek">一部關於深水埗裁縫的紀錄片，拍的是針線，也是一條街。</p>',
            '<div class="byline">文｜莫小青　<time datetime="2027-04-02">2027年4月2日</time></div>',
            '<figure><img src="/poster.jpg" alt="海報"><figcaption>《針線街》海報。（片商提供）</figcaption></figure>',
            box,
            f'<div class="article-body">\n{paragraphs}\n</div>',
            verdict,
            '<div class="tags">#影評 #紀錄片</div>',
            "</article>",
            "<aside><p>訂閱我們的電子報，每週收到精選影評。</p></aside></main>",
            "<footer><p>© 2027 針孔 版權所有</p></footer></body></html>",
        ]
    )


def _dl() -> str:
    return '<dl class="film-info">' + "".join(f"<dt>{t}</dt><dd>{d}</dd>" for t, d in _BOX) + "</dl>"


def _text(html: str) -> list[str]:
    return [same(line) for line in read_html(html.encode(), Path("review.html")).text.split("\n")]


def test_a_definition_lists_box_above_the_body_comes_back() -> None:
    lines = _text(_page(_dl(), ""))
    for term, value in _BOX:
        assert same(term) in lines
        assert same(value) in lines
    assert lines.index("片名") < lines.index(same(_PROSE[0]))


def test_a_verdict_right_after_the_body_in_the_article_comes_back() -> None:
    lines = _text(_page("", '<div class="rating">評分：★★★☆☆</div>'))
    assert "評分：★★★☆☆" in lines
    assert lines.index("評分：★★★☆☆") > lines.index(same(_PROSE[-1]))


def test_a_line_after_the_body_outside_the_article_stays_out() -> None:
    html = _page("", "").replace("</article>", '</article><div class="rating">評分：★★★☆☆</div>')
    assert "評分：★★★☆☆" not in _text(html)


def _lines(rows: list[tuple[str, Reason | None]]) -> list[Line]:
    return [Line(text, text, len(text) <= 20, reason) for text, reason in rows]


_NAV, _BETWEEN = Reason.NAVIGATION, Reason.BETWEEN_BOILERPLATE
_TABLE = [
    ("報名人數：58", None),
    ("完賽人數：51", None),
    ("公開組（全程，自備補給）", _BETWEEN),
    ("名次　選手　所屬車隊　圈數　時間", _NAV),
    ("1　江志豪　北風單車會　12　3:41:20", None),
    ("2　白詠晴　山線車隊　12　3:44:05", None),
    ("3　曾柏翰　北風單車會　11　3:40:58", None),
]


def test_a_tables_heading_gone_for_its_shape_comes_back_with_its_head_row() -> None:
    lines = _lines(_TABLE)
    rescue_head_rows(lines)
    assert all(line.kept for line in lines)


def test_a_heading_gone_for_its_words_stays_gone() -> None:
    rows = [*_TABLE]
    rows[2] = ("立即報名參加下一場", Reason.PROMOTION)
    lines = _lines(rows)
    rescue_head_rows(lines)
    assert not lines[2].kept
    assert not lines[3].kept


def test_a_menu_under_a_gone_heading_stays_gone() -> None:
    # (a row of words over rows with no figures: a menu's, not a table's head)
    rows = [*_TABLE[:4], ("最新消息　活動　車隊　相簿　聯絡", None), ("關於　加入　贊助　隱私　條款", None)]
    lines = _lines(rows)
    rescue_head_rows(lines)
    assert not lines[2].kept
    assert not lines[3].kept
