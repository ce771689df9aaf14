"""The reader's entry points as the bench calls them, also on older code
(no engine factory, no article cache), so one bench measures before and
after a change in the same run (``PYTHONPATH=OLD/src python -m bench``)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


def build_engine(articles: Iterable):
    try:
        from reader.core.search_engine import build_engine as build
    except ImportError:
        from reader.core.search import SearchIndex

        return SearchIndex.build(articles)
    return build(articles)


def load_cached(paths: list[Path]):
    """The corpus as the CLI and the app load it: through the article cache
    where there is one."""
    from reader.core.corpus import load_corpus

    try:
        return load_corpus(paths, cache=True)
    except TypeError:  # no article cache in this version
        return load_corpus(paths)
