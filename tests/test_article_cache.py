"""The persistent article cache: same articles with it as without, only
changed files read again, stale code or a broken file never trusted."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.core import article_cache
from reader.core.article_cache import ArticleCache, context_digest, loading_fingerprint, loading_modules
from reader.core.corpus import load_corpus
from reader.core.model import Article
from reader.core.resources import seeds_dir

SRC = Path(__file__).resolve().parent.parent / "src"


def _old(path: Path) -> None:
    # Files written by a test are seconds old at most: the cache would not
    # trust their stat (they may still change within one mtime tick).
    os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for seed in sorted(seeds_dir().glob("*.txt")):
        (root / seed.name).write_bytes(seed.read_bytes())
    (root / "sub").mkdir()
    (root / "sub" / "short.md").write_text("# 標題\n\n這是一篇繁體中文的短文章，講述軟體與網路。\n", "utf-8")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (root / "empty.txt").write_bytes(b"")
    for path in root.rglob("*"):
        _old(path)
    return root


def _load(root: Path, db: Path, **kw):
    cache = ArticleCache.open(db, **kw)
    assert cache is not None
    try:
        return load_corpus([root], cache), cache
    finally:
        cache.close()


def test_cached_articles_are_the_loaded_ones(
    article_fields: Callable[[list[Article]], list[tuple]], corpus: Path, tmp_path: Path
) -> None:
    plain = load_corpus([corpus])
    db = tmp_path / "cache" / "articles.sqlite3"
    cold, first = _load(corpus, db)
    warm, second = _load(corpus, db)
    # Skipped files are looked up and loaded again each time (not cached).
    assert first.hits == 0 and first.misses == len(plain.articles) + len(plain.skipped)
    assert second.hits == len(plain.articles) and second.misses == len(plain.skipped)
    assert article_fields(cold.articles) == article_fields(warm.articles) == article_fields(plain.articles)
    assert [(s.path, s.reason) for s in warm.skipped] == [(s.path, s.reason) for s in plain.skipped]
    assert len(plain.skipped) == 2


def test_warm_start_reads_only_changed_files(
    article_fields: Callable[[list[Article]], list[tuple]],
    corpus: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = tmp_path / "articles.sqlite3"
    _load(corpus, db)
    edited = corpus / "sub" / "short.md"
    edited.write_text("# 新標題\n\n改過的文章，內容完全不同了。\n", "utf-8")
    _old(edited)
    os.utime(edited, ns=(1_600_000_001_000_000_000, 1_600_000_001_000_000_000))
    reads: list[Path] = []
    real = Path.read_bytes

    def counting(self: Path) -> bytes:
        reads.append(self)
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", counting)
    warm, _ = _load(corpus, db)
    # The edited file, and the two skipped ones (skips are not cached).
    assert sorted(p.name for p in set(reads)) == ["binary.txt", "empty.txt", "short.md"]
    assert warm.get("sub/short").title == "新標題"
    monkeypatch.setattr(Path, "read_bytes", real)
    assert article_fields(warm.articles) == article_fields(load_corpus([corpus]).articles)


def test_same_bytes_elsewhere_are_not_cleaned_again_but_a_new_name_is(corpus: Path, tmp_path: Path) -> None:
    # The file's name is an input to cleaning (the fallback title, the
    # reader by suffix), so it is part of the key; the folder is not.
    db = tmp_path / "articles.sqlite3"
    _load(corpus, db)
    copy = tmp_path / "copy"
    copy.mkdir()
    data = (corpus / "000_1bfecb53b1755035.txt").read_bytes()
    (copy / "000_1bfecb53b1755035.txt").write_bytes(data)
    loaded, cache = _load(copy, db)
    assert cache.hits == 1 and cache.misses == 0
    assert loaded.articles[0].path == copy / "000_1bfecb53b1755035.txt"
    (copy / "000_1bfecb53b1755035.txt").rename(copy / "again.txt")
    loaded, cache = _load(copy, db)
    assert cache.hits == 0 and cache.misses == 1
    assert loaded.articles[0].id == "again"
    assert loaded.articles[0].path == copy / "again.txt"


def test_a_cache_written_by_other_loading_code_is_not_used(
    article_fields: Callable[[list[Article]], list[tuple]],
    corpus: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = tmp_path / "articles.sqlite3"
    _load(corpus, db)
    # What older cleaning code left: same bytes, another fingerprint, other titles.
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE articles SET fingerprint = 'older', title = 'stale ' || title")
    loaded, cache = _load(corpus, db)
    assert cache.hits == 0
    assert article_fields(loaded.articles) == article_fields(load_corpus([corpus]).articles)
    with sqlite3.connect(db) as conn:  # the stale rows were dropped once replaced
        assert conn.execute("SELECT count(*) FROM articles WHERE fingerprint = 'older'").fetchone() == (0,)


def test_the_fingerprint_follows_every_module_loading_imports() -> None:
    modules, libraries = loading_modules()
    for name in (
        "reader.core.corpus",
        "reader.core.cleaning",
        "reader.core.decoding",
        "reader.core.script",
        "reader.core.folding",
        "reader.core.conversion",
        "reader.core.model",
        "reader.core.article_cache",
    ):
        assert name in modules
    # Imported inside functions of script.py and folding.py, so only a source scan finds it.
    assert "reader.core.foldtable" in modules
    assert "reader.core.people" not in modules and "reader.ui" not in "".join(modules)
    assert {"opencc", "numpy"} <= libraries


def test_every_module_a_load_of_each_format_imports_is_in_the_fingerprint(tmp_path: Path) -> None:
    # (the formats table names its readers in strings, imported on first use:
    # the web-page reader and its DOM rules were once left out, so a cached
    # .html article outlived every change to them and every trafilatura upgrade)
    import shutil

    pages = Path(__file__).parent / "data" / "pages"
    for name in ("dev_01_finance_portal.txt", "dev_10_md_blog.md", "dev_41_finance_portal.html"):
        shutil.copy(pages / name, tmp_path / name)
    code = textwrap.dedent(
        """
        import json
        import sys
        from reader.core.corpus import load_corpus
        from reader.core.code_fingerprint import loading_modules
        assert len(load_corpus([sys.argv[1]]).articles) == 3
        modules, libraries = loading_modules()
        print(json.dumps(sorted(m for m in sys.modules if m.startswith("reader.") and m not in modules)))
        print(json.dumps(sorted(libraries)))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True, env=dict(os.environ)
    ).stdout.splitlines()
    assert json.loads(out[0]) == []
    assert {"trafilatura", "lxml"} <= set(json.loads(out[1]))


