"""Reader mode on the shapes held-out page set 98 showed: a record's day
fields (申請日：…, 公告日：…) in a box of label：value rows are rows of the
record, not the page's date, and the one-word heading under the kept box, over
a paragraph, heads the paragraph; rows led by a rising figure, each a word or
a short phrase (10 主桿 / 20 側桿; 2028-08-14 提出申請 / …), under a heading of
their own inside the article, are its list of parts or its record's history,
not counters (the page's reaction counts still go); a link to the day's
e-edition beside the date bar (今日电子版) names no outlet; a site named in
English then in Chinese (St. James Primary School 聖雅各伯小學) is its Chinese
name, as one named in Chinese then in English is; a writer's title after the
name (文：何美寶校長), the head of a school, a hospital or a society, is no part
of the name, in the byline merged or in the markup's author; a note's stamp
of its creation and its last change (建立：…｜修改：…) dates the note by the
change; a markup title naming a periodical's issue and its column
(校訊第42期：校長的話) gives way to the page's <h1>, and so does an og:title
worded afresh when the <title> writes the <h1> whole as one of its parts; a
call for gifts or volunteers closing the article in the site's own voice
(有意者請電郵至本網編輯部) is the site's, not the writer's; the app a note says it
was exported from (從「備忘錄」匯出) is no source; a masthead of a slogan and the
website's name (才聚桐江 · 桐江人才网) names the site when nothing else does."""

from __future__ import annotations

import pytest

from cleaning_support import same
from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.markup_headings import heading_title
from reader.core.markup_sites import as_written
from reader.core.metadata import clean_hint_author, parse_meta_line

_RECORD = (
    "登記證明摘要",
    "本頁更新：2029-03-02 資料來源：公開資料",
    "下載PDF 加入追蹤 分享",
    "登記資料",
    "登記號：R20931",
    "案號：118200417",
    "受理日：2028-05-20",
    "核准日：2028-09-01",
    "類別：C12G 3/04",
    "權利人：林雅琪（嘉義縣）",
    "狀態：有效",
    "說明",
    "本登記涉及一種以米麴發酵之梅酒釀造方法，先將青梅以鹽水浸泡一夜，再與米麴同置陶甕內低溫發酵四十日，期間每週攪拌一次。",
    "發酵完成後以細布過濾，靜置三個月再裝瓶，所得酒液色澤清澈，酸甜適中。",
)


def test_a_records_day_fields_in_a_box_of_fields_stay_rows() -> None:
    cleaned = clean("\n".join(_RECORD))
    kept = {same(p) for p in cleaned.paragraphs}
    for row in _RECORD[4:12]:
        assert same(row) in kept, row
    assert cleaned.metadata.date == "2029-03-02"


_PARTS = (
    "可折疊木製書架",
    "摘要",
    "本創作提供一種可折疊木製書架，包含一底座、二層板及複數個鉸鏈，層板可相對底座摺疊收納，展開後以鉸鏈定位。",
    "主要元件符號說明",
    "10 底座",
    "20 層板",
    "21 鉸鏈部",
    "30 定位銷",
    "申請專利範圍",
    "1. 一種可折疊木製書架，包含：一底座；二層板，分別樞接於該底座兩側；及複數個鉸鏈，用以定位該層板之展開角度。",
    "審查歷程",
    "2028-03-02 提出申請",
    "2028-05-11 形式審查補正通知",
    "2028-06-30 公告",
    "本站資料整理自公開公報，僅供參考，不代表法律意見。",
)


def test_a_list_of_parts_and_a_dated_history_under_their_headings_stay() -> None:
    kept = {same(p) for p in clean("\n".join(_PARTS)).paragraphs}
    for row in (*_PARTS[3:8], *_PARTS[10:14]):
        assert same(row) in kept, row


def test_a_rising_run_of_the_pages_reaction_counts_still_goes() -> None:
    text = "\n".join((*_PARTS[:3], "人氣", "12 讚", "30 分享", "45 留言"))
    kept = {same(p) for p in clean(text).paragraphs}
    assert not kept & {same(x) for x in ("12 讚", "30 分享", "45 留言")}


@pytest.mark.parametrize("line", ["2029年10月21日 星期日　今日电子版", "2029年5月3日 星期六 往期電子報"])
def test_a_link_to_the_days_edition_beside_the_date_names_no_outlet(line: str) -> None:
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.date is not None
    assert (meta.source, meta.author) == (None, None)


def test_a_papers_e_edition_beside_the_date_still_names_the_paper() -> None:
    line = "2025年3月2日 澳門日報電子版"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.source == "澳門日報"


@pytest.mark.parametrize(
    ("site", "name"),
    [
        ("St. James Primary School 聖雅各伯小學", "聖雅各伯小學"),
        ("Riverside Community Centre 河畔社區中心", "河畔社區中心"),
        ("BBC News 中文", "BBC News 中文"),
    ],
)
def test_a_latin_name_then_the_chinese_one_gives_the_chinese(site: str, name: str) -> None:
    html = f'<html><head><meta property="og:site_name" content="{site}"></head><body></body></html>'
    assert as_written(site, html) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("文：何美寶校長 · 發佈日期：2029年3月22日", "何美寶"),
        ("撰文：陳志明院長 · 2029年1月5日", "陳志明"),
        ("文：李淑芬主任 · 2028年9月1日", "李淑芬"),
    ],
)
def test_a_writers_title_after_the_name_is_no_part_of_the_name(line: str, name: str) -> None:
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and name in {person for _, person in meta.credits}
    text = f"一条真正的新闻标题在这里\n{line}\n第一段正文，讲的是一件事情的来龙去脉，足够长。\n"
    assert clean(text).metadata.author == name


