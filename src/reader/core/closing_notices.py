"""The site's lines under the article, in the forms a notice's own last
lines also take (prose, a row with a number): asked of the page's last kept
lines from the end up (``tail_passes.mark_tail_statement``, through
``site_statements.tail_notice``), while each is one of them:

- a paragraph that refuses liability (…概不負責, 不对内容的真实性负责): the
  site's disclaimer, however much it reads like a rule of the article;
- an appeal for donations (您的捐款將用於…) and its button (立即捐款);
- a hotline's or a contact row under other junk (訂房熱線 2791 XXXX, the
  name, address and 電話 of the place), the site's footer;
- readers' comments under a label that says so (【家長留言】陳太：…).
"""

from __future__ import annotations

import re

from reader.core.junk_rules import Reason
from reader.core.line_passes import Line

# Refusing liability: 概不負責, 恕不负责, 不对…负责, 不承担…责任.
_REFUSES = re.compile(r"(?:概不|恕不|不对|不對)[^。；]{0,30}?(?:负责|負責)|不承[担擔][^。；]{0,12}?(?:责任|責任)")
_GIFT = ("捐款", "捐助", "捐贈", "捐赠")
# A gift asked for: the reader's own (您的捐款), or one of some amount (捐款$20或以上); a word of
# thanks to the donors (謝謝每一位捐款人) is the article's.
_ASKS = re.compile(r"(?:您的|你的)(?:捐款|捐助|捐贈|捐赠)|(?:捐款|捐助|捐贈|捐赠)(?:港幣|港币|[A-Z]{0,3}\$)?\s?\d")
_BUTTON = 6  # (a button's words: 立即捐款)
_BUTTON_START = ("立即", "马上", "馬上")
# A hotline's label and its number, no colon between (訂房熱線 2791 XXXX)
_HOTLINE = re.compile(r"^[^\s:：，。]{0,6}(?:热线|熱線|专线|專線)\s+\+?\d[\dX\s-]{5,}")
# A phone's label and its number in a row of the place's contacts (｜電話 604-XXX-2231)
_PHONE_CELL = re.compile(r"(?:电话|電話|tel)[:：]?\s*\+?\d[\dX\s-]{6,}", re.IGNORECASE)
_ROW = 60
_PROSE = 20  # (a sentence or more: no button, no row)
# A comment under a label that says so: 【家長留言】陳太：…, 【读者评论】…
_COMMENT = re.compile(r"^【[^】]{0,4}(?:留言|评论|評論|心声|心聲|回响|迴響|评价|評價)】[^：:]{1,12}[：:]")


def closing_notice(lines: list[Line], i: int) -> Reason | None:
    """Why line ``i``, the page's last kept line, is the site's, or None."""
    text = lines[i].text
    if len(text) > _PROSE and _REFUSES.search(text):
        return Reason.DISCLAIMER
    if any(word in text for word in _GIFT):
        if len(text) <= _BUTTON and text.startswith(_BUTTON_START):
            return Reason.PROMOTION
        if len(text) > _PROSE and _ASKS.search(text):
            return Reason.PROMOTION
    if text[:1] == "【" and _COMMENT.match(text):
        return Reason.RELATED
    if len(text) <= _ROW and lines[i - 1].bad and (_HOTLINE.match(text) or _PHONE_CELL.search(text)):
        return Reason.CONTACT
    return None


__all__ = ["closing_notice"]
