"""A warm start's listing checked against the files as read: what the
loader hands over as one :class:`~reader.session.load_events.Revised`
event, and the restored index patched to match (as the watcher updates it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.session.load_events import Revised

if TYPE_CHECKING:
    from reader.core.model import Article, Skipped
    from reader.core.search_engine import SearchEngine


def revised_listing(
    listed: list[Article | Skipped], read: list[Article | Skipped]
) -> tuple[list[Article], Revised | None]:
    """The articles as read, each one listed the same taken as listed (its
    text filled in from the one read), and what differs from the listing
    (None if nothing)."""
    from reader.core.model import Article, Paragraphs

    before = {item.id: item for item in listed if isinstance(item, Article)}
    articles: list[Article] = []
    changed: list[Article] = []
    for item in read:
        if not isinstance(item, Article):
            continue
        old = before.pop(item.id, None)
        if old is item:  # its file is still cached under the listed key
            articles.append(old)
            continue
        held = old.paragraphs if old is not None else None
        if (
            old is not None
            and isinstance(held, Paragraphs)
            and _same_fields(old, item)
            and (not held.held or held == item.paragraphs)
        ):
            held.fill(item.paragraphs)  # type: ignore[arg-type]  # (an Article's are Paragraphs)
            articles.append(old)
        else:
            changed.append(item)
            articles.append(item)
    skipped = tuple(item for item in read if not isinstance(item, Article))
    if not changed and not before and skipped == tuple(item for item in listed if not isinstance(item, Article)):
        return articles, None
    return articles, Revised(tuple(changed), tuple(before), skipped)


def _same_fields(old: Article, new: Article) -> bool:
    """Whether two articles agree on everything but their text."""
    # (their fields' dicts compared at once: a call per field cost 0.1 s at
    # 2,000 articles)
    return {**vars(old), "paragraphs": None} == {**vars(new), "paragraphs": None}


def patch_index(index: SearchEngine, revised: Revised) -> None:
    """The index of the listed articles made that of the files as read (as
    the watcher updates it)."""
    from reader.core.search_engine import forget

    for article in revised.articles:
        index.add(article)
    for gone in revised.removed:
        forget(index, gone)


__all__ = ["patch_index", "revised_listing"]