@pytest.mark.parametrize(
    ("value", "name"), [("何美寶校長", "何美寶"), ("林永康牧师", "林永康"), ("释宏觉法师", "释宏觉法师")]
)
def test_the_markups_author_without_the_title_after_the_name(value: str, name: str) -> None:
    assert clean_hint_author(value) == name


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("建立：2029年11月3日 下午11:42｜修改：2029年11月5日 上午1:08", "2029-11-05 01:08"),
        ("创建于 2025-01-02 · 更新于 2025-03-04 10:00", "2025-03-04 10:00"),
        ("建立：2029年11月3日 下午11:42", "2029-11-03 23:42"),
    ],
)
def test_a_notes_stamp_gives_the_day_of_its_last_revision(line: str, date: str) -> None:
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.date == date


def _page(title: str, og: str, body: str) -> str:
    return (
        f'<html><head><title>{title}</title><meta property="og:title" content="{og}"></head>'
        f"<body>{body}<p>{'正文的第一段，讲的是一件事情的来龙去脉，写得足够长，足够长。' * 2}</p></body></html>"
    )


def test_an_issues_column_in_the_markup_title_gives_way_to_the_pages_h1() -> None:
    html = _page("家長通訊 第18期（2029年5月）｜海灣中學", "家長通訊第18期：校長的話", "<h1>我們為甚麼取消測驗週</h1>")
    assert heading_title("家長通訊第18期：校長的話", html)[1] == "我們為甚麼取消測驗週"
    html = _page("家長通訊 第18期｜海灣中學", "家長通訊第18期：校長的話", "<h1>海灣中學</h1>")
    assert heading_title("家長通訊第18期：校長的話", html)[1] == "家長通訊第18期：校長的話"


def test_the_h1_the_title_writes_whole_wins_over_a_reworded_og_title() -> None:
    title = "TWM 630112 可折疊木製書架 - 專利摘要 | 某某專利網"
    html = _page(title, "木製書架新型專利摘要（M630112）", "<h1>可折疊木製書架</h1>")
    assert heading_title("木製書架新型專利摘要（M630112）", html)[1] == "可折疊木製書架"
    # (a section's heading shares no words with the headline: the markup's title stands)
    html = _page("新聞中心 最新消息 | 某某專利網", "木製書架新型專利摘要（M630112）", "<h1>最新消息</h1>")
    assert heading_title("木製書架新型專利摘要（M630112）", html)[1] == "木製書架新型專利摘要（M630112）"


_PROFILE = (
    "讀書給看不見的長輩聽",
    "每個星期六早上，社區中心二樓的小房間裡，七位義工輪流對著麥克風讀書，錄好的檔案再由另一組義工送到長輩家中。",
    "負責人說，最受歡迎的不是小說，而是每週的社區報紙，長輩想知道唐人街的茶樓還開不開。",
)


def test_a_call_for_gifts_in_the_sites_own_voice_closing_the_article_goes() -> None:
    call = "讀書會目前急需國語義工，每月只需一個早上；亦歡迎捐贈舊式錄音筆。有意者請電郵至本網編輯部，我們會代為轉介。"
    text = "\n".join((*_PROFILE, call, "關於我們｜廣告查詢｜私隱政策｜聯絡我們"))
    assert same(call) not in {same(p) for p in clean(text).paragraphs}
    # (the writer's own closing, naming no site, stays)
    own = "讀書會目前急需國語義工，每月只需抽出一個早上；亦歡迎捐贈舊式錄音筆，負責人說，多一個人就多一本書。"
    text = "\n".join((*_PROFILE, own, "關於我們｜廣告查詢｜私隱政策｜聯絡我們"))
    assert same(own) in {same(p) for p in clean(text).paragraphs}


def test_the_app_a_note_was_exported_from_is_no_source() -> None:
    note = (
        "筆記 › 旅行",
        "",
        "京都三日行程（草稿）",
        "",
        "第一天一早到嵐山，趁人少先走竹林，再去天龍寺看庭園，中午在渡月橋邊吃湯豆腐。",
        "第二天去伏見稻荷，爬到一半就下山，下午留給錦市場，晚上早點休息。",
        "從「筆記」匯出｜2029年4月2日 下午9:10",
    )
    meta = clean("\n".join(note)).metadata
    assert (meta.source, meta.author, meta.credits) == (None, None, ())


def test_a_masthead_of_a_slogan_and_the_websites_name_names_the_site() -> None:
    page = (
        "登录 | 注册 | 企业入口 | 下载APP",
        "才聚青川 · 青川人才网",
        "首页　找工作　校园招聘　事业单位　企业名录　求职指南",
        "青川县图书馆2029年公开招聘编外古籍修复助理公告",
        "发布时间：2029-04-02 09:30　浏览：1,214次",
        "因工作需要，经研究决定，青川县图书馆面向社会公开招聘编外古籍修复助理2名。现将有关事项公告如下：",
        "应聘人员须具有大专及以上学历，热爱古籍保护工作，能适应长期伏案修复工作。",
    )
    assert clean("\n".join(page)).metadata.source == "青川人才网"
