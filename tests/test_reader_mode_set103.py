"""Reader mode on the shapes held-out page set 103 showed: a tally's first
row whose label reads like a related-articles head (推荐给朋友：九票 over
不推荐：两票) is a row of the tally, kept with the rows and sections under it."""

from __future__ import annotations

from pathlib import Path

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.corpus import load_corpus

_RECAP = "\n\n".join(
    (
        "读书会十一月聚会记录",
        "这个月来了十二个人，是今年最多的一次，地点照旧在民众俱乐部二楼的小活动室。",
        "大家对第三部分争了快半个小时，最后谁也没说服谁，我倒觉得这本书已经赢了。",
        "## 投票",
        "推荐给朋友：九票",
        "不推荐：两票",
        "弃权：一票（老黄）",
        "## 下次",
        "十二月读《南洋旧信》。",
        "地点不变，时间改到12月14日（星期六）下午三点，因为活动室上午有人订了。",
    )
)


def test_a_tallys_first_row_is_no_related_header() -> None:
    kept = kept_set(_RECAP)
    for line in ("推荐给朋友：九票", "不推荐：两票", "弃权：一票（老黄）", "十二月读《南洋旧信》。"):
        assert same(line) in kept


def test_a_related_header_over_headlines_still_goes() -> None:
    text = "\n\n".join(
        (
            *_RECAP.split("\n\n")[:3],
            "推荐阅读",
            "读书会十月聚会记录：一本关于海的书",
            "读书会九月聚会记录：我们去了图书馆",
            "读书会八月聚会记录：第一次线上讨论",
        )
    )
    kept = kept_set(text)
    assert same("推荐阅读") not in kept
    assert same("读书会九月聚会记录：我们去了图书馆") not in kept


_NOTICE = "\n".join(
    (
        "社区种子图书馆春季借种公告",
        "各位邻居：",
        "春季借种即日开放登记。本馆的种子全部来自街坊们去年秋天归还的自留种，借一份，还两份。",
        "1. 凭身份证或社区卡登记，每户每季最多借3个品种。",
        "2. 收获后请留种归还，数量不少于借出数量的两倍；实在留不了种的，也欢迎来讲讲失败的经过。",
        "还种时间：2029年7月至10月",
        "联系人：何老师 电话：028-8561 3307",
    )
)


def test_a_whom_and_how_row_under_the_notices_own_rows_stays() -> None:
    kept = kept_set(_NOTICE)
    assert same("联系人：何老师 电话：028-8561 3307") in kept
    assert same("还种时间：2029年7月至10月") in kept


def test_a_press_offices_contact_row_right_under_the_story_still_goes() -> None:
    text = "\n".join((*_NOTICE.split("\n")[:5], "联系人：何老师 电话：028-8561 3307"))
    assert same("联系人：何老师 电话：028-8561 3307") not in kept_set(text)


def test_a_committee_beside_the_date_is_no_author() -> None:
    text = "\n".join(
        (
            "第三十屆周年聚餐 節目流程及席次安排",
            "2029年11月10日 · 幹事會",
            "各位校友：",
            "第三十屆周年聚餐將於本月二十四日晚上在荃灣舉行，今年共開十二席，以下為當晚節目流程及席次安排。",
            "如有任何查詢，請於辦公時間內致電校友會辦事處，我們會盡快回覆各位。",
        )
    )
    assert clean(text).metadata.author is None


def test_a_recorders_byline_names_the_author() -> None:
    head, *rest = _RECAP.split("\n\n")
    text = "\n".join((head, "记录 | 林秀慧　2029-11-19", *rest))
    meta = clean(text).metadata
    assert meta.author == "林秀慧"
    assert ("记录", "林秀慧") in meta.credits


