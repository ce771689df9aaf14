"""An advertisement set in one line under its label: framed (【广告】…, [广告] …,
［廣告］…, 【贊助內容】…, or a Markdown link's text: [【广告】… 7 折](…/ad/8)), bare
and run into its ad, or a feed's sponsored post (贊助 · 某銀行：…). ``page_marks``
asks it of the lines led by the label's first character."""

from __future__ import annotations

import re
from typing import Final

from reader.core.folding import fold
from reader.core.masthead import PROMO

_AD_LABEL: Final = re.compile(r"^\[?(?:【(?:广告|廣告|贊助內容|赞助内容)】|\[(?:广告|廣告)\]|［(?:广告|廣告)］)")
# (a feed's sponsored post, its label and a dot before the sponsor: 贊助 · 某銀行：…)
_FEED_AD: Final = re.compile(r"^(?:广告|廣告|赞助|贊助)\s*·\s*\S.{0,20}[：:]\S")
_AD_MIN, _AD_MAX = 12, 60  # (an ad runs on: 广告：无 is a row of facts; and it is one short line)
_SENTENCE: Final = re.compile(r"[，。！？!?]")
_CALLS: Final = ("点击", "點擊", "咨询", "諮詢", "立即", "扫码", "掃碼")  # (an ad's call to act, as a button's words)


def is_ad_line(text: str) -> bool:
    """Whether ``text`` is an advertisement under its label."""
    if _AD_LABEL.match(text) or _FEED_AD.match(text):
        return True
    if not (text.startswith(("广告", "廣告")) and _AD_MIN < len(text) <= _AD_MAX):
        return False
    if text[2:3] in (" ", "\u3000") and any(call in text for call in _CALLS):
        return True  # (set apart by a gap, then an ad that asks to click or to ask: 广告　…加盟…，点击咨询)
    if not any(c.isdigit() for c in text):
        return False
    # (a bare label run into its ad, in parts, with a figure: 广告年底购车季　至高享5000元补贴; or its
    # label and colon, then the ad, however it reads: 廣告：熱泵維修，24小時上門，即致電 604-…, never 廣告：冇;
    # or set apart by a space, then an offer in sentences: 廣告 飲食達人App今期推介：…低至六折，…$50優惠券。)
    if text[2:3] in (":", "："):
        return True
    if text[2:3] in (" ", "\u3000") and PROMO.search(fold(text)) is not None:
        return True
    return (" " in text or "\u3000" in text) and not _SENTENCE.search(text)


__all__ = ["is_ad_line"]
