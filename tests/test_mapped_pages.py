"""Pages of files mapped to be read are given back, and read the same after."""

from __future__ import annotations

import mmap
import os
import sys
from pathlib import Path

import pytest

from reader.core import mapped_pages

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="madvise and /proc: Linux")


def _rss_file_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("RssFile:"):
            return int(line.split()[1])
    raise AssertionError("no RssFile")


def _touch(view: mmap.mmap) -> int:
    return sum(view[i] for i in range(0, len(view), mmap.PAGESIZE))


@linux
def test_the_pages_of_a_file_mapped_from_the_folder_are_given_back_and_read_the_same(tmp_path: Path) -> None:
    data = os.urandom(32 << 20)
    (tmp_path / "seg.pos").write_bytes(data)
    (tmp_path.parent / f"{tmp_path.name}-other").mkdir(exist_ok=True)
    other = tmp_path.parent / f"{tmp_path.name}-other" / "kept"  # (a name the folder's is a prefix of)
    other.write_bytes(data)
    with open(tmp_path / "seg.pos", "rb") as f, open(other, "rb") as g:
        view = mmap.mmap(f.fileno(), 0, prot=mmap.PROT_READ)
        kept = mmap.mmap(g.fileno(), 0, prot=mmap.PROT_READ)
        before = _rss_file_kb()
        total = _touch(view)
        _touch(kept)
        read = _rss_file_kb()
        assert read - before > 2 * 28_000  # both resident
        asked = mapped_pages.page_out(tmp_path)
        assert asked == len(data)  # only the folder's file
        after = _rss_file_kb()
        assert read - after > 28_000 and after - before > 28_000  # the folder's pages went, the other's stayed
        assert _touch(view) == total and view[:] == data  # read again, the same
        view.close()
        kept.close()


@linux
def test_paging_out_runs_while_the_block_runs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import threading

    calls: list[str] = []
    twice = threading.Event()

    def seen(folder: Path | str) -> int:
        calls.append(str(folder))
        if len(calls) >= 2:
            twice.set()
        return 0

    trims: list[float] = []
    monkeypatch.setattr(mapped_pages, "page_out", seen)
    monkeypatch.setattr(mapped_pages, "trim_heap", lambda: trims.append(0) is None)
    with mapped_pages.paging_out(tmp_path, every=0.01, trim_every=0.0):
        assert twice.wait(10)
        while not trims:
            threading.Event().wait(0.01)
    n, t = len(calls), len(trims)
    threading.Event().wait(0.05)
    assert len(calls) == n and len(trims) == t  # stopped with the block (then one last trim)
    assert set(calls) == {str(tmp_path)}


@linux
def test_the_heap_is_trimmed_after_much_is_freed() -> None:
    import platform

    if platform.libc_ver()[0] != "glibc":
        pytest.skip("malloc_trim: glibc")
    junk = ["x" * 1000 + str(i) for i in range(100_000)]  # (malloc'd: larger than pymalloc's objects)
    del junk
    assert mapped_pages.trim_heap()


def test_the_tantivy_build_pages_out_its_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    pytest.importorskip("tantivy")
    import contextlib

    from reader.core.model import Article
    from reader.core.script import Script
    from reader.core.tantivy_index import TantivyIndex

    folders: list[Path | str] = []

    @contextlib.contextmanager
    def spy(folder: Path | str, every: float = 0.5):  # type: ignore[no-untyped-def]
        folders.append(folder)
        yield

    monkeypatch.setattr(mapped_pages, "paging_out", spy)
    articles = [Article("a", Path("/tmp/a.txt"), "t", ("黄仁勋说",), Script.NONE)]
    assert TantivyIndex.write(articles, tmp_path)
    assert folders == [tmp_path]
