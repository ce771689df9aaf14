"""A page a browser saved whole ("Webpage, Complete"): 文章.html and the
folder 文章_files/ beside it with its pictures, styles, scripts and frames.
The folder is one skipped entry, never a pile of skipped files or articles
made of the page's frames."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.corpus import load_corpus
from reader.core.folder_walk import in_saved_page_files, saved_page
from reader.session.watcher import _root_of

PAGE = "<html><head><title>小镇的书店</title></head><body><article><h1>小镇的书店</h1>{}</article></body></html>"
PARAGRAPH = "<p>镇上唯一的书店开了三十年，老板每天早上七点开门，傍晚六点关门，从不间断。</p>"


def _saved(folder: Path, stem: str = "文章", suffix: str = ".html") -> Path:
    (folder / f"{stem}{suffix}").write_text(PAGE.format(PARAGRAPH * 4), "utf-8")
    files = folder / f"{stem}_files"
    files.mkdir()
    (files / "style.css").write_text("body{}")
    (files / "logo.png").write_bytes(b"\x89PNG\r\n")
    # (a frame with text of its own: an article if it were walked)
    comment = "<p>这是评论框里的一段话，有好几句。第二句在这里。</p>"
    (files / "comments.html").write_text(PAGE.format(comment * 3), "utf-8")
    return files


def test_a_saved_pages_own_files_are_one_skipped_entry(tmp_path: Path) -> None:
    files = _saved(tmp_path)
    corpus = load_corpus([tmp_path])
    assert [a.path.name for a in corpus] == ["文章.html"]
    assert [(s.path, s.reason) for s in corpus.skipped] == [
        (files, "a web page's own files (pictures, styles, scripts), saved with 文章.html")
    ]


def test_the_cached_listing_gives_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "pages"
    folder.mkdir()
    _saved(folder, "Page", ".HTM")
    first = load_corpus([folder], cache=True)
    again = load_corpus([folder], cache=True)
    assert [a.id for a in again] == [a.id for a in first] == ["Page"]
    assert [s.path.name for s in again.skipped] == ["Page_files"]


def test_a_files_folder_with_no_page_beside_it_is_walked(tmp_path: Path) -> None:
    notes = tmp_path / "研究_files"
    notes.mkdir()
    (notes / "笔记.txt").write_text("笔记\n\n这是一篇放在名字以下划线files结尾的文件夹里的笔记。", "utf-8")
    (tmp_path / "研究.txt").write_text("研究\n\n一篇同名的文本，不是网页。", "utf-8")
    assert sorted(a.path.name for a in load_corpus([tmp_path])) == ["研究.txt", "笔记.txt"]


def test_the_page_is_matched_by_name_whatever_its_case() -> None:
    assert saved_page("Report_files", ["report.HTML", "Report_files"]) == "report.HTML"
    assert saved_page("Report_files", ["Report.txt"]) is None
    assert saved_page("_files", ["", ".html"]) is None
    assert saved_page("Report", ["Report.html"]) is None


def test_the_watcher_leaves_a_saved_pages_own_files_alone(tmp_path: Path) -> None:
    files = _saved(tmp_path)
    frame = files / "comments.html"
    assert in_saved_page_files(frame, tmp_path)
    assert _root_of(frame, [tmp_path]) is None
    assert _root_of(tmp_path / "文章.html", [tmp_path]) == tmp_path
    assert not in_saved_page_files(tmp_path / "sub" / "a.txt", tmp_path)
