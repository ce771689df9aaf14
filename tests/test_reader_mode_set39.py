"""Reader mode on the shapes the thirty-ninth held-out set showed: a price
list's short heads with a gloss in brackets, a row priced as a multiple of
the one above, and a section of priced rows under a head that reads like a
related-articles header; an office or an owner's word before the
writer's name in a byline."""

from __future__ import annotations

from cleaning_support import kept_lines, same
from reader.core.cleaning import clean

_INTRO = "各位顾客好，纸张和碳粉一直在起价，本店撑了很久，从下月起价钱要小小调整，多谢大家体谅。"
_NOTE = "学生凭学生证一律九折，论文装订需提前三天交件，开学期间人多请提早预约，做好会另行通知。"


def test_heads_glossed_in_brackets_and_a_multiple_stay_in_the_price_list() -> None:
    # (a head may close on a size or a foreign word in brackets; ×2 prices a
    # row as a multiple of the one above: both are the list's, between its rows)
    rows = [
        "1–99张　RM0.10",
        "100张以上　RM0.08",
        "彩色打印（A4）",
        "文字为主　RM0.50",
        "A3 价格 ×2",
        "过胶（Laminate）",
        "A4　RM2.50",
        "A3　RM5.00",
    ]
    tail = ["装订", "胶圈装订　RM3.00起", "硬皮装订　RM35／本"]
    kept = kept_lines("\n".join(["新价目表", _INTRO, "黑白影印（A4）", *rows, *tail, _NOTE]))
    for row in rows:
        assert same(row) in kept


def test_priced_rows_under_an_other_head_are_one_more_section_of_the_list() -> None:
    # (other articles are listed by their headlines, never by a price; a
    # price may be nothing at all)
    above = ["遺失圖書", "書價另加處理費 HK$20", "補領借書證　HK$15"]
    rows = ["其他服務", "黑白影印　每頁 HK$1", "彩色影印　每頁 HK$4", "預約圖書　免費"]
    text = "\n".join(
        [
            "收費一覽",
            _INTRO,
            *above,
            *rows,
            "館際互借　每本 HK$10",
            "長者及領取綜援人士，逾期罰款一律半價；兒童閱讀計劃會員免收逾期罰款，颱風警告期間閉館的日子不計算逾期日數。",
        ]
    )
    kept = kept_lines(text)
    for row in rows:
        assert same(row) in kept


def test_an_other_head_over_headlines_still_goes() -> None:
    # (the rule asks for prices: a block of headlines under the same head is the site's)
    heads = ["其他新聞", "圖書館聖誕節開放時間安排公布", "兒童閱讀計劃新一期招募會員"]
    kept = kept_lines("\n".join(["收費一覽", _INTRO, "補領借書證　HK$15", _NOTE, *heads]))
    for row in heads[1:]:
        assert same(row) not in kept


def test_an_office_before_the_writers_name_is_no_part_of_the_name() -> None:
    # (a congregation's or a board's office reads as a role, as 主任 does)
    text = "\n".join(["場地借用辦法", "文／總務執事 張明德　審閱／書記 林美華", _INTRO, _NOTE])
    meta = clean(text).metadata
    assert meta.author == "張明德"
    assert "總務執事" not in [name for _, name in meta.credits]


def test_a_shop_owner_over_the_post_is_its_author_not_its_source() -> None:
    # (老板 is the owner's role: the person wrote the post, the shop is the site)
    text = "\n".join(["新价目表", "老板 李志强 · 2026年12月19日", _INTRO, _NOTE])
    meta = clean(text).metadata
    assert meta.author == "李志强"
    assert meta.source != "老板 李志强"


def test_a_clippers_quoted_note_over_the_page_names_no_site() -> None:
    # (a quoted line over the headline is the clipper's, never the site's masthead)
    text = "\n".join(
        [
            "> 保存自 grace-hall.example.org",
            "[首頁](/)｜[認識我們](/about)｜[最新公告](/news)",
            "# 場地借用辦法",
            _INTRO,
            _NOTE,
            "© 2026 恩典堂 版權所有",
        ]
    )
    assert clean(text).metadata.source == "恩典堂"


def test_a_department_as_the_source_field_yields_to_the_body_signing_with_it() -> None:
    # (来源 names the unit; the sign-off writes the organisation before it: the
    # organisation is the site, its department no other outlet)
    text = "\n".join(
        [
            "关于调整门诊时间的通知",
            "发布时间：2026年12月22日 来源：门诊部 浏览次数：120",
            "各位患者：为方便群众就医，经研究决定，自下月起调整门诊时间，现将有关事项通知如下，请相互转告。",
            _NOTE,
            "青州市中心医院门诊部",
        ]
    )
    assert clean(text).metadata.source == "青州市中心医院"


def test_under_a_sign_off_the_reviews_and_the_shops_rows_are_the_pages() -> None:
    # (visitors' posts under the rating, then the takeaway and address rows
    # over the copyright: the page's tail, with the advisory above them)
    tail = [
        "進食生冷食物可能增加健康風險，如您對任何食物過敏，請於落單前通知職員，本店未能保證菜式完全不含致敏原。",
        "★★★★☆ 4.5（Google 320 則評論）",
        "Tom L.：燒味好正，價錢合理，就係週末要排隊等位。",
        "陳小姐：服務一般，不過食物新鮮，份量都幾多。",
        "外賣自取九折｜亦可經外賣平台訂購",
        "地址：某市某街18號　營業時間：每日 11:00–22:00",
    ]
    head = ["海景酒家", "主頁 | 菜單 | 最新消息 | 聯絡", "本週時價", "經理 張偉｜2026年12月24日"]
    rows = ["龍蝦　$29.80／磅", "象拔蚌　$42.00／磅", "聖子皇　$3.80／隻"]
    text = "\n".join([*head, _INTRO, *rows, _NOTE, "海景酒家 謹啟", *tail, "© 2026 海景酒家"])
    kept = kept_lines(text)
    assert same(_NOTE) in kept
    for line in tail:
        assert same(line) not in kept
