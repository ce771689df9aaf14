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
