"""The article cache with a folder's template lines as a cleaning input:
cached articles are the uncached ones, a warm start reads no file, and a
change in one file re-cleans only the files whose template lines it moves."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.core.article_cache import ArticleCache
from reader.core.corpus import folder_template, load_corpus
from reader.core.model import Article
from reader.core.resources import seeds_dir
from reader.core.template_keys import key_hash, probed_keys, template_in

SRC = Path(__file__).resolve().parent.parent / "src"
PAGES = Path(__file__).resolve().parent / "data" / "pages"


def _old(root: Path) -> None:
    # The cache does not trust the stat of a file written seconds ago.
    for path in [root, *root.rglob("*")]:
        os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))


def _load(root: Path, db: Path):
    cache = ArticleCache.open(db)
    assert cache is not None
    try:
        return load_corpus([root], cache), cache
    finally:
        cache.close()


def _copy(source: Path, root: Path, pattern: str = "*") -> Path:
    root.mkdir()
    for path in sorted(source.glob(pattern)):
        shutil.copy(path, root / path.name)
    _old(root)
    return root


# A folder of one site: a shared masthead, menu and footer around each story.
def _site(root: Path, n: int = 4) -> Path:
    root.mkdir()
    for i in range(n):
        (root / f"story{i}.txt").write_text(
            f"南岛日报 | 首页 | 新闻 | 财经\n第{i}号新闻的标题\n记者 王小明\n"
            + f"这是第{i}篇新闻的第一段，讲述本地的事情，内容很长很长。\n" * 3
            + "订阅我们的电子报\n版权所有 南岛日报\n",
            "utf-8",
        )
    _old(root)
    return root


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _copy(PAGES, tmp_path_factory.mktemp("p") / "pages", "dev_*[!n]")


def test_the_development_pages_are_the_same_with_and_without_the_cache(
    article_fields: Callable[[list[Article]], list[tuple]], pages: Path, tmp_path: Path
) -> None:
    plain = load_corpus([pages])
    assert folder_template([p for p in pages.iterdir()])  # the folder has template lines
    assert any(a.credits for a in plain) and any(a.bylines for a in plain)
    assert any(a.path.suffix == ".html" for a in plain)
    db = tmp_path / "articles.sqlite3"
    cold, cache = _load(pages, db)
    assert cache.hits == 0
    assert article_fields(cold.articles) == article_fields(plain.articles)
    assert [s.path for s in cold.skipped] == [s.path for s in plain.skipped]
    warm, cache = _load(pages, db)
    assert cache.misses == 0 and cache.hits == len(plain.articles)
    assert article_fields(warm.articles) == article_fields(plain.articles)
    # credits and bylines come back as the tuples Article holds
    credited = next(a for a in warm.articles if a.credits)
    assert isinstance(credited.credits, tuple) and all(isinstance(c, tuple) for c in credited.credits)
    assert isinstance(credited.bylines, tuple)


def test_the_seeds_are_the_same_with_and_without_the_cache(
    article_fields: Callable[[list[Article]], list[tuple]], tmp_path: Path
) -> None:
    seeds = _copy(seeds_dir(), tmp_path / "seeds")
    plain = load_corpus([seeds])
    db = tmp_path / "articles.sqlite3"
    for _ in range(2):
        cached, _cache = _load(seeds, db)
        assert article_fields(cached.articles) == article_fields(plain.articles)
    assert _cache.misses == 0


def test_an_unrelated_file_cleans_nothing_else_again(
    article_fields: Callable[[list[Article]], list[tuple]], tmp_path: Path
) -> None:
    site = _site(tmp_path / "site")
    db = tmp_path / "articles.sqlite3"
    first, _ = _load(site, db)
    assert "南岛日报 | 首页 | 新闻 | 财经" not in first.articles[0].text  # the template is used
    (site / "other.txt").write_text("另一个网站的文章\n" + "完全无关的内容，没有相同的行。\n" * 3, "utf-8")
    _old(site)
    loaded, cache = _load(site, db)
    assert cache.misses == 1 and cache.hits == 4
    assert article_fields(loaded.articles) == article_fields(load_corpus([site]).articles)


def test_editing_a_template_line_recleans_the_files_it_touches(
    article_fields: Callable[[list[Article]], list[tuple]], tmp_path: Path
) -> None:
    site = _site(tmp_path / "site", n=3)
    db = tmp_path / "articles.sqlite3"
    _load(site, db)
    # The footer of story0 changes: the footer is now in two files, not three
    # (story1, story2 still share it), and story0's new one in none.
    path = site / "story0.txt"
    path.write_text(path.read_text("utf-8").replace("版权所有 南岛日报", "版权所有 南岛日报社"), "utf-8")
    _old(site)
    loaded, cache = _load(site, db)
    assert cache.misses == 1  # only the edited file: the others' template lines are the same
    assert article_fields(loaded.articles) == article_fields(load_corpus([site]).articles)
    # Now two files lose a template line: story1 and story2 drop the menu.
    for name in ("story1.txt", "story2.txt"):
        path = site / name
        path.write_text(path.read_text("utf-8").replace("南岛日报 | 首页 | 新闻 | 财经\n", ""), "utf-8")
    _old(site)
    loaded, cache = _load(site, db)
    assert cache.misses == 3  # the menu is no longer template for story0 either
    assert article_fields(loaded.articles) == article_fields(load_corpus([site]).articles)


def test_a_warm_start_reads_no_file(
    article_fields: Callable[[list[Article]], list[tuple]], pages: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "articles.sqlite3"
    cold, _ = _load(pages, db)

    def refuse(self: Path) -> bytes:
        raise AssertionError(f"read {self}")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    warm, cache = _load(pages, db)
    assert cache.misses == 0
    assert article_fields(warm.articles) == article_fields(cold.articles)


def test_a_warm_start_imports_no_cleaning_reader_or_converter(pages: Path, tmp_path: Path) -> None:
    db = tmp_path / "articles.sqlite3"
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from reader.core.article_cache import ArticleCache
        from reader.core.corpus import load_corpus
        cache = ArticleCache.open(Path({str(db)!r}))
        n = len(load_corpus([{str(pages)!r}], cache).articles)
        cache.close()
        heavy = ("reader.core.cleaning", "reader.core.junk_rules", "reader.core.readers", "reader.core.decoding",
                 "trafilatura", "opencc")
        print(n, cache.misses, [m for m in heavy if m in sys.modules])
    """)
    env = dict(os.environ, PYTHONPATH=str(SRC))
    cold, warm = (
        subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        .stdout.strip()
        .split(maxsplit=2)
        for _ in range(2)
    )
    assert cold[0] == warm[0] and int(cold[1]) > 0
    assert warm[1:] == ["0", "[]"]


