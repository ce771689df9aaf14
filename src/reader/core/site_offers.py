"""The site selling itself amid the article: a sentence that names the site
(or the wire) by its own name, prices or discounts what it sells, and asks the
reader, as 你/您 or opening with what it asks for (订阅狮城晨报数码版，首三个月
每月只需1.99元，…; 想在澳門辦活動？澳訊發佈為你一站式聯絡…，新客戶首篇新聞稿
八折。). A story may name the site and a sale (the council asked for 轉乘優惠),
but asks no reader for it; a site's offer at the page's end is
``closing_notices``' to judge."""

from __future__ import annotations

import re
from typing import Final

from reader.core.folding import fold
from reader.core.junk_rules import Reason
from reader.core.line_passes import Line
from reader.core.masthead import PROMO, masthead_names
from reader.core.site_calls import site_word
from reader.core.site_statements import OPENS_WITH_ASK

# (what a sale's sentence holds, one of them at least: a discount's 折, a price's 元 or sign, 惠; asked first)
_SALE_MARK: Final = re.compile("[折元$＄惠價价]")
# A price the reader is offered: 只需1.99元, 每月只要$6.90, 首三个月…
_PRICE: Final = re.compile(r"(?:只需|只要|低至|每月)\s*(?:NT|HK|S|RM)?[$＄]?\s*\d|\d(?:\.\d+)?\s*元")
_YOU_CHARS: Final = ("你", "您", "妳")  # (the reader addressed: searched one by one, each a C scan)
_YOU: Final = re.compile(f"[{''.join(_YOU_CHARS)}]")
# The reader's offer: an ask to join (subscribe, scan, upgrade, download), then what it gets (就能, 即可,
# 立享) or the reader addressed; what members may do; a question about the piece; a price, then the ask.
_JOIN: Final = "(?:加入|开通|開通|订阅|訂閱|升级|升級|扫码|掃碼|下载|下載)"
_GAIN: Final = "(?:就能|即可|便可|就可以|立享|可获得|可獲得|还能|還能)"
# (the ask opens a clause, 加入…，就能…, 现在升级立享…: a story's 市民扫码即可… names who may)
_OFFER: Final = re.compile(
    rf"(?:^(?:>\s*)?|[，。！？])(?:现在|現在|立即|即刻)?{_JOIN}[^。！？!?]*(?:{_GAIN}|[你您])"
    "|(?:会员|會員)(?:可|即可)(?:登入|登录|登錄|免费|免費|畅读|暢讀|享)"
    # (or it opens by asking the reader about the piece: 喜欢这篇文章吗？在 Instagram 追踪…)
    "|^(?:喜欢|喜歡|觉得|覺得)(?:这篇|這篇|本文)[^？?。]{0,6}[？?]"
    rf"|(?:只需|只要)\s*[$＄]?\s*\d[^。！？]{{0,8}}{_JOIN}"
)
# (the words an offer holds, one at least: searched first, as the pattern tries every comma of a line)
_OFFER_WORD: Final = re.compile(f"{_JOIN[3:-1]}|会员|會員|这篇|這篇|本文")
_OFFER_LINE: Final = 64  # (an offer is one or two short sentences: a story's paragraph runs longer)
_OFFER_ENDS: Final = ("。", "！", "!")
_SITE: Final = 3  # (a site's own word this long at least: shorter ones are any sentence's words)


def mark_site_offers(lines: list[Line], text: str, site: str | None) -> None:
    """Each kept sentence that names the site, offers a price or a discount and
    asks the reader (as 你/您, or with a sentence opening with its ask: 订阅…) goes (see
    the module's note); ``text``: the page's text. The site's own notice may offer
    its members a discount (本會會員報讀課程可享九折，報名時請出示會員證。): it asks
    no reader to buy."""
    _mark_offers(lines)
    own = site_word(site)
    marks: tuple[str, ...] = (own,)
    if not own:
        # (no site in the markup: the lines that ask as 你/您 and name the masthead's site)
        if not any(you in text for you in _YOU_CHARS):
            return
        own, marks = site_word(masthead_names(lines)[0]), _YOU_CHARS
    if len(own) < _SITE:
        return  # (no line names a site by a word this short: none goes)
    # (the lines with a mark, found by C searches of the text, each line once: most pages have few)
    for mark in marks:
        pos = 0
        while (at := text.find(mark, pos)) >= 0:
            start = text.rfind("\n", 0, at) + 1
            pos = text.find("\n", at)
            pos = len(text) if pos < 0 else pos
            if _sells(row := text[start:pos].strip(), own):
                _mark(lines, row)


def _sells(row: str, own: str) -> bool:
    """``row`` has a sale's mark and a price or a discount, and names the site ``own`` and asks the
    reader (as 你/您, or opening with its ask)."""
    if _SALE_MARK.search(row) is None or own not in row:
        return False
    if _YOU.search(row) is None and OPENS_WITH_ASK.search(row) is None:
        return False
    return _PRICE.search(row) is not None or PROMO.search(fold(row)) is not None


def _mark_offers(lines: list[Line]) -> None:
    """The short kept lines shaped as a sentence that asks the reader to join, subscribe, scan,
    upgrade or download and says what that gets them (加入X會員，就能…; 开通…会员，即可…; 订阅…，…送进你的
    邮箱; 现在升级立享…; 會員可登入…): the site's offer, whatever it sells. A story tells what its people
    may do at more length (市民扫码即可…). The lines' length and end first, then one search for the
    offer's words (a scan of the whole page for them cost twice as much: a story's 这篇, 本文, 加入)."""
    for line in lines:
        row = line.text
        if (
            len(row) <= _OFFER_LINE
            and row[-1:] in _OFFER_ENDS
            and line.kept
            and _OFFER_WORD.search(row) is not None
            and _OFFER.search(row) is not None
        ):
            line.reason = Reason.PROMOTION


def _mark(lines: list[Line], row: str) -> None:
    for line in lines:
        if line.text == row and line.reason is None and line.meta is None and not line.short:
            line.reason = Reason.PROMOTION


__all__ = ["mark_site_offers"]
