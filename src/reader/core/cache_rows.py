"""Articles built from their rows in the article cache: one by its key, or
many keys' rows in a few queries (:class:`CacheRows`, a part of
:class:`~reader.core.article_cache.ArticleCache`)."""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.cache_schema import extra_fields
from reader.core.cache_texts import QUERY_KEYS
from reader.core.model import Article, Paragraphs
from reader.core.script import Script

# An article row's columns, as ArticleCache.built takes them.
_ROW = "digest, context, title, body, starts, script, source, author, date, extra, chars, crc"
# The same without the body and starts (ArticleCache.lazy_texts).
_STUB_ROW = "digest, context, title, NULL, NULL, script, source, author, date, extra, chars, crc"


class CacheRows:
    """The row reading methods of :class:`~reader.core.article_cache.ArticleCache`."""

    if TYPE_CHECKING:  # (given by ArticleCache)
        _fingerprint: str
        _extras: dict[str, dict[str, Any]]
        lazy_texts: bool
        hits: int
        misses: int

        def _query(self, sql: str, args: tuple[object, ...] = ()) -> list[tuple[Any, ...]] | None: ...
        def _later(self, digest: str, context: str, sums: tuple[int, int]) -> Paragraphs: ...
        def _fail(self, reason: str, damaged: bool = False) -> None: ...

    def article(self, digest: str, context: str, article_id: str, path: Path) -> Article | None:
        """The article cached for these bytes and cleaning input, or None."""
        rows = self._query(
            f"SELECT {self._row} FROM articles WHERE digest = ? AND fingerprint = ? AND context = ?",
            (digest, self._fingerprint, context),
        )
        return self.built(rows[0] if rows else None, article_id, path)

    def rows(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], tuple[Any, ...]]:
        """The stored rows of many (digest, context) keys, in a query per
        QUERY_KEYS digests rather than one per article; build each with
        :meth:`built`. Keys with no row are absent."""
        wanted = set(keys)
        digests = sorted({digest for digest, _ in wanted})
        found: dict[tuple[str, str], tuple[Any, ...]] = {}
        for at in range(0, len(digests), QUERY_KEYS):
            chunk = digests[at : at + QUERY_KEYS]
            rows = self._query(
                f"SELECT {self._row} FROM articles WHERE fingerprint = ? AND digest IN ({', '.join('?' * len(chunk))})",
                (self._fingerprint, *chunk),
            )
            if rows is None:
                break  # locked or broken: the rest load without the cache
            for row in rows:
                key = (row[0], row[1])
                if key in wanted:
                    found[key] = row
        return found

    def built(self, row: tuple[Any, ...] | None, article_id: str, path: Path) -> Article | None:
        """The article of a row from :meth:`rows` (None: counted as a miss)."""
        if row is None:
            self.misses += 1
            return None
        digest, context, title, body, blob, script, source, author, date, extra, chars, crc = row
        try:
            if not isinstance(chars, int) or not isinstance(crc, int):
                raise TypeError("no length and CRC")
            paragraphs: Paragraphs
            if self.lazy_texts:
                paragraphs = self._later(digest, context, (chars, crc))
            else:
                starts = array("q")
                starts.frombytes(blob)
                paragraphs = Paragraphs(body, starts)
                paragraphs.sums = (chars, crc)
            article = Article(
                id=article_id,
                path=path,
                title=title,
                paragraphs=paragraphs,
                script=Script(script),
                source=source,
                author=author,
                date=date,
                digest=digest,
                **self._extra(extra),
            )
        except (ValueError, TypeError, AttributeError) as exc:
            self._fail(f"holds a bad entry ({exc})", damaged=True)
            return None
        self.hits += 1
        return article

    @property
    def _row(self) -> str:
        return _STUB_ROW if self.lazy_texts else _ROW

    def _extra(self, extra: str) -> dict[str, Any]:
        known = self._extras.get(extra)
        if known is None:
            known = extra_fields(extra)
            try:
                hash(tuple(known.values()))  # only immutable values are shared
            except TypeError:
                return known
            self._extras[extra] = known
        return known


__all__ = ["CacheRows"]
