"""`reader list` and `reader show`: output, JSON, scripts and errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import reader.cli as cli
from reader.cli.articles import table
from reader.core.linebreak import cell_len

SEED_TITLES = {
    "000_1bfecb53b1755035": "年僅41歲的谷歌DeepMind天才科學家Felix Hill英年早逝",
    "001_c751fef150514a2d": "OpenAI再陷“宫斗”:理想主义者是如何被击碎的?",
    "002_4ee52eb468da2f4b": "Hinton揭秘Ilya成长历程:Scaling Law是他学生时代就有的直觉",
    "003_e288f34f9c1de420": "AI领域高强度工作现状与反思",
    "004_15b18129ee3281b3": "甲小姐对话田渊栋:Scaling law代表一个非常悲观的未来",
}


@pytest.fixture
def run_reader(capsys: pytest.CaptureFixture[str]):
    """Run `reader ARGS` in-process; (status, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        status = cli.main(list(args))
        out, err = capsys.readouterr()
        return status, out, err

    return run


def test_list_json_has_the_seeds_with_their_headlines(run_reader) -> None:
    status, out, err = run_reader("list", "--json")
    assert status == 0 and err == ""
    data = json.loads(out)
    assert set(data) == {"articles", "skipped"}
    assert {a["id"]: a["title"] for a in data["articles"]} == SEED_TITLES
    for a in data["articles"]:
        assert set(a) == {"id", "title", "source", "author", "date", "script", "chars", "replaced_bytes"}
        assert a["replaced_bytes"] == 0
        assert a["script"] in {"simplified", "traditional", "mixed"}
        assert isinstance(a["chars"], int) and a["chars"] > 0
    assert data["skipped"] == []


def test_list_text_is_aligned_by_cells(run_reader) -> None:
    status, out, _ = run_reader("list")
    assert status == 0
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "SCRIPT", "CHARS", "DATE", "TITLE"]
    # The title column starts at the same cell on every line.
    title_cells = {
        cell_len(line[: line.index(title)]) for line, title in zip(lines[1:], SEED_TITLES.values(), strict=False)
    }
    assert len(title_cells) == 1
    assert lines[0].index("TITLE") == title_cells.pop()


