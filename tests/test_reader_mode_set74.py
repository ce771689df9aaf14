"""Reader mode on the shapes the seventy-fourth held-out set showed: a
club's results and standings tables whose rows name a team with a word an
appeal uses (之友); a table of contents of links to the page's own anchors;
a forum post's floor label and poster; a funding note, a company's
registration line and a notice's own hotline row."""

from __future__ import annotations

from pathlib import Path

from reader.core.cleaning import clean
from reader.core.corpus import load_article
from reader.core.metadata import Hints
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


_GUIDE = """<html><head><title>老街咖啡館巡禮 | 城南生活</title></head><body>
<div class="main">
<h1>老街咖啡館巡禮</h1>
<p>城南老街這兩年開了不少小咖啡館，我花了三個週末逐家試喝，挑出三家值得專程去的。</p>
<div class="toc"><p>本文重點</p>
<ul>
<li><a href="#s1">第一家：巷口的烘豆坊</a></li>
<li><a href="#s2">第二家：書店二樓</a></li>
<li><a href="#s3">總結：怎麼排路線</a></li>
</ul></div>
<h2 id="s1">巷口烘豆坊</h2>
<p>烘豆坊只有六個座位，老闆每天早上自己烘豆，手沖一杯一百二十元，淺焙的果香很明顯。</p>
<h2 id="s2">書店二樓的咖啡角</h2>
<p>書店二樓靠窗的位置可以看到整條老街，拿鐵偏甜，適合下午來坐一坐、翻翻書。</p>
<h2 id="s3">路線怎麼排</h2>
<p>建議早上先去烘豆坊，中午在老街吃碗麵，下午再上書店二樓，傍晚人潮才會散。</p>
<ul>
<li><a href="/shop/1">烘豆坊地址</a></li>
<li><a href="/shop/2">書店地址</a></li>
</ul>
</div>
</body></html>
"""


def _html_lines(tmp_path: Path, page: str) -> str:
    from reader.core.html_reader import read_html

    path = tmp_path / "guide.html"
    path.write_text(page, encoding="utf-8")
    return read_html(path.read_bytes(), path).text


def test_a_list_of_links_to_the_pages_own_anchors_goes_with_its_head(tmp_path: Path) -> None:
    lines = _html_lines(tmp_path, _GUIDE).split("\n")
    for item in ("本文重點", "第一家：巷口的烘豆坊", "第二家：書店二樓", "總結：怎麼排路線"):
        assert item not in lines
    # (the headings the list jumps to stay, and the text around them)
    assert "巷口烘豆坊" in lines and "路線怎麼排" in lines
    assert any(line.startswith("城南老街這兩年") for line in lines)


def test_links_to_anchors_the_page_lacks_or_to_other_pages_are_no_contents(tmp_path: Path) -> None:
    # (no such id on the page: a script's tabs, not a jump within it)
    lines = _html_lines(tmp_path, _GUIDE.replace(' id="s', ' data-x="s')).split("\n")
    assert "第一家：巷口的烘豆坊" in lines
    from lxml import html as lxml_html

    from reader.core.anchor_lists import anchor_lists

    # (the list of links to other pages is never taken)
    assert [items for _, items in anchor_lists(lxml_html.fromstring(_GUIDE))] == [
        ["第一家：巷口的烘豆坊", "第二家：書店二樓", "總結：怎麼排路線"]
    ]


def test_a_floor_label_is_no_name_and_the_poster_beside_it_no_outlet() -> None:
    from reader.core.folding import fold
    from reader.core.metadata import parse_meta_line

    for row in (
        "樓主　小雨點媽媽　發表於 2029-3-2 21:40　|　只看該作者",
        "楼主 老周钓鱼 发表于 2029-3-2 21:40 | 只看该作者",
    ):
        meta = parse_meta_line(row, fold(row))
        assert meta is not None
        assert meta.author in ("小雨點媽媽", "老周钓鱼") and meta.source is None
        assert [name for _, name in meta.credits] == [meta.author]
        assert meta.date == "2029-03-02 21:40"


