"""How a row of words set apart by spaces may end that no menu ends: an
amount and its unit (屋頂琉璃瓦更換　新臺幣 688,000 元: an item and what it
cost), a signer's closing word (福安宮管理委員會　主任委員 吳清標　敬啟: a
notice's signature) or a phone number in its groups (会长　柳长顺　138 5390
2214: whom to call); nor joins its items with arrows (a sequence). A menu's
items are links' words, never a sum, a sign-off, a number to call or steps in order.
Leaf module: the line rules and the passes over rows share it.
"""

from __future__ import annotations

import re
from typing import Final

# A figure of money, as price rows write it (1,299.00).
AMOUNT: Final = r"\d[\d,]*(?:\.\d{1,2})?"
# A signer's closing words, in both scripts as written (the one list:
# signatures.CLOSING_WORDS is their folded, Simplified forms).
CLOSING_FORMS: Final = ("谨启", "謹啟", "敬启", "敬啟", "敬上", "谨上", "謹上", "拜上", "顿首", "頓首")
# The marks of an article's end: a sign-off, 某某　謹啟 / 此致 敬礼.
SIGN_OFF: Final = re.compile(f"(?:{'|'.join(CLOSING_FORMS)})$")
# The row's last word an amount and its unit: 688,000 元, 1.5 萬元.
_AMOUNT_END: Final = re.compile(rf"(?<![\d.]){AMOUNT}\s?[萬万]?[元圓]$")
# The row's last word a time taken, to the second: 23分17秒, 31.26秒 (a result's, no link's words).
_TIME_END: Final = re.compile(r"(?<!\S)(?:\d{1,3}分\d{1,2}(?:\.\d+)?|\d+\.\d+)秒$")
# The row's last word a phone number in three groups (138 5390 2214, 0551-6588 3107): no pager's or year's figures.
_PHONE_END: Final = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d (?:19|20)\d\d)\d{3,4}[ -]\d{3,4}[ -]\d{4}$")


def no_menu_end(line: str) -> bool:
    """``line`` closes with an amount of money, a time taken, a signer's closing
    word or a phone number, or is a numbered row or a figure's change (no menu's words)."""
    if line[-1:] in _ENDS and (
        _AMOUNT_END.search(line) is not None or SIGN_OFF.search(line) is not None or _time_taken(line)
    ):
        return True
    if line[-1:].isdigit() and _PHONE_END.search(line) is not None:
        return True
    return _numbered_row(line) or figure_change(line) or arrow_chain(line)


def _time_taken(line: str) -> bool:
    """The row's last cell a time taken (冠军　林雅琪　18分42秒), after a cell of words: a
    countdown's seconds come after its other figures (距开始 18天 21时 36分05秒)."""
    if _TIME_END.search(line) is None:
        return False
    words = line.split()
    return len(words) > 1 and not words[-2][:1].isdigit()


# Arrows that join the items of a sequence.
_ARROWS: Final = ("→", "⇒", "➔", "➜", "⟶")


def arrow_chain(line: str) -> bool:
    """Three items or more joined by arrows: a lineage, a procedure, a route
    (楊露禪 → 全佑 → 吳鑑泉, 報名 → 繳費 → 上課, 紅街市→三盞燈→新馬路). A
    menu's or a row of buttons' items come in no order, and a call's arrow
    ends its words (立即報名 →)."""
    arrow = next((a for a in _ARROWS if a in line), None)
    if arrow is None:
        return False
    parts = line.split(arrow)
    return len(parts) >= 3 and all(part.strip() for part in parts)


def figure_change(line: str) -> bool:
    """A figure, an arrow, a figure: 白吐司 24 條 → 12 條 (a before and after; a button's arrow ends its words)."""
    at = line.find("→")
    if at < 1:
        return False
    before, after = line[max(0, at - 5) : at].rstrip(), line[at + 1 : at + 3].lstrip()
    return after[:1].isdigit() and any(c.isdigit() for c in before)


def _numbered_row(line: str) -> bool:
    """A table's row led by its number, then words (2 张子谦 一级 Minuet in G): a pager's
    numbers are all figures, a count's row has its parts set apart by a dot or a bar
    (3 条评论 · 由 Giscus 提供支持). No regex: one costs its compile in every process."""
    first, _, rest = line.partition(" ")
    return (
        0 < len(first) <= 3
        and first.isdigit()
        and rest[:1] not in ("", " ")
        and not rest[:1].isdigit()
        and not any(c in line for c in "·•|｜")
    )


_ENDS: Final = frozenset("元圓啟启上首秒")  # (a cheap test first: most lines end otherwise)


# A label's value given as a score or a share of a whole (folded): 综合评分:8.5 / 10, 难度:3/5分.
_LABELLED_SCORE: Final = re.compile(r"[^\s:]{1,12}:\s*\d+(?:\.\d+)?\s*/\s*\d+(?:\.\d+)?\s*分?")


def out_of(folded: str) -> bool:
    """``folded`` is a label and a score (综合评分：8.5 / 10): the slash
    between two figures is a fraction's, never a crumb's or a menu's."""
    return ":" in folded and _LABELLED_SCORE.fullmatch(folded) is not None


__all__ = ["AMOUNT", "CLOSING_FORMS", "SIGN_OFF", "arrow_chain", "figure_change", "no_menu_end", "out_of"]
