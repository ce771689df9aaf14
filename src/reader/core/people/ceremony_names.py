"""A ceremony's or a festival's own name read as a person's: every proposed mention stands right
before the ceremony's word (巴拉瑪火神祭, 巴拉瑪（Palamal）火神祭: 祭 or 节 ends it), a bracketed gloss
between allowed, and the text writes that word more often than the form, so also without it
(第一次火神祭). Used by :mod:`reader.core.people.tails`."""

from __future__ import annotations

import re

from reader.core.people.names import CJK, PARTICLES
from reader.core.people.texts import Proposal, occurrences

# The ceremony's word: one to three characters and what ends a ceremony's or a festival's name.
_CEREMONY_RE = re.compile(rf"(?:\([^()\n]{{1,24}}\))?([{CJK}]{{1,3}}[祭节])")


def ceremony_named(han: list[Proposal], folded: str) -> set[str]:
    """The forms of ``han`` (Han proposals) that name a ceremony, no person. General: the word's
    ending and its repetition without the form decide, no wording."""
    words: dict[str, set[str]] = {}
    for p in han:
        m = _CEREMONY_RE.match(folded, p.end)
        word = m.group(1) if m is not None and not any(c in PARTICLES for c in m.group(1)) else ""
        words.setdefault(p.form, set()).add(word)
    named = {f: next(iter(w)) for f, w in words.items() if len(w) == 1 and "" not in w}
    if not named:
        return set()
    counts = occurrences(folded, set(named) | set(named.values()))
    return {f for f, w in named.items() if counts[w] > counts[f]}