def test_the_hashed_template_is_the_template_in_the_text() -> None:
    from reader.core.cleaning import clean
    from reader.core.template_keys import template_lines

    texts = [f"某某网 读懂世界\n首页 | 新闻\n正文第{i}段，讲的是一件事情，写得很长很长很长。\n订阅\n" for i in range(2)]
    texts.append("别的网站\n正文另一段，讲的是另一件事情，写得很长很长很长。\n<b>订阅</b>\n")
    template = template_lines(texts)
    hashes = {key_hash(k) for k in template}
    for text in texts:
        assert frozenset(k for k in probed_keys(text) if key_hash(k) in hashes) == template_in(text, template)
        assert clean(text, template) == clean(text, template_in(text, template))
    # Cleaning sees "<b>订阅</b>" as 订阅, a template line: the third text
    # depends on it although its raw line is in no other file.
    assert "订阅" in template and "订阅" in template_in(texts[2], template)


def _debris_site(root: Path, start: int, n: int, menu: str) -> None:
    """Stories of one site whose menu line is written ``menu`` (fixed, the
    same line as ``南岛日报 首页``), with Markdown front matter in one."""
    root.mkdir(exist_ok=True)
    for i in range(start, start + n):
        body = (
            f"{menu}\n第{i}号新闻的标题\n"
            + f"这是第{i}篇新闻的第一段，讲述本地的事情，内容很长很长。\n" * 3
            + "订阅我们的电子报\n版权所有 南岛日报\n"
        )
        if i % 3 == 0:
            (root / f"story{i}.md").write_text(f"---\ntitle: 第{i}号\n---\n{body}", "utf-8")
        else:
            (root / f"story{i}.txt").write_text(body, "utf-8")
    _old(root)


