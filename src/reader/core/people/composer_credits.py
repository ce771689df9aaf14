"""The maker a programme's row or a score credits after a work's title:
《耶穌降生》　　黃友棣 曲, 〈聖母頌〉　舒伯特 曲, 〈月下〉　韋瀚章 詞　林聲翕 曲. The
name stands apart as a cell, a space before the role's one word (曲, 詞, 作曲,
编曲): a form no prose writes, so a name whatever its letters (a transliterated
composer the tagger misses among the row's spaces)."""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.names import CJK, PARTICLES
from reader.core.people.texts import Proposal

# After the title's closing mark or a space (a lyricist's credit before it), a
# cell of two to eight letters (a dotted name too), one space, the role, then
# a space or the line's end.
_CREDIT_RE = re.compile(rf"(?m)(?:(?<=[》〉])|(?<=\s))[ \t]*([{CJK}][{CJK}·]{{1,7}}) (?:作|编)?[曲词](?=[ \t]|$)")


def composer_credits(folded: str) -> list[Proposal]:
    """The credited names of the rows that print a work's title before them."""
    if (" 曲" not in folded and " 词" not in folded) or ("》" not in folded and "〉" not in folded):
        return []
    found = []
    for m in _CREDIT_RE.finditer(folded):
        line = folded[folded.rfind("\n", 0, m.start()) + 1 : m.start()]
        form = m.group(1)
        if "》" not in line and "〉" not in line:
            continue  # (a work's title opens the row)
        if lexicon.is_common_word(form) or any(c in PARTICLES for c in form):
            continue
        found.append(Proposal(m.start(1), m.end(1), form, True))
    return found


__all__ = ["composer_credits"]
