"""An offer in bold and its terms at the page's end: a newsletter's or a
site's promotion under the letter (**會員續期優惠**：7月31日前續期，年費…減至…
/ 續期優惠只適用於…，本會保留最終決定權。).

Asked of the page's last kept lines from the end up (through
``closing_notices.closing_notice``). Terms speak of an offer (优惠) and
reserve the giver's right or word (保留…權利, 以…為準, 決定權); the
paragraph they stand under, led by a bold label and its colon, is the
offer they are about. An article's own bold-labelled paragraph at its end
stands over no such terms. Nor does it go on under the site's statement that
closes the page: an offer there (a sale's words: 免運, 優惠, 滿…) is the shop's.
"""

from __future__ import annotations

import re

from reader.core.folding import fold
from reader.core.junk_rules import Reason
from reader.core.line_passes import Line
from reader.core.masthead import PROMO
from reader.core.site_statements import DISCLAIMS

# (string tests: the offer's word in its terms)
_OFFER = ("优惠", "優惠")
# A paragraph led by a short bold label and its colon: **訂戶推介**：…
_BOLD_LABEL = re.compile(r"\*\*[^*]{2,10}\*\*\s*[:：]\s*\S")
_TERMS = 120  # (an offer's terms are a sentence or three)


def offer_or_terms(lines: list[Line], i: int) -> Reason | None:
    """Line ``i``, the page's last kept line, as an offer's terms right under
    the offer's bold-labelled paragraph, or as that paragraph over its terms."""
    text = lines[i].text
    if text[:2] == "**" and _BOLD_LABEL.match(text) and i + 1 < len(lines):
        under = lines[i + 1]
        if under.reason is Reason.DISCLAIMER and _terms(under.text):
            return Reason.PROMOTION
    if i > 0 and lines[i - 1].kept and _terms(text) and _BOLD_LABEL.match(lines[i - 1].text):
        return Reason.DISCLAIMER
    if i > 0 and lines[i - 1].reason is Reason.DISCLAIMER and len(text) <= _TERMS and PROMO.search(fold(text)):
        return Reason.PROMOTION  # (an offer under the site's closing statement: 春茶預購中，滿兩千元免運…)
    return None


def _terms(text: str) -> bool:
    return len(text) <= _TERMS and any(w in text for w in _OFFER) and DISCLAIMS.search(text) is not None


__all__ = ["offer_or_terms"]