def test_list_shows_skipped_files(run_reader, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("标题在这里\n正文第一段，讲了一件事情。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "c\x1b[31m.txt").write_bytes(b"")
    status, out, _ = run_reader("list", "--corpus", str(tmp_path), "--json")
    data = json.loads(out)
    assert [a["id"] for a in data["articles"]] == ["a"]
    # The escape sequence in a file name never reaches the terminal.
    assert {Path(s["path"]).name: s["reason"] for s in data["skipped"]} == {
        "b.txt": "binary file (control characters)",
        "c.txt": "empty file",
    }
    assert not any(s["read"] for s in data["skipped"])
    status, out, _ = run_reader("list", "--corpus", str(tmp_path))
    assert status == 0
    assert f"skipped {tmp_path / 'b.txt'}: binary file (control characters)" in out
    assert "\x1b" not in out


def test_list_reads_a_file_with_a_few_bad_bytes_and_says_so(run_reader, tmp_path: Path) -> None:
    body = "这是一段完全正常的中文正文，讲的是一个普通的故事。" * 20
    # Two stray bytes, as a damaged download has: far under 1% of the file.
    damaged = ("坏字节的文章\n\n" + body[:50]).encode("utf-8") + b"\xff\xfe" + body[50:].encode("utf-8")
    (tmp_path / "bad.txt").write_bytes(damaged)
    _status, out, _ = run_reader("list", "--corpus", str(tmp_path), "--json")
    listed = json.loads(out)
    [article] = listed["articles"]
    assert (article["id"], article["title"], article["replaced_bytes"]) == ("bad", "坏字节的文章", 2)
    assert listed["skipped"] == [
        {
            "path": str(tmp_path / "bad.txt"),
            "reason": "read with 2 bytes replaced (invalid UTF-8)",
            "read": True,
            "id": "bad",
        }
    ]
    _status, out, _ = run_reader("list", "--corpus", str(tmp_path))
    assert f"{tmp_path / 'bad.txt'}: read with 2 bytes replaced" in out
    _status, out, _ = run_reader("show", "bad", "--corpus", str(tmp_path))
    assert "\ufffd" in out and "普通的故事" in out


def test_list_with_several_corpora(run_reader, tmp_path: Path) -> None:
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "x.md").write_text(f"{name}的标题\n正文。\n", encoding="utf-8")
    _status, out, _ = run_reader("list", "--corpus", str(tmp_path / "one"), "--corpus", str(tmp_path / "two"), "--json")
    assert [a["id"] for a in json.loads(out)["articles"]] == ["x", "x~2"]


def test_table_cuts_titles_to_the_width() -> None:
    lines = table(("ID", "TITLE"), [("a", "很长的标题" * 20)], width=30)
    assert all(cell_len(line) <= 30 for line in lines)
    assert lines[1].endswith("…")


def test_show_prints_title_first_then_paragraphs(run_reader) -> None:
    status, out, err = run_reader("show", "004")
    assert status == 0 and err == ""
    blocks = out.rstrip("\n").split("\n\n")
    assert blocks[0] == SEED_TITLES["004_15b18129ee3281b3"]
    assert blocks[1].startswith("Scaling law也许是对的")
    assert "登录" not in out


def test_show_000_simplified_is_clean(run_reader) -> None:
    status, out, _ = run_reader("show", "000", "--script", "simplified")
    assert status == 0
    assert out.startswith("年仅41岁的谷歌DeepMind天才科学家Felix Hill英年早逝\n\n")
    for gone in ("(xiàn)", "(fā)", "(jīng)", "/p>", "新智元报道"):
        assert gone not in out
    for kept in (
        "他表现出了重度抑郁",
        "1月11日,Felix的葬礼",
        "(Neural Machine Translation,NMT)",
        "基于循环神经网络(RNN)的编码器",
        "Felix,愿你现在已不再痛苦,在天国与母亲团聚。",
    ):
        assert kept in out


def test_show_001_traditional_is_taiwan_style(run_reader) -> None:
    status, out, _ = run_reader("show", "001", "--script", "traditional")
    assert status == 0
    assert "軟體" in out and "軟件" not in out
    assert out.startswith("OpenAI再陷“宮鬥”")


def test_show_json(run_reader) -> None:
    _status, out, _ = run_reader("show", "002", "--json", "--script", "traditional")
    data = json.loads(out)
    assert data["id"] == "002_4ee52eb468da2f4b"
    assert data["view"] == "traditional"
    assert data["paragraphs"][0].startswith("2003年夏天的一個週日")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("show", "zzz"), "no article with id 'zzz'"),
        (("show", "00"), "id '00' is ambiguous: 000_1bfecb53b1755035, 001_c751fef150514a2d"),
        (("list", "--corpus", "/no/such/folder"), "no such file or folder: /no/such/folder"),
        (("show", "001", "--script", "klingon"), "invalid choice: 'klingon'"),
        (("list", "--bogus"), "unrecognized arguments: --bogus"),
        (("show",), "the following arguments are required: ID"),
    ],
)
def test_errors_are_one_line_with_status_2(run_reader, args: tuple[str, ...], message: str) -> None:
    status, out, err = run_reader(*args)
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("reader: error: ")
    assert message in err
    assert "Traceback" not in err


def test_a_folder_given_without_corpus_gets_a_hint(run_reader, tmp_path: Path) -> None:
    # `reader list FOLDER` is what a user tries first; the error says how to name it.
    status, out, err = run_reader("list", str(tmp_path))
    assert status == 2 and out == ""
    assert f"unrecognized arguments: {tmp_path}; name articles with --corpus {tmp_path}" in err
    _status, _out, err = run_reader("list", "no-such-thing")
    assert "--corpus" not in err


def test_show_and_list_as_a_real_process(tmp_path: Path) -> None:
    article = tmp_path / "文章.txt"
    article.write_text("一个\x1b[2J标题\n作者：某人\n\n正文\x1b]0;pwned\x07第一段。\n", encoding="gb18030")
    done = subprocess.run(
        [sys.executable, "-m", "reader", "show", "文章", "--corpus", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "一个标题\n\n正文第一段。\n"
    done = subprocess.run(
        [sys.executable, "-m", "reader", "show", "nope", "--corpus", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr == "reader: error: no article with id 'nope' (see 'reader list')\n"


def test_show_traditional_fixes_what_opencc_gets_wrong_by_longest_match(run_reader) -> None:
    status, out, _ = run_reader("show", "002", "--script", "traditional")
    assert status == 0
    title = out.splitlines()[0]
    assert "成長歷程" in title and "成長曆程" not in title