def test_the_fingerprint_changes_when_a_loading_module_changes(tmp_path: Path) -> None:
    # A copy of the package with one line of cleaning changed.
    import shutil

    copy = tmp_path / "src"
    shutil.copytree(SRC / "reader", copy / "reader", ignore=shutil.ignore_patterns("__pycache__"))
    cleaning = copy / "reader" / "core" / "cleaning.py"
    cleaning.write_text(cleaning.read_text("utf-8") + "\n# changed\n", "utf-8")
    code = "from reader.core.article_cache import loading_fingerprint; print(loading_fingerprint())"
    changed = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, PYTHONPATH=str(copy)),
    ).stdout.strip()
    assert changed and changed != loading_fingerprint()


def test_the_cleaning_context_is_part_of_the_key(tmp_path: Path) -> None:
    assert context_digest(set()) == ""
    assert context_digest({"a", "b"}) == context_digest({"b", "a"}) != context_digest({"a"})
    article = load_corpus([seeds_dir()]).articles[0]
    cache = ArticleCache.open(tmp_path / "articles.sqlite3")
    assert cache is not None
    cache.store(article, context_digest({"訂閱我們"}))
    cache.flush()
    assert cache.article(article.digest, "", article.id, article.path) is None
    found = cache.article(article.digest, context_digest({"訂閱我們"}), article.id, article.path)
    assert found == article
    cache.close()


@pytest.mark.parametrize("content", [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 5000])
def test_a_corrupt_cache_is_discarded_with_one_warning(
    article_fields: Callable[[list[Article]], list[tuple]], corpus: Path, tmp_path: Path, content: bytes
) -> None:
    db = tmp_path / "articles.sqlite3"
    db.write_bytes(content)
    warnings: list[str] = []
    loaded, _cache = _load(corpus, db, warn=warnings.append)
    assert len(warnings) == 1 and "discarded" in warnings[0]
    assert article_fields(loaded.articles) == article_fields(load_corpus([corpus]).articles)
    _, again = _load(corpus, db, warn=warnings.append)
    assert len(warnings) == 1 and again.hits == len(loaded.articles)


def test_another_programs_database_is_discarded(tmp_path: Path) -> None:
    db = tmp_path / "articles.sqlite3"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE notes (x TEXT)")
    warnings: list[str] = []
    cache = ArticleCache.open(db, warn=warnings.append)
    assert cache is not None and len(warnings) == 1 and "another program" in warnings[0]
    cache.close()


