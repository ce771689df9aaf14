"""A Japanese name the tagger reads as a person (交流官佐藤刚, 课长吉田诚): a
surname the Japanese table knows and a one- or two-character given name.
Two sources agree (the tagger and the table), which the shape rules, built
for Chinese names, do not count: they want a second mention, which a guest
named once never gets."""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.names import HARD_NOT_IN_GIVEN_NAME, JAPANESE_SURNAMES, PARTICLES


def japanese_tagged(folded: str, start: int, end: int, before: tuple[str, str] | None) -> bool:
    """``folded[start:end]``, a span the tagger reads as a person, is a
    table's Japanese surname and a one- or two-character given name, right
    after a noun the tagger reads (``before``: the word and its tag), as a
    role is (交流官, 课长), or heading a list's item with a gloss in brackets
    after it (7. 中島健（1999年日本交換生）); not after a preposition (与松本清等:
    a chain of shops)."""
    after_noun = before is not None and before[1].startswith("n")
    if not after_noun and not _glossed_item_head(folded, start, end):
        return False
    form = folded[start:end]
    if not 3 <= len(form) <= 4 or form[:2] not in JAPANESE_SURNAMES:
        return False
    if any(c in HARD_NOT_IN_GIVEN_NAME or c in PARTICLES for c in form[2:]):
        return False
    if lexicon.is_common_word(folded[end - 1 : end + 1], lexicon.WORD):
        return False  # 吉田诚特|地: the span's last character starts the next word (特地), it ran on
    return not lexicon.is_common_word(form) and not lexicon.is_common_word(form[2:])


# A list item's number before its text (7. , 3、, (2)).
_ITEM_NUMBER_RE = re.compile(r"\s*(?:[(（]?\d{1,3}[.、)）]?\s*)?")


def _glossed_item_head(folded: str, start: int, end: int) -> bool:
    """The span is all a line holds before a bracketed gloss, bar an item number."""
    line_start = folded.rfind("\n", 0, start) + 1
    return folded[end : end + 1] in ("(", "（") and _ITEM_NUMBER_RE.fullmatch(folded[line_start:start]) is not None


__all__ = ["japanese_tagged"]
