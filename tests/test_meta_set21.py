"""Metadata on the shapes the twenty-first held-out set showed: a slash row
crediting a writer by nickname and name, and a web clipper's save date
beside the page's own date."""

from __future__ import annotations

from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.metadata import parse_meta_line

STORY = [
    "這次聚會一共來了十幾位朋友，大家在河堤邊一起烤肉，聊到天黑才散。",
    "下次聚會預計在春天，地點還在討論中，歡迎大家提出建議。",
]


def _meta(line: str) -> tuple[str | None, str | None]:
    meta = parse_meta_line(line, fold(line))
    return (meta.author, meta.date) if meta else (None, None)


def test_a_slash_row_names_the_writer_in_brackets_after_a_nickname() -> None:
    assert _meta("2027年3月2日 / 文：阿龍（陳志明） / 分類：聚會") == ("陳志明", "2027-03-02")
    assert _meta("2027年3月2日 / 文：陳志明 / 分類：聚會") == ("陳志明", "2027-03-02")


def test_a_slash_row_of_words_names_no_one() -> None:
    assert _meta("2027年3月2日 / 首頁 / 新聞") == (None, None)


def test_a_slash_row_in_a_page_gives_author_and_date() -> None:
    page = "\n".join(["河堤烤肉聚會紀錄", "2027年3月2日 / 文：阿龍（陳志明） / 分類：聚會", *STORY])
    meta = clean(page).metadata
    assert (meta.author, meta.date) == ("陳志明", "2027-03-02")
    assert ("文", "陳志明") in meta.credits


def test_a_clippers_save_date_loses_to_the_pages_date() -> None:
    head = ["# 河堤烤肉聚會紀錄", "", "> 来源：[河堤社](https://example.cn/a/1) · 剪藏于 2027-03-09", ""]
    page = "\n".join([*head, "河堤社 2027-03-02", "", *STORY])
    assert clean(page).metadata.date == "2027-03-02"
    # (with no date of the page's own, the save date is all there is)
    alone = "\n".join([*head, *STORY])
    assert clean(alone).metadata.date == "2027-03-09"


def test_a_role_label_then_a_name_beside_the_date_names_the_author() -> None:
    page = "\n".join(
        [
            "青松苑社区 · 邻里圈",
            "河堤烤肉聚会记录",
            "小区居民 刘海燕　2027年3月2日　阅读 88",
            *STORY,
        ]
    )
    meta = clean(page).metadata
    assert meta.author == "刘海燕"
    assert meta.source != "刘海燕"
    assert ("作者", "刘海燕") in meta.credits


def test_a_name_then_an_account_beside_the_date_keep_their_reading() -> None:
    # (no role word first: the author, then the account that publishes it)
    line = "刘海燕 青松苑之声　2027年3月2日　阅读 88"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and (meta.author, meta.source) == ("刘海燕", "青松苑之声")
    line = "店长 刘海燕　2027年3月2日　阅读 88"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and (meta.author, meta.source) == ("刘海燕", None)


NOTICE = [
    "青松苑業主立案法團",
    "通告：電梯保養安排",
    "發出日期：2027年3月2日",
    "本法團將於三月十日至十二日進行電梯保養，期間A座電梯暫停使用，敬請各住戶留意。",
    "如有查詢，請於辦公時間致電管理處。",
]


def test_a_title_and_name_under_the_organisations_name_sign_the_notice() -> None:
    page = "\n".join([*NOTICE, "青松苑業主立案法團", "主席 陳國榮", "© 青松苑業主立案法團"])
    meta = clean(page).metadata
    assert meta.author == "陳國榮"
    assert ("主席", "陳國榮") in meta.credits


def test_a_title_and_name_under_an_unknown_line_sign_nothing() -> None:
    # (the line above names nothing the page names elsewhere: no organisation's signature)
    page = "\n".join([*NOTICE[1:], "多謝各位合作支持", "主席 陳國榮"])
    assert clean(page).metadata.author is None