def test_a_cache_that_cannot_be_created_warns_once_and_loads_without(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    warnings: list[str] = []
    assert ArticleCache.open(blocker / "articles.sqlite3", warn=warnings.append) is None
    assert len(warnings) == 1


def test_the_cli_path_uses_the_cache_folder(
    article_fields: Callable[[list[Article]], list[tuple]],
    corpus: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "c"))
    first = load_corpus([corpus], cache=True)
    assert (tmp_path / "c" / article_cache.FILE_NAME).is_file()
    assert article_fields(load_corpus([corpus], cache=True).articles) == article_fields(first.articles)


def test_two_processes_writing_at_once_never_corrupt_it(
    article_fields: Callable[[list[Article]], list[tuple]], tmp_path: Path
) -> None:
    # Two folders of distinct files, loaded at once by two processes into
    # one cache file, several times over.
    roots = []
    for name in ("a", "b"):
        root = tmp_path / name
        root.mkdir()
        for i in range(150):
            (root / f"{i:03}.txt").write_text(f"文章{name}{i}\n\n" + f"第{i}段，內容{name}。" * 40, "utf-8")
            _old(root / f"{i:03}.txt")
        roots.append(root)
    db = tmp_path / "articles.sqlite3"
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from reader.core.article_cache import ArticleCache
        from reader.core.corpus import load_corpus
        for _ in range(3):
            cache = ArticleCache.open(Path({str(db)!r}))
            n = len(load_corpus([sys.argv[1]], cache).articles)
            cache.close()
        print(n)
    """)
    env = dict(os.environ, PYTHONPATH=str(SRC))
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(r)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for r in roots
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert [o[0].strip() for o in outs] == ["150", "150"]
    assert all("warning" not in o[1] for o in outs), outs
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    for root in roots:
        # (a write that finds the file locked past BUSY_MS is skipped by design, as on a
        # heavily loaded machine: what was written is right, and the next load writes the rest)
        loaded, _ = _load(root, db)
        assert article_fields(loaded.articles) == article_fields(load_corpus([root]).articles)
        again, cache = _load(root, db)
        assert cache.misses == 0
        assert article_fields(again.articles) == article_fields(loaded.articles)


def test_a_warm_start_restores_the_tables_without_building_opencc(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "articles.sqlite3"
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from reader.core.article_cache import ArticleCache
        from reader.core.corpus import load_corpus
        from reader.core.folding import fold
        from reader.core import foldtable
        foldtable.SHIPPED = Path("/nonexistent")  # (as with another OpenCC: the tables are built once)
        cache = ArticleCache.open(Path({str(db)!r}))
        corpus = load_corpus([{str(corpus)!r}], cache)
        cache.close()
        print(fold("黃仁勛ＡＩ"), sorted(set(a.script.value for a in corpus)), "opencc" in sys.modules)
    """)
    env = dict(os.environ, PYTHONPATH=str(SRC))
    runs = [
        subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
        for _ in range(2)
    ]
    assert runs[0].split()[:-1] == runs[1].split()[:-1]
    assert runs[0].split()[0] == "黄仁勋ai"
    assert runs[0].split()[-1] == "True" and runs[1].split()[-1] == "False"