def test_a_closing_row_led_by_the_recorder_still_ends_the_minutes() -> None:
    text = "\n".join(
        (
            "第十八屆周年會員大會會議紀錄",
            "大會於十一月二十二日晚上在會所舉行，出席會員四十二人，超過法定人數，主席宣布會議開始並通過上屆會議紀錄。",
            "司庫報告全年收支，會費收入較去年增加，盈餘撥入器材基金，用作添置對講機及急救用品，大會一致通過。",
            "大會選出新一屆幹事會，主席由司徒健明連任，義務秘書由顧家朗出任，任期兩年，會議於晚上十時散會。",
            "記錄：顧家朗（義務秘書）　核實：司徒健明（主席）",
            "活動日誌",
            "12月6日（六）　大帽山川龍至荃錦坳　難度★★",
            "12月13日（六）　龍脊及大浪灣　難度★",
            "會員請登入後報名，名額先到先得。",
            "©2026 香港山徑同樂會　社團註冊編號：CP/LIC/SO/19/41277",
        )
    )
    kept = kept_set(text)
    assert same("活動日誌") not in kept
    assert same("12月13日（六）　龍脊及大浪灣　難度★") not in kept
    assert clean(text).metadata.author == "顧家朗"


def test_a_front_matter_title_naming_the_section_gives_way_to_the_heading(tmp_path: Path) -> None:
    page = tmp_path / "recap.md"
    page.write_text(
        "\n".join(
            (
                "---",
                'title: "十一月聚会记录 | 淡滨尼周六读书会"',
                "---",
                "",
                "聚会记录",
                "",
                "# 一本写组屋的小说，让我们吵了两个小时",
                "",
                "这个月来了十二个人，是今年最多的一次，地点照旧在民众俱乐部二楼的小活动室。",
            )
        ),
        encoding="utf-8",
    )
    (article,) = load_corpus([page])
    assert article.title == "一本写组屋的小说，让我们吵了两个小时"


def test_a_mails_sender_is_its_source_and_its_header_rows_leave_the_body() -> None:
    text = "\n".join(
        (
            "**寄件者：** 何記餅家 <news@hokeibakery.example.mo>",
            "**收件者：** 會員",
            "**主旨：** 【何記餅家電子報 第58期】一個重要消息",
            "# 六十一年，搬一次屋：何記要離開草堆街了",
            "各位老街坊、各位會員：",
            "呢封信我寫咗三個禮拜，改咗好多次，最後決定用最簡單嘅方法講，何記餅家五月尾會搬離草堆街。",
            "阿爺1968年喺草堆街開舖，嗰陣舖頭只有一個炭爐、一張枱，我哋一家三代喺呢度焗咗六十一年杏仁餅。",
        )
    )
    cleaned = clean(text)
    assert cleaned.metadata.source == "何記餅家"
    kept = {same(p) for p in cleaned.paragraphs}
    assert same("**主旨：** 【何記餅家電子報 第58期】一個重要消息") not in kept


def test_a_columns_name_under_its_breadcrumb_is_no_headline() -> None:
    text = "\n".join(
        (
            "雪梨華聲週報 Sydney Chinese Voice Weekly",
            "新聞 | 社區 | 專欄 | 地產 | 分類廣告 | 電子報",
            "專欄 › 南半球家書",
            "南半球家書",
            "七十歲，第一次落水",
            "2029年1月18日　　文／蘇文珊",
            "阿爸今年七十歲。上個禮拜，佢第一次喺泳池游咗一個全程，上水嗰陣成個人喘到講唔到嘢。",
            "事情要由去年聖誕講起，我哋一家去海灘，孫仔孫女喺淺水度玩，佢就企喺沙灘上面，成個下晝冇落過水。",
        )
    )
    assert clean(text).metadata.title == "七十歲，第一次落水"


_PAGES = Path(__file__).parent / "data" / "pages"


def test_an_old_cms_detail_heading_its_article_title_tag_writes_beats_the_og_title() -> None:
    # (the page's one <h2> detail title, no <h1>; its ArticleTitle meta writes the same, the og:title another)
    (page,) = _PAGES.glob("f103_02_*.html")
    (article,) = load_corpus([page])
    assert article.title == "禾下种子图书馆2029年春季借种公告"


def test_views_said_to_be_only_their_speakers_are_a_disclaimer() -> None:
    line = "*本会为非营利自发组织，所有书评观点仅代表发言者个人，与作者及出版社无关，本会亦未收取任何赞助或赠书。*"
    kept = kept_set("\n\n".join((_RECAP, line)))
    assert same(line) not in kept
    assert same("十二月读《南洋旧信》。") in kept
