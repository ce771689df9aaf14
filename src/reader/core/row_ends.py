"""How a row of words set apart by spaces may end that no menu ends: an
amount and its unit (屋頂琉璃瓦更換　新臺幣 688,000 元: an item and what it
cost) or a signer's closing word (福安宮管理委員會　主任委員 吳清標　敬啟: a
notice's signature). A menu's items are links' words, never a sum or a
sign-off. Leaf module: the line rules and the passes over rows share it.
"""

from __future__ import annotations

import re

# A figure of money, as price rows write it (1,299.00).
AMOUNT = r"\d[\d,]*(?:\.\d{1,2})?"
# The marks of an article's end: a sign-off, 某某　謹啟 / 此致 敬礼.
SIGN_OFF = re.compile(r"(?:谨启|謹啟|敬启|敬啟|敬上|谨上|謹上|拜上|顿首|頓首)$")
# The row's last word an amount and its unit: 688,000 元, 1.5 萬元.
_AMOUNT_END = re.compile(rf"(?<![\d.]){AMOUNT}\s?[萬万]?[元圓]$")


def no_menu_end(line: str) -> bool:
    """``line`` closes with an amount of money or a signer's closing word."""
    return line[-1:] in _ENDS and (_AMOUNT_END.search(line) is not None or SIGN_OFF.search(line) is not None)


_ENDS = frozenset("元圓啟启上首")  # (a cheap test first: most lines end otherwise)


__all__ = ["AMOUNT", "SIGN_OFF", "no_menu_end"]
