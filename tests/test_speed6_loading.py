"""speed6: a warm start's way to its first frame imports no OpenSSL,
compiles no code or patterns it does not use, and builds the listing's
articles with their texts read later through a partial."""

from __future__ import annotations

import functools
import subprocess
import sys
from pathlib import Path


def calls_while_importing(before: str, patched: str, module: str) -> int:
    """How often ``patched`` (a function, as ``module.name``) is called on
    source text while a fresh interpreter imports ``module``, after
    importing ``before``."""
    owner = patched.rsplit(".", 1)[0]
    script = (
        f"import {owner}\n"
        f"import {before}\n"
        "calls = []\n"
        f"real = {patched}\n"
        # (source text only: an import execs compiled code objects)
        f"{patched} = lambda src, *a, **k: (isinstance(src, str) and calls.append(src), real(src, *a, **k))[1]\n"
        f"import {module}\n"
        "print(len(calls))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return int(out.stdout)


def test_importing_the_formats_compiles_no_code() -> None:
    # (@dataclass compiles each method it makes from source with exec: the
    # formats table is on a warm start's way to its first frame)
    assert calls_while_importing("reader.session.library", "builtins.exec", "reader.core.formats") == 0


def test_importing_the_code_fingerprint_compiles_no_regex() -> None:
    # (a warm start keeps the fingerprint: the patterns that read the sources wait for them)
    assert calls_while_importing("reader.core.cache_schema", "re.compile", "reader.core.code_fingerprint") == 0


def test_a_warm_start_s_opening_loads_no_openssl() -> None:
    # (importing hashlib loads OpenSSL, ~3-15 ms; BLAKE2 is built in)
    script = (
        "import sys\n"
        "import reader.ui.app, reader.session.opening, reader.core.article_cache\n"
        "import reader.core.corpus, reader.session.load_events, reader.session.library\n"
        "print(sorted({'hashlib', '_hashlib'} & set(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_builtin_blake2_is_hashlib_s() -> None:
    import hashlib

    from reader.core.digests import blake2b, content_digest

    assert content_digest(b"abc") == hashlib.blake2b(b"abc", digest_size=16).hexdigest()
    assert blake2b(b"x", digest_size=8).digest() == hashlib.blake2b(b"x", digest_size=8).digest()


def test_a_listed_article_reads_its_text_through_a_partial(tmp_path: Path) -> None:
    # (a closure of four cells per article was most of a listed text's objects)
    from reader.core.article_cache import ArticleCache
    from reader.core.corpus import load_corpus
    from reader.core.listing_walk import Walk
    from reader.core.model import Article, Paragraphs

    folder = tmp_path / "c"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(f"{name} 的标题\n\n正文讲了{name}。\n", encoding="utf-8")
    paths = [folder]
    full = load_corpus(paths).articles
    with ArticleCache.open(tmp_path / "a.sqlite3") as cache:
        assert cache is not None
        loaded = load_corpus(paths, cache)
        cache.flush()
        cache.save_listing(paths, [*loaded.articles, *loaded.skipped], Walk(paths))
        items = cache.listing(paths)
        assert items is not None
        listed = [item for item in items if isinstance(item, Article)]
        held = [article.paragraphs for article in listed]
        assert all(isinstance(p, Paragraphs) and isinstance(p._fetch, functools.partial) for p in held)
        assert [article.text for article in listed] == [article.text for article in full]
        assert [article.title for article in listed] == [article.title for article in full]
