"""A web page's in-page navigation: a list whose every item is only a link
to an anchor on the same page (<li><a href="#a1">…</a></li>, a table of
contents, 文章目錄). Its items restate the article's headings in other
words, so no line rule can tell them from the headings; the markup does:
an item that only jumps elsewhere on the page says nothing of its own. The
list goes, with the short head right above it (文章目錄, 本文重點). Used by
:func:`reader.core.html_dom._restore_from_dom`, which has the page's DOM.
"""

from __future__ import annotations

from typing import Any

_ITEMS = 2  # (one jump is a skip link: a list of them is navigation)
_HEAD = 12  # (a list's head is a few words)
_SENTENCE_END = ("。", "！", "？", ".", "!", "?")


def anchor_lists(tree: Any) -> list[tuple[str | None, list[str]]]:
    """Each in-page navigation list of ``tree``: its head (or None) and
    its items, each one link to an id the page has."""
    if not tree.xpath("//li/a[starts-with(@href, '#')]"):
        return []  # (most pages: no jump links at all)
    ids = set(tree.xpath("//@id | //a/@name"))
    runs = []
    for listing in tree.xpath("//ul | //ol"):
        items = listing.findall("li")
        if len(items) < _ITEMS or not all(_jumps(item, ids) for item in items):
            continue
        head = listing.getprevious()
        words = " ".join(head.text_content().split()) if head is not None and head.tag not in _NOT_HEADS else ""
        short = 0 < len(words) <= _HEAD and not words.endswith(_SENTENCE_END)
        runs.append((words if short else None, [" ".join(item.text_content().split()) for item in items]))
    return runs


_NOT_HEADS = ("ul", "ol", "table", "img", "figure")


def _jumps(item: Any, ids: set[str]) -> bool:
    """``item`` is one link to an anchor the page holds, and nothing else."""
    links = item.findall("a")
    if len(links) != 1 or not (target := links[0].get("href", "")).startswith("#") or target[1:] not in ids:
        return False
    return " ".join(item.text_content().split()) == " ".join(links[0].text_content().split())


def without_runs(text: str, runs: list[tuple[str | None, list[str]]]) -> str:
    """``text`` with each list's items taken out where they stand in a row,
    and its head with them when it stands right above."""
    if not runs:
        return text
    lines = text.split("\n")
    for head, items in runs:
        first, n = items[0], len(items)
        at = next((k for k, line in enumerate(lines) if line == first and lines[k : k + n] == items), None)
        if at is None:
            continue
        if head is not None and at and lines[at - 1] == head:
            at, n = at - 1, n + 1
        del lines[at : at + n]
    return "\n".join(lines)
