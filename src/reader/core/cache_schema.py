"""The article cache's file: its layout (tables and schema version), how it
is opened (pragmas, new tables, a foreign file told apart) and discarded,
and how an Article's fields map to a row. The reads and writes are in
:mod:`reader.core.article_cache`."""

from __future__ import annotations

import dataclasses
import functools
import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

from reader.core import sqlite_files
from reader.core.model import Article
from reader.core.sqlite_files import BUSY_MS, Foreign, discard

# The stored layout; bump when it changes. Byte order is part of it, as the
# paragraph starts are stored as native 8-byte integers.
SCHEMA = f"reader-article-cache/6/{sys.byteorder}"
FILE_NAME = "articles.sqlite3"
PAGE_SIZE = 16384

_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, ino INTEGER, digest TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS files_digest ON files (digest);
CREATE TABLE IF NOT EXISTS articles (
    digest TEXT NOT NULL, fingerprint TEXT NOT NULL, context TEXT NOT NULL,
    title TEXT NOT NULL, body TEXT NOT NULL, starts BLOB NOT NULL, script TEXT NOT NULL,
    source TEXT, author TEXT, date TEXT, extra TEXT NOT NULL,
    chars INTEGER NOT NULL, crc INTEGER NOT NULL);
-- chars, crc: the body's length and the CRC-32 of its UTF-16-LE bytes (what
-- the search indexes are keyed by), known without reading the body.
-- Rows are articles, kilobytes each: a rowid table with the key in an index
-- of its own (a WITHOUT ROWID table would carry the bodies in its key b-tree).
CREATE UNIQUE INDEX IF NOT EXISTS articles_key ON articles (digest, fingerprint, context);
CREATE TABLE IF NOT EXISTS tables (fingerprint TEXT PRIMARY KEY, data BLOB NOT NULL);
-- Per file content: 64-bit hashes of its template-candidate lines (counted
-- for the folder's template) and of the lines cleaning looks up (probed),
-- sorted native 8-byte integers. plain: read as text (1) or as a web page (0).
CREATE TABLE IF NOT EXISTS lines (
    digest TEXT NOT NULL, fingerprint TEXT NOT NULL, plain INTEGER NOT NULL,
    counted BLOB NOT NULL, probed BLOB NOT NULL, PRIMARY KEY (digest, fingerprint, plain));
-- What the last load of some paths listed (by a digest of the paths): each
-- article's id, file, cache key and fields but its text, and each skipped
-- file, as marshal data; a warm start lists the titles from it before reading any
-- text, then checks the files.
CREATE TABLE IF NOT EXISTS listings (key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, data BLOB NOT NULL);
"""


def connect(path: Path) -> sqlite3.Connection:
    """The article cache's file, opened (see :func:`sqlite_files.connect`)."""
    return sqlite_files.connect(path, _TABLES, SCHEMA, PAGE_SIZE)


# Article fields with columns of their own (or given by the caller); every
# other field travels in the row's JSON ``extra``, so a field added to
# Article is cached without a schema change here.
COLUMNS = frozenset({"id", "path", "title", "paragraphs", "script", "source", "author", "date", "digest"})


# (the names, once: dataclasses.fields per stored article was a tenth of storing it)
_EXTRA_NAMES = tuple(f.name for f in dataclasses.fields(Article) if f.name not in COLUMNS)


def extra_json(article: Article) -> str:
    extra = {name: getattr(article, name) for name in _EXTRA_NAMES}
    return json.dumps(extra, ensure_ascii=False)


def tuples_of(value: object) -> object:
    """JSON lists back to the tuples Article holds."""
    return tuple(tuples_of(v) for v in value) if isinstance(value, list) else value


@functools.cache
def _article_fields() -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(Article))


def extra_fields(extra: str) -> dict[str, Any]:
    known = _article_fields()  # (once: a warm start decodes ~1,500 extras at 2,000 articles)
    loaded = json.loads(extra)
    if not isinstance(loaded, dict):
        raise ValueError("extra is not an object")
    return {k: tuples_of(v) for k, v in loaded.items() if k in known}


__all__ = [
    "BUSY_MS",
    "COLUMNS",
    "FILE_NAME",
    "PAGE_SIZE",
    "SCHEMA",
    "Foreign",
    "connect",
    "discard",
    "extra_fields",
    "extra_json",
]
