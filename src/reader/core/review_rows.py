"""Buyers' or readers' reviews on a page: rows each led by a reviewer's
name masked by the site (柞***2：每年都买…, 小***鹿：包装很仔细…), under a
short heading of their own (买家评价). A site masks its users' names; an
article names its people, or masks one in a table's cell (王*华), never
two rows in a row under one heading. ``reader.core.cleaning.clean`` runs
it only on a text with three asterisks in a row.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.comment_posts import POSTER
from reader.core.junk_rules import Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import PROSE_ENDS, Line
from reader.core.price_rows import has_price
from reader.core.round_brackets import CLOSERS, last_open

# A masked name and its colon: 柞***2：, 小***鹿:, j***n：
_MASKED: Final = re.compile(r"[^\s*:：]{1,6}\*{3,}[^\s*:：]{0,6}[:：]")
_ROWS: Final = 2
_HEAD: Final = 10


def mark_masked_reviews(lines: list[Line]) -> None:
    """Two rows or more in a row, each led by a masked name, and the short
    heading right above them, are the page's reviews."""
    n, i = len(lines), 0
    while i < n:
        if not _MASKED.match(lines[i].text):
            i += 1
            continue
        j = i + 1
        while j < n and _MASKED.match(lines[j].text):
            j += 1
        # (under the site's count of its posts, the plain-named posts beside them too:
        # 用户评价（128） over 189****6632：… and 小鱼妈妈：…)
        k = i
        while k > 0 and _said(lines[k - 1].text) and lines[k - 1].meta is None:
            k -= 1
        if k and _counted(lines[k - 1].text):
            i = k
            while j < n and (_MASKED.match(lines[j].text) or _said(lines[j].text)):
                j += 1
        if j - i >= _ROWS:
            for line in lines[i:j]:
                if line.meta is None:
                    line.reason = Reason.RELATED
            head = lines[i - 1] if i else None
            if (
                head is not None
                and head.kept
                and len(head.text) <= _HEAD
                and not head.text.endswith(SENTENCE_END)
                and ":" not in head.text
                and "：" not in head.text
            ):
                head.reason = Reason.RELATED
        i = j


def _said(text: str) -> bool:
    """A post by a plain name that ends as a sentence does (小鱼妈妈：…挺划算的。), no row of fields."""
    return text[-1:] in _SAID_ENDS and is_quote(text)


_SAID_ENDS: Final = "。！？!?…～~"


def _counted(text: str) -> bool:
    """A short heading with a count in brackets after it (用户评价（128）)."""
    if len(text) > _HEAD or not text.endswith(CLOSERS):
        return False
    cut = last_open(text)
    return cut > 0 and text[cut + 1 : -1].isdigit()


# What a block of what clients or members say is headed by (客人分享, 義工心聲, 學員感言, 顧客評價), folded.
_STARS: Final = "★☆"
_SAY_HEADS: Final = ("分享", "心声", "感言", "评价", "好评", "见证", "口碑")


def mark_testimonials(lines: list[Line]) -> None:
    """A short heading of what people say (客人分享) over one quote or more,
    each a sentence after its speaker's name and colon (阿詩：…好感動。), with
    only the page's junk or its end under them and the article's prose above,
    is the site's showcase of praise: the article's labelled lines state
    facts (交通：…) under headings that name no saying."""
    n = len(lines)
    # (a short line's last word first, in one sweep: most texts have no such heading)
    # (or a heading in bold, or with a note in brackets: **客户评价**, 用户评价（来自网上商店）)
    heads = [
        k
        for k, line in enumerate(lines)
        if line.short
        and (f := line.folded)
        and (f.endswith(_SAY_HEADS) or (f[-1:] in _HEAD_ENDS and _noted_head(f)) or _over_signed(lines, k))
    ]
    for i in heads:
        head = lines[i]
        limit = _NOTED_HEAD if head.text[-1:] in _HEAD_ENDS else _HEAD
        if not head.kept or len(head.text) > limit or not any(_prose(x) for x in lines[:i]):
            continue
        j = i + 1
        while j < n and lines[j].kept and is_quote(lines[j].text):
            j += 1
        # (the showcase may end on the shop's banner: ★ 年终优惠：… ★)
        banner = j < n and _banner(lines[j].text)
        if j > i + 1 and (j == n or lines[j].bad or banner):
            for line in lines[i:j]:
                line.reason = Reason.RELATED
            if banner:
                lines[j].reason = Reason.PROMOTION


