"""A tantivy index of folded character n-grams: the index's schema, and
building, opening and querying it on disk. The engine that answers searches
with it is :mod:`reader.core.tantivy_search`.

* Every text is folded first (:func:`reader.core.foldtable.fold_text`, the
  fold the exact engine uses), then indexed twice: its character bigrams,
  one token per position (``bi``, with positions), and its characters
  (``uni``, with frequencies). Titles get the same two fields.
* A term of one character is a term query on ``uni``; of two, a term query
  on ``bi``; longer, a phrase query of its bigrams. Bigrams at consecutive
  positions are exactly the term's occurrences, so the matching set and
  tantivy's term frequencies are the exact engine's (occurrences counted
  overlapping, as it does).

How a text becomes tokens is :mod:`reader.core.tantivy_tokens`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from reader.core import tantivy_tokens
from reader.core.foldtable import codes_of, fold_text
from reader.core.model import Article
from reader.core.tantivy_tokens import bigrams, fields, token_text, tokens

SCHEMA_VERSION = "reader-tantivy/1"
TITLE_BOOST = 2.0
# Writer memory (split between its threads) and threads: a second core is
# usually busy with the people finder or the UI.
WRITER_HEAP = 96_000_000
WRITER_THREADS = 1
# Tantivy's threads (indexing, merging) run this much nicer than the app: else the UI
# waited up to ~0.1 s for a core while 20,000 articles were indexed. Only they: the
# thread that hands them the documents holds the GIL while it folds each text, and at a
# low priority it was preempted holding it, the UI waiting 20-30 ms for the GIL.
WRITER_NICE = 10
# Characters handed to the writer between two commits (see TantivyIndex.create):
# the queued documents' tokens are held until the commit (8 M characters
# held ~190 MB at the peak of a 5,000-article build, 3 M ~110 MB, in no
# more time).
QUEUED_CHARS = 3_000_000


def available() -> bool:
    """Whether tantivy can be imported."""
    try:
        import tantivy  # noqa: F401
    except ImportError:
        return False
    return True


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
        owned = None
        if folder is None:
            owned = _temporary_folder()
            folder = Path(owned.name)
        if not cls.write(articles, folder, stop, threads):
            if owned is not None:
                owned.cleanup()
            return None
        opened = cls.open(folder)
        opened._owned = owned
        return opened

    @classmethod
    def write(
        cls,
        articles: Sequence[Article],
        folder: Path,
        stop: Callable[[], bool] = lambda: False,
        threads: int = WRITER_THREADS,
    ) -> bool:
        """Write the index of ``articles`` (numbered in order) to ``folder``,
        and open nothing for searching: whether it is complete (False if
        ``stop`` said so before). Its reader is reloaded by hand only (never
        here): one reloaded on every commit kept the segments of the build
        so far open and mapped, merged ones too, while it went on."""
        import tantivy

        from reader.core.mapped_pages import paging_out

        index = tantivy.Index(cls._schema(), path=str(folder), reuse=False)
        index.config_reader("Manual")
        cls._register(index)
        writer = _writer(index, WRITER_HEAP, threads)
        # The segments its merges read through maps are given back as it goes
        # (see reader.core.mapped_pages).
        with paging_out(folder):
            return cls._written(writer, articles, stop)

    @classmethod
    def _written(cls, writer: Any, articles: Sequence[Article], stop: Callable[[], bool]) -> bool:
        try:
            queued = 0
            for n, article in enumerate(articles):
                if stop():
                    writer.rollback()
                    return False
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
        return True

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

        document = tantivy.Document(n=n)
        for prefix, text in (("", article.text), ("t", article.title)):
            grams, chars = fields(text)
            for value in grams:
                document.add_text(prefix + "bi", value)
            for value in chars:
                document.add_text(prefix + "uni", value)
        return document

    def _clause(self, term: str, prefix: str) -> Any:
        query = self._tantivy.Query
        codes = tokens(codes_of(term))
        if codes.size == 1:
            return query.term_query(self.schema, prefix + "uni", token_text(codes), index_option="freq")
        grams = bigrams(codes).split(" ")[:-1]
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
        writer = _writer(self._index, WRITER_HEAP // 4, 1)
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


def _writer(index: Any, heap: int, threads: int) -> Any:
    """``index``'s writer, its threads at WRITER_NICE: started from a thread
    of its own at that value (on Linux, a thread's own, which the threads it
    starts inherit; an unprivileged thread could never take it back)."""
    made: list[Any] = []
    failed: list[BaseException] = []

    def start() -> None:
        try:
            if sys.platform.startswith("linux"):
                with contextlib.suppress(OSError):
                    os.nice(WRITER_NICE)
            made.append(index.writer(heap, threads))
        except BaseException as exc:  # (raised in the caller's thread)
            failed.append(exc)

    starter = threading.Thread(target=start, name="tantivy-writer", daemon=True)
    starter.start()
    starter.join()
    if failed:
        raise failed[0]
    return made[0]


def _temporary_folder() -> tempfile.TemporaryDirectory[str]:
    """A folder the index owns. Removing it never raises: tantivy's merge
    threads may still be writing a segment when it is collected (a warning
    at exit, seen in the tests, for a folder the system cleans anyway)."""
    return tempfile.TemporaryDirectory(prefix="reader-tantivy-", ignore_cleanup_errors=True)


def _private_copy(index: TantivyIndex) -> TantivyIndex:
    """A copy of a (shared, cached) index in a temporary folder of its own."""
    import tantivy

    owned = _temporary_folder()
    assert index.folder is not None
    shutil.copytree(index.folder, owned.name, dirs_exist_ok=True)
    opened = tantivy.Index.open(owned.name)
    TantivyIndex._register(opened)
    return TantivyIndex(opened, Path(owned.name), owned)


def index_fingerprint() -> str:
    """The source of everything that decides what goes into the index: a
    changed tokenisation or schema is a new key, a changed search is not."""
    import hashlib
    import inspect

    digest = hashlib.sha256(SCHEMA_VERSION.encode())
    for part in (
        tantivy_tokens,
        TantivyIndex._schema,
        TantivyIndex._register,
        TantivyIndex._document,
    ):
        digest.update(inspect.getsource(part).encode())
    return digest.hexdigest()


def content_key(articles: Sequence[Article]) -> str:
    """What the tantivy index of ``articles`` depends on: each id, title
    and text (in order), the fold table, tantivy's version and this code."""
    import hashlib

    import tantivy

    from reader.core import foldtable
    from reader.core.search_cache import tantivy_fingerprint

    digest = hashlib.blake2b(tantivy_fingerprint().encode(), digest_size=20)
    digest.update(str(getattr(tantivy, "__version__", "")).encode())
    digest.update(foldtable.export()[: 0x10000 * 4])
    from reader.core.search_engine import article_keys

    parts = []
    # Length and CRC as the article cache stores them: a text left there
    # (Paragraphs.later) is keyed without being read, a listed article
    # without being built.
    for article_id, title, length, crc in article_keys(articles):
        parts.append(f"{article_id}\0{title}\0{length}\0".encode("utf-8", "surrogatepass"))
        parts.append(crc.to_bytes(4, "little"))
    digest.update(b"".join(parts))  # (the same bytes as an update per part, in one call)
    return digest.hexdigest()


__all__ = ["TantivyIndex", "available", "content_key", "index_fingerprint"]
