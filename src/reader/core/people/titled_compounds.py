"""A compound surname that is also a word or an ordinal (第五 'fifth', 百里 'a hundred li') with two given
characters after a title, where the page also writes that surname with the same title after it: 车场场长
第五建平告诉记者 … 第五场长笑着补充. The title repeated after the surname alone is the page's own evidence
that the two characters are a surname here, not 第五名 (fifth place)."""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.alternation import longest_first
from reader.core.people.cues import cue_before
from reader.core.people.names import NOT_IN_GIVEN_NAME, PARTICLES, is_han
from reader.core.people.texts import Proposal
from reader.core.surnames import COMPOUND_SURNAMES

_TITLE = 2  # (the title's last two characters, 场长 of 车场场长)
# What a title ends in: a chief, an officer, a master (场长, 主任, 技师, 警官, 委员, 老总).
_TITLE_ENDS = frozenset("长任师官员总")
_GIVEN = 2
# (the ones the dictionary lists as numerals, which the tagger reads so: 第五; the others the rules read)
_NUMERAL_SURNAMES = sorted(s for s in COMPOUND_SURNAMES if (e := lexicon.lookup(s)) is not None and e.tag == "m")
_SURNAME_RE = re.compile(longest_first(_NUMERAL_SURNAMES)) if _NUMERAL_SURNAMES else None


def titled_compounds(folded: str) -> list[Proposal]:
    """Each compound surname and two given characters after a title the page writes after that surname."""
    found: list[Proposal] = []
    for m in _SURNAME_RE.finditer(folded) if _SURNAME_RE is not None else ():
        at, end = m.start(), m.end() + _GIVEN
        title, given = folded[at - _TITLE : at], folded[m.end() : end]
        if at < _TITLE or len(given) != _GIVEN or not all(is_han(c) for c in title + given):
            continue
        if any(c in NOT_IN_GIVEN_NAME or c in PARTICLES for c in given) or lexicon.lookup(folded[at:end]):
            continue
        if lexicon.is_common_word(folded[end - 1 : end + 1]):
            continue  # (队长欧阳平接到: the last given character opens the next word, the name is shorter)
        # (a title the text writes after the surname too; a given name the dictionary lists, 建平 a county's,
        # is one here where the title vouches for it)
        if (title[-1] in _TITLE_ENDS or cue_before(folded, at)) and m.group() + title in folded:
            found.append(Proposal(at, end, folded[at:end], True))
    return found
