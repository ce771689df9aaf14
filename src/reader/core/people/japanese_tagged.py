"""A Japanese name the tagger reads as a person (交流官佐藤刚, 课长吉田诚): a
surname the Japanese table knows and a one- or two-character given name.
Two sources agree (the tagger and the table), which the shape rules, built
for Chinese names, do not count: they want a second mention, which a guest
named once never gets."""

from __future__ import annotations

from reader.core.people import lexicon
from reader.core.people.names import HARD_NOT_IN_GIVEN_NAME, JAPANESE_SURNAMES, PARTICLES


def japanese_tagged(folded: str, start: int, end: int, before: tuple[str, str] | None) -> bool:
    """``folded[start:end]``, a span the tagger reads as a person, is a
    table's Japanese surname and a one- or two-character given name, right
    after a noun the tagger reads (``before``: the word and its tag), as a
    role is (交流官, 课长); not after a preposition (与松本清等: a chain of shops)."""
    if before is None or not before[1].startswith("n"):
        return False
    form = folded[start:end]
    if not 3 <= len(form) <= 4 or form[:2] not in JAPANESE_SURNAMES:
        return False
    if any(c in HARD_NOT_IN_GIVEN_NAME or c in PARTICLES for c in form[2:]):
        return False
    if lexicon.is_common_word(folded[end - 1 : end + 1], lexicon.WORD):
        return False  # 吉田诚特|地: the span's last character starts the next word (特地), it ran on
    return not lexicon.is_common_word(form) and not lexicon.is_common_word(form[2:])


__all__ = ["japanese_tagged"]
