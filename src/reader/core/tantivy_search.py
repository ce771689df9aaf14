"""The search engine for large corpora: tantivy over folded character n-grams.

The exact engine (:mod:`reader.core.search`) verifies every block its filter
leaves, so a term found in most of 20,000 articles costs a scan of most of
the text. Here tantivy answers from posting lists instead, and matching stays
exact:

* Every text is folded and indexed as character bigrams with positions and
  as characters (:mod:`reader.core.tantivy_index`), so a term's matches and
  its term frequencies are the exact engine's.
* An article matches when every term is in its text or its title; the
  score is tantivy's BM25 summed over the terms (a title match weighs
  ``TITLE_BOOST`` times a text match).

**Order**: by that score, best first, ties by article id (a limit never
cuts between tied articles at random). **Counts and positions** are computed
only for the results returned, on the folded text, exactly as the exact
engine does; ``total`` is tantivy's count, exact as above.

Whitespace and lone surrogates are mapped to private-use code points
before indexing (:mod:`reader.core.tantivy_index`), so results are
verified before they are returned.

The index lives on disk in the search cache (:mod:`reader.core.search_cache`),
so a warm start opens it instead of building it. Building takes about a
minute per 20,000 articles, so :class:`LargeCorpusEngine` answers with the
exact engine while a thread builds it, then switches.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from reader.core.foldtable import fold_text
from reader.core.model import Article
from reader.core.search_results import Hit, Results, SearchResult, _positions
from reader.core.tantivy_index import (
    TantivyIndex,
    _fold_terms,
    _private_copy,
    available,
    content_key,
    index_fingerprint,
)
from reader.core.tantivy_results import _FoldedDoc, _Result

if TYPE_CHECKING:
    from reader.core.search_cache import IndexStore
    from reader.core.search_engine import SearchEngine
    from reader.core.tantivy_folders import TantivyFolders

# Results whose folded texts are kept between searches (search as you type
# asks again for the same top articles at every key).
FOLDED_KEPT = 256
# Results checked and folded at once; past these, when first read.
EAGER = 100


class LargeCorpusEngine:
    """A :class:`~reader.core.search_engine.SearchEngine` over a tantivy
    index, answering with the exact engine until that index is ready (it
    is built in a thread unless the search cache had it).

    An index opened from the search cache is shared with other instances
    and never written: the first article added or removed afterwards
    copies it into a temporary folder of the engine's own.
    """

    def __init__(self, articles: Sequence[Article], exact: SearchEngine | None, index: TantivyIndex | None) -> None:
        self._lock = threading.RLock()
        copy = getattr(articles, "copy", None) if hasattr(articles, "article_keys") else None
        if callable(copy):  # a listing's articles: built only when a result needs one
            self._articles: list[Article | None] = copy()
            self._by_id = {key[0]: n for n, key in enumerate(articles.article_keys)}  # type: ignore[attr-defined]
        else:
            self._articles = list(articles)
            self._by_id = {a.id: n for n, a in enumerate(self._articles) if a is not None}
        self._exact = exact
        self._index = index
        # Numbers added, and numbers replaced or removed, while the index was built.
        self._pending_add: set[int] = set()
        self._pending_drop: set[int] = set()
        self._folded: OrderedDict[int, _FoldedDoc] = OrderedDict()
        self._builder: threading.Thread | None = None
        # Where the thread saves its index: the search cache key and folders (None: not saved).
        self._saving: tuple[str, TantivyFolders] | None = None
        self._stop = threading.Event()
        self.build_error: BaseException | None = None

    # Building and restoring -------------------------------------------------

    @classmethod
    def build(cls, articles: Iterable[Article], store: IndexStore | None = None) -> LargeCorpusEngine:
        """The engine of ``articles``: opened from the search cache when
        these very articles were indexed before, else answering with the
        exact engine (restored from the cache if it is there, never saved)
        while the tantivy index is built in a thread and saved to the cache."""
        from reader.core.search import SearchIndex

        articles = list(articles)
        if store is None:
            engine = cls(articles, SearchIndex.build(articles), None)
            engine._start(None, None)
            return engine
        key = content_key(articles)
        cached = cls._open_cached(articles, store, key)
        if cached is not None:
            return cached
        # The exact engine is only a stopgap here: restored if an earlier
        # version saved it, else built and not saved (345 MB at 20,000 articles).
        exact = SearchIndex.restore(articles, store) or SearchIndex.build_spooled(
            articles, str(store.tantivy.root) if store.tantivy.root.is_dir() else None
        )
        engine = cls(articles, exact, None)
        engine._start(key, store.tantivy)
        return engine

    @classmethod
    def restore(cls, articles: Iterable[Article], store: IndexStore) -> LargeCorpusEngine | None:
        """The engine of ``articles`` from the search cache, or None if
        neither its tantivy index nor the exact engine's filter is there."""
        from reader.core.search import SearchIndex

        articles = list(articles)
        key = content_key(articles)
        engine = cls._open_cached(articles, store, key)
        if engine is not None:
            return engine
        exact = SearchIndex.restore(articles, store)
        if exact is None:
            return None
        engine = cls(articles, exact, None)
        engine._start(key, store.tantivy)
        return engine

    @classmethod
    def build_final(
        cls, articles: Iterable[Article], store: IndexStore | None = None, building: Callable[[], None] = lambda: None
    ) -> LargeCorpusEngine:
        """The engine of ``articles`` with its tantivy index opened from the
        search cache or built (and saved there) before it returns, in this
        thread: for a short-lived process that would wait for it anyway
        (``reader search``), which then needs no exact engine meanwhile (at
        20,000 articles seconds to build and hundreds of megabytes).
        ``building`` is called before an index is built; if the build fails,
        the exact engine answers."""
        from reader.core.search import SearchIndex

        articles = list(articles)
        key = content_key(articles) if store is not None else None
        if store is not None and key is not None:
            cached = cls._open_cached(articles, store, key)
            if cached is not None:
                return cached
        building()
        try:
            if store is None or key is None:
                index = TantivyIndex.create(articles)
            else:
                index = _build_cached(articles, key, store.tantivy, lambda: False)
        except Exception as exc:
            index = None
            error: BaseException | None = exc
        else:
            error = None
        if index is None:
            engine = cls(articles, SearchIndex.build(articles), None)
            engine.build_error = error
            return engine
        return cls(articles, None, index)

    @classmethod
    def open_saved(cls, articles: Iterable[Article], store: IndexStore) -> LargeCorpusEngine | None:
        """The engine of ``articles`` if the search cache holds their tantivy
        index, else None. Reads no text: the key takes each text's length
        and CRC from the article cache when it left the text there (see
        ``Paragraphs.later`` in :mod:`reader.core.model`); only results' texts are read.
        A listing's articles (:class:`~reader.core.cache_listing.ListedArticles`)
        are built only as results."""
        if not hasattr(articles, "article_keys"):
            articles = list(articles)
        return cls._open_cached(articles, store, content_key(articles))  # type: ignore[arg-type]

    @classmethod
    def _open_cached(cls, articles: list[Article], store: IndexStore, key: str) -> LargeCorpusEngine | None:
        folder = store.tantivy.folder(key)
        if folder is None:
            return None
        try:
            index = TantivyIndex.open(folder)
        except Exception as exc:  # damaged: built again
            store.tantivy.discard(key, f"unreadable ({exc})")
            return None
        return cls(articles, None, index)

    def _start(self, key: str | None, folders: TantivyFolders | None) -> None:
        """Build the tantivy index in a thread (saved under ``key`` in the
        search cache's ``folders``, unless they are None)."""
        from reader.core.search_engine import placeholder

        docs = [a if a is not None else placeholder("") for a in self._articles]
        self._saving = (key, folders) if key is not None and folders is not None else None
        self._builder = threading.Thread(
            target=self._build, args=(docs, key, folders), name="tantivy-index", daemon=True
        )
        self._builder.start()

    def _build(self, articles: list[Article], key: str | None, folders: TantivyFolders | None) -> None:
        try:
            # The stand-in's filter words (~240 MB at 20,000 articles) are
            # read from a file while tantivy's build holds its own memory:
            # the two are not in memory at once.
            spill = getattr(self._exact, "spill_filter", None)
            if callable(spill) and not self._stop.is_set():
                spill(str(folders.root) if folders is not None and folders.root.is_dir() else None)
            if key is None or folders is None:
                index = TantivyIndex.create(articles, stop=self._stop.is_set)
            else:
                index = _build_cached(articles, key, folders, self._stop.is_set)
            if index is None:
                return
            with self._lock:
                self._index = index
                self._write_pending()
                self._exact = None  # its folded texts and filter are no longer needed
        except BaseException as exc:  # the exact engine goes on answering
            self.build_error = exc

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the tantivy index; whether searches now use it."""
        builder = self._builder
        if builder is not None:
            builder.join(timeout)
        return self.ready

    @property
    def ready(self) -> bool:
        """Whether searches are answered by tantivy."""
        return self._index is not None and self._exact is None

    def unfinished_save(self) -> tuple[str, TantivyFolders] | None:
        """The search cache key and folders of the index being built to be
        saved there, while that build is under way (not finished, failed or
        stopped)."""
        builder = self._builder
        if self._saving is None or builder is None or self.ready or self.build_error is not None:
            return None
        if not builder.is_alive():
            return None
        return self._saving

    def close(self) -> None:
        """Stop a build under way (nothing is saved)."""
        self._stop.set()

    # The SearchEngine protocol ----------------------------------------------

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._by_id

    def add(self, article: Article) -> None:
        """Index an article; one with the same id replaces the old one."""
        with self._lock:
            if self._exact is not None:
                self._exact.add(article)
            old = self._by_id.get(article.id)
            if old is not None:
                self._retire(old)
            self._articles.append(article)
            n = self._by_id[article.id] = len(self._articles) - 1
            self._pending_add.add(n)
            if self._index is not None:
                self._write_pending()

    def remove(self, article_id: str) -> None:
        """Make ``article_id`` unfindable."""
        with self._lock:
            old = self._by_id.pop(article_id, None)
            if old is None:
                return
            if self._exact is not None:
                from reader.core.search_engine import forget

                forget(self._exact, article_id)
            self._retire(old)
            if self._index is not None:
                self._write_pending()

    def _retire(self, n: int) -> None:
        self._articles[n] = None
        self._folded.pop(n, None)
        self._pending_add.discard(n)
        self._pending_drop.add(n)

    def _write_pending(self) -> None:
        """Write the pending adds and removals into the tantivy index (a
        cached, shared index is copied first). Under the lock."""
        index = self._index
        assert index is not None
        if not self._pending_add and not self._pending_drop:
            return
        if index._owned is None:
            index = self._index = _private_copy(index)
        added = [(n, a) for n in sorted(self._pending_add) if (a := self._articles[n]) is not None]
        index.add(added, sorted(self._pending_drop))
        self._pending_add.clear()
        self._pending_drop.clear()

    def search(self, query: str, limit: int | None = None) -> Results:
        """Articles holding every term of ``query`` in their title or text,
        best first by tantivy's BM25 (ties by id); counts are exact and
        computed for the returned results only."""
        with self._lock:
            exact, index, articles = self._exact, self._index, self._articles
        if exact is not None:
            return exact.search(query, limit)
        assert index is not None
        terms = _fold_terms(query)
        if not terms or (limit is not None and limit <= 0):
            return Results()
        found, total = index.search(terms, limit)
        chosen = [(score, n, a) for score, n in found if n < len(articles) and (a := articles[n]) is not None]
        chosen.sort(key=lambda c: (-c[0], c[2].id))
        results: list[SearchResult] = []
        for score, n, article in chosen:
            doc = self._doc(n, article) if len(results) < EAGER else _FoldedDoc(article)
            result = _Result(article, score, 0, 0, doc, tuple(terms))  # type: ignore[arg-type]
            # The first results (all a limited search returns, as a rule) are
            # counted now and checked against a private-use look-alike (see
            # the module's docstring); the rest when first read.
            if len(results) < EAGER and not all(t in doc.folded or t in doc.folded_title for t in terms):
                total -= 1
                continue
            results.append(result)
            if limit is not None and len(results) == limit:
                break
        return Results(results, total=total)

    def _doc(self, n: int, article: Article) -> _FoldedDoc:
        with self._lock:
            doc = self._folded.get(n)
            if doc is not None:
                self._folded.move_to_end(n)
                return doc
        doc = _FoldedDoc(article)
        with self._lock:
            if self._articles[n] is article:
                self._folded[n] = doc
                while len(self._folded) > FOLDED_KEPT:
                    self._folded.popitem(last=False)
        return doc

    def hits_in(self, article: Article, query: str) -> tuple[Hit, ...]:
        """Every occurrence of every term of ``query`` in ``article.text``
        (whether or not all terms occur), sorted by start."""
        terms = _fold_terms(query)
        with self._lock:
            n = self._by_id.get(article.id)
            known = n is not None and self._articles[n] is article
        folded = self._doc(n, article).folded if known and n is not None else fold_text(article.text)
        return tuple(Hit(s, e) for s, e, _t in _positions(folded, terms))


class _Stopped(Exception):
    """A build stopped before it was complete."""


def _build_cached(
    articles: list[Article], key: str, folders: TantivyFolders, stop: Callable[[], bool]
) -> TantivyIndex | None:
    """Build the index into the search cache under ``key`` (in a folder of
    its own, moved into place when complete) and open it from there."""
    try:
        with folders.build(key) as folder:
            # (written, not opened: the index is opened once, where it is saved)
            if not TantivyIndex.write(articles, folder, stop=stop):
                raise _Stopped
    except _Stopped:
        return None
    final = folders.folder(key)
    if final is None:  # could not be moved into place: built again next time
        return TantivyIndex.create(articles, stop=stop)
    return TantivyIndex.open(final)


__all__ = ["LargeCorpusEngine", "TantivyIndex", "available", "content_key", "index_fingerprint"]