_HEAD_ENDS: Final = "*)）"


def _over_signed(lines: list[Line], k: int) -> bool:
    """Two quotes right under the short line ``k``, each signed after a dash
    (“…”——陈女士，会馆秘书), on a page that sells (a price above): clients'
    praise, whatever its heading's words. Without a price they are the
    article's own (a list of graduates' parting words, 毕业生寄语)."""
    # (a quote's opening mark, or a Markdown quote's, first: most short lines have no quote under them)
    return (
        k + 2 < len(lines)
        and lines[k + 1].text.lstrip()[:1] in _QUOTE_FIRST
        and _attributed(lines[k + 1].text)
        and sold_quote(lines, k + 2)
    )


def sold_quote(lines: list[Line], i: int) -> bool:
    """Line ``i`` is a quote signed after a dash on a page that sells (a
    price above it): a client's praise."""
    return _attributed(lines[i].text) and any(x.kept and has_price(x.text) for x in lines[:i])


def _noted_head(folded: str) -> bool:
    """A heading of what people say in bold, or with a note in brackets
    after it (string tests, no pattern to compile: most lines have none)."""
    head = folded.strip("*# ")
    if head.endswith(CLOSERS) and (cut := last_open(head)) > 0:
        head = head[:cut]
    return head.endswith(_SAY_HEADS)


_NOTED_HEAD: Final = 20  # (a heading with its note is no longer)


def _attributed(text: str) -> bool:
    """A quote in quotation marks, then a dash and whom it is from (> “…”——陈太太),
    perhaps as a Markdown quote (string tests: no pattern to compile at import)."""
    text = text.removeprefix(">").lstrip()
    if text[:1] not in _OPENS:
        return False
    end = max(text.rfind("”"), text.rfind("」"))
    who = text[end + 1 :].strip().lstrip("—-").strip()
    return end >= _QUOTED and text[end + 1 :].lstrip()[:1] in "—-" and 0 < len(who) <= _WHO


_OPENS: Final = "“「"
_QUOTE_FIRST: Final = frozenset((*_OPENS, ">"))  # (what an attributed quote's line opens with, past its spaces)
_QUOTED: Final = 7  # (the quote's words, 6 or more, and its opening mark)
_WHO: Final = 16
_BANNER: Final = 40  # (a banner is no longer)


def _banner(text: str) -> bool:
    """A line set between stars (★ 限时优惠 ★): a shop's banner."""
    return len(text) <= _BANNER and text[:1] in _STARS and text[-1:] in _STARS


def under_say_head(lines: list[Line], i: int) -> bool:
    """The quote at ``i`` is one of a run right under a heading of what people say."""
    while i > 0 and is_quote(lines[i - 1].text):
        i -= 1
    f = lines[i - 1].folded if i else None
    return f is not None and (f.endswith(_SAY_HEADS) or _noted_head(f))


def is_quote(text: str) -> bool:
    """A sentence after its speaker's name and colon, perhaps after the
    speaker's rating in stars (★★★★☆　阿明：…)."""
    if text[:1] in _STARS:
        text = text.lstrip(_STARS).lstrip()
    return (POSTER.match(text) is not None and text.endswith(SENTENCE_END)) or _attributed(text)


def rated_quote(text: str) -> bool:
    """A customer's quote after their rating in stars (★★★★☆　阿明：…): the page's, never the article's."""
    return text[:1] in _STARS and is_quote(text)


def _prose(line: Line) -> bool:
    return line.kept and not line.short and line.text.endswith(PROSE_ENDS)


__all__ = ["is_quote", "mark_masked_reviews", "mark_testimonials", "rated_quote", "sold_quote", "under_say_head"]
