"""The loading code's fingerprint is kept in the cache folder with the stat
of every file it was worked out from, and worked out again when any of them
changes (the fingerprint itself: tests/test_article_cache.py)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from reader.core import code_fingerprint
from reader.core.code_fingerprint import MEMO_FILE, loading_fingerprint
from reader.core.paths import CACHE_DIR_ENV


@pytest.fixture
def memo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path / "cache"))
    monkeypatch.setattr(code_fingerprint, "RACY_NS", 0)  # (the sources may have been edited just now)
    loading_fingerprint.cache_clear()
    yield tmp_path / "cache" / MEMO_FILE
    loading_fingerprint.cache_clear()


def _worked_out(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the times the fingerprint is worked out from the sources."""
    calls: list[int] = []
    work = code_fingerprint._fingerprint

    def counted() -> tuple[str, set[Path]]:
        calls.append(1)
        return work()

    monkeypatch.setattr(code_fingerprint, "_fingerprint", counted)
    return calls


def test_the_fingerprint_is_kept_and_taken_back_while_no_file_changed(
    memo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _worked_out(monkeypatch)
    first = loading_fingerprint()
    assert calls == [1] and memo.is_file()
    kept = json.loads(memo.read_text("utf-8"))
    files = {name for name, _ in kept["files"]}
    assert str(Path(code_fingerprint.__file__)) in files  # every loading module's file
    assert any(name.endswith(os.path.join("numpy", "__init__.py")) for name in files)  # and the libraries'
    loading_fingerprint.cache_clear()
    assert loading_fingerprint() == first
    assert calls == [1]  # taken back, not worked out again


def test_a_file_whose_stat_changed_has_the_fingerprint_worked_out_again(
    memo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = loading_fingerprint()
    kept = json.loads(memo.read_text("utf-8"))
    kept["fingerprint"] = "stale"
    kept["files"][0][1][1] += 1  # (one file's mtime, as after an edit)
    memo.write_text(json.dumps(kept), "utf-8")
    calls = _worked_out(monkeypatch)
    loading_fingerprint.cache_clear()
    assert loading_fingerprint() == first
    assert calls == [1]


@pytest.mark.parametrize("content", [b"", b"not json", b'{"key": 1}', b"[]"])
def test_a_bad_memo_is_worked_out_again_and_replaced(
    memo: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    first = loading_fingerprint()
    memo.write_bytes(content)
    calls = _worked_out(monkeypatch)
    loading_fingerprint.cache_clear()
    assert loading_fingerprint() == first
    assert calls == [1]
    assert json.loads(memo.read_text("utf-8"))["fingerprint"] == first


def test_nothing_is_kept_while_a_file_may_still_be_changing(memo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Every file counts as just written: its stat is not trusted.
    monkeypatch.setattr(code_fingerprint, "RACY_NS", 10**30)
    assert loading_fingerprint()
    assert not memo.exists()


def test_another_copy_of_the_code_does_not_take_this_ones_fingerprint(
    memo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loading_fingerprint()
    kept = json.loads(memo.read_text("utf-8"))
    kept["key"][1] = "/elsewhere/reader"
    kept["fingerprint"] = "another copy's"
    memo.write_text(json.dumps(kept), "utf-8")
    loading_fingerprint.cache_clear()
    assert loading_fingerprint() != "another copy's"
