"""A line that reads like the site's own terms (本會…概不退還) but stands as
one more rule in a run of the article's rules: kept one-sentence rules
above it and the article's text going on right under it, and all it
refuses is a term of the event or the deal (概不退還, 恕不找續), no
liability (概不負責), no stand (不代表…立場), no right reserved. A site's
statement closes the page (junk or nothing under it); a rule in a list
is the article's, whatever it says of the body that wrote it."""

from __future__ import annotations

from typing import Final

from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import Line
from reader.core.section_numbers import resumes_sections

_RULES_ABOVE: Final = 2  # (kept rules over it: a run, not one paragraph)
_RULE_MAX: Final = 80  # (a rule is one sentence of a line)


def _one_sentence(text: str) -> bool:
    return len(text) <= _RULE_MAX and text.endswith(SENTENCE_END) and "。" not in text[:-1]


# (本规程, 本章程, 本实施细则: the document's kind, two to four characters, as the title ends)
_KIND: Final = range(3, 6)


def names_own_document(text: str, title: str | None) -> bool:
    """Whether ``text`` opens by naming the page's own document as its title
    names it (本规程… under …竞赛规程, 本章程… under …章程): a clause of the
    document about itself (本规程解释权归…), not the site speaking of its pages."""
    if not title or text[:1] != "本":
        return False
    return any(title.endswith(text[1:k]) for k in _KIND)


_REFUSALS: Final = frozenset({"概不", "恕不"})
_LIABLE: Final = ("负", "負")


def amid_listed_rules(lines: list[Line], k: int, cues: list[str]) -> bool:
    """Whether line ``k``, a statement whose disclaiming words are ``cues``, is
    one rule of a kept run of rules with the article going on under it (the
    next line is kept), refusing a term and nothing more."""
    text = lines[k].text
    if resumes_sections(lines, k, k):
        return True  # (六、本館保留…權利 after a kept 五、: the notice's last numbered rule)
    if k + 1 >= len(lines) or not lines[k + 1].kept or not _one_sentence(text):
        return False
    if not cues or not _REFUSALS.issuperset(cues):
        return False
    if any(text[at + 2 : at + 3] in _LIABLE for cue in cues if (at := text.find(cue)) >= 0):
        return False  # (概不負責: the site's liability)
    above = lines[max(0, k - _RULES_ABOVE) : k]
    return len(above) == _RULES_ABOVE and all(line.kept and _one_sentence(line.text) for line in above)
