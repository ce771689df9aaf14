"""An elder's respectful address, a surname and 老 (汤老 for 76-year-old 汤国梁): the tagger runs it on into the
adverb after it (汤老将|卸任: 将, the future marker of the verb after it), and no given name is 老 and such an
adverb. The address names the one person of that surname the text names in full
(:mod:`reader.core.people.addressed`).
"""

from __future__ import annotations

from reader.core.people import lexicon
from reader.core.people.names import AFTER_SUBJECT, surname_length
from reader.core.people.texts import Proposal

# The address: 老 after a surname (汤老, 钱老); before one it is a nickname's (老王).
ELDER = "老"


def elder_run_ons(proposals: list[Proposal], folded: str) -> list[Proposal]:
    """汤老将卸任 is 汤老 | 将卸任: a surname, 老, then an adverb that makes no word with the character after
    it (将卸) while the two after it make one (卸任: the verb it qualifies); not 汤老将军说 (将军, a title)."""
    out = []
    for p in proposals:
        form, end = p.form, p.end
        if (
            len(form) == 3
            and not p.latin
            and surname_length(form, 0) == 1
            and form[1] == ELDER
            and form[2] in AFTER_SUBJECT
            and lexicon.is_common_word(folded[end : end + 2], lexicon.WORD)
            and not lexicon.is_common_word(folded[end - 1 : end + 1], lexicon.WORD)
        ):
            p = Proposal(p.start, end - 1, form[:2], p.strong, p.latin)
        out.append(p)
    return out


__all__ = ["ELDER", "elder_run_ons"]
