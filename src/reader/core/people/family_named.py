"""A relative named in full after a kin word, the family's surname first (阿爸甘泉 beside his son
甘國雄; 他的女儿程念今 beside her father 程守拙): a kin word says a person follows, and the surname
another person of the page bears says whose family it is, so the name stands even where its
characters make a word (甘泉, a spring) or the tagger reads none (程念|今). The name runs to where
a name can stop: three characters, else two. Used by :mod:`reader.core.people.kin_names`."""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.cues import boundary_after
from reader.core.people.names import NOT_IN_GIVEN_NAME, PARTICLES, is_han, surname_length
from reader.core.people.texts import Proposal

# What a child calls a parent (a kin word of its own, beside the kin words a family post uses).
_PARENTS = ("阿爸", "阿妈", "爸爸", "妈妈", "老豆", "老爸", "老妈")
# A preposition, an adverb or a verb of saying opening the next words (女儿程念今替父亲: 替, "for").
_NEXT_WORDS = frozenset("替为给跟向把被在从对和与同说讲话也都就是")
_patterns: dict[tuple[str, ...], re.Pattern[str]] = {}


def family_named(folded: str, spans: list[tuple[int, int]], kin_words: tuple[str, ...]) -> list[Proposal]:
    """Names after a kin word whose single surname opens a three-character person the tagger reads
    elsewhere on the page: the tagger's own person there, or, where it reads none, three or two
    characters it reads as a person elsewhere (阿爸甘泉 … 「甘泉行」) or none of whose words the
    dictionary lists (女儿|程念今), ending where a name can."""
    families: dict[str, set[str]] = {}
    for s, e in spans:
        if e - s == 3 and surname_length(folded, s) == 1:
            families.setdefault(folded[s], set()).add(folded[s:e])
    if not families:
        return []
    pattern = _patterns.get(kin_words)
    if pattern is None:
        words = sorted({*kin_words, *_PARENTS}, key=len, reverse=True)
        pattern = _patterns[kin_words] = re.compile("|".join(words))
    tagged = dict(spans)
    read_forms = {folded[s:e] for s, e in spans}
    found = []
    for m in pattern.finditer(folded):
        start = m.end()
        kin = families.get(folded[start : start + 1])
        if kin is None:
            continue
        read = tagged.get(start)
        ends = (read,) if read is not None else (start + 3, start + 2)
        for end in ends:
            form = folded[start:end]
            if not 2 <= len(form) == end - start <= 3 or not kin - {form}:
                continue  # (the surname another person's, not this one's alone)
            if not all(is_han(c) and c not in PARTICLES for c in form) or any(c in NOT_IN_GIVEN_NAME for c in form[1:]):
                continue
            if form not in read_forms and any(lexicon.lookup(w) is not None for w in (form, form[:2], form[1:])):
                continue  # (爸爸高兴地说: a word the tagger reads as no person, here or elsewhere)
            if boundary_after(folded, end) or folded[end : end + 1] in _NEXT_WORDS:
                found.append(Proposal(start, end, form, True))
                break
    return found
