"""File formats: the readers table, Markdown front matter, saved web pages."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.corpus import load_article, load_corpus
from reader.core.formats import FORMATS
from reader.core.html_reader import read_html
from reader.core.mhtml_reader import read_mhtml
from reader.core.model import Article, Skipped
from reader.core.readers import read_markdown, reader_for

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>港鐵新綫下月通車 沿線居民期待｜東方新聞網</title>
<meta property="og:site_name" content="東方新聞網">
<meta name="author" content="陳大文">
<meta property="article:published_time" content="2024-05-06T08:30:00+08:00">
<script>var tracking = "登录 注册";</script>
</head><body>
<nav><a href="/">首頁</a> <a href="/news">新聞</a> <a href="/sport">體育</a></nav>
<article>
<h1>港鐵新綫下月通車 沿線居民期待</h1>
<p>港鐵公司今日宣布，新綫將於下月正式通車，全綫設有六個車站，預計每日載客量約十萬人次。</p>
<h2>居民的期待</h2>
<p>沿線居民表示，新綫通車後，往返市區的時間可縮短約二十分鐘，對上班族來說是一大好消息。</p>
<p>有區議員則提醒，通車初期班次較疏，港鐵應密切留意人流，適時加密班次。</p>
</article>
<aside><h3>相關新聞</h3><ul><li><a href="/1">巴士路線重組 諮詢下月展開</a></li></ul></aside>
<footer>© 2024 東方新聞網 版權所有</footer>
</body></html>
"""


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_every_format_is_one_entry() -> None:
    assert set(FORMATS) == {".txt", ".md", ".markdown", ".html", ".htm", ".mhtml", ".mht"}
    assert reader_for(Path("a.HTML")) is read_html
    assert reader_for(Path("a.MHT")) is read_mhtml
    assert reader_for(Path("a.pdf")) is None


def test_a_saved_web_page_opens_with_its_title_and_metadata(tmp_path: Path) -> None:
    article = load_article(write(tmp_path / "page.html", PAGE), tmp_path)
    assert isinstance(article, Article)
    assert article.title == "港鐵新綫下月通車 沿線居民期待"
    assert article.source == "東方新聞網"
    assert article.author == "陳大文"
    assert (article.date or "").startswith("2024-05-06")
    assert article.paragraphs[0].startswith("港鐵公司今日宣布")
    assert "居民的期待" in article.paragraphs
    text = article.text
    for junk in ("首頁", "相關新聞", "巴士路線重組", "版權所有", "tracking", "登录"):
        assert junk not in text


def test_htm_and_other_encodings(tmp_path: Path) -> None:
    page = (
        PAGE.replace('charset="utf-8"', 'charset="big5"')
        .replace("綫", "線")
        .replace("登录 注册", "登入")
        .replace("©", "")
    )
    article = load_article(write(tmp_path / "page.htm", page.encode("big5")), tmp_path)
    assert isinstance(article, Article) and article.title == "港鐵新線下月通車 沿線居民期待"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("binary.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))),
        ("empty.html", b""),
        ("nav-only.html", b"<html><body><nav><a href='/'>\xe9\xa6\x96\xe9\xa1\xb5</a></nav></body></html>"),
        ("broken.html", b"<html><body><p>\xe6\xad\xa3\xe6\x96\x87<div><<<>>>&&&</p"),
    ],
)
def test_hostile_web_pages_are_skipped_with_a_reason(tmp_path: Path, name: str, data: bytes) -> None:
    item = load_article(write(tmp_path / name, data), tmp_path)
    if isinstance(item, Skipped):
        assert item.reason and "\n" not in item.reason
    else:
        assert all(p.strip() == p and p for p in item.paragraphs)


@pytest.mark.parametrize("control", ["\x07", "\x08", "\x0e", "\x1b", "\x00"])
def test_a_web_page_with_a_stray_control_character_opens_without_it(tmp_path: Path, control: str) -> None:
    # (found by mutating the test pages: lxml refused to drop a block whose
    # neighbour's text held one, and the page was skipped as a bug)
    script = f"<p><b>注意</b>{control}<script>x()</script>有區議員"
    page = PAGE.replace("預計", f"預{control}計").replace("<p>有區議員", script)
    article = load_article(write(tmp_path / "page.html", page), tmp_path)
    assert isinstance(article, Article), article
    assert article.title == "港鐵新綫下月通車 沿線居民期待"
    assert "預計每日載客量" in article.text and control not in article.text


