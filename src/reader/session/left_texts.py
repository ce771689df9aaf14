"""A load's texts, left to the article cache once it holds them.

A warm start reads no text until one is asked for (the open article's, a
result's snippets). A load that cleaned the files held every text for the
session: the first launch after an upgrade (every cached article written by
older cleaning code) peaked at 830 MB at 20,000 articles, over the 800 MB
budget, as everyone's people were read in on top of the texts (~260 MB).
Once the cache holds them, the texts nothing will read in bulk are dropped,
to be read from it when asked for, as a warm start's are: those of the
articles whose people are cached, while the search index keeps no texts of
its own (tantivy's, ready). Otherwise (a cold load's people still to be
found, an index still being built) they would all be read back.

Freed, their memory stays in malloc's heap, which the people read in next
do not reuse (Python's small objects have arenas of their own), so the heap
is trimmed after every TRIM_BATCH texts: a few ms each with the allocator
locked (one trim after 20,000 took ~34 ms, a UI stall's worth).
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader.libc import libc_function

if TYPE_CHECKING:
    from reader.core.article_cache import ArticleCache
    from reader.core.model import Article
    from reader.core.people.model import ArticlePerson

TRIM_BATCH = 1000


def leave_texts(
    cache: ArticleCache | None, index: object, articles: Sequence[Article], keep: Article | None, roots: list[Path]
) -> tuple[list[list[ArticlePerson] | None] | None, list[str]]:
    """The cached people of each of ``articles`` (None: not looked up here)
    and what their lookup warned, the texts of those whose people are known
    left to ``cache`` (all but ``keep``'s, the article on screen): each is
    read from the cache when next asked for, or from its file (among
    ``roots``) if the cache no longer has it."""
    if cache is None or cache.broken or getattr(index, "ready", False) is not True:
        return None, []
    from reader.core.people import cached_people_many
    from reader.session.library import set_reloads

    warnings: list[str] = []

    def warn(message: str) -> None:
        if message not in warnings:  # (each batch's lookup says it once)
            warnings.append(message)

    known: list[list[ArticlePerson] | None] = []
    trim = _trimmer()
    # (the people read a batch at a time, as the texts go: not all of them
    # on top of all the texts)
    for at in range(0, len(articles), TRIM_BATCH):
        batch = articles[at : at + TRIM_BATCH]
        people = cached_people_many(batch, warn)
        known += people
        done = [a for a, found in zip(batch, people, strict=True) if found is not None and a is not keep]
        set_reloads(done, roots, held=True)  # (before the texts go: a text gone from the cache has its file)
        if cache.leave_texts(done):
            trim()
    return known, warnings


def _trimmer() -> Callable[[], object]:
    """glibc's ``malloc_trim(0)`` (called without the GIL), or nothing on
    another C library."""
    trim = libc_function("malloc_trim", (ctypes.c_size_t,), ctypes.c_int)
    return (lambda: None) if trim is None else (lambda: trim(0))


__all__ = ["TRIM_BATCH", "leave_texts"]
