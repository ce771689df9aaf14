"""Cantonese words the tagger runs into the name after them, or reads as a surname: the question
系咪 (係咪鳳凰女嘅親戚, "is it Fung Wong Nui's relative": 咪 belongs to the question, no name opens
with it), and the adverb 仲 ("still, also": 講完，仲即場用手拍, "and right there clapped"), a rare
surname that in a text written in Cantonese opens a clause far more often than a name does.
Used by :mod:`reader.core.people.cut_names`."""

from __future__ import annotations

from reader.core.people.names import CANTONESE_PARTICLES
from reader.core.people.texts import starts

_QUESTION_VERBS = frozenset("系是")  # (folded: 係 reads 系)
_CLAUSE_OPENERS = frozenset("，,。！？!?；;「“\n")
# Cantonese particles in a text before it counts as written in Cantonese (not 系, folded 係: 关系, 系统).
_CANTONESE_TEXT = 3
_PARTICLES = tuple(CANTONESE_PARTICLES - {"系"})


def cantonese_opener(folded: str, start: int, end: int) -> int:
    """How many characters at ``start`` of the tagger's person are a Cantonese word's, not the name's:
    1 for 咪 after 系, the whole span for 仲 opening a clause of a Cantonese text where the form is
    written once (a name is no clause's adverb), else 0."""
    c = folded[start : start + 1]
    if c == "咪" and end - start >= 3 and folded[start - 1 : start] in _QUESTION_VERBS:
        return 1
    if c != "仲" or (start > 0 and folded[start - 1] not in _CLAUSE_OPENERS):
        return 0
    if not _cantonese(folded, start) or len(starts(folded, folded[start:end])) != 1:
        return 0
    return end - start


def cantonese_adverb_end(folded: str, start: int, end: int) -> int:
    """1 where the tagger's person of three characters or more ends in 仲 before a Cantonese particle or
    copula in a Cantonese text (馬房仲喺跑馬地, "the stable was still at Happy Valley"; 陳大文仲喺度): the
    adverb after the clause's subject, no given name's end, else 0."""
    if end - start < 3 or folded[end - 1] != "仲" or folded[end : end + 1] not in CANTONESE_PARTICLES:
        return 0
    return 1 if _cantonese(folded, end) else 0


def _cantonese(folded: str, at: int) -> bool:
    """Cantonese particles around ``at`` (the paragraph's neighbourhood, so the test stays short)."""
    near = folded[max(0, at - 300) : at + 300]
    return sum(near.count(p) for p in _PARTICLES) >= _CANTONESE_TEXT