def test_markdown_front_matter_is_metadata_not_text(tmp_path: Path) -> None:
    text = (
        '---\ntitle: "我的读书笔记：第一章"\nauthor: 阿卡林\ndate: 2024-02-17\ntags: [读书]\n---\n\n'
        "# 我的读书笔记：第一章\n\n这一章讲的是如何在终端里阅读中文文章，内容很长。\n"
    )
    page = read_markdown(text.encode(), Path("note.md"))
    assert page.hints.title == "我的读书笔记：第一章" and page.hints.author == "阿卡林"
    assert "title:" not in page.text
    article = load_article(write(tmp_path / "note.md", text), tmp_path)
    assert isinstance(article, Article)
    assert (article.title, article.author, article.date) == ("我的读书笔记：第一章", "阿卡林", "2024-02-17")
    assert article.paragraphs == ("这一章讲的是如何在终端里阅读中文文章，内容很长。",)


def test_front_matter_lists_and_wiki_links_give_plain_values() -> None:
    # A web clipper's front matter: the author as a YAML list of wiki links,
    # the date under "published"; an empty key never takes the next line.
    text = (
        '---\ntitle: "城里的麻雀"\nsource: "https://example.org/a"\nauthor:\n  - "[[顾晨]]"\n  - "[[曹一苇]]"\n'
        'published: 2024-11-02\ntags:\n  - "clippings"\n---\n\n正文第一段，写得很长。\n'
    )
    page = read_markdown(text.encode(), Path("clip.md"))
    assert (page.hints.author, page.hints.date) == ("顾晨 曹一苇", "2024-11-02")


def test_a_front_matter_byline_names_the_author() -> None:
    # (a clipper's or a CMS's byline key, maybe with its role word: the writer, as author: does)
    for byline, author in (("周嘉敏", "周嘉敏"), ("文／周嘉敏", "周嘉敏")):
        text = f"---\ntitle: 夜市的最后一摊\nbyline: {byline}\n---\n\n正文第一段，写得很长很长。\n"
        assert read_markdown(text.encode(), Path("clip.md")).hints.author == author


def test_saved_page_time_and_site_from_its_markup() -> None:
    from reader.core.html_reader import _title_site, _with_time

    meta = '<meta property="article:published_time" content="2025-07-03T05:00:00+08:00">'
    # the time the reader also sees (5:00 AM) joins the day; a time only in the markup does not
    assert _with_time("2025-07-03", meta + "<p>发布/2025年7月3日 5:00 AM</p>") == "2025-07-03 05:00"
    assert _with_time("2025-07-03", meta + "<p>2025年7月3日</p>") == "2025-07-03"
    assert _with_time("2025-07-04", meta + "<p>5:00</p>") == "2025-07-04"
    # (shown as the markup's stamp itself, its seconds after the minutes; not a clock's minutes and seconds)
    assert _with_time("2025-07-03", meta + "<time>2025-07-03T05:00:00+08:00</time>") == "2025-07-03 05:00"
    assert _with_time("2025-07-03", meta + "<p>片長 12:05:00</p>") == "2025-07-03"
    assert _title_site("协会组织专家赴普洱调研_协会动态_华夏茶产业协会") == "华夏茶产业协会"
    assert _title_site("只有标题_没有频道") is None


def test_a_title_joined_by_bare_hyphens_names_its_site() -> None:
    from reader.core.headline import strip_site
    from reader.core.html_reader import _spaced_parts, _title_site

    title = _spaced_parts("2026年度城乡居民基本医疗保险集中缴费政策问答-政策解读-临川市医疗保障局")
    assert _title_site(title) == "临川市医疗保障局"
    assert strip_site(title or "", "临川市医疗保障局") == "2026年度城乡居民基本医疗保险集中缴费政策问答"
    # (a hyphen inside a headline, or one part after it, stays as written)
    for kept in ("COVID-19疫苗接种问答-卫健委", "新冠-流感联合检测试剂获批上市", "短标题-栏目-站名"):
        assert _spaced_parts(kept) == kept


