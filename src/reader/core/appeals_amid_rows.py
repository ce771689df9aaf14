"""A paragraph set between two blocks of rows that asks the reader for
something (an insurer's offer between a lost pet's particulars and its
sightings, a call for donors between a menu and its allergen notes): the
site's or a third party's insert, not the notice's. The notice's own prose
stands over its first block; a line between blocks that is its own reads as a
note on them, or as a lead-in ending in a colon, and asks nothing of the
reader. ``clean`` runs it after the row rescues."""

from __future__ import annotations

import re
from typing import Final

from reader.core.folding import fold
from reader.core.junk_rules import ROW_LIKE, Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import LABEL_VALUE, Line
from reader.core.masthead import PROMO
from reader.core.site_statements import ASKS

# (who is asked, or what for: the reader as 你/您, or a gift, 捐; or a sale's word, 八折, 優惠, for a partner's offer)
_ASKED: Final = re.compile("[你您捐折惠]")
_BLOCK: Final = 2  # (rows in a block, at least)
_SALE: Final = "折惠"


def _row(line: Line, head: bool = False) -> bool:
    """A block's row: kept or gone for its shape only, no sentence, its cells apart by spaces or a label and
    its value (a signer's name and title under a letter are no rows); or, with ``head``, a short line."""
    if line.meta is not None or not (line.reason is None or line.reason in ROW_LIKE):
        return False
    text = line.text
    if head and line.short:
        return True
    return not text.endswith(SENTENCE_END) and (" " in text or "\u3000" in text or LABEL_VALUE.match(text) is not None)


def asks_anyone(text: str) -> bool:
    """Whether ``text`` may hold such an appeal (the gate ``clean`` asks of the whole text: one C scan)."""
    return _ASKED.search(text) is not None


def mark_appeals_amid_rows(lines: list[Line]) -> None:
    """Each kept paragraph right under two rows of a block and right over the next
    block's head and two rows that asks the reader (請, 立即, 歡迎…) as 你/您, for a gift, or
    with an offer (鏡框一律八折，歡迎家長帶孩子來店) goes."""
    for i in range(_BLOCK, len(lines) - _BLOCK - 1):
        line = lines[i]
        # (its place first, attribute tests: most paragraphs stand among prose, a paragraph under them)
        if line.short or not lines[i + 1].short or line.reason is not None or line.meta is not None:
            continue
        if not line.text.endswith(SENTENCE_END) or (asked := _ASKED.search(line.text)) is None:
            continue
        if asked.group() in _SALE and PROMO.search(line.folded or fold(line.text)) is None:
            continue  # (a sale's word only as a word of the notice's: 折返, 實惠)
        # (the next block: its head, then rows; a signer and the date under the notice's last paragraph are none)
        if not (_row(lines[i + 1], True) and _row(lines[i + 2]) and _row(lines[i + 3])):
            continue
        if _row(lines[i - 1]) and _row(lines[i - 2]) and ASKS.search(line.text):
            line.reason = Reason.PROMOTION


__all__ = ["asks_anyone", "mark_appeals_amid_rows"]
