"""Loading a corpus: files and folders, encodings, skipped files, ids, lookup."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import pytest

from reader.core import corpus as corpus_module
from reader.core.corpus import (
    AmbiguousArticleId,
    ArticleNotFound,
    iter_corpus,
    load_article,
    load_corpus,
)
from reader.core.model import Article, Skipped
from reader.core.resources import seeds_dir
from reader.core.script import Script

SIMPLIFIED_ARTICLE = (
    "软件工程师的一天\n作者：李雷\n\n他早上八点起床，先检查服务器的日志，然后开始写代码。\n"
    "下午他和团队讨论新的网络协议。\n"
)
TRADITIONAL_ARTICLE = (
    "軟體工程師的一天\n作者：李雷\n\n他早上八點起床，先檢查伺服器的日誌，然後開始寫程式。\n"
    "下午他和團隊討論新的網路協定。\n"
)


def write(path: Path, text: str | bytes, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode(encoding))
    return path


@pytest.mark.parametrize(
    ("encoding", "text", "script"),
    [
        ("utf-8", SIMPLIFIED_ARTICLE, Script.SIMPLIFIED),
        ("utf-8-sig", SIMPLIFIED_ARTICLE, Script.SIMPLIFIED),
        ("utf-16", SIMPLIFIED_ARTICLE, Script.SIMPLIFIED),
        ("utf-16-le", TRADITIONAL_ARTICLE, Script.TRADITIONAL),
        ("gb18030", SIMPLIFIED_ARTICLE, Script.SIMPLIFIED),
        ("gbk", SIMPLIFIED_ARTICLE, Script.SIMPLIFIED),
        ("big5", TRADITIONAL_ARTICLE, Script.TRADITIONAL),
    ],
    ids=["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "gb18030", "gbk", "big5"],
)
def test_every_encoding_loads(tmp_path: Path, encoding: str, text: str, script: Script) -> None:
    write(tmp_path / "a.txt", text, encoding)
    corpus = load_corpus([tmp_path])
    assert not corpus.skipped
    (article,) = corpus.articles
    assert article.title == text.split("\n")[0]
    assert article.author == "李雷"
    assert article.script is script
    assert article.paragraphs == tuple(line for line in text.split("\n")[3:] if line)


def test_files_that_are_not_text_are_skipped_and_the_rest_loads(tmp_path: Path) -> None:
    write(tmp_path / "good.txt", SIMPLIFIED_ARTICLE)
    write(tmp_path / "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    write(tmp_path / "empty.txt", b"")
    write(tmp_path / "blank.md", b" \n\t\r\n\xe3\x80\x80\n")
    write(tmp_path / "junk.txt", "登录\n获取验证码\n隐私政策\n")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    corpus = load_corpus([tmp_path])
    assert [a.id for a in corpus] == ["good"]
    reasons = {s.path.name: s.reason for s in corpus.skipped}
    assert reasons["binary.txt"].startswith("binary file")
    assert reasons["empty.txt"] == "empty file"
    assert reasons["blank.md"] == "only whitespace"
    assert "boilerplate" in reasons["junk.txt"]
    assert reasons["dangling.txt"].startswith("cannot read")
    assert all("\n" not in r for r in reasons.values())


def test_unreadable_file_is_skipped(tmp_path: Path) -> None:
    # Nobody, root included, can read a path under a regular file (CI runs
    # as root, where chmod 000 would not stop reading).
    write(tmp_path / "articles" / "good.txt", SIMPLIFIED_ARTICLE)
    blocker = write(tmp_path / "blocker", "not a folder")
    corpus = load_corpus([tmp_path / "articles", blocker / "locked.txt"])
    assert [a.id for a in corpus] == ["good"]
    assert [(s.path, s.reason) for s in corpus.skipped] == [(blocker / "locked.txt", "cannot read: Not a directory")]


def test_read_error_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root here, where chmod 000 does not stop reading.
    write(tmp_path / "good.txt", SIMPLIFIED_ARTICLE)
    bad = write(tmp_path / "bad.txt", SIMPLIFIED_ARTICLE)
    real_read = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == bad.name:
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    corpus = load_corpus([tmp_path])
    assert [a.id for a in corpus] == ["good"]
    assert [(s.path.name, s.reason) for s in corpus.skipped] == [("bad.txt", "cannot read: Permission denied")]


def test_a_file_cleaning_fails_on_is_skipped_and_the_rest_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A bug in one cleaning rule must cost the user one file, said why, not the folder.
    import reader.core.cleaning

    write(tmp_path / "good.txt", SIMPLIFIED_ARTICLE)
    write(tmp_path / "odd.txt", "奇怪的页面\n\n这一页会让清理出错。\n")
    real_clean = reader.core.cleaning.clean

    def clean(text: str, *args: Any, **kwargs: Any) -> Any:
        if "出错" in text:
            raise IndexError("list index out of range")
        return real_clean(text, *args, **kwargs)

    monkeypatch.setattr(reader.core.cleaning, "clean", clean)
    corpus = load_corpus([tmp_path])
    assert [a.id for a in corpus] == ["good"]
    assert [(s.path.name, s.reason) for s in corpus.skipped] == [
        ("odd.txt", "reader mode failed on it (IndexError: list index out of range); a bug, please report it")
    ]


def test_a_file_its_reader_fails_on_is_skipped_and_the_rest_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same for a format's reader (found by mutating saved pages: lxml raised on a comment).
    import reader.core.readers

    write(tmp_path / "good.txt", SIMPLIFIED_ARTICLE)
    (tmp_path / "odd.html").write_text("<html><body><p>页面</p></body></html>", encoding="utf-8")
    real_reader_for = reader.core.readers.reader_for

    def broken(data: bytes, path: Path) -> Any:
        raise ValueError("Input object is not an XML element: HtmlComment")

    def reader_for(path: Path) -> Any:
        return broken if path.suffix == ".html" else real_reader_for(path)

    monkeypatch.setattr(reader.core.readers, "reader_for", reader_for)
    corpus = load_corpus([tmp_path])
    assert [a.id for a in corpus] == ["good"]
    assert [(s.path.name, s.reason) for s in corpus.skipped] == [
        (
            "odd.html",
            "reading it failed (ValueError: Input object is not an XML element: HtmlComment); a bug, please report it",
        )
    ]


def test_bare_prices_from_the_first_line_load() -> None:
    # Found by mutating the test pages: three bare prices, the first on the text's
    # first line, had no name over it and opened a run that did not exist.
    from reader.core.cleaning import clean

    cleaned = clean("NT$1,200\nNT$2,200\nNT$9,800起")
    assert len(cleaned.paragraphs) + len(cleaned.dropped) == 3


def test_folders_are_walked_recursively_with_posix_ids(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", SIMPLIFIED_ARTICLE)
    write(tmp_path / "news" / "2024" / "a.md", SIMPLIFIED_ARTICLE)
    write(tmp_path / "news" / "c.TXT", SIMPLIFIED_ARTICLE)
    write(tmp_path / "news" / "image.png", b"\x89PNG\x00")
    write(tmp_path / ".hidden" / "d.txt", SIMPLIFIED_ARTICLE)
    write(tmp_path / ".e.txt", SIMPLIFIED_ARTICLE)
    corpus = load_corpus([tmp_path])
    assert [a.id for a in corpus] == ["b", "news/2024/a", "news/c"]
    # A file in a format nobody reads is listed, with the reason, not ignored.
    assert [(s.path.name, s.reason) for s in corpus.skipped] == [
        ("image.png", "not a format reader reads (.png; it reads .htm, .html, .markdown, .md, .mht, .mhtml, .txt)")
    ]


def test_symlink_loops_are_never_followed(tmp_path: Path) -> None:
    write(tmp_path / "root" / "sub" / "a.txt", SIMPLIFIED_ARTICLE)
    (tmp_path / "root" / "sub" / "loop").symlink_to(tmp_path / "root")
    (tmp_path / "root" / "self").symlink_to(tmp_path / "root" / "sub")
    corpus = load_corpus([tmp_path / "root"])
    # The one file, once, whatever the path it was reached by.
    assert len(corpus) == 1


def test_a_symlinked_folder_is_followed(tmp_path: Path) -> None:
    write(tmp_path / "elsewhere" / "a.txt", SIMPLIFIED_ARTICLE)
    (tmp_path / "root").mkdir()
    (tmp_path / "root" / "linked").symlink_to(tmp_path / "elsewhere")
    assert [a.id for a in load_corpus([tmp_path / "root"])] == ["linked/a"]


def test_files_and_folders_mix_and_ids_stay_unique(tmp_path: Path) -> None:
    write(tmp_path / "one" / "x.txt", SIMPLIFIED_ARTICLE)
    write(tmp_path / "two" / "x.txt", TRADITIONAL_ARTICLE)
    single = write(tmp_path / "three" / "x.md", SIMPLIFIED_ARTICLE + "另一段。\n")
    corpus = load_corpus([tmp_path / "one", tmp_path / "two", single])
    assert [a.id for a in corpus] == ["x", "x~2", "x~3"]
    # Predictable: the order of the paths decides.
    by_id = {a.id: a for a in corpus}
    assert by_id["x"].path == tmp_path / "one" / "x.txt"
    assert by_id["x~2"].path == tmp_path / "two" / "x.txt"


def test_the_same_file_given_twice_loads_once(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", SIMPLIFIED_ARTICLE)
    assert len(load_corpus([tmp_path, path, str(path)])) == 1


def test_nothing_is_written_into_the_corpus(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", SIMPLIFIED_ARTICLE)
    write(tmp_path / "sub" / "b.txt", b"\x00\x01binary")
    before = sorted((p, p.stat().st_mtime_ns) for p in tmp_path.rglob("*"))
    tmp_path.chmod(0o555)
    try:
        load_corpus([tmp_path])
    finally:
        tmp_path.chmod(0o755)
    assert sorted((p, p.stat().st_mtime_ns) for p in tmp_path.rglob("*")) == before


def test_digest_is_a_hash_of_the_bytes(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", SIMPLIFIED_ARTICLE)
    article = load_article(path, tmp_path)
    assert isinstance(article, Article)
    assert article.digest == hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
    write(path, SIMPLIFIED_ARTICLE + "新的一段。\n")
    assert load_article(path, tmp_path).digest != article.digest


def test_iter_corpus_is_lazy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(3):
        write(tmp_path / f"{i}.txt", SIMPLIFIED_ARTICLE)
    loaded: list[Path] = []
    real = corpus_module._load

    # (each file is loaded by _load, with the bytes the folder's pre-pass read)
    def counting(path: Path, *args: Any) -> tuple[Article | Skipped, str | None]:
        loaded.append(path)
        return real(path, *args)

    monkeypatch.setattr(corpus_module, "_load", counting)
    items = iter_corpus([tmp_path])
    first = next(items)
    assert isinstance(first, Article) and len(loaded) == 1
    assert len(list(items)) == 2


def test_get_by_id_and_prefix(tmp_path: Path) -> None:
    for name in ("004_abc", "005_def", "005_xyz", "news/006_ghi"):
        write(tmp_path / f"{name}.txt", SIMPLIFIED_ARTICLE)
    corpus = load_corpus([tmp_path])
    assert corpus.get("004_abc").id == "004_abc"
    assert corpus.get("004").id == "004_abc"
    assert corpus.get("news/006").id == "news/006_ghi"
    assert corpus.get("006").id == "news/006_ghi"  # a file name prefix, in a folder
    with pytest.raises(AmbiguousArticleId) as ambiguous:
        corpus.get("005")
    assert str(ambiguous.value) == "id '005' is ambiguous: 005_def, 005_xyz"
    for unknown in ("zzz", ""):
        with pytest.raises(ArticleNotFound) as missing:
            corpus.get(unknown)
        assert "\n" not in str(missing.value)
    assert issubclass(ArticleNotFound, LookupError) and issubclass(AmbiguousArticleId, LookupError)


def test_ambiguous_id_lists_a_few_candidates(tmp_path: Path) -> None:
    for i in range(9):
        write(tmp_path / f"a{i}.txt", SIMPLIFIED_ARTICLE)
    with pytest.raises(AmbiguousArticleId, match=r"a0, a1, a2, a3, a4 and 4 more$"):
        load_corpus([tmp_path]).get("a")


def test_seeds_load_with_their_scripts() -> None:
    corpus = load_corpus([seeds_dir()])
    assert len(corpus) == 5 and not corpus.skipped
    scripts = {a.id[:3]: a.script for a in corpus}
    # 000 has stray Simplified characters (于, 并, 后) and is still Traditional.
    assert scripts == {
        "000": Script.TRADITIONAL,
        "001": Script.SIMPLIFIED,
        "002": Script.SIMPLIFIED,
        "003": Script.SIMPLIFIED,
        "004": Script.SIMPLIFIED,
    }
    for article in corpus:
        assert article.chars == len(article.text) > 4000


def test_a_5_mb_file_loads(tmp_path: Path) -> None:
    seeds = sorted(seeds_dir().glob("*.txt"))
    text = "".join(p.read_text(encoding="utf-8") for p in seeds)
    data = (text * (5_000_000 // len(text.encode()) + 1)).encode()[:5_000_000]
    path = write(tmp_path / "big.txt", data.decode("utf-8", errors="ignore"))
    article = load_article(path, tmp_path)
    assert isinstance(article, Article) and article.chars > 1_000_000


def test_a_fifo_or_device_is_skipped_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    write(tmp_path / "good.txt", SIMPLIFIED_ARTICLE)
    corpus = load_corpus([tmp_path])
    assert [a.id for a in corpus] == ["good"]
    assert {s.path.name: s.reason for s in corpus.skipped} == {
        "pipe.txt": "not a regular file",
        "zero.txt": "not a regular file",
    }


def _pathlib_article_id(path: Path, root: Path) -> str:
    # article_id as pathlib computes it (its fallback for every other case).
    try:
        relative = path.relative_to(root)
    except ValueError:
        relative = Path(path.name)
    return relative.with_suffix("").as_posix()


@pytest.mark.parametrize(
    ("path", "root"),
    [
        ("/a/b/c.txt", "/a/b"),
        ("/a/b/d/c.md", "/a/b"),
        ("/a/b/c.", "/a/b"),
        ("/a/b/.c", "/a/b"),
        ("/a/b/c..txt", "/a/b"),
        ("/a/b/c.tar.gz", "/a/b"),
        ("/a/b/.c.txt", "/a/b"),
        ("/a/bc/x.txt", "/a/b"),
        ("/a/b./c.txt", "/a"),
        ("a/..b", "a"),
        ("a/ b/c .txt", "a"),
        ("x/y.txt", "x"),
        ("x/y.txt", "."),
        ("y.txt", "."),
        ("/x.txt", "/"),
        ("/a/b/c", "/a"),
    ],
)
def test_article_id_is_pathlib_s_relative_path_without_suffix(path: str, root: str) -> None:
    # The string fast path must give exactly what pathlib gives.
    assert corpus_module.article_id(Path(path), Path(root)) == _pathlib_article_id(Path(path), Path(root))
