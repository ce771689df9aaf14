"""A word made as people are called (阿兵哥, "a soldier"): 阿, 老 or 小, one character, then an elder's or a
sibling's address, that the dictionary lists whole (a nickname made for one person it does not: 收尾車的阿文哥).
A nickname is made from its bearer's given name (古阿明 … 阿明哥, 許文雄 … 阿雄伯), so where no other name the
text holds has that middle character, the form stands once, and no title, speech verb or verb of calling vouches
for it (大家叫他阿雄伯, 媒體稱他「小包公」), it is the word, not someone."""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.cues import cue_after, cue_before
from reader.core.people.names import NICKNAME_PREFIXES, is_han
from reader.core.people.texts import starts

# The addresses such a form ends in (哥, 姐, 伯, 叔, 姨, 嫂 …).
_ADDRESSES = frozenset("哥姐叔伯嫂姨婆公婶爷嬷妈")
# A verb of calling right before, a pronoun and a quote maybe between (叫他「阿雄伯」, 都喊她阿滿嬸).
_CALLED_RE = re.compile(r"[叫称喊][他她我你佢]?[「“\"『]?$")


def nickname_words(folded: str, forms: set[str]) -> set[str]:
    """The forms of ``forms`` that are such words."""
    words = set()
    for form in forms:
        if len(form) != 3 or form[0] not in NICKNAME_PREFIXES or form[2] not in _ADDRESSES or not is_han(form[1]):
            continue
        if lexicon.lookup(form) is None or any(form[1] in other for other in forms if other != form):
            continue  # (阿明哥 beside 古阿明: the nickname of a name the text holds)
        at = starts(folded, form)
        if len(at) != 1:
            continue
        start = at[0]
        if cue_before(folded, start) or cue_after(folded, start + 3):
            continue
        if _CALLED_RE.search(folded, max(0, start - 4), start) is None:
            words.add(form)
    return words
