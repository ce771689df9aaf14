"""Reader mode on the shapes the twenty-second held-out set showed: an
HTML table of facts is one line per row, its cells apart, and stays with
its figures."""

from __future__ import annotations

import re
from pathlib import Path

from cleaning_support import same
from reader.core.cleaning import clean
from reader.core.corpus import load_article
from reader.core.html_dom import _restore_from_dom
from reader.core.model import Article

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
    kept = [same(p) for p in article.paragraphs]
    assert [row for row in ROWS if same(row) not in kept] == []
    # (the cells are set apart, in order, the row's figures with them)
    line = next(p for p in article.paragraphs if same(p) == same(ROWS[1]))
    assert line.split() == ROWS[1].split()
    assert "版權所有" not in article.text


BOX_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>大班家長指南 - 某某幼兒園</title></head><body>
<nav><a href="/">網站首頁</a> <a href="/a">園所概況</a></nav>
<div class="detail"><h2>大班家長指南</h2>
<div class="news-content">
<p>距離孩子們走進小學課堂還有不到十個月，不少家長在接送時問我們要不要提前學拼音，今天和大家聊一聊。</p>
<p>小學一年級的孩子需要自己整理書包、按時喝水、課間十分鐘內上廁所，建議家長在家中給孩子留活兒。</p>
<p>孩子對小學的期待常常多於擔心，反倒是大人的焦慮會傳染給他們，請多說你長大了，可以自己做很多事了。</p>
<div class="box" style="border:1px dashed #f39c12;padding:10px"><h4>本月大班活動安排</h4><ul>
<li>12月3日（周三）：參觀實驗小學，體驗一節小學課</li>
<li>12月10日（周三）：我的書包我整理班級比賽</li>
<li>12月17日（周三）：家長開放日暨幼小銜接專題講座</li>
</ul></div>
<p class="author" style="text-align:right">撰稿：大二班 王曉冬　審核：任佳</p>
</div>
<div class="prev-next"><p>上一篇：<a href="/1">秋冬季幼兒常見呼吸道疾病預防小貼士</a></p></div>
</div>
<footer><p>某某幼兒園　地址：某某路12號</p></footer>
</body></html>
"""
BOX = ["本月大班活動安排", "12月3日（周三）：參觀實驗小學，體驗一節小學課", "12月10日（周三）：我的書包我整理班級比賽"]


def test_a_list_box_the_extractor_left_out_after_the_story_comes_back() -> None:
    paragraphs = re.findall(r"<p>([^<]*)</p>", BOX_PAGE)[:3]  # (the story only)
    text, _ = _restore_from_dom(BOX_PAGE, "\n".join(paragraphs))
    lines = text.split("\n")
    assert lines[lines.index(paragraphs[-1]) + 1 :] == [*BOX, "12月17日（周三）：家長開放日暨幼小銜接專題講座"]


def test_a_dated_list_box_closing_the_article_stays(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(BOX_PAGE, encoding="utf-8")
    article = load_article(path, tmp_path)
    assert isinstance(article, Article)
    kept = [same(p) for p in article.paragraphs]
    assert [row for row in BOX if same(row) not in kept] == []
    assert "上一篇" not in article.text


STORY = [
    "這次縱走一共來了十四位社員，天氣比預報好很多，一路都是晴天，大家都很盡興。",
    "最難走的是中段的碎石坡，大家互相拉著手才慢慢爬上去，花了快一個小時才到頂。",
]
DATED = ["下月活動", "12月3日（周三）：燈塔夜行", "12月10日（周三）：石門海岸淨灘", "12月17日（周三）：年終聚餐"]
RELATED = ["相關文章", "冬季裝備怎麼選", "北岸步道的十個觀景點", "新手健行注意事項"]


def test_dated_rows_under_the_story_stay_and_headlines_go() -> None:
    kept = {same(p) for p in clean("\n".join(["北岸縱走紀錄", *STORY, *DATED, *RELATED])).paragraphs}
    assert [row for row in DATED if same(row) not in kept] == []
    assert [row for row in RELATED if same(row) in kept] == []


def test_a_date_field_in_a_markdown_list_of_fields_stays() -> None:
    fields = [
        "- **时间**：2026年11月22日（周六）14:00—17:00",
        "- **地点**：西湖区文三路某某书屋二楼",
        "- **领读**：老秦",
    ]
    page = "\n".join(["# 第87期共读纪要", "2026-11-23 · 线下共读", "## 本期信息", *fields, *STORY])
    kept = {same(p) for p in clean(page).paragraphs}
    assert [row for row in fields if same(row) not in kept] == []


RESULTS = [
    "各組冠軍（部分）",
    "男子少年組",
    "50米自由泳　陳大文　31.26秒",
    "50米背泳　李小明　38.09秒",
    "女子公開組",
    "100米自由泳　王美玲　1:02.93",
    "200米個人四式　張詠詩　2:38.10",
]
CLOSING = "幹事會衷心感謝一眾家長義工及裁判的協助，令比賽得以順利完成。明年的訓練班即將接受報名，歡迎會員踴躍參加。"
PAGE_FOOT = ["全部成績（PDF）按此下載", "Facebook　WhatsApp　複製連結", "56 次瀏覽　0 則留言"]


def test_result_rows_under_group_heads_stay_with_the_closing() -> None:
    page = "\n".join(["北岸泳會周年水運會順利舉行", *STORY, *RESULTS, *PAGE_FOOT[:1], CLOSING, *PAGE_FOOT[1:]])
    kept = {same(p) for p in clean(page).paragraphs}
    assert [row for row in [*RESULTS, CLOSING] if same(row) not in kept] == []
    assert [row for row in PAGE_FOOT if same(row) in kept] == []


def test_a_field_giving_a_code_under_the_headline_is_no_title() -> None:
    head = [
        "中文 | English | Português",
        "網上購票 | 會員登入 | 我的訂單",
        "首頁 船期及票價 乘客須知 乘客通告 會員計劃 關於我們",
        "首頁 > 乘客通告",
        "船期查詢",
        "出發地　澳門（外港）",
        "目的地　深圳蛇口",
        "查詢",
        "某某航線冬季船期調整通告",
        "通告編號：HX-N-2026-041",
    ]
    page = "\n".join([*head, "發布日期：2026年11月26日", *STORY])
    assert clean(page).metadata.title == "某某航線冬季船期調整通告"


def test_a_clippers_source_url_line_goes() -> None:
    page = "\n".join(["> 来源：https://example-reading.cn/notes/87", "# 第87期共读纪要", *STORY])
    assert all("https://" not in p for p in clean(page).paragraphs)


def test_a_button_in_english_and_chinese_is_no_title() -> None:
    head = [
        "北岸泳會 North Shore Swimming Club ｜ 以泳會友 · 自強不息",
        "主頁 關於我們 訓練班 會務消息 比賽成績 聯絡我們",
        "Join Us 入會申請",
        "會務消息 ｜ 2026年11月24日",
        "北岸泳會周年水運會順利舉行　兩項會紀錄被刷新",
    ]
    assert clean("\n".join([*head, *STORY])).metadata.title == head[-1]
