"""A line that opens with a full name, a colon and a quotation (南宫秀兰：“我常跟
学生讲…”) gives that person's own words: a testimony signed with its speaker's
name, the way honour rolls, reports and interviews set them out. The tagger may
read the name as a place (南宫 is a town too); the line's shape says a person."""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.names import ADDRESS_SUFFIXES, CJK, PARTICLES, surname_length
from reader.core.people.texts import Proposal

# (a full name: a surname and a given name of one or two characters, three or four in all)
_SPEAKER_RE = re.compile(rf"(?m)^([{CJK}]{{3,4}})[:：][“「『\"]")


def quoted_speakers(folded: str) -> list[Proposal]:
    """Proposals for the names that open a line before ：“."""
    found = []
    for m in _SPEAKER_RE.finditer(folded) if "“" in folded or "「" in folded else ():
        form = m.group(1)
        sl = surname_length(form, 0)
        entry = lexicon.lookup(form)
        # (a surname and its given name, no particle in it, no word the dictionary knows as other
        # than a name, and no address in it: 強哥話：「…」 is an address and 話 'said')
        address = any(form.startswith(ADDRESS_SUFFIXES, k) for k in range(1, len(form)))
        shaped = sl and 1 <= len(form) - sl <= 2 and not any(c in PARTICLES for c in form)
        if shaped and not address and (entry is None or entry.is_name):
            found.append(Proposal(m.start(1), m.end(1), form, True))
    return found
