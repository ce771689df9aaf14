"""A user's level badge: a name and its rank (灰色鸚鵡 Lv.27 攻略達人), a
forum's or a game's row about a player, not the article's. A level in the
brackets that close the line is what an item asks for (鱼生摊（需要店铺等级
15）, a patch note's new stall): the item's row, no user's."""

from __future__ import annotations

import re
from typing import Final

from reader.core.round_brackets import CLOSERS, last_open

_BADGE: Final = re.compile(r"(?<![a-z])lv\.?\s?\d{1,3}(?!\d)|(?:等级|等級)\s?\d{1,3}")
BADGE_LINE: Final = 30  # (a badge row is no longer)


def user_badge(folded: str) -> bool:
    """``folded`` (lower-cased, Simplified) carries a user's level, not an item's requirement."""
    if "lv" not in folded and "等级" not in folded:
        return False
    badge = _BADGE.search(folded)
    if badge is None:
        return False
    return not (folded.endswith(CLOSERS) and last_open(folded) in range(badge.start()))


__all__ = ["BADGE_LINE", "user_badge"]
