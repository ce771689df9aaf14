"""A historical person dated by a dynasty right before the name, a time word
between allowed (清朝時林則徐曾經巡視…, 唐代时李白): three characters a surname
opens that the dictionary lists as a person's name, though the tagger reads
the dynasty's 时 into the surname (时林|则|徐) and never proposes the name.
The era dates a person as an age dates a living one (see name_shape.famous,
which asks the same of the tagger's own spans). Used by
:mod:`reader.core.people.cued_names`."""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.names import is_han, surname_length
from reader.core.people.texts import Proposal

# A dynasty and its period (清朝, 唐代, 明末, 东汉), then a time word (时, 时期, 年间) or 的.
_DATED_RE = re.compile(r"(?:[秦汉晋隋唐宋元明清][代朝末初]|[东西南北][汉晋宋周魏齐])(?:时期|年间|时|的)")
_NAME = 3


def dated_names(folded: str) -> list[Proposal]:
    """The dictionary's three-character names right after a dynasty and a time word."""
    found = []
    for m in _DATED_RE.finditer(folded):
        at = m.end()
        form = folded[at : at + _NAME]
        entry = lexicon.lookup(form) if len(form) == _NAME and all(map(is_han, form)) else None
        if entry is not None and entry.is_name and entry.freq >= lexicon.LISTED and surname_length(form, 0) == 1:
            found.append(Proposal(at, at + _NAME, form, True))
    return found
