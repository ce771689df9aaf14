"""Decoding bytes to text, and refusing what is not text; sanitizing text."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.decoding import NotText, decode, decode_bytes
from reader.core.sanitize import sanitize

SIMPLIFIED = (
    "谷歌研究科学家在伦敦去世，年仅四十一岁。他的博客揭露了人工智能研究者面临的巨大压力。Felix Hill 一二三\n"
    "第二段：软件与网络。\n"
)
TRADITIONAL = (
    "谷歌研究科學家在倫敦去世，年僅四十一歲。他的博客揭露了人工智慧研究者面臨的巨大壓力。Felix Hill 一二三\n"
    "第二段：軟體與網路。\n"
)


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "gb18030", "gbk"],
)
@pytest.mark.parametrize("text", [SIMPLIFIED, TRADITIONAL], ids=["simplified", "traditional"])
def test_decodes_every_encoding(encoding: str, text: str) -> None:
    assert decode(text.encode(encoding)) == text


def test_decodes_big5() -> None:
    assert decode(TRADITIONAL.encode("big5")) == TRADITIONAL


@pytest.mark.parametrize(
    "text",
    ["繁體中文測試，黃仁勛說話了。", "黃仁勛在台北發表演講", "深度學習"],
)
def test_short_big5_line_is_not_read_as_korean(text: str) -> None:
    # The detector alone scores these as cp949 (Hangul) a little ahead of Big5.
    assert decode(text.encode("big5")) == text


def test_bom_is_not_part_of_the_text() -> None:
    assert not decode("標題\n".encode("utf-8-sig")).startswith("\ufeff")


def test_short_gbk_text_is_read_as_chinese() -> None:
    # Ambiguous for a statistical detector: ties go to the Chinese encodings.
    assert decode("你好，世界".encode("gbk")) == "你好，世界"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t \r\n", "only whitespace"),
        ("\u3000\u3000\n".encode("utf-8"), "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        (bytes(range(256)) * 8, "binary"),
        (b"\x00" * 100, "binary"),
        (b"\x01\x02\x03\x04 text with controls \x05\x06\x07\x08" * 4, "binary"),
        (b"\xff\xfe\x00\xd8", "invalid"),
    ],
)
def test_refuses_what_is_not_text(data: bytes, reason: str) -> None:
    with pytest.raises(NotText) as info:
        decode(data)
    message = str(info.value)
    assert reason in message
    assert "\n" not in message


def test_random_bytes_are_refused() -> None:
    for seed in range(5):
        data = bytes((seed * 7919 + i * 104729) % 256 for i in range(4096)) + os.urandom(64)
        with pytest.raises(NotText):
            decode(data)


@pytest.mark.parametrize("encoding", ["gb18030", "big5"])
def test_short_text_with_an_escape_sequence_still_decodes(encoding: str) -> None:
    text = "一個標題\n\n正文\x1b]0;pwned\x07第一段。\n"
    assert decode(text.encode(encoding)) == text


def test_text_with_a_few_escape_sequences_still_decodes() -> None:
    text = ("这是一段很长的正文，里面偶尔夹着终端转义序列。" * 10 + "\x1b[31m红色\x1b[0m\n") * 5
    assert decode(text.encode("utf-8")) == text


# -- a few bad bytes (issue 11) -------------------------------------------------

_BODY = ("这是一段完全正常的中文正文，讲的是一个普通的故事。" * 30 + "\n") * 3


@pytest.mark.parametrize("bad", [b"\xff", b"\xe4\xb8", b"\x80\x80\x80"])
def test_utf8_with_a_few_bad_bytes_is_read_with_replacements(bad: bytes) -> None:
    data = _BODY.encode("utf-8")
    damaged = data[:600] + bad + data[600:]
    decoded = decode_bytes(damaged)
    assert decoded.replaced == len(bad)
    assert "\ufffd" in decoded.text
    assert decoded.text.replace("\ufffd", "") == _BODY
    assert decoded.note == f"read with {len(bad)} byte{'s' if len(bad) > 1 else ''} replaced (invalid UTF-8)"


def test_a_short_utf8_file_with_one_garbled_character_is_read() -> None:
    # Three bad bytes in 48 are over 1% of the file, but they stand in one
    # place among fourteen good characters: a cut character, not GBK.
    data = "标题\n\n正文第一段。".encode() + b"\xff\xfe\xc3" + "第二段还在。\n".encode()
    decoded = decode_bytes(data)
    assert decoded.replaced == 3 and decoded.text.replace("\ufffd", "") == "标题\n\n正文第一段。第二段还在。\n"
    # (a short GBK or Big5 file is still read as itself)
    for encoding in ("gbk", "big5"):
        text = "標題\n\n這是一段正文，說的是一個故事。\n"
        assert decode_bytes(text.encode(encoding)).text == text


def test_utf8_with_a_bom_and_a_bad_byte_is_read() -> None:
    data = codecs_bom_utf8() + _BODY.encode("utf-8")
    decoded = decode_bytes(data[:900] + b"\xc0" + data[900:])
    assert decoded.replaced == 1 and not decoded.text.startswith("\ufeff")


def codecs_bom_utf8() -> bytes:
    import codecs

    return codecs.BOM_UTF8


def test_clean_text_has_nothing_replaced() -> None:
    assert decode_bytes(_BODY.encode("utf-8")).replaced == 0
    assert decode_bytes(_BODY.encode("gb18030")).replaced == 0


def test_too_many_bad_bytes_are_not_called_damaged_utf8() -> None:
    data = _BODY.encode("utf-8")
    step = len(data) // 60  # 60 bad bytes: over 1%
    damaged = b"".join(data[i : i + step] + b"\xff" for i in range(0, len(data), step))
    try:
        decoded = decode_bytes(damaged)
    except NotText:
        return  # refused: fine, it is not damaged UTF-8
    assert decoded.replaced == 0


@pytest.mark.parametrize("encoding", ["gbk", "big5"])
def test_mostly_ascii_gbk_is_not_mistaken_for_damaged_utf8(encoding: str) -> None:
    # A few Chinese characters in a long English text: few invalid UTF-8
    # bytes, but no valid multi-byte UTF-8 either, so not damaged UTF-8.
    text = "An English article about chips and markets. " * 40 + "\n黃仁勛說\n"
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.replaced == 0
    assert "\ufffd" not in decoded.text


async def test_the_e_screen_lists_a_file_read_with_bytes_replaced(tmp_path, monkeypatch) -> None:
    from app_support import loaded, make_app, screen_text

    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("READER_PEOPLE_FILE", str(tmp_path / "people.tsv"))
    folder = tmp_path / "articles"
    folder.mkdir()
    head = ("坏字节的文章\n\n" + _BODY[:100]).encode("utf-8")
    (folder / "bad.txt").write_bytes(head + b"\xff\xff\xff" + _BODY[100:].encode("utf-8"))
    (folder / "good.txt").write_text("好文章\n\n" + _BODY, encoding="utf-8")
    app = make_app(tmp_path / "state", [folder])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        assert [a.id for a in app.library.articles] == ["bad", "good"]
        await pilot.press("e")
        await pilot.pause()
        shown = screen_text(app)
        assert "bad.txt" in shown and "read with 3 bytes replaced" in shown
        assert "good.txt" not in shown


# -- sanitize ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a\x1b[31mred\x1b[0m b", "ared b"),
        ("x\x1b]0;window title\x07y", "xy"),
        ("x\x1b]8;;http://e.com\x1b\\link\x1b]8;;\x1b\\y", "xlinky"),
        ("a\x9b2Jb", "ab"),
        ("a\x9d0;t\x9cb", "ab"),
        ("bell\x07!", "bell!"),
        ("\x1bc reset", " reset"),
        ("\x1bP1$r\x1b\\dcs", "dcs"),
        ("tab\there", "tab here"),
        ("crlf\r\nline\rmac\u2028sep", "crlf\nline\nmac\nsep"),
        ("\u202eevil\u202c and \u2066iso\u2069", "evil and iso"),
        ("zero\x00width\x7f", "zerowidth"),
        ("[bold]markup[/bold] stays", "[bold]markup[/bold] stays"),
        ("正文。\n第二段", "正文。\n第二段"),
    ],
)
def test_sanitize(raw: str, clean: str) -> None:
    assert sanitize(raw) == clean


def test_sanitize_leaves_no_control_characters() -> None:
    raw = "".join(chr(i) for i in range(0x00, 0xA0)) * 3 + "\x1b[" + "\x1b]"
    out = sanitize(raw)
    assert all(ch == "\n" or not (ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0) for ch in out)
    assert "\x1b" not in out


def test_sanitize_handles_huge_text() -> None:
    text = ("正常的中文段落，没有控制字符。\n" * 200_000) + "\x1b[2J"
    out = sanitize(text)
    assert out == text[: -len("\x1b[2J")]


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_decode_or_give_a_one_line_reason(data: bytes) -> None:
    try:
        text = decode(data)
    except NotText as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert isinstance(text, str) and text.strip()


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_sanitize_output_is_always_safe(text: str) -> None:
    out = sanitize(text)
    assert not any((ord(ch) < 0x20 and ch != "\n") or 0x7F <= ord(ch) < 0xA0 for ch in out)
    assert sanitize(out) == out


def test_utf8_with_a_stray_nul_is_not_read_as_utf16() -> None:
    # (two bad bytes and a NUL in a short UTF-8 file: damaged UTF-8, its one
    # bad place replaced; read two by two as UTF-16 it was mojibake)
    data = "标题\n".encode() + b"\xff\xfe\x00" + "坏字节\n正文第一段，足够长的一句话在这里出现。\n".encode()
    decoded = decode_bytes(data)
    assert decoded.replaced == 2 and decoded.text.startswith("标题\n\ufffd") and "正文第一段" in decoded.text
    # (the same bad bytes among too few valid characters are refused)
    with pytest.raises(NotText):
        decode_bytes("标题\n".encode() + b"\xff\xfe\x00" + b"abc\n" * 3)
    # (real UTF-16 without a BOM, its ASCII beside NULs, still reads)
    text = "标题 ASCII text 中文正文，一句话。\n" * 3
    assert decode_bytes(text.encode("utf-16-le")).text == text
