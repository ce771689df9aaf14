"""The articles a helper process (:mod:`reader.core.cold_pool`) cleaned,
read back into the loader (:class:`HelperRows`, a part of
:class:`~reader.core.cached_folder.CachedFolder`).

The helper cleans from the back of the folder and says its files done a
batch at a time; the loader meets the first of them after the last file it
cleans itself. The rows of the files said done by then are read (and their
articles built) while the loader still cleans, a batch every
READ_BACK_SECONDS, rather than all once the two meet: what is left after
meeting is the last batches' rows.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.corpus import article_id

if TYPE_CHECKING:
    from reader.core.article_cache import ArticleCache
    from reader.core.cold_pool import Helper
    from reader.core.model import Article

# How often the loader reads back the rows of the files the helper said done
# since it last did, while it cleans its own.
READ_BACK_SECONDS = 0.1


class HelperRows:
    """The helper-row methods of :class:`~reader.core.cached_folder.CachedFolder`."""

    if TYPE_CHECKING:  # (given by CachedFolder)
        cache: ArticleCache
        root: Path
        digests: dict[Path, str | None]
        _helper: Helper | None

    def _start_helper_rows(self) -> None:
        # Each file the helper said done: its row (None: none) and the context noted.
        self._from_helper_rows: dict[Path, tuple[tuple[object, ...] | None, str]] = {}
        # Built ahead (_read_back): the article, and the digest and context of its row.
        self._helper_built: dict[Path, tuple[Article, str, str]] = {}
        self._notes_read: set[str] = set()
        self._met_helper = False
        self._read_back_due = time.monotonic() + READ_BACK_SECONDS

    def _from_helper(self, path: Path, digest: str, context: str | None = None) -> Article | None:
        """The article the helper process cleaned for ``path``, read back from
        the cache once it is written (``context``: its key, else the one the
        helper noted); None if it never was (the helper died, or its write
        was skipped): then it is cleaned here."""
        assert self._helper is not None
        if not self._met_helper or path not in self._from_helper_rows:
            # (the first file met is the last the helper took: its notes end with it)
            self._met_helper = True
            self._helper.wait(path)
            self._fetch(build=False)
        row, noted = self._from_helper_rows.pop(path, (None, ""))
        early = self._helper_built.pop(path, None)
        self._helper.settle()
        context = context or noted
        if not context:
            return None
        if early is not None and early[1:] == (digest, context):
            self.cache.contexts[str(path)] = context
            return early[0]
        misses = self.cache.misses
        if row is not None and (row[0], row[1]) == (digest, context):
            article = self.cache.built(row, article_id(path, self.root), path)
        else:
            article = self.cache.article(digest, context, article_id(path, self.root), path)
        # (a file is counted once, as the miss it was for this process)
        self.cache.misses = misses
        if article is not None:
            self.cache.hits -= 1
            self.cache.contexts[str(path)] = context
        return article

    def _read_back(self) -> None:
        """While this process cleans its own files: the rows of those the
        helper said done since the last time, read and built (at most every
        READ_BACK_SECONDS)."""
        if self._helper is None or self._met_helper or time.monotonic() < self._read_back_due:
            return
        self._fetch(build=True)
        self._read_back_due = time.monotonic() + READ_BACK_SECONDS

    def _fetch(self, build: bool) -> None:
        """The rows of the files the helper said done that were not read yet,
        in one query (``build``: their articles built too)."""
        assert self._helper is not None
        keys: dict[Path, tuple[str, str]] = {}
        for path, noted in self._helper.notes(self._notes_read).items():
            digest = self.digests.get(path)
            if digest is not None and noted:
                keys[path] = (digest, noted)
            else:
                self._from_helper_rows[path] = (None, "")  # (done, nothing cached: cleaned here)
        rows = self.cache.rows(keys.values())
        for path, key in keys.items():
            row = rows.get(key)
            self._from_helper_rows[path] = (row, key[1])
            if build and row is not None and (row[0], row[1]) == key:
                article = self.cache.built(row, article_id(path, self.root), path)
                if article is not None:
                    self.cache.hits -= 1  # (counted as the miss it was, when it is taken)
                    self._helper_built[path] = (article, *key)


__all__ = ["READ_BACK_SECONDS", "HelperRows"]
