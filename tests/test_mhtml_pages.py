"""Web pages saved as one file (MHTML: .mhtml from Chrome or Edge, .mht
from Internet Explorer): the page part is read as a saved .html page."""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

import pytest

from reader.core.corpus import load_corpus
from reader.core.mhtml_reader import html_part

TITLE = "鎮上最後一家打鐵鋪"
BODY = "".join(
    f"<p>{text}</p>"
    for text in (
        "清晨六點，老陳已經生好了爐火，鐵砧旁的水桶冒著白氣。",
        "他十五歲跟父親學打鐵，至今整整五十年，鎮上的鋤頭、菜刀大多出自他手。",
        "近年訂單少了，他說只要還有人來修農具，鋪子就會一直開下去。",
    )
)
PAGE = (
    f'<!DOCTYPE html><html><head><meta charset="{{charset}}"><title>{TITLE} - 山城日報</title>'
    '<meta property="og:site_name" content="山城日報"></head><body>'
    '<nav><a href="/">首頁</a> <a href="/local">地方</a></nav>'
    f"<article><h1>{TITLE}</h1><p>記者 林志遠／報導</p>{BODY}</article>"
    "<footer>&copy; 2029 山城日報 版權所有</footer></body></html>"
)


def _mhtml(charset: str, part_charset: str | None = None, encoding: str = "quoted-printable") -> bytes:
    """A page as Chrome saves it: a multipart/related message, the page
    first (quoted-printable), then a picture (base64)."""
    html = PAGE.format(charset=charset).encode(part_charset or charset)
    body = quopri.encodestring(html) if encoding == "quoted-printable" else base64.encodebytes(html)
    declared = f'; charset="{part_charset}"' if part_charset else ""
    boundary = "----MultipartBoundary--abc123----"
    return b"\r\n".join(
        [
            b"From: <Saved by Blink>",
            b"Snapshot-Content-Location: https://news.example.tw/local/2029/blacksmith",
            b"Subject: =?utf-8?Q?blacksmith?=",
            b"Date: Tue, 6 Mar 2029 09:12:03 +0800",
            b"MIME-Version: 1.0",
            f'Content-Type: multipart/related; type="text/html"; boundary="{boundary}"'.encode(),
            b"",
            f"--{boundary}".encode(),
            f"Content-Type: text/html{declared}".encode(),
            b"Content-ID: <frame-1@mhtml.blink>",
            f"Content-Transfer-Encoding: {encoding}".encode(),
            b"Content-Location: https://news.example.tw/local/2029/blacksmith",
            b"",
            body,
            f"--{boundary}".encode(),
            b"Content-Type: image/png",
            b"Content-Transfer-Encoding: base64",
            b"Content-Location: https://news.example.tw/logo.png",
            b"",
            base64.encodebytes(b"\x89PNG\r\n\x1a\n" + bytes(200)),
            f"--{boundary}--".encode(),
            b"",
        ]
    )


@pytest.mark.parametrize(
    ("suffix", "charset", "part_charset", "encoding"),
    [
        (".mhtml", "utf-8", "utf-8", "quoted-printable"),
        # (the page part in Big5, as the part says; the page's own meta agrees)
        (".mht", "big5", "big5", "quoted-printable"),
        (".MHTML", "utf-8", None, "base64"),
    ],
)
def test_a_page_saved_as_one_file_reads_as_the_page(
    tmp_path: Path, suffix: str, charset: str, part_charset: str | None, encoding: str
) -> None:
    (tmp_path / f"打鐵鋪{suffix}").write_bytes(_mhtml(charset, part_charset, encoding))
    corpus = load_corpus([tmp_path])
    assert not corpus.skipped
    (article,) = corpus.articles
    assert article.title == TITLE
    assert article.source == "山城日報"
    text = "\n".join(article.paragraphs)
    assert "老陳已經生好了爐火" in text and "鋪子就會一直開下去" in text
    assert "首頁" not in text and "版權所有" not in text


def test_a_part_in_one_charset_whose_page_names_another_is_read_by_the_part() -> None:
    # (a browser writes the page's <meta charset> as it found it, the part as it saved it)
    data = _mhtml("utf-8", "big5")
    page = html_part(data)
    assert page is not None and TITLE in page.decode("utf-8")


def test_a_file_with_no_page_inside_is_skipped_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "notes.mht").write_bytes(b"MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\njust words\r\n")
    corpus = load_corpus([tmp_path])
    assert not corpus.articles
    assert [s.reason for s in corpus.skipped] == ["no web page inside (an MHTML file needs a text/html part)"]


def test_a_plain_page_saved_under_the_name_is_read_as_a_page(tmp_path: Path) -> None:
    (tmp_path / "打鐵鋪.mht").write_text(PAGE.format(charset="utf-8"), "utf-8")
    (article,) = load_corpus([tmp_path]).articles
    assert article.title == TITLE


def test_an_empty_or_binary_file_says_so(tmp_path: Path) -> None:
    (tmp_path / "empty.mhtml").write_bytes(b"")
    (tmp_path / "binary.mht").write_bytes(bytes(range(256)) * 20)
    reasons = {s.path.name: s.reason for s in load_corpus([tmp_path]).skipped}
    assert reasons["empty.mhtml"] == "empty file"
    assert reasons["binary.mht"].startswith("binary file")
