"""The search engine for large corpora: tantivy over folded character n-grams.

The exact engine (:mod:`reader.core.search`) verifies every block its filter
leaves, so a term found in most of 20,000 articles costs a scan of most of
the text. Here tantivy answers from posting lists instead, and matching stays
exact:

* Every text is folded first (:func:`reader.core.foldtable.fold_text`, the
  fold the exact engine uses), then indexed twice: its character bigrams,
  one token per position (``bi``, with positions), and its characters
  (``uni``, with frequencies). Titles get the same two fields.
* A term of one character is a term query on ``uni``; of two, a term query
  on ``bi``; longer, a phrase query of its bigrams. Bigrams at consecutive
  positions are exactly the term's occurrences, so the matching set and
  tantivy's term frequencies are the exact engine's (occurrences counted
  overlapping, as it does).
* An article matches when every term is in its text or its title; the
  score is tantivy's BM25 summed over the terms (a title match weighs
  ``TITLE_BOOST`` times a text match).

**Order**: by that score, best first, ties by article id (a limit never
cuts between tied articles at random). **Counts and positions** are computed
only for the results returned, on the folded text, exactly as the exact
engine does; ``total`` is tantivy's count, exact as above.

Whitespace cannot be inside a token of tantivy's whitespace tokenizer, so
whitespace characters (and lone surrogates, which Rust strings cannot hold)
are mapped to code points of plane 16's private use area before indexing and
querying; a text holding those very code points could match a term it does
not hold, so results are verified before they are returned.

The index lives on disk in the search cache (:mod:`reader.core.search_cache`),
so a warm start opens it instead of building it. Building takes about a
minute per 20,000 articles, so :class:`LargeCorpusEngine` answers with the
exact engine while a thread builds it, then switches.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from reader.core.foldtable import codes_of, fold_codes, fold_text
from reader.core.model import Article
from reader.core.search_results import Hit, Results, SearchResult, _positions

if TYPE_CHECKING:
    from reader.core.search_cache import IndexStore, TantivyFolders
    from reader.core.search_engine import SearchEngine

SCHEMA_VERSION = "reader-tantivy/1"
TITLE_BOOST = 2.0
# Writer memory (split between its threads) and threads: a second core is
# usually busy with the people finder or the UI.
WRITER_HEAP = 96_000_000
WRITER_THREADS = 1
# Characters handed to the writer between two commits (see TantivyIndex.create).
QUEUED_CHARS = 8_000_000
# Results whose folded texts are kept between searches (search as you type
# asks again for the same top articles at every key).
FOLDED_KEPT = 256
# Results checked and folded at once; past these, when first read.
EAGER = 100

# Unicode White_Space, which tantivy's whitespace tokenizer splits on.
_WHITESPACE = np.array(
    [*range(0x09, 0x0E), 0x20, 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B), 0x2028, 0x2029, 0x202F, 0x205F, 0x3000],
    dtype=np.uint32,
)
_SPACE_BASE = 0x10FF00
_SURROGATE_BASE = 0x10F000
_SPACE = np.uint32(0x20)
_SLICE = 1 << 16


def available() -> bool:
    """Whether tantivy can be imported."""
    try:
        import tantivy  # noqa: F401
    except ImportError:
        return False
    return True


def _tokens(folded: np.ndarray) -> np.ndarray:
    """Folded code points with whitespace and lone surrogates moved to plane
    16's private use area (see the module's docstring)."""
    codes = folded.astype(np.uint32, copy=True)
    space = np.isin(codes, _WHITESPACE)
    if space.any():
        codes[space] = _SPACE_BASE + np.searchsorted(_WHITESPACE, codes[space])
    surrogate = (codes >= 0xD800) & (codes < 0xE000)
    if surrogate.any():
        codes[surrogate] = _SURROGATE_BASE + (codes[surrogate] - 0xD800)
    return codes


def _text(codes: np.ndarray) -> str:
    return codes.astype("<u4", copy=False).tobytes().decode("utf-32-le")


def _bigrams(codes: np.ndarray) -> str:
    """Every bigram of ``codes`` (from :func:`_tokens`), space separated:
    the i-th token is the bigram at position i."""
    if codes.size < 2:
        return ""
    out = np.empty((codes.size - 1, 3), dtype="<u4")
    out[:, 0] = codes[:-1]
    out[:, 1] = codes[1:]
    out[:, 2] = _SPACE
    return out.tobytes().decode("utf-32-le")


def _fields(text: str) -> tuple[str, str]:
    """(bigrams, characters) of a text, folded and mapped. A long text is
    done a slice at a time, so the thread building the index never holds
    the GIL for long (the UI thread shares it)."""
    if len(text) <= _SLICE:
        codes = _tokens(fold_codes(text)) if text else np.zeros(0, dtype=np.uint32)
        return _bigrams(codes), _text(codes)
    bigrams, chars = [], []
    for start in range(0, len(text), _SLICE):
        # One character past the slice: the bigram across the cut.
        codes = _tokens(fold_codes(text[start : start + _SLICE + 1]))
        bigrams.append(_bigrams(codes))
        chars.append(_text(codes[:_SLICE]))
    return "".join(bigrams), "".join(chars)


def _fold_terms(query: str) -> list[str]:
    """The query's terms, folded, without duplicates (as the exact engine)."""
    from reader.core.query import parse_query

    return list(dict.fromkeys(fold_text(t) for t in parse_query(query)))


