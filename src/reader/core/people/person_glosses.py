"""Names glossed with what only a person has: a sex or an ethnic group in
brackets after the name, as a roster of delegates writes it (王海燕（女）,
白玛央金（女，藏族）, 马海涛（回族）). The gloss vouches for the name before
it whatever its shape (so do the years of a life: 区志强（1935–2026）): a Tibetan
name has no Chinese surname (白玛央金), and a
given name may be a word (郑和平)."""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.names import CJK, NOT_PEOPLE

# The gloss: 女 or 男, or an ethnic group (藏族, 维吾尔族), first; more may follow
# a comma (（女，藏族）). The name is set off before it by no Han character.
# Or what people call them, quoted (陈水（同事称「水哥」）, 郑广（绰号「大只广」）):
# only a person has a nickname.
_CALLED = rf"(?:[{CJK}]{{0,3}}称|绰号|外号|昵称|花名)[「“\"『]"
# Or the years of a life (区志强（1935–2026）): only a person is born and dies.
_LIFE = r"(?:1[6-9]|20)\d\d\s*[–—\-－~～至]\s*(?:1[6-9]|20)\d\d[）)]"
# (a Mongolian name runs to five characters, 乌云其木格（蒙古族）: only before an ethnic group)
_GLOSSED_RE = re.compile(
    rf"(?<![{CJK}·])(?:(?P<head>[{CJK}]{{2,4}})[（(](?:(?:[男女]|[{CJK}]{{1,4}}族)(?:[，,、][{CJK}]{{1,6}})?[）)]|{_CALLED}|{_LIFE})"
    rf"|(?P<five>[{CJK}]{{5}})[（(][{CJK}]{{1,4}}族[）)])"
)
_LIFE_GATE = re.compile(r"[（(](?:1[6-9]|20)\d\d")


def attribute_glossed(folded: str) -> list[tuple[int, int, str]]:
    """The names in ``folded`` that a person's gloss follows."""
    if not any(c in folded for c in "族女男称号名") and not _LIFE_GATE.search(folded):
        return []
    # (the name's group, head or five: the only named group in its branch)
    return [
        (m.start(g), m.end(g), m[g])
        for m in _GLOSSED_RE.finditer(folded)
        if (g := m.lastgroup) and (g == "head" or not _word_led(m[g]))
    ]


def _word_led(form: str) -> bool:
    """Five characters led by a word that names no one (本人金顺姬, 录音师巴图): a word
    and a shorter name, not one long name (乌云其木格: 乌云 is a name's word too)."""
    for k in (2, 3):
        entry = lexicon.lookup(form[:k])
        if entry is not None and not entry.is_name and entry.freq >= lexicon.WORD:
            return True
    return False


def glossed_shape(form: str) -> bool:
    """A glossed name: Han characters only, no word the lists rule out."""
    return 2 <= len(form) <= _LONGEST and form not in NOT_PEOPLE


_LONGEST = 5