def test_a_cold_folder_stores_each_file_s_lines_as_counting_it_would(tmp_path: Path) -> None:
    """A cold load stores a file's template lines once it is cleaned (its
    fixed lines are the ones cleaning just made): the same hashes as
    template_keys gives for the file's text, Markdown front matter and HTML
    debris included, and the same articles as without the cache."""
    from reader.core.decoding import decode_bytes
    from reader.core.digests import content_digest
    from reader.core.template_keys import counted_keys, key_hashes

    root = tmp_path / "site"
    _debris_site(root, 0, 3, "<b>南岛日报</b>　首页")
    _debris_site(root, 3, 3, "南岛日报 首页")
    corpus, _ = _load(root, tmp_path / "cache.sqlite3")
    assert corpus.articles == load_corpus([root]).articles
    cache = ArticleCache.open(tmp_path / "cache.sqlite3")
    assert cache is not None
    try:
        for path in sorted(root.iterdir()):
            data = path.read_bytes()
            text = decode_bytes(data).text
            expected = (key_hashes(counted_keys(text)), key_hashes(probed_keys(text)))
            assert cache.line_hashes(content_digest(data), plain=True) == expected, path.name
    finally:
        cache.close()
    warm, cache_used = _load(root, tmp_path / "cache.sqlite3")
    assert cache_used.misses == 0
    assert warm.articles == corpus.articles


def test_a_cold_load_fixes_each_file_s_lines_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Counting a cold folder's template does not fix its lines: cleaning
    does, once per file, and the template lines stored are taken from that."""
    from reader.core import line_fix

    root = _site(tmp_path / "site", 6)  # (plain text: a Markdown file's text without its front matter is fixed apart)
    fixed: list[str] = []
    real = line_fix._fix_lines
    monkeypatch.setattr(line_fix, "_fix_lines", lambda text: fixed.append(text) or real(text))
    corpus, _ = _load(root, tmp_path / "cache.sqlite3")
    assert len(corpus.articles) == 6
    assert len(fixed) == 6


def _slogan_site(root: Path, start: int, n: int, slogan: str) -> None:
    root.mkdir(exist_ok=True)
    for i in range(start, start + n):
        (root / f"story{i}.txt").write_text(
            f"第{i}号新闻的标题\n记者 王小明\n"
            + "".join(f"这是第{i}篇新闻的第{k}段，讲述本地的事情，内容很长很长。\n" for k in range(4))
            + f"{slogan}\n",
            "utf-8",
        )
    _old(root)


def test_new_files_beside_cached_ones_clean_with_the_template_they_probe(tmp_path: Path) -> None:
    """A folder partly cached: a new file's closing line that is a template
    line only once fixed (``<b>…</b>``), where the plain line was counted
    from cached files alone, is still the site's template (the same
    articles as without the cache; without the template the line stays)."""
    root = tmp_path / "site"
    _slogan_site(root, 0, 4, "南岛日报全心全意为读者服务")
    _load(root, tmp_path / "cache.sqlite3")
    _slogan_site(root, 4, 1, "<b>南岛日报全心全意为读者服务</b>")
    corpus, cache = _load(root, tmp_path / "cache.sqlite3")
    assert cache.misses == 1
    assert corpus.articles == load_corpus([root]).articles
    new = corpus.get("story4")
    assert "南岛日报" not in new.text
    alone = load_corpus([root / "story4.txt"]).articles[0]
    assert "南岛日报" in alone.text  # (what the template takes out)


def test_a_file_edited_after_the_count_keeps_the_digest_of_the_bytes_it_was_cleaned_from(tmp_path: Path) -> None:
    """The pre-pass's digest serves the article cleaned from the bytes it
    hashed; a file edited after the count is not given its new digest with
    the old text (nor cached)."""
    from reader.core.cached_folder import CachedFolder
    from reader.core.digests import content_digest

    root = _site(tmp_path / "site", 3)
    path = root / "story1.txt"
    before = path.read_bytes()
    cache = ArticleCache.open(tmp_path / "cache.sqlite3")
    assert cache is not None
    try:
        files: list = sorted(root.iterdir())
        folder = CachedFolder(files, root, cache)
        first = folder.load(root / "story0.txt", (root / "story0.txt").stat())
        assert isinstance(first, Article)
        assert first.digest == content_digest((root / "story0.txt").read_bytes())
        path.write_bytes(before + "补充的一段新闻内容，讲述后来的事情，同样很长很长。\n".encode())
        item = folder.load(path, path.stat())
        assert isinstance(item, Article)
        assert item.digest == content_digest(before)
    finally:
        cache.close()
