"""A name read inside a short quoted term (一位「小巴阿姐」: a minibus
driver, woman; the tagger reads 巴阿姐 after 小): a term in quotes short
enough to be one word or nickname, the form inside it but not opening it,
its first character making a dictionary word with the one before (小巴), is
a piece of the term, not a person, where the text never names the form
outside such quotes (「吾愛孟夫子」: 愛孟 is no word, 孟夫子 a person).
Used by :mod:`reader.core.people.extract`."""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.names import CJK
from reader.core.people.texts import starts

# A quoted run of Han characters as long as a word or a nickname (not a quoted sentence).
_TERM_RE = re.compile(rf"[“「『]([{CJK}]{{3,6}})[”」』]")


def inside_quoted_terms(folded: str, forms: set[str]) -> set[str]:
    """The forms of ``forms`` that stand only inside short quoted terms, never at their start."""
    inner = [(m.start(1), m.end(1)) for m in _TERM_RE.finditer(folded)]
    if not inner:
        return set()
    found = set()
    for form in forms:
        spans = [(s, s + len(form)) for s in starts(folded, form)]
        if spans and all(_cut_from_term(folded, s, e, inner) for s, e in spans):
            found.add(form)
    return found


def _cut_from_term(folded: str, start: int, end: int, inner: list[tuple[int, int]]) -> bool:
    inside = any(qs < start and end <= qe for qs, qe in inner)
    return inside and lexicon.lookup(folded[start - 1 : start + 1]) is not None


__all__ = ["inside_quoted_terms"]