def _count(folded: str, term: str) -> int:
    """Occurrences of ``term``, overlapping ones included (as the exact
    engine counts, and as tantivy's positions do)."""
    if not any(term[:k] == term[-k:] for k in range(1, len(term))):
        return folded.count(term)
    n, i = 0, folded.find(term)
    while i >= 0:
        n += 1
        i = folded.find(term, i + 1)
    return n


class TantivyIndex:
    """A tantivy index of articles numbered 0.. (the ``n`` fast field), in a
    folder. Searches may run from several threads; writes are serialised."""

    def __init__(self, index: Any, folder: Path | None, owned: tempfile.TemporaryDirectory[str] | None = None) -> None:
        import tantivy

        self._tantivy = tantivy
        self._index = index
        self.schema = index.schema
        self.folder = folder
        self._owned = owned  # a temporary folder removed with the index
        self._searcher = index.searcher()

    @staticmethod
    def _schema() -> Any:
        import tantivy

        builder = tantivy.SchemaBuilder()
        builder.add_integer_field("n", stored=False, indexed=True, fast=True)
        for prefix in ("", "t"):
            builder.add_text_field(prefix + "bi", tokenizer_name="whitespace", index_option="position")
            builder.add_text_field(prefix + "uni", tokenizer_name="reader_chars", index_option="freq")
        return builder.build()

    @staticmethod
    def _register(index: Any) -> None:
        import tantivy

        chars = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.ngram(1, 1, False)).build()
        index.register_tokenizer("reader_chars", chars)

    @classmethod
    def create(
        cls,
        articles: Sequence[Article],
        folder: Path | None = None,
        stop: Callable[[], bool] = lambda: False,
        threads: int = WRITER_THREADS,
    ) -> TantivyIndex | None:
        """An index of ``articles`` (numbered in order) written to ``folder``
        (default: a temporary folder owned by the index); None if ``stop``
        said so before it was done."""
        import tantivy

        owned = None
        if folder is None:
            owned = tempfile.TemporaryDirectory(prefix="reader-tantivy-")
            folder = Path(owned.name)
        index = tantivy.Index(cls._schema(), path=str(folder), reuse=False)
        cls._register(index)
        writer = index.writer(WRITER_HEAP, threads)
        try:
            queued = 0
            for n, article in enumerate(articles):
                if stop():
                    writer.rollback()
                    return None
                writer.add_document(cls._document(n, article))
                # tantivy queues up to 10,000 documents for its indexing
                # thread (~350 MB of tokens at 20,000 articles): a commit
                # now and then waits for them, which bounds the queue.
                queued += len(article.text)
                if queued >= QUEUED_CHARS:
                    writer.commit()
                    queued = 0
            writer.commit()
            writer.wait_merging_threads()
        except BaseException:
            with contextlib.suppress(Exception):
                writer.rollback()
            raise
        index.reload()
        return cls(index, folder, owned)

    @classmethod
    def open(cls, folder: Path) -> TantivyIndex:
        """The index in ``folder`` (raises if it is not one)."""
        import tantivy

        index = tantivy.Index.open(str(folder))
        cls._register(index)
        return cls(index, folder)

    @classmethod
    def _document(cls, n: int, article: Article) -> Any:
        import tantivy

        bi, uni = _fields(article.text)
        tbi, tuni = _fields(article.title)
        return tantivy.Document(n=n, bi=bi, uni=uni, tbi=tbi, tuni=tuni)

    def _clause(self, term: str, prefix: str) -> Any:
        query = self._tantivy.Query
        codes = _tokens(codes_of(term))
        if codes.size == 1:
            return query.term_query(self.schema, prefix + "uni", _text(codes), index_option="freq")
        grams = _bigrams(codes).split(" ")[:-1]
        if len(grams) == 1:
            return query.term_query(self.schema, prefix + "bi", grams[0], index_option="freq")
        # Every other bigram, and the last, cover the term: fewer posting
        # lists, the same matches.
        offsets = sorted({*range(0, len(grams), 2), len(grams) - 1})
        return query.phrase_query(self.schema, prefix + "bi", [(i, grams[i]) for i in offsets])

    def query(self, terms: Sequence[str]) -> Any:
        """Every term (folded) in the text or the title."""
        tantivy = self._tantivy
        must, should = tantivy.Occur.Must, tantivy.Occur.Should
        clauses = []
        for term in terms:
            title = tantivy.Query.boost_query(self._clause(term, "t"), TITLE_BOOST)
            clauses.append((must, tantivy.Query.boolean_query([(should, self._clause(term, "")), (should, title)])))
        return tantivy.Query.boolean_query(clauses)

    def search(self, terms: Sequence[str], limit: int | None) -> tuple[list[tuple[float, int]], int]:
        """(score, article number) of the best ``limit`` matches (all if
        None), best first, with every article tied with the last one; and
        how many matched."""
        searcher = self._searcher
        query = self.query(terms)
        fetch = 64 if limit is None else limit + 16
        result = searcher.search(query, fetch, count=True)
        total = result.count or 0
        hits = result.hits
        want = total if limit is None else min(limit, total)
        if not want:
            return [], total
        while True:
            scores = [float(s) for s, _ in hits]
            # Done when nothing past what was fetched can tie with the last kept.
            if len(hits) >= total or (len(hits) > want and scores[-1] < scores[want - 1]):
                break
            fetch = max(want + 16, min(total, fetch * 2))
            hits = searcher.search(query, fetch, count=False).hits
        numbers = searcher.fast_field_values("n", [address for _, address in hits])
        floor = scores[want - 1]
        return [(s, n) for s, n in zip(scores, numbers, strict=True) if s >= floor], total

    def add(self, pairs: Iterable[tuple[int, Article]], removed: Iterable[int] = ()) -> None:
        """Index ``articles`` under their numbers and drop the numbers
        ``removed``, in one commit."""
        writer = self._index.writer(WRITER_HEAP // 4, 1)
        try:
            for n in removed:
                writer.delete_documents_by_term("n", n)
            for n, article in pairs:
                writer.add_document(self._document(n, article))
            writer.commit()
            writer.wait_merging_threads()
        except BaseException:
            with contextlib.suppress(Exception):
                writer.rollback()
            raise
        self._index.reload()
        self._searcher = self._index.searcher()

    def close(self) -> None:
        if self._owned is not None:
            with contextlib.suppress(OSError):
                self._owned.cleanup()


class _FoldedDoc:
    """A returned article and its folded text and title (what a
    :class:`~reader.core.search_results.SearchResult` finds hits in),
    folded when first read."""

    __slots__ = ("_folded", "article", "folded_title")

    def __init__(self, article: Article) -> None:
        self.article = article
        self.folded_title = fold_text(article.title)
        self._folded: str | None = None

    @property
    def folded(self) -> str:
        folded = self._folded
        if folded is None:
            folded = self._folded = fold_text(self.article.text)
        return folded

    def text_for(self, terms: Sequence[str]) -> str:
        """The folded text to find ``terms`` in (the whole fold: exact for any term)."""
        return self.folded


class _Result(SearchResult):
    """A result whose counts, like its hits, are found when first read: a
    query matching 20,000 articles costs tantivy's count, not a fold and a
    count of every text. The counts given to the constructor are ignored."""

    @cached_property
    def _counts(self) -> tuple[int, int]:
        doc, terms = self.doc, self.terms
        return sum(_count(doc.folded, t) for t in terms), sum(_count(doc.folded_title, t) for t in terms)

    @property
    def text_count(self) -> int:
        return self._counts[0]

    @text_count.setter
    def text_count(self, _given: int) -> None:
        pass

    @property
    def title_count(self) -> int:
        return self._counts[1]

    @title_count.setter
    def title_count(self, _given: int) -> None:
        pass

    def __repr__(self) -> str:
        # Computes nothing (Textual takes the repr of a worker's arguments).
        return f"SearchResult(id={self.id!r}, score={self.score:.3f})"


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
        self._articles: list[Article | None] = list(articles)
        self._by_id = {a.id: n for n, a in enumerate(self._articles) if a is not None}
        self._exact = exact
        self._index = index
        # Numbers added, and numbers replaced or removed, while the index was built.
        self._pending_add: set[int] = set()
        self._pending_drop: set[int] = set()
        self._folded: OrderedDict[int, _FoldedDoc] = OrderedDict()
        self._builder: threading.Thread | None = None
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
        exact = SearchIndex.restore(articles, store) or SearchIndex.build(articles)
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
        self._builder = threading.Thread(
            target=self._build, args=(docs, key, folders), name="tantivy-index", daemon=True
        )
        self._builder.start()

    def _build(self, articles: list[Article], key: str | None, folders: TantivyFolders | None) -> None:
        try:
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


def _private_copy(index: TantivyIndex) -> TantivyIndex:
    """A copy of a (shared, cached) index in a temporary folder of its own."""
    import tantivy

    owned = tempfile.TemporaryDirectory(prefix="reader-tantivy-")
    assert index.folder is not None
    shutil.copytree(index.folder, owned.name, dirs_exist_ok=True)
    opened = tantivy.Index.open(owned.name)
    TantivyIndex._register(opened)
    return TantivyIndex(opened, Path(owned.name), owned)


class _Stopped(Exception):
    """A build stopped before it was complete."""


def _build_cached(
    articles: list[Article], key: str, folders: TantivyFolders, stop: Callable[[], bool]
) -> TantivyIndex | None:
    """Build the index into the search cache under ``key`` (in a folder of
    its own, moved into place when complete) and open it from there."""
    try:
        with folders.build(key) as folder:
            built = TantivyIndex.create(articles, folder, stop=stop)
            if built is None:
                raise _Stopped
    except _Stopped:
        return None
    final = folders.folder(key)
    if final is None:  # could not be moved into place: built again next time
        return TantivyIndex.create(articles, stop=stop)
    return TantivyIndex.open(final)


def index_fingerprint() -> str:
    """The source of everything that decides what goes into the index: a
    changed tokenisation or schema is a new key, a changed search is not."""
    import hashlib
    import inspect

    digest = hashlib.sha256(SCHEMA_VERSION.encode())
    for part in (
        _tokens,
        _text,
        _bigrams,
        _fields,
        TantivyIndex._schema,
        TantivyIndex._register,
        TantivyIndex._document,
    ):
        digest.update(inspect.getsource(part).encode())
    digest.update(_WHITESPACE.tobytes() + f"{_SPACE_BASE} {_SURROGATE_BASE} {_SLICE}".encode())
    return digest.hexdigest()


def content_key(articles: Sequence[Article]) -> str:
    """What the tantivy index of ``articles`` depends on: each id, title
    and text (in order), the fold table, tantivy's version and this code."""
    import hashlib
    import zlib

    import tantivy

    from reader.core import foldtable
    from reader.core.search_cache import tantivy_fingerprint

    digest = hashlib.blake2b(tantivy_fingerprint().encode(), digest_size=20)
    digest.update(str(getattr(tantivy, "__version__", "")).encode())
    digest.update(foldtable.export()[: 0x10000 * 4])
    for article in articles:
        digest.update(f"{article.id}\0{article.title}\0{len(article.text)}\0".encode("utf-8", "surrogatepass"))
        digest.update(zlib.crc32(article.text.encode("utf-16-le", "surrogatepass")).to_bytes(4, "little"))
    return digest.hexdigest()


__all__ = ["LargeCorpusEngine", "TantivyIndex", "available", "content_key", "index_fingerprint"]
