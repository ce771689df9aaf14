"""What stands around a Han name but is not part of it: a title after the
name cut in two (山本先|生), a Cantonese adverb after a surname and a kinship
address (蔡姐|超熱情), and a Malay honorific read as a name (丹斯里楊清福).
"""

from __future__ import annotations

from reader.core.people.names import surname_length
from reader.core.people.texts import DOT, Proposal

# Titles written after a name: the name never holds their first character.
_TITLES_AFTER = frozenset("先生 小姐 太太 女士".split())
# Kinship words a surname takes as an address (蔡姐, 陈伯): with one more
# character the address is no name.
_KINSHIP = frozenset("姐哥叔伯婶嫂姨婆公")
# Cantonese adverbs after the subject (超 very, 仲 still, 都, 又, 就).
_CANTONESE_ADVERBS = frozenset("超仲都又就")
# Malay honorifics written in Han before a name (folded): 丹斯里 Tan Sri,
# 拿督 Datuk, 拿督斯里 Datuk Seri.
MALAY_TITLES_HAN = ("拿督斯里", "丹斯里", "拿督")


def tails_trimmed(proposals: list[Proposal], folded: str) -> list[Proposal]:
    """山本先生 proposed as 山本先 is 山本 (a title after a name is never
    inside it, and 山本 alone is an address); 蔡姐超 is an address and an adverb, no name; 丹斯里 is a
    title, and 丹斯里杨清福 is 杨清福."""
    out = []
    for p in proposals:
        if p.latin or DOT in p.form:
            out.append(p)
            continue
        start, end, form = p.start, p.end, p.form
        for title in MALAY_TITLES_HAN:
            if form.startswith(title):
                start, form = start + len(title), form[len(title) :]
                break
        if folded[end - 1 : end + 1] in _TITLES_AFTER:
            end, form = end - 1, form[:-1]
            if surname_length(folded, start) >= len(form):
                continue  # 山本先生: the surname and a title, an address
        if len(form) < 2 or (len(form) == 3 and form[1] in _KINSHIP and form[2] in _CANTONESE_ADVERBS):
            continue
        out.append(p if end - start == p.end - p.start else Proposal(start, end, form, p.strong, p.latin))
    return out