def test_a_label_before_the_h1s_headline_is_the_channels(tmp_path: Path) -> None:
    from reader.core.markup_headings import _headline_under_label

    h1 = "<h1>桂花乌龙酸艾尔 Osmanthus Oolong Sour</h1>"
    assert _headline_under_label("新酒上架｜桂花乌龙酸艾尔", h1) == ("新酒上架", "桂花乌龙酸艾尔 Osmanthus Oolong Sour")
    # (an <h1> that writes the label too, or the same words, or none, or two: the title stays)
    assert _headline_under_label("直播｜台风今晨登陆", "<h1>直播｜台风今晨登陆</h1>") is None
    assert _headline_under_label("新酒上架｜桂花乌龙酸艾尔", "<h1>桂花乌龙酸艾尔</h1>") is None
    assert _headline_under_label("新酒上架｜桂花乌龙酸艾尔", "<p>桂花乌龙酸艾尔 Sour</p>") is None
    assert _headline_under_label("新酒上架｜桂花乌龙酸艾尔", h1 + h1) is None
    page = (
        '<html><head><meta charset="utf-8"><meta property="og:title" content="新酒上架｜桂花乌龙酸艾尔">'
        '<meta property="og:site_name" content="野岸精酿"></head><body><nav>首页 新酒上架</nav><article>'
        + h1
        + "<p>新酒上架 · 2026年11月20日</p>"
        + "".join(f"<p>{line}</p>" for line in ARTICLE_LINES)
        + "</article></body></html>"
    )
    article = load_article(write(tmp_path / "beer.html", page), tmp_path)
    assert article is not None
    assert article.title == "桂花乌龙酸艾尔 Osmanthus Oolong Sour"
    assert article.source == "野岸精酿"
    assert article.author is None  # (the label beside the date is no one)
    # (no og:title: the extractor takes the <h1>; the <title> writes the label before it and the site after)
    page = page.replace('<meta property="og:title" content="新酒上架｜桂花乌龙酸艾尔">', "").replace(
        "<head>", "<head><title>新酒上架｜桂花乌龙酸艾尔 Osmanthus Oolong Sour — 野岸精酿 Wild Shore</title>"
    )
    article = load_article(write(tmp_path / "beer2.html", page), tmp_path)
    assert article is not None
    assert (article.title, article.author) == ("桂花乌龙酸艾尔 Osmanthus Oolong Sour", None)


ARTICLE_LINES = (
    "每年十月，桂林的金桂开到最盛的那一周，我们的酿酒师都会去一趟临桂的老桂园，收来当天的桂花。",
    "这是我们第一次把茶放进酸啤里，选了焙火偏中的武夷岩茶，在煮沸结束后冷浸四个小时再过滤。",
    "倒出来是浅金色，略带雾感，入口先是清爽的乳酸酸度，接着是桂花和白桃的香气，收尾有焙茶的干涩。",
)


def test_toml_front_matter_is_metadata_not_text() -> None:
    text = (
        '+++\ntitle = "古早味滷肉飯"\ndate = 2024-01-21\nslug = "lu-rou-fan"\ncategory = ["台式料理", "便當菜"]\n+++\n'
        "\n每次回南部，阿嬤總會煮一大鍋滷肉。\n"
    )
    page = read_markdown(text.encode(), Path("recipe.md"))
    assert (page.hints.title, page.hints.date) == ("古早味滷肉飯", "2024-01-21")
    assert page.text.strip() == "每次回南部，阿嬤總會煮一大鍋滷肉。"


def test_a_folder_lists_files_it_cannot_read(tmp_path: Path) -> None:
    write(tmp_path / "a.html", PAGE)
    write(tmp_path / "notes.pdf", b"%PDF-1.4")
    write(tmp_path / "README", "没有后缀的文件")
    corpus = load_corpus([tmp_path])
    assert [a.id for a in corpus] == ["a"]
    reasons = {s.path.name: s.reason for s in corpus.skipped}
    assert set(reasons) == {"notes.pdf", "README"}
    assert reasons["notes.pdf"].startswith("not a format reader reads (.pdf")
    assert reasons["README"].startswith("not a format reader reads (no extension")


