"""A note about the author after the article's end, and what the page sets
under it.

Near the page's end, after the body, a card about the writer looks the same
on every site: a short heading over a paragraph that opens with the
byline's name (作者简介 / 温小禾，1991年生于浙江湖州，…), or the name alone as
the card's heading over the paragraph (譚卓軒 / 電器佬編輯，專寫…). Its
position says it is the page's: after the body's last paragraph and a junk
line, or with junk or the page's end under it. A card the body ended
before is the page's last box of the writer's; the few lines left under it
to the page's end are the site's (a subscribe box), not the article.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.end_boxes import HEADING_BREAKS, LIST_HEADING
from reader.core.junk_rules import Reason
from reader.core.line_passes import HEAD_LINES, Line, is_prose_start

_NAME_BREAK: Final = re.compile(r"[，,（(\s]")
_NAME: Final = (2, 4)  # (a writer's name this long)
_UNDER_CARD: Final = 4  # (lines under a name card to the page's end: one box of the site's)


def mark_author_boxes(lines: list[Line], author: str | None = None) -> None:
    """After the body, near the page's end, a note about the author (the
    byline's names, or the page markup's ``author``), not the article: a
    short heading over a paragraph that opens with the name, with junk or
    the page's end under it; or the name alone over a paragraph, under a
    junk line after the body, with the few lines left under it."""
    n = len(lines)
    # (the byline's names first: most pages name none, and then no line is asked)
    authors = {m.author for x in lines if (m := x.meta) is not None and m.author and _named(m.author)}
    if author and _named(author):
        authors.add(author)
    if not authors:
        return
    for i in range(max(n - HEAD_LINES, 1), n - 1):
        head, bio = lines[i], lines[i + 1]
        # (the name alone, kept or gone as a short line between junk, over the card's paragraph)
        if head.text in authors and bio.kept and not bio.short and _card_after_body(lines, i):
            head.reason = bio.reason = Reason.DISCLAIMER
            return
        # (short first: a plain field, and most lines are not)
        if not (head.short and head.kept and not bio.short and bio.kept):
            continue
        if not (i + 2 == n or lines[i + 2].bad):
            continue
        if len(head.text) > LIST_HEADING or HEADING_BREAKS.search(head.text):
            continue
        if not bio.text[:4].startswith(tuple(authors)):
            continue
        if _NAME_BREAK.match(bio.text, _name_end(bio.text, authors)) and any(
            x.kept and is_prose_start(x) for x in lines[:i]
        ):
            head.reason = bio.reason = Reason.DISCLAIMER


def _card_after_body(lines: list[Line], i: int) -> bool:
    """The name card at ``i`` sits under a junk line after the body's
    prose, with a few lines at most under it: those go as the site's box."""
    rest = lines[i + 2 :]
    if not lines[i - 1].bad or len(rest) > _UNDER_CARD or not any(x.kept and is_prose_start(x) for x in lines[: i - 1]):
        return False
    for line in rest:
        if line.kept:
            line.reason = Reason.PROMOTION
    return True


def _named(name: str) -> bool:
    return _NAME[0] <= len(name) <= _NAME[1]


def _name_end(text: str, authors: set[str]) -> int:
    return max(len(a) for a in authors if text.startswith(a))


__all__ = ["mark_author_boxes"]
