"""The search peers: ripgrep's full scan and tantivy with an n-gram set-up.

Both are optional. ``available()`` says which are missing and why, so the
suite can skip them with a clear message; the reader's own figures never
depend on them.

ripgrep (``rg -F -i``) scans the raw files on every query: the floor for a
tool without an index. A multi-term AND is a chain of ``rg -l`` runs, each on
the files the previous one listed. It does not fold the script (黄仁勋 never
finds 黃仁勳) and sees the boilerplate the reader's cleaner drops, so its
counts differ from the reader's.

tantivy indexes the reader's folded text (reader.core.folding.fold), so it is
script-blind like the reader, with tantivy's n-gram tokenizer (1- and
2-grams, lowercased). Its n-grams carry no positions, so a term is the AND of
its bigrams (its unigram if it has one character), the usual CJK n-gram
set-up; it may count a document where the bigrams occur apart. (The
reader's own engine for large corpora, reader.core.tantivy_search, indexes
its bigrams with positions, so its matches are exact; this peer stays the
plain set-up, the floor of an n-gram index.)
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from reader.core.folding import fold

RG_BINARY = "rg"
TANTIVY_HEAP = 200_000_000


def available() -> dict[str, str | None]:
    """Peer name -> None when usable, else the reason it is skipped."""
    return {
        "ripgrep": None if shutil.which(RG_BINARY) else "ripgrep not installed (apt-get install -y ripgrep)",
        "tantivy": None
        if importlib.util.find_spec("tantivy")
        else "tantivy not installed (pip install tantivy, or the bench extra)",
    }


class Ripgrep:
    """Counts the files that contain every term, by scanning them."""

    def __init__(self, root: Path) -> None:
        self.root = root
        binary = shutil.which(RG_BINARY)
        if binary is None:
            raise RuntimeError(available()["ripgrep"])
        self.binary: str = binary

    def _files(self, term: str, files: list[str] | None) -> list[str]:
        args = [self.binary, "--no-config", "-F", "-i", "-l", "--glob", "*.txt", "-e", term]
        args += files if files is not None else [str(self.root)]
        done = subprocess.run(args, capture_output=True, text=True)
        if done.returncode not in (0, 1):
            raise RuntimeError(f"rg failed: {done.stderr.strip()}")
        return done.stdout.splitlines()

    def count(self, terms: list[str]) -> int:
        if len(terms) == 1:
            # The floor: one scan, counting matching lines per file.
            args = [self.binary, "--no-config", "-F", "-i", "-c", "--glob", "*.txt", "-e", terms[0], str(self.root)]
            done = subprocess.run(args, capture_output=True, text=True)
            if done.returncode not in (0, 1):
                raise RuntimeError(f"rg failed: {done.stderr.strip()}")
            return len(done.stdout.splitlines())
        files: list[str] | None = None
        for term in terms:
            files = self._files(term, files)
            if not files:
                return 0
        return len(files or [])


class Tantivy:
    """An in-memory tantivy index over the folded article texts."""

    TOKENIZER = "cjk_ngram"

    def __init__(self, texts: Iterable[str]) -> None:
        import tantivy

        self._tantivy = tantivy
        builder = tantivy.SchemaBuilder()
        builder.add_text_field("body", tokenizer_name=self.TOKENIZER, index_option="freq")
        self.schema = builder.build()
        self.index = tantivy.Index(self.schema)
        analyzer = (
            tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.ngram(1, 2, False)).filter(tantivy.Filter.lowercase()).build()
        )
        self.index.register_tokenizer(self.TOKENIZER, analyzer)
        writer = self.index.writer(TANTIVY_HEAP, 1)
        for text in texts:
            writer.add_document(tantivy.Document(body=fold(text)))
        writer.commit()
        writer.wait_merging_threads()
        self.index.reload()
        self.searcher = self.index.searcher()

    def query(self, terms: list[str]):
        tantivy = self._tantivy
        grams: list[str] = []
        for term in terms:
            folded = fold(term)
            grams += [folded] if len(folded) == 1 else [folded[i : i + 2] for i in range(len(folded) - 1)]
        return tantivy.Query.boolean_query(
            [(tantivy.Occur.Must, tantivy.Query.term_query(self.schema, "body", g)) for g in dict.fromkeys(grams)]
        )

    def search(self, terms: list[str], limit: int):
        """The top ``limit`` documents by BM25, and how many matched."""
        # Any: tantivy's stub leaves out SearchResult.count, which it has at
        # run time (and without tantivy installed there is no stub at all).
        result: Any = self.searcher.search(self.query(terms), limit)
        return result.hits, result.count
