"""Reader mode on the development pages (tests/data/pages): each page is
annotated with its title, the junk lines that must go and the body lines
that must stay. The folder is loaded as a corpus, as ``reader list`` does,
so repetition across the folder counts. See tests/page_quality.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from page_quality import Page, Report, date_key, norm, partly_kept, render, score_folder

PAGES = Path(__file__).parent / "data" / "pages"


@pytest.fixture(scope="module")
def report() -> Report:
    return score_folder(PAGES)


def test_the_development_set_is_broad(report: Report) -> None:
    assert len(report.pages) >= 50
    suffixes = {p.suffix for p in PAGES.iterdir() if not p.name.endswith(".gold.json")}
    assert {".txt", ".md", ".html"} <= suffixes
    assert sum(1 for p in PAGES.glob("*.html")) >= 10
    assert not [p.name for p in report.pages if p.skipped]


def test_titles_are_right(report: Report) -> None:
    wrong = [(p.name, p.title, p.gold_title) for p in report.pages if not p.title_right]
    assert report.titles_right >= 0.9 * len(report.pages), wrong


def test_junk_is_gone(report: Report) -> None:
    assert report.junk_gone >= 0.9 * report.junk_total, render(report, verbose=True)


def test_no_body_line_is_lost(report: Report) -> None:
    lost = [(p.name, line) for p in report.pages for line in p.body_lost]
    assert lost == []


def test_each_page_loaded_alone_keeps_its_body_and_title() -> None:
    # A user who opens one saved page has no folder to count repetition in.
    alone = score_folder(PAGES, alone=True)
    assert [(p.name, line) for p in alone.pages for line in p.body_lost] == []
    assert alone.titles_right >= 0.9 * len(alone.pages)
    assert alone.junk_gone >= 0.9 * alone.junk_total


def test_dates_are_mostly_right(report: Report) -> None:
    # Not an acceptance bound: a floor that catches a broken date parser.
    assert report.meta_right("date") >= 0.75 * len(report.pages)


def test_the_scorer_can_fail(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text(
        "首页 > 新闻 > 国内\n真正的标题在这里出现\n正文第一段，讲了一件事情，而且足够长。\n相关文章\n", encoding="utf-8"
    )
    (tmp_path / "p.gold.json").write_text(
        '{"title": "另一个标题", "source": null, "author": null, "date": null, "credits": [],'
        ' "junk": ["首页 > 新闻 > 国内", "正文第一段，讲了一件事情，而且足够长。"],'
        ' "body": ["相关文章", "不存在的一行"], "kind": "test"}',
        encoding="utf-8",
    )
    result = score_folder(tmp_path)
    (p,) = result.pages
    assert not p.title_right and p.title == "真正的标题在这里出现"
    assert p.junk_left == ["正文第一段，讲了一件事情，而且足够长。"]
    assert p.body_lost == ["相关文章", "不存在的一行"]


def test_junk_cut_down_is_reported_apart() -> None:
    # A product card kept without its buttons: counted gone, but reported.
    kept = {norm("手工锤纹锡茶叶罐（半斤装） ¥368 已售 1,204"), norm("正文第一段，讲了一件事情。")}
    assert partly_kept("手工锤纹锡茶叶罐（半斤装） ¥368 已售 1,204 加入购物车 立即购买", kept)
    # (a menu word that a sentence also uses is no part of the sentence kept)
    assert not partly_kept("联络", {norm("请以电邮联络赛事委员会。")})
    assert not partly_kept("加入购物车 立即购买 分享到微信朋友圈", kept)
    card = "手工锤纹锡茶叶罐（半斤装） ¥368 已售 1,204 加入购物车 立即购买"
    page = Page("p", "test", "t", "t", 2, junk_partly=[card])
    page.meta_right = {"source": True, "author": True, "date": True}
    page.meta_got = {"source": None, "author": None, "date": None}
    shown = render(Report([page]), verbose=True)
    assert "junk gone 2/2 (100.0%; 1 of those only in part)" in shown
    assert "junk partly left: 手工锤纹锡茶叶罐" in shown


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("2024年6月14日 星期五 上午8:41", (2024, 6, 14, 8, 41)),
        ("2024-03-05 15:05", (2024, 3, 5, 15, 5)),
        ("2024年3月5日 下午3:05", (2024, 3, 5, 15, 5)),
        ("11月3日", (11, 3)),
        ("Nov 16, 2025", (2025, 11, 16)),
        ("16 Nov 2025", (2025, 11, 16)),
        ("28/11/2025 22:14", (2025, 11, 28, 22, 14)),
        ("28-08-2029", (2029, 8, 28)),
        ("2029-08-28", (2029, 8, 28)),
        ("Feb 14, 2024 3:05 pm", (2024, 2, 14, 15, 5)),
        ("Sun Mar 11 21:04:33 2029", (2029, 3, 11, 21, 4)),  # (a ctime, a BBS post's: the year last)
        (None, None),
    ],
)
def test_dates_compare_by_their_numbers(text: str | None, key: tuple[int, ...] | None) -> None:
    assert date_key(text) == key


def test_the_scorer_runs_from_the_command_line() -> None:
    import os
    import subprocess

    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    out = subprocess.run(
        [sys.executable, str(Path(__file__).parent / "page_quality.py"), str(PAGES)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    ).stdout
    assert out.splitlines()[0].split()[:2] == ["page", "title"]
    assert "pages: title right" in out and "junk gone" in out and "body kept" in out
