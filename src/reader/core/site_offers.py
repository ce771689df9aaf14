"""The site selling itself amid the article: a sentence that names the site
(or the wire) by its own name, prices or discounts what it sells, and asks the
reader, as 你/您 or opening with what it asks for (订阅狮城晨报数码版，首三个月
每月只需1.99元，…; 想在澳門辦活動？澳訊發佈為你一站式聯絡…，新客戶首篇新聞稿
八折。). A story may name the site and a sale (the council asked for 轉乘優惠),
but asks no reader for it; a site's offer at the page's end is
``closing_notices``' to judge."""

from __future__ import annotations

import re

from reader.core.folding import fold
from reader.core.junk_rules import Reason
from reader.core.line_passes import Line
from reader.core.masthead import PROMO, masthead_names
from reader.core.site_calls import site_word
from reader.core.site_statements import OPENS_WITH_ASK

# (what a sale's sentence holds, one of them at least: a discount's 折, a price's 元 or sign, 惠; asked first)
_SALE_MARKS = frozenset("折元$＄惠價价")
# A price the reader is offered: 只需1.99元, 每月只要$6.90, 首三个月…
_PRICE = re.compile(r"(?:只需|只要|低至|每月)\s*(?:NT|HK|S|RM)?[$＄]?\s*\d|\d(?:\.\d+)?\s*元")
_YOU = re.compile("[你您妳]")
_SITE = 3  # (a site's own word this long at least: shorter ones are any sentence's words)


def mark_site_offers(lines: list[Line], site: str | None) -> None:
    """Each kept sentence that names the site, offers a price or a discount and
    asks the reader (as 你/您, or a sentence opening with what it asks for: 订阅…) goes
    (see the module's note). The site's own notice may offer its members a discount
    (本會會員報讀課程可享九折，報名時請出示會員證。): it asks no reader to buy."""
    sales = [
        line
        for line in lines
        if line.reason is None
        and line.meta is None
        and not line.short
        and not _SALE_MARKS.isdisjoint(line.text)
        and (_YOU.search(line.text) is not None or OPENS_WITH_ASK.search(line.text) is not None)
    ]
    if not sales:
        return  # (most pages: no kept sentence sells and asks)
    own = site_word(site) or site_word(masthead_names(lines)[0])
    if len(own) < _SITE:
        return
    for line in sales:
        text = line.text
        if own in text and (_PRICE.search(text) is not None or PROMO.search(line.folded or fold(text)) is not None):
            line.reason = Reason.PROMOTION


__all__ = ["mark_site_offers"]