def test_a_named_file_is_read_whatever_its_suffix(tmp_path: Path) -> None:
    path = write(tmp_path / "article.text", "一个标题在这里出现\n正文第一段，讲了一件事情，而且足够长。\n")
    (article,) = load_corpus([path]).articles
    assert article.title == "一个标题在这里出现"


def test_trafilatura_is_imported_only_for_web_pages(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "一个标题在这里出现\n正文第一段，讲了一件事情，而且足够长。\n")
    code = (
        "import sys, json\nfrom reader.core.corpus import load_corpus\n"
        f"load_corpus([{str(tmp_path)!r}])\nprint(json.dumps('trafilatura' in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert json.loads(out.stdout) is False


def test_reader_list_and_show_on_web_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from reader import cli

    write(tmp_path / "page.html", PAGE)
    assert cli.main(["list", "--json", "--corpus", str(tmp_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [a["title"] for a in data["articles"]] == ["港鐵新綫下月通車 沿線居民期待"]
    assert cli.main(["show", "page", "--corpus", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "港鐵公司今日宣布" in out and "相關新聞" not in out


def test_a_page_the_extractor_chokes_on_is_read_from_its_blocks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import trafilatura

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("extractor failure")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    article = load_article(write(tmp_path / "page.html", PAGE), tmp_path)
    assert isinstance(article, Article)
    assert any(p.startswith("港鐵公司今日宣布") for p in article.paragraphs)
    assert "首頁" not in article.text  # the <nav> is not a block of the article


def test_a_huge_web_page_loads(tmp_path: Path) -> None:
    para = "<p>第{}段：港鐵公司今日宣布，新綫將於下月正式通車，全綫設有六個車站，預計每日載客量約十萬人次。</p>\n"
    page = PAGE.replace("<h2>居民的期待</h2>", "<h2>居民的期待</h2>\n" + "".join(para.format(i) for i in range(20_000)))
    article = load_article(write(tmp_path / "big.html", page), tmp_path)
    assert isinstance(article, Article) and article.chars > 500_000


def test_a_site_name_in_chinese_then_english_is_its_chinese_name() -> None:
    from reader.core.html_reader import _as_written

    html = '<meta property="og:site_name" content="灣區華聲報 Bay Area Hua Sheng Daily">'
    assert _as_written("灣區華聲報 Bay Area Hua Sheng Daily", html) == "灣區華聲報"
    assert _as_written("Polyphony Hk", '<meta property="og:site_name" content="Polyphony HK">') == "Polyphony HK"
    assert _as_written("端傳媒", "") == "端傳媒"


def test_a_table_of_facts_between_paragraphs_comes_back_a_layout_table_does_not(tmp_path: Path) -> None:
    para = "<p>近期，我司在内部抽检中发现，部分批次保温杯的吸管阀门可能脱落，存在误吞的风险，决定召回以下产品：</p>"
    after = "<p>召回措施：我司将为召回范围内的产品免费更换吸管组件，或按购买价格全额退款，消费者可任选其一。</p>"
    facts = "<table><tr><td>产品名称：儿童吸管保温杯</td></tr><tr><td>涉及数量：约18,600个</td></tr></table>"
    more = "".join(
        f"<p>第{n}条：在更换或退款前，请立即停止让儿童使用上述产品，我司对由此给消费者带来的不便深表歉意，并将进一步完善质量管控流程。</p>\n"
        for n in range(1, 5)
    )
    html = (
        "<html><head><title>召回公告</title></head><body>\n<nav><a href='/'>首页</a> <a href='/news'>新闻</a></nav>\n"
        f"<article><h1>召回公告</h1>\n{para}\n{facts}\n{after}\n{more}</article>\n"
        "<footer>© 2025 某公司</footer></body></html>"
    )
    page = read_html(html.encode(), tmp_path / "a.html")
    assert "产品名称：儿童吸管保温杯" in page.text.split("\n")
    nested = "<table><tr><td><table><tr><td>立即查看活动详情</td></tr></table></td></tr></table>"
    page = read_html(html.replace(facts, nested).encode(), tmp_path / "b.html")
    assert "立即查看活动详情" not in page.text.split("\n")


def test_a_web_pages_credits_outside_its_text_reach_the_article(tmp_path: Path) -> None:
    # (a lead photo's caption and an editor's block the extractor leaves out;
    # a commenter's line names no role and gives no credit)
    page = PAGE.replace(
        "<h1>港鐵新綫下月通車 沿線居民期待</h1>",
        "<h1>港鐵新綫下月通車 沿線居民期待</h1><figure class='lead-photo'><img src='a.jpg' alt='列車'>"
        "<figcaption>新綫列車駛入車站。（攝影：何俊朗）</figcaption></figure>",
    ).replace(
        "</article>",
        "<div class='article-editor'>編輯｜許文博</div>"
        "<section class='comments'><p>小美 說：2024/05/06 21:14</p></section></article>",
    )
    path = write(tmp_path / "page.html", page)
    assert read_html(path.read_bytes(), path).hints.credits == (("攝影", "何俊朗"), ("編輯", "許文博"))
    article = load_article(path, tmp_path)
    assert isinstance(article, Article)
    names = [name for _, name in article.credits]
    assert "何俊朗" in names and "許文博" in names
    assert "小美" not in names
    assert article.author == "陳大文" and "陳大文" in names


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("文：俱乐部媒体部　图：孔令杰", None),  # (the desk is no person; the photographer never the author)
        ("图：孔令杰", None),
        ("鍾立衡（本院能源轉型研究中心副研究員", "鍾立衡"),
        ("作者：林小满", "林小满"),
        ("林小满", "林小满"),
    ],
)
def test_the_extractors_author_read_as_a_credit_line(raw: str, expected: str | None) -> None:
    from reader.core.html_reader import _hint_author

    assert _hint_author(raw) == expected


def test_credits_of_the_articles_own_header_and_of_captions_without_the_roles_word() -> None:
    from lxml import html as lxml_html

    from reader.core.html_dom import _dom_credits

    page = (
        "<html><body><article><header><h1>標題</h1>"
        "<p class='byline'>文／鄔品涵　｜　審訂／佟志遠（物理系副教授）　｜　2025.02.20</p></header>"
        "<p>正文。</p><figure><img src='a.jpg'><figcaption>餅家門外有人排隊。（記者 何志強 攝）</figcaption></figure>"
        "</article></body></html>"
    )
    tree = lxml_html.fromstring(page)
    heads = [" ".join(b.text_content().split()) for h in tree.xpath("//article//header") for b in h.iter("p")]
    header = tree.xpath("//header")[0]
    header.drop_tree()  # (the template goes before the credits are read)
    got, _, _ = _dom_credits(tree, heads)
    assert ("審訂", "佟志遠") in got and ("摄影", "何志強") in got
    assert ("摄影", "何志強") not in _dom_credits(lxml_html.fromstring("<p>（記者 何志強）說：好</p>"), [])[0]


def test_a_source_field_in_a_block_the_extractor_drops_is_a_hint() -> None:
    from lxml import html as lxml_html

    from reader.core.html_dom import _dom_credits

    page = "<html><body><div class='article'><div class='art-info'><span>发布日期：2025-11-25 16:40</span>"
    tree = lxml_html.fromstring(page + "<span>信息来源：县水利局</span></div><p>正文。</p></div></body></html>")
    assert _dom_credits(tree, [])[1] == "县水利局"
    # (the site's word for itself names no source)
    tree = lxml_html.fromstring(page + "<span>来源：本站</span></div><p>正文。</p></div></body></html>")
    assert _dom_credits(tree, [])[1] is None


def test_a_web_address_after_the_sites_name_is_no_part_of_it() -> None:
    from reader.core.html_reader import _as_written

    assert _as_written("東方日報 On.cc", '<meta property="og:site_name" content="東方日報 On.cc">') == "東方日報"
    assert (
        _as_written("跑者日誌 RunDiary", '<meta property="og:site_name" content="跑者日誌 RunDiary">')
        == "跑者日誌 RunDiary"
    )


def test_a_magazines_issue_line_over_the_headline_dates_the_page() -> None:
    from reader.core.html_dom import _date_over_headline

    head = '<article><div class="issue-line">2025年11月刊 · 目的地</div><h1>泉州西街的一个早晨</h1>'
    assert _date_over_headline(head + "<p>正文。</p></article>") == "2025年11月刊"
    # (a word over the headline, or a date beside a name, dates nothing)
    assert _date_over_headline("<div>目的地</div><h1>标题</h1>") is None
    assert _date_over_headline("<div>2025-11-19 王小明</div><h1>标题</h1>") is None


def test_a_site_names_english_word_goes_when_the_title_names_the_publication_alone() -> None:
    from reader.core.html_reader import _as_written

    meta = '<meta property="og:site_name" content="云途 Cloudway">'
    assert _as_written("云途 Cloudway", "<title>一篇文章 | 《云途》2025年11月刊</title>" + meta) == "云途"
    # (the name as the site writes it, English word and all, otherwise)
    assert _as_written("云途 Cloudway", "<title>一篇文章 | 云途</title>" + meta) == "云途 Cloudway"


def test_the_pages_fields_row_completes_the_extractors_author_and_time() -> None:
    from reader.core.html_reader import read_html

    page = (
        "<html><head><title>小山村里的共享菜园：留守老人种菜 城里人认领_乡村振兴_今日云溪网</title>"
        '<meta property="og:site_name" content="今日云溪网"><meta name="author" content="覃晓雯"></head><body>'
        "<div class='article'><h1>小山村里的共享菜园：留守老人种菜 城里人认领</h1>"
        "<div class='info'>来源：云溪县融媒体中心　作者：融媒记者 覃晓雯 通讯员 罗立根　发布时间：2025-11-28 17:46"
        "　浏览次数：<span>862</span></div><div class='content'>"
        + "".join(
            f"<p>　　第{n}段正文，初冬时节，走进板桥镇上岭村，山坡上一垄垄菜地绿意盎然，白菜长势喜人。</p>"
            for n in range(6)
        )
        + "</div></div></body></html>"
    )
    hints = read_html(page.encode(), Path("a.html")).hints
    assert hints.field_source == "云溪县融媒体中心"
    assert hints.author == "覃晓雯"  # (the correspondent is credited, no author)
    assert hints.date == "2025-11-28 17:46"


def test_og_site_name_in_chinese_beats_a_latin_publisher_name() -> None:
    from reader.core.html_reader import _as_written

    assert (
        _as_written("Active Ageing Board", '<meta property="og:site_name" content="乐龄健康促进局">')
        == "乐龄健康促进局"
    )


def test_a_cms_meta_site_name_names_the_site(tmp_path: Path) -> None:
    # (a government CMS's own meta names, no og:site_name, a headline alone in <title>)
    paras = "".join(
        f"<p>第{n}项：请各小区居民按时参加检查，配合工作人员完成登记，确保安全，谢谢大家的理解和支持。</p>"
        for n in range(1, 5)
    )
    html = (
        '<html><head><meta charset="utf-8"><title>关于开展安全检查的通知</title>'
        '<meta name="SiteName" content="城南镇人民政府"></head><body>'
        f"<div class='article'><h1>关于开展安全检查的通知</h1>{paras}</div></body></html>"
    )
    assert read_html(html.encode(), tmp_path / "a.html").hints.source == "城南镇人民政府"
    bare = html.replace('<meta name="SiteName" content="城南镇人民政府">', "")
    assert read_html(bare.encode(), tmp_path / "b.html").hints.source != "城南镇人民政府"


def _table_page(footer: str) -> bytes:
    # (an old CMS's table layout inside the page's one <form>, no og, no JSON-LD)
    paras = "".join(
        f"<p>第{n}段：当天全市各献血点共接待献血者一百多人次，工作人员为每位献血者准备了热饮，现场秩序井然。</p>"
        for n in range(1, 5)
    )
    return (
        '<html><head><meta charset="utf-8"><title>冒雪献血的市民们--临川市中心血站</title></head><body>'
        '<form id="form1" method="post"><table>'
        '<tr><td class="nav"><a href="/">网站首页</a> <a href="/a">血站概况</a></td></tr>'
        '<tr><td><table><tr><td class="title"><h1>冒雪献血的市民们</h1></td></tr>'
        '<tr><td class="info">发布时间：2025-03-08　撰稿：章小雨　摄影：罗一鸣　点击数：873</td></tr>'
        f'<tr><td class="content">{paras}</td></tr></table></td></tr></table>'
        f'<table><tr><td class="footer">{footer}　地址：临川市建设路1号</td></tr></table></form></body></html>'
    ).encode()


def test_a_table_pages_info_cell_and_rights_line_name_its_author_and_site(tmp_path: Path) -> None:
    hints = read_html(_table_page("临川市中心血站 版权所有"), tmp_path / "a.html").hints
    assert hints.source == "临川市中心血站"
    assert hints.author == "章小雨"
    assert ("摄影", "罗一鸣") in hints.credits
    # (a <title>'s last part that no rights line names may be a channel's: no site)
    assert read_html(_table_page("技术支持：某某网络"), tmp_path / "b.html").hints.source is None
    # (the logo's image names it too)
    logo = _table_page("技术支持：某某网络").replace(
        b"<form", '<img src="/logo.png" alt="临川市中心血站"><form'.encode()
    )
    assert read_html(logo, tmp_path / "c.html").hints.source == "临川市中心血站"


def test_the_han_site_name_the_page_writes_more_often_wins(tmp_path: Path) -> None:
    paras = "".join(
        f"<p>第{n}段：{{said}}今日宣布，公司自主研发的新一代检测设备正式获批上市，将于明年初在全国医院推广使用。</p>"
        for n in range(1, 5)
    )
    html = (
        '<html><head><meta charset="utf-8"><title>新一代检测设备获批上市 - 新闻中心 - 禾川医疗</title>'
        '<meta property="og:site_name" content="禾川医疗">'
        '<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Organization",'
        '"name":"苏州禾川医疗科技股份有限公司"}}</script></head><body>'
        '<div class="logo"><img src="/logo.svg" alt="{logo}"></div>'
        f"<article><h1>新一代检测设备获批上市</h1>{paras}</article>"
        "<footer><p>苏州禾川医疗科技股份有限公司 版权所有</p></footer></body></html>"
    )
    short = html.format(logo="禾川医疗", said="“禾川医疗”")
    assert read_html(short.encode(), tmp_path / "a.html").hints.source == "禾川医疗"
    legal = html.format(logo="禾川", said="苏州禾川医疗科技股份有限公司")
    assert read_html(legal.encode(), tmp_path / "b.html").hints.source == "苏州禾川医疗科技股份有限公司"


def test_a_titles_site_after_a_bare_hyphen_goes_when_the_rights_line_names_it(tmp_path: Path) -> None:
    # (标题-临江市消防救援支队: no spaces round the hyphen; the foot's 主办 names the site)
    page = _table_page("主办：临川市中心血站").replace(
        "冒雪献血的市民们--临川市中心血站".encode(), "冒雪献血的市民们-临川市中心血站".encode()
    )
    path = tmp_path / "a.html"
    path.write_bytes(page)
    (article,) = load_corpus([path]).articles
    assert article.source == "临川市中心血站"
    assert article.title == "冒雪献血的市民们"
    # (a last part that no rights line or logo names stays in the title: a channel's, perhaps)
    other = tmp_path / "b"
    other.mkdir()
    (other / "b.html").write_bytes(page.replace("主办：临川市中心血站".encode(), "技术支持：某某网络".encode()))
    (article,) = load_corpus([other]).articles
    assert article.source is None


def test_a_rights_line_with_its_label_first_owns_the_titles_last_part(tmp_path: Path) -> None:
    # (版权所有：某某 names the site as 某某 版权所有 does; a bare dash joins the parts)
    page = _table_page("版权所有：临川市中心血站").replace(
        "冒雪献血的市民们--临川市中心血站".encode(), "冒雪献血的市民们—临川市中心血站".encode()
    )
    path = tmp_path / "a.html"
    path.write_bytes(page)
    (article,) = load_corpus([path]).articles
    assert article.source == "临川市中心血站"
    assert article.title == "冒雪献血的市民们"


def test_a_web_pages_date_from_its_info_list(tmp_path: Path) -> None:
    # (an old CMS's 發布單位/發布日期 list, in ROC years, which the extractor drops)
    body = "".join(
        f"<p>第{n}點：本鄉垃圾車第二路線自下月起調整收運時間及停靠點，請鄉親依新時間倒垃圾，並確實做好分類。</p>"
        for n in range(1, 5)
    )
    html = (
        "<html><head><title>垃圾車路線調整-某鄉公所</title></head><body><div id='container'>"
        "<h2 class='title'>本鄉垃圾車第二路線調整收運時間</h2>"
        "<dl class='info'><dt>發布單位：</dt><dd>清潔隊</dd><dt>發布日期：</dt><dd>115-11-26</dd></dl>"
        f"<div class='content'>{body}</div></div></body></html>"
    )
    path = write(tmp_path / "notice.html", html)
    assert read_html(path.read_bytes(), path).hints.date == "115-11-26"
    # (no date among the list's values: none)
    path = write(tmp_path / "other.html", html.replace("115-11-26", "清潔隊"))
    assert read_html(path.read_bytes(), path).hints.date is None


def test_a_pages_several_authors_and_its_info_lines_time(tmp_path: Path) -> None:
    from reader.core.html_reader import _hint_author

    # (the markup's two authors, as the extractor joins them)
    assert _hint_author("贾明远; 宁筱") == "贾明远 宁筱"
    assert _hint_author("贾明远; 淮北考古研究院第二研究室") != "贾明远 淮北考古研究院第二研究室"
    # (a CMS's info line gives the time of the day the extractor found)
    para = (
        "<p>为丰富农村群众冬季文化生活，剧团冬季巡演将于12月5日启程，赴三地十二个乡镇演出二十四场，历时一个半月。</p>"
    )
    html = (
        "<html><head><title>巡演日程公布_剧团动态_某剧团</title></head><body><div class='viewbox'>"
        "<h2>巡演日程公布</h2><div class='info'><small>时间:</small>2026-11-26 09:14<small>来源:</small>某剧团"
        f"<small>作者:</small>团办公室</div><div class='content'>{para * 4}</div></div></body></html>"
    )
    page = read_html(html.encode(), tmp_path / "a.html")
    assert page.hints.date == "2026-11-26 09:14"
    page = read_html(html.replace("2026-11-26 09:14", "2026-11-26").encode(), tmp_path / "b.html")
    assert page.hints.date == "2026-11-26"


def test_a_pages_markup_date_does_not_depend_on_the_day_it_is_read(tmp_path: Path) -> None:
    # (htmldate drops dates after the machine's today by default: a page dated
    # a month ahead of the clock got another date, and the cache kept it)
    ahead = (datetime.date.today() + datetime.timedelta(days=30)).isoformat()
    body = "".join(
        f"<p>第{n}段：本站由下月起調整收費，會員每月月費維持不變，單次收費按新價目表計算，敬請留意。</p>"
        for n in range(4)
    )
    html = (
        "<html><head><title>收費調整說明</title>"
        f'<meta property="article:published_time" content="{ahead}T09:00:00+08:00"></head>'
        f"<body><article><h1>收費調整說明</h1>{body}</article>"
        "<footer><p>© 2026 Example Mobility Ltd.</p></footer></body></html>"
    )
    path = write(tmp_path / "ahead.html", html)
    assert read_html(path.read_bytes(), path).hints.date == ahead


def test_an_events_start_in_the_markup_is_no_publication_date(tmp_path: Path) -> None:
    # (a screening's JSON-LD startDate says when the film is on, not when the page was put up)
    body = "".join(
        f"<p>第{n}段：這部紀錄片講述老渡船伕與返鄉孫女的最後一個冬天，映後設有導演座談。</p>" for n in range(4)
    )
    event = '{"@context":"https://schema.org","@type":"ScreeningEvent","name":"渡口","startDate":"2025-06-05T14:20:00+08:00"}'
    html = (
        f'<html><head><title>渡口</title><script type="application/ld+json">{event}</script></head>'
        f"<body><article><h1>渡口</h1>{body}</article></body></html>"
    )
    path = write(tmp_path / "film.html", html)
    assert read_html(path.read_bytes(), path).hints.date is None
    # (a publication key that gives the same day makes it the page's date)
    dated = html.replace(
        "</title>", '</title><meta property="article:published_time" content="2025-06-05T09:00:00+08:00">'
    )
    path = write(tmp_path / "dated.html", dated)
    assert read_html(path.read_bytes(), path).hints.date == "2025-06-05"