def test_a_forum_posts_poster_is_its_author_and_the_forum_its_source() -> None:
    lines = [
        "星洲妈妈论坛 StarMums Forum",
        "首页　论坛　亲子游　育儿问答　登录　注册",
        "【亲子游】带孩子去马六甲坐三轮车，一小时四十令吉值不值？",
        "查看: 1210 | 回复: 9",
        "楼主　小鱼妈　发表于 2029-4-6 21:05　|　只看该作者",
        "上个周末带两个孩子去马六甲，很多妈妈问三轮车怎么坐，就写一篇给大家参考。",
        "三轮车在荷兰红屋前面排队，一小时四十令吉，可以坐两大一小，车夫会顺便介绍老街。",
        "孩子最喜欢车上的音乐和灯，晚上坐比白天凉快，拍照也好看很多。",
        "以上，祝大家玩得开心～",
    ]
    meta = clean("\n".join(lines), hints=Hints(title=lines[2])).metadata
    assert meta.author == "小鱼妈"
    assert meta.source != "小鱼妈"
    assert ("作者", "小鱼妈") in meta.credits


def test_a_note_that_the_site_edits_independently_of_its_funder_goes() -> None:
    from reader.core.site_statements import is_site_statement

    assert is_site_statement("本專題獲城市文化基金會資助，內容由本刊獨立採編。")
    assert is_site_statement("*本系列获青年艺术基金支持，内容由本刊独立编辑。*")
    # (the article's own word on a funder, naming no site, stays)
    assert not is_site_statement("他说，工作室靠基金支持撑了三年，内容和方向一直由自己决定。")
    lines = [
        "# 河边最后一间竹编铺",
        "*本系列获青年艺术基金支持，内容由本刊独立编辑。*",
        "河边那间竹编铺开了四十年，老板每天早上六点开门，先把竹篾泡在水里。",
        "他说竹子要泡软才好编，太干会裂，太湿又没有力气，这些都要靠手去记。",
        "现在来买竹篮的人少了，倒是常有学生来拍照、问问题，他都一一回答。",
    ]
    kept = clean("\n".join(lines), hints=Hints(title="河边最后一间竹编铺")).paragraphs
    assert lines[1] not in kept
    assert lines[2] in kept and lines[4] in kept


def test_a_publishers_company_registration_line_at_the_pages_end_is_footer() -> None:
    from reader.core.footer_lines import company_registration

    for row in (
        "Leeds Chinese Weekly Ltd. Registered in England & Wales No. 01234567",
        "Registered in Scotland. Company Registration No. SC123456",
        "星島華僑報有限公司　公司註冊編號：1234567",
    ):
        assert company_registration(row), row
    story = "這家炸魚薯條店1994年開業，後來以家族公司registered in England的方式經營，三代人一直守在店裡。"
    lines = [
        "利茲唐人街的老麵家",
        "記者：陳嘉欣　2029年5月3日",
        "利茲唐人街的老麵家開了二十五年，老闆每天清晨五點開始搓麵，一天只做三百份。",
        story,
        "「做麵跟做人一樣，急不來。」",
        "延伸閱讀",
        "曼城唐人街老字號點心樓　第三代接手後的第一個中秋",
        "分享：Facebook｜WhatsApp｜電郵",
        "本報刊登之文章、圖片版權均屬本報所有，未經書面許可，不得轉載。",
        "Leeds Chinese Weekly Ltd. Registered in England & Wales No. 01234567",
    ]
    kept = clean("\n".join(lines), hints=Hints(title=lines[0])).paragraphs
    assert lines[-1] not in kept
    # (a sentence of the story that says where a firm is registered stays)
    assert story in kept


def test_a_notices_hotline_row_masked_in_capitals_above_its_sign_off_stays() -> None:
    lines = [
        "关于调整城东片区燃气抄表日期的通知",
        "尊敬的用户：",
        "为方便居民安排时间，我公司将从下月起把城东片区的燃气抄表日期调整为每月5日至8日，抄表员会提前一天在楼道张贴告示。",
        "如抄表当天家中无人，请拨打客服热线另约时间。",
        "客服热线：0731-95XXX（24小时）",
        "城东燃气有限公司",
        "2029年3月4日",
        "往期推荐",
        "关于城东片区3月1日临时停气的通知",
        "燃气安全使用小常识",
    ]
    kept = clean("\n".join(lines), hints=Hints(title=lines[0])).paragraphs
    assert "客服热线：0731-95XXX（24小时）" in kept
    # (the site's own hotline box among the page's junk, under no sign-off, stays gone)
    boxed = [*lines[:4], "往期推荐", "关于城东片区3月1日临时停气的通知", "客服热线：0731-95XXX（24小时）", "阅读 1.2万"]
    assert "客服热线：0731-95XXX（24小时）" not in clean("\n".join(boxed), hints=Hints(title=lines[0])).paragraphs
