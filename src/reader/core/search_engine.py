"""What the rest of the reader needs from a search engine, and the one
place that chooses and builds it.

The app's loader, the CLI and the benchmarks all build their engine through
:func:`build_engine`, so a different engine for some corpora (a large one,
say) is a change here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from reader.core.model import Article
    from reader.core.search import Hit, Results
    from reader.core.search_cache import IndexStore
    from reader.core.tantivy_folders import TantivyFolders


@runtime_checkable
class SearchEngine(Protocol):
    """Script-blind keyword search over articles.

    ``search`` gives the articles holding every term, best first, each with
    its exact hit count (``len(result.hits)``); the ``Results``' ``total``
    says how many matched even when ``limit`` kept fewer. ``hits_in`` gives
    every occurrence of the query's terms in one article, as spans of
    ``article.text``.
    ``add`` indexes an article, replacing one with the same id; ``add`` and
    ``search`` may be called from different threads.
    """

    def add(self, article: Article) -> None: ...

    def search(self, query: str, limit: int | None = None) -> Results: ...

    def hits_in(self, article: Article, query: str) -> tuple[Hit, ...]: ...

    def __len__(self) -> int: ...

    def __contains__(self, article_id: object) -> bool: ...


class EngineType(Protocol):
    """How an engine is made: ``build`` takes the search cache's store, which
    an engine may ignore; one that can be restored from the cache also has a
    ``restore(articles, store)`` classmethod."""

    def build(self, articles: Iterable[Article], store: IndexStore | None = None) -> SearchEngine: ...


# From this many characters of text on, tantivy serves (when it can be
# imported): the exact engine is within budget on the 2,000-article bench
# corpus (7 M characters) and three to twenty times over it on the
# 20,000-article one (70 M); see the README's Performance section.
LARGE_CORPUS_CHARS = 20_000_000
# Overrides LARGE_CORPUS_CHARS when set (tests of processes the reader
# starts, such as the index builder, lower it this way).
LARGE_CORPUS_ENV = "READER_LARGE_CORPUS_CHARS"


def large_corpus_chars() -> int:
    """From how many characters on a corpus is large (tantivy serves it):
    ``READER_LARGE_CORPUS_CHARS`` if set to a number, else ``LARGE_CORPUS_CHARS``."""
    import os

    value = os.environ.get(LARGE_CORPUS_ENV, "").strip()
    if value.isdigit():
        return int(value)
    return LARGE_CORPUS_CHARS


_said: list[str] = []


def _say_once(message: str, warn: Callable[[str], None] | None) -> None:
    if message in _said:
        return
    _said.append(message)
    if warn is not None:
        warn(message)
    else:
        import sys

        print(f"reader: warning: {message}", file=sys.stderr)


def engine_type(chars: int = 0, warn: Callable[[str], None] | None = None) -> EngineType:
    """The engine the reader uses for a corpus of ``chars`` characters: a
    class with ``build(articles, store=None)`` and, if it can be restored
    from the search cache, ``restore(articles, store)``. Large corpora get
    tantivy over folded n-grams (:mod:`reader.core.tantivy_search`), unless
    tantivy cannot be imported (said once through ``warn``); the rest the
    exact in-memory index. Swapping the engine is this function."""
    if chars >= large_corpus_chars():
        from reader.core import tantivy_search

        if tantivy_search.available():
            return tantivy_search.LargeCorpusEngine
        _say_once("tantivy cannot be imported: searching this large corpus with the exact engine (slower)", warn)
    from reader.core.search import SearchIndex

    return SearchIndex


def build_engine(
    articles: Iterable[Article] = (),
    cache: bool = False,
    warn: Callable[[str], None] | None = None,
    final: bool = False,
) -> SearchEngine:
    """An engine holding ``articles`` (more can be added).

    With ``cache``, what is slow to build is taken from the search cache in
    the user cache folder when these very texts were indexed before (and
    saved there otherwise): see :mod:`reader.core.search_cache`. ``warn``
    gets the one line said about a cache that cannot be used (default:
    standard error). ``final``: for a short-lived process, an engine whose
    index would be built in the background (a large corpus's) is built
    before this returns, with no interim engine, saying so on standard
    error.
    """
    articles = list(articles)
    engine = engine_type(_chars(articles), warn)
    build: Callable[..., SearchEngine] = engine.build
    final_build = getattr(engine, "build_final", None) if final else None
    if callable(final_build):
        from functools import partial

        build = partial(final_build, building=_say_indexing)
    if not cache:
        return build(articles)
    from reader.core.search_cache import IndexStore

    store = IndexStore.open() if warn is None else IndexStore.open(warn=warn)
    if store is None:
        return build(articles)
    with store:
        return build(articles, store)


def build_engine_saved_later(
    articles: Iterable[Article], warn: Callable[[str], None] | None = None, restore: bool = True
) -> tuple[SearchEngine, Callable[[], None]]:
    """What ``build_engine(articles, cache=True, warn=warn)`` gives, and the
    saving of it to the search cache, to be called once the engine is handed
    over (a cold load's search is ready ~0.1 s sooner at 2,000 articles).
    The same engine and the same saved entry; an engine that saves itself
    otherwise (a large corpus's, in its builder thread) is built as
    :func:`build_engine` builds it, with nothing left to save. ``restore``:
    False when the caller has just tried :func:`cached_engine` on the same
    articles (then it is built at once)."""
    from reader.core.search import SearchIndex

    articles = list(articles)
    if engine_type(_chars(articles), warn) is not SearchIndex:
        return build_engine(articles, cache=True, warn=warn), lambda: None
    restored = cached_engine(articles, warn) if restore else None
    if restored is not None:
        return restored, lambda: None
    index = SearchIndex.build(articles)

    def save() -> None:
        from reader.core.search_cache import IndexStore

        store = IndexStore.open() if warn is None else IndexStore.open(warn=warn)
        if store is not None:
            with store:
                index.save_to(store)

    return index, save


def _say_indexing() -> None:
    import sys

    print("reader: indexing this large corpus for faster searches (once)…", file=sys.stderr, flush=True)


def cached_engine(articles: Iterable[Article], warn: Callable[[str], None] | None = None) -> SearchEngine | None:
    """The engine of ``articles`` if the search cache has what these very
    texts need (a warm start: a fraction of building it), else None (also
    for an engine that cannot be restored)."""
    articles = list(articles)
    restore = getattr(engine_type(_chars(articles), warn), "restore", None)
    if restore is None:
        return None
    from reader.core.search_cache import IndexStore

    store = IndexStore.open() if warn is None else IndexStore.open(warn=warn)
    if store is None:
        return None
    with store:
        found: SearchEngine | None = restore(articles, store)
        return found


def saved_engine(
    articles: Iterable[Article], store: IndexStore | None = None, warn: Callable[[str], None] | None = None
) -> SearchEngine | None:
    """The engine of ``articles`` if it opens from the search cache (``store``,
    default: the one in the user cache folder) without reading their texts
    (saved for these very articles, keyed by each text's length and CRC,
    which a text left in the article cache comes with: a large corpus's
    tantivy index, or the exact engine's filter with every folded text),
    else None: then the texts are needed, to restore or build the engine
    (:func:`build_engine`)."""
    articles = _as_list(articles)
    open_saved = getattr(engine_type(_chars(articles), warn), "open_saved", None)
    if open_saved is None:
        return None
    if store is not None:
        found: SearchEngine | None = open_saved(articles, store)
        return found
    from reader.core.search_cache import IndexStore

    opened = IndexStore.open() if warn is None else IndexStore.open(warn=warn)
    if opened is None:
        return None
    with opened:
        return saved_engine(articles, opened, warn)


def _chars(articles: Iterable[Article]) -> int:
    return sum(length for _id, _title, length, _crc in article_keys(articles))


def article_keys(articles: Iterable[Article]) -> list[tuple[str, str, int, int]]:
    """(id, title, text length, text CRC) of each article: what the
    search indexes are keyed by. Articles a listing has not built yet
    (:class:`~reader.core.cache_listing.ListedArticles`) are not built
    for it, and no text is read."""
    known: list[tuple[str, str, int, int]] | None = getattr(articles, "article_keys", None)
    if known is not None:
        return known
    return [(a.id, a.title, *a.text_sums) for a in articles]


def _as_list(articles: Iterable[Article]) -> Sequence[Article]:
    """``articles`` as a sequence: a listing's not built yet stay so."""
    if isinstance(articles, Sequence) and hasattr(articles, "article_keys"):
        return articles
    return list(articles)


def finish_saving(engine: SearchEngine) -> None:
    """Wait for an index that ``engine`` builds in the background to be
    built and saved to the search cache, saying so on standard error: a
    short-lived process (``reader search``) would otherwise end the build
    and pay for the slow engine every time."""
    ready = getattr(engine, "ready", True)
    wait = getattr(engine, "wait", None)
    if ready or not callable(wait):
        return
    _say_indexing()
    wait()


def unfinished_build(engine: SearchEngine | None) -> tuple[str, TantivyFolders] | None:
    """The search cache key, and the cache's tantivy folders, of the index
    ``engine`` is building in the background to save there (a large
    corpus's tantivy index), if that build is not finished; else None. A
    process that ends meanwhile can hand the build over
    (:mod:`reader.session.index_builder`)."""
    unfinished = getattr(engine, "unfinished_save", None)
    if not callable(unfinished):
        return None
    found: tuple[str, TantivyFolders] | None = unfinished()
    return found


def placeholder(article_id: str) -> Article:
    """An empty article standing for one that is gone: no text, no title."""
    from pathlib import Path

    from reader.core.model import Article
    from reader.core.script import Script

    return Article(id=article_id, path=Path(), title="", paragraphs=(), script=Script.NONE)


def forget(engine: SearchEngine, article_id: str) -> None:
    """Make ``article_id`` unfindable: removed if the engine can remove,
    else replaced by an empty article (which no query matches)."""
    remove = getattr(engine, "remove", None)
    if callable(remove):
        remove(article_id)
    elif article_id in engine:
        engine.add(placeholder(article_id))


__all__ = [
    "LARGE_CORPUS_CHARS",
    "LARGE_CORPUS_ENV",
    "EngineType",
    "SearchEngine",
    "article_keys",
    "build_engine",
    "build_engine_saved_later",
    "cached_engine",
    "engine_type",
    "finish_saving",
    "forget",
    "large_corpus_chars",
    "placeholder",
    "saved_engine",
    "unfinished_build",
]
