"""A row opening with a compound surname's name and a title (夏侯仁主任（總務處）):
the tagger rarely reads a two-character surname with a one-character given
name as a person, but a rare compound surname (dictionary evidence) opening a
line, one or two given characters, then an address title is a roster's row."""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.names import ADDRESS_SUFFIXES, CJK, PARTICLES
from reader.core.people.texts import Proposal
from reader.core.surnames import COMPOUND_SURNAMES

# (only titles of two characters or more: 总, 董 after one given character
# would read a word's end as a title)
_TITLES = "|".join(re.escape(s) for s in ADDRESS_SUFFIXES if len(s) >= 2)
_SURNAMES = "|".join(sorted(COMPOUND_SURNAMES))
_ROW_RE = re.compile(rf"^[ \t\u3000]*((?:{_SURNAMES})[{CJK}]{{1,2}}?)(?={_TITLES})", re.MULTILINE)


def compound_titled(folded: str) -> list[Proposal]:
    """Proposals for 夏侯仁 in a line opening 夏侯仁主任."""
    found = []
    for m in _ROW_RE.finditer(folded):
        form = m.group(1)
        if not any(c in PARTICLES for c in form[2:]) and not lexicon.is_common_word(form):
            found.append(Proposal(m.start(1), m.end(1), form, True))
    return found


__all__ = ["compound_titled"]
