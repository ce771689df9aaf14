"""A listing's price under its headline: taken back from the counters
(moved out of ``reader.core.head_passes``, which ran out of room)."""

from __future__ import annotations

import re
from typing import Final

from reader.core.junk_rules import Reason
from reader.core.line_passes import Line
from reader.core.price_rows import AMOUNT, CURRENCY

# A price alone on its line: A$280, HK$ 1,200, ¥89
_PRICE: Final = re.compile(rf"[A-Z]{{0,3}}\s?{CURRENCY}\s?({AMOUNT})")
_PRICE_REACH: Final = 3  # (the price sits right under the headline, or its counter)
# A price by its currency's code alone: RM 56,800
_CODED: Final = re.compile(rf"(?:RM|MOP|SGD|HKD|USD|TWD|RMB|MYR)\s?{AMOUNT}")
_PRICE_GONE: Final = (Reason.COUNTER, Reason.BETWEEN_BOILERPLATE)


def rescue_title_price(lines: list[Line]) -> None:
    """A price alone right under the headline that ends with that price
    (…嬰兒推車 $280 / A$280) is the listing's own, no shop's counter."""
    headline = Reason.HEADLINE  # (bound once: an enum member's lookup is slow)
    top = next((i for i, line in enumerate(lines) if line.reason is headline), None)
    if top is None:
        return
    if not lines[top].text[-1:].isdigit():
        # (or the listing's price right under its headline, its currency's code first: RM 56,800; no
        # panel's counter is money alone)
        under = lines[top + 1] if top + 1 < len(lines) else None
        if under is not None and under.reason in _PRICE_GONE and under.meta is None and _CODED.fullmatch(under.text):
            under.restore()
        return  # (only a headline that ends in a figure names a price)
    for line in lines[top + 1 : top + 1 + _PRICE_REACH]:
        if line.meta is not None:
            continue
        m = _PRICE.fullmatch(line.text.strip())
        if line.reason is Reason.COUNTER and m is not None and lines[top].text.endswith(m.group(1)):
            line.restore()
        return


__all__ = ["rescue_title_price"]
