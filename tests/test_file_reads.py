"""What a folder's pre-pass keeps of the files it read: each text once,
within a budget counted in what the texts hold in memory."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reader.core import cached_folder, decoding
from reader.core.article_cache import ArticleCache
from reader.core.corpus import load_corpus
from reader.core.file_reads import FileReads


def _folder(root: Path, n: int = 12) -> Path:
    root.mkdir()
    for i in range(n):
        body = f"第{i}篇新闻的正文，讲述本地第{i}区的事情。\n" * 20
        (root / f"story{i:02}.txt").write_text(f"第{i}号新闻的标题\n{body}南岛日报社区频道 城市生活版\n", "utf-8")
    return root


def test_a_cold_folder_whose_texts_fit_is_read_and_decoded_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _folder(tmp_path / "site")
    files = sorted(root.iterdir())
    texts = sum(sys.getsizeof(p.read_text("utf-8")) for p in files)
    # Room for every text, not for every text and its bytes thrice over.
    assert texts < 3 * sum(p.stat().st_size for p in files)
    monkeypatch.setattr(cached_folder, "FileReads", lambda: FileReads(texts))
    decoded: list[int] = []
    real = decoding.decode_bytes
    monkeypatch.setattr(decoding, "decode_bytes", lambda data: decoded.append(1) or real(data))
    cache = ArticleCache.open(tmp_path / "articles.sqlite3")
    assert cache is not None
    try:
        cold = load_corpus([root], cache)
    finally:
        cache.close()
    assert len(decoded) == len(files)
    monkeypatch.undo()
    plain = load_corpus([root])
    assert [(a.id, a.title, a.text, a.digest) for a in cold] == [(a.id, a.title, a.text, a.digest) for a in plain]


def test_reads_past_the_budget_are_not_kept(tmp_path: Path) -> None:
    reads = FileReads(sys.getsizeof("一二三"))
    reads.decode(tmp_path / "a.txt", "一二三".encode())
    reads.decode(tmp_path / "b.txt", "四五六".encode())
    assert reads.holds(tmp_path / "a.txt") and not reads.holds(tmp_path / "b.txt")
    digest, text = reads.take(tmp_path / "a.txt") or ("", None)
    assert digest and getattr(text, "text", None) == "一二三"
    # Taken, its room is free again.
    reads.decode(tmp_path / "b.txt", "四五六".encode())
    assert reads.holds(tmp_path / "b.txt")