def test_a_cache_damaged_inside_warns_once_and_is_replaced(
    article_fields: Callable[[list[Article]], list[tuple]], corpus: Path, tmp_path: Path
) -> None:
    db = tmp_path / "articles.sqlite3"
    _load(corpus, db)
    size = db.stat().st_size
    with open(db, "r+b") as f:  # the header and schema pages survive, the rest does not
        f.seek(article_cache.PAGE_SIZE * 3)
        f.write(bytes(range(256)) * ((size - article_cache.PAGE_SIZE * 3) // 256 + 1))
    warnings: list[str] = []
    loaded, _ = _load(corpus, db, warn=warnings.append)
    assert len(warnings) == 1 and "damaged" in warnings[0]
    assert article_fields(loaded.articles) == article_fields(load_corpus([corpus]).articles)
    # The next start finds a new cache: no warning, and it fills again.
    again, cache = _load(corpus, db, warn=warnings.append)
    assert len(warnings) == 1 and cache.misses > 0
    _, third = _load(corpus, db, warn=warnings.append)
    assert len(warnings) == 1 and third.hits == len(again.articles)


def test_an_entry_the_code_cannot_read_is_not_trusted(
    article_fields: Callable[[list[Article]], list[tuple]], corpus: Path, tmp_path: Path
) -> None:
    db = tmp_path / "articles.sqlite3"
    _load(corpus, db)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE articles SET script = 'klingon'")
    warnings: list[str] = []
    loaded, _ = _load(corpus, db, warn=warnings.append)
    assert len(warnings) == 1
    assert article_fields(loaded.articles) == article_fields(load_corpus([corpus]).articles)


def test_a_cache_locked_by_another_instance_is_not_discarded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.core import sqlite_files

    db = tmp_path / "articles.sqlite3"
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("CREATE TABLE other_instance_is_writing (x)")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO other_instance_is_writing VALUES (1)")
    monkeypatch.setattr(sqlite_files, "BUSY_MS", 50)
    warnings: list[str] = []
    try:
        assert ArticleCache.open(db, warn=warnings.append) is None
    finally:
        holder.execute("COMMIT")
        holder.close()
    assert db.exists() and len(warnings) == 1
    assert "discarded" not in warnings[0] and "locked" in warnings[0]


def _article_queries(cache: ArticleCache) -> list[str]:
    queries: list[str] = []
    cache._db.set_trace_callback(lambda sql: queries.append(sql) if "FROM articles" in sql else None)
    return queries


def test_a_warm_start_reads_articles_in_a_few_batched_queries(
    article_fields: Callable[[list[Article]], list[tuple]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reader.core import cached_folder

    root = tmp_path / "many"
    root.mkdir()
    for n in range(10):
        (root / f"{n:02}.txt").write_text(f"第{n}篇\n\n这是第{n}篇文章的正文，讲一件事。\n", "utf-8")
        _old(root / f"{n:02}.txt")
    db = tmp_path / "articles.sqlite3"
    _load(root, db)
    monkeypatch.setattr(cached_folder, "PREFETCH", 4)
    cache = ArticleCache.open(db)
    assert cache is not None
    queries = _article_queries(cache)
    warm = load_corpus([root], cache)
    cache.close()
    assert cache.hits == 10 and cache.misses == 0
    # 10 files, 4 at a time: three queries, none per article.
    assert len([q for q in queries if q.lstrip().startswith("SELECT")]) == 3
    assert article_fields(warm.articles) == article_fields(load_corpus([root]).articles)


def test_a_changed_file_of_the_same_size_is_read_again(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "articles.sqlite3"
    path = corpus / "sub" / "short.md"
    before = path.read_bytes()
    _load(corpus, db)
    after = before.replace("標題".encode(), "標頭".encode())
    assert len(after) == len(before) and after != before
    path.write_bytes(after)
    os.utime(path, ns=(1_600_000_009_000_000_000, 1_600_000_009_000_000_000))
    warm, cache = _load(corpus, db)
    assert warm.get("sub/short").title == "標頭"
    assert cache.misses == 3  # it, and the two skipped files (skips are not cached)


def test_a_file_written_just_now_is_hashed_next_time_even_with_the_same_stat(corpus: Path, tmp_path: Path) -> None:
    # Its mtime may not tick for a rewrite of the same size: its stat is not
    # trusted, so the next start hashes it and sees the new bytes.
    db = tmp_path / "articles.sqlite3"
    path = corpus / "sub" / "short.md"
    path.write_bytes(path.read_bytes())  # mtime: now
    mtime = path.stat().st_mtime_ns
    _load(corpus, db)
    path.write_bytes(path.read_bytes().replace("標題".encode(), "標頭".encode()))
    os.utime(path, ns=(mtime, mtime))
    warm, _ = _load(corpus, db)
    assert warm.get("sub/short").title == "標頭"


def test_a_file_changed_after_its_folder_was_listed_is_read_again(corpus: Path, tmp_path: Path) -> None:
    from reader.core.cached_folder import CachedFolder
    from reader.core.folder_walk import _walk

    db = tmp_path / "articles.sqlite3"
    _load(corpus, db)
    cache = ArticleCache.open(db)
    assert cache is not None
    folder = CachedFolder(list(_walk(corpus)), corpus, cache)  # stats and hashes every file
    path = corpus / "sub" / "short.md"
    path.write_text("# 後來的標題\n\n列出資料夾之後才改的文章。\n", "utf-8")
    os.utime(path, ns=(1_600_000_009_000_000_000, 1_600_000_009_000_000_000))
    article = folder.load(path, path.stat())
    cache.close()
    assert isinstance(article, Article) and article.title == "後來的標題"
    warm, _ = _load(corpus, db)
    assert warm.get("sub/short").title == "後來的標題"


def test_listed_paths_are_the_paths_of_their_names() -> None:
    # (made from the folder's parsed parts on Python 3.11: the same paths)
    from reader.core.cache_listing import _paths

    names = ["/a/b/c.txt", "/a/b/d.txt", "rel/x.txt", "/x", "/a//b/e.txt", "/a/b/./f.txt", "/", "/a/b/..", "/a/b/c/"]
    names += ["/a/b/名字 空格.txt", "./g.md", "h.html"]
    made = _paths(names)
    assert made == [Path(name) for name in names]
    assert [str(p) for p in made] == [str(Path(name)) for name in names]
    assert all(type(p) is type(Path(name)) and hash(p) == hash(Path(name)) for p, name in zip(made, names, strict=True))
    assert [p.name for p in made] == [Path(name).name for name in names]


def test_a_file_another_instance_is_making_is_opened_once_it_is_free(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two instances making the cache at once: the WAL switch can fail at
    once while the other holds the file; opening tries again (a reader
    that gave up would keep nothing for its whole run)."""
    import sqlite3

    from reader.core import sqlite_files

    monkeypatch.setattr(sqlite_files, "_OPEN_PAUSE", 0.0)
    tries: list[int] = []

    def opened(path: Path) -> str:
        tries.append(1)
        if len(tries) < 3:
            raise sqlite3.OperationalError("database is locked")
        return "open"

    said: list[str] = []
    assert sqlite_files.open_cache(tmp_path / "c.sqlite3", opened, "test cache", "going on", said.append) == "open"
    assert (len(tries), said) == (3, [])

    def never(path: Path) -> str:
        raise sqlite3.OperationalError("database is locked")

    assert sqlite_files.open_cache(tmp_path / "c.sqlite3", never, "test cache", "going on", said.append) is None
    assert len(said) == 1 and "unavailable" in said[0]
    assert (tmp_path / "c.sqlite3").parent.exists()


def test_held_rows_wait_for_flush_then_go_in_short_transactions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Held (a cold load until its index is handed over), rows are not
    # written as they come, and work left for later is not run; a flush runs
    # it and writes every row, a few hundred to a transaction.
    from array import array

    monkeypatch.setattr(article_cache, "HELD_BATCH_ROWS", 100)
    path = tmp_path / "articles.sqlite3"
    cache = ArticleCache.open(path)
    assert cache is not None
    transactions: list[int] = []
    real_write = cache._write
    monkeypatch.setattr(cache, "_write", lambda work: (transactions.append(1), real_write(work)))

    def count() -> int:
        with sqlite3.connect(path) as db:
            found: int = db.execute("SELECT count(*) FROM lines").fetchone()[0]
            return found

    cache.hold_writes()
    ran: list[int] = []
    assert cache.later(lambda: ran.append(1), 10)
    for n in range(250):
        cache.store_lines(f"{n:032x}", True, array("Q", [n]), array("Q", [n, n + 1]))
    assert (count(), ran, transactions) == (0, [], [])
    cache.hold_writes(False)
    assert not cache.later(lambda: ran.append(2), 10)  # (not held: done now by the caller)
    cache.flush()
    assert (count(), ran, len(transactions)) == (250, [1], 3)
    assert cache.line_hashes(f"{7:032x}", True) == (array("Q", [7]), array("Q", [7, 8]))
    cache.close()


def test_a_file_stored_after_the_index_is_judged_racy_as_of_its_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A cold load stores each file's row once its index is built; a file
    # written just before it was read must still be hashed again next time
    # (its mtime cannot tell a change within the same tick), however late
    # the row is written.
    import time

    from reader.core.cached_folder import CachedFolder

    folder = tmp_path / "site"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.txt").write_text(
            f"标题{name}\n\n正文{name}，林小满在高雄说。\n\n共同的页脚", encoding="utf-8"
        )
    files: list = sorted(folder.iterdir())
    cache = ArticleCache.open(tmp_path / "articles.sqlite3")
    assert cache is not None
    cache.hold_writes()
    loading = CachedFolder(files, folder, cache)
    for path in files:
        loading.load(path, path.stat())
    later = time.time_ns() + 60 * 10**9
    monkeypatch.setattr(time, "time_ns", lambda: later)
    cache.hold_writes(False)
    cache.flush()
    with sqlite3.connect(tmp_path / "articles.sqlite3") as db:
        sizes = [size for (size,) in db.execute("SELECT size FROM files ORDER BY path")]
        rows = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert (sizes, rows) == ([-1, -1], 2)
    cache.close()
