"""Three characters read as a person that open with no surname, whose reading a clause or the text explains:
one and a verb before 就 or 便 (天一亮就要起床: the 一…就 'as soon as' of a clause, no given name); a verb before
an elder's address the text writes alone (都搵筆伯。 beside 「筆伯」 … 筆伯話: 搵, 'look for', and the
nickname); or a form proposed at a third of its mentions or fewer, none cued (和聲軒 read a person once in
seven: the tagger's other readings, 和|聲軒, and no surname say it is no one's name)."""

from __future__ import annotations

from collections import Counter

from reader.core.people.cues import cue_after, cue_before
from reader.core.people.names import is_han, surname_length
from reader.core.people.texts import Proposal, starts

# One-character addresses of an elder or a sibling after a given character (筆伯, 秋英婶, 鐵山哥).
_ELDER_ENDS = frozenset("伯叔婶姐哥嫂公婆嬷爷姨")
# What follows 一 and a verb in "as soon as" (天一亮就, 他一到便).
_THEN = frozenset("就便")
# How many forms per text are counted (each a scan of the text: linear).
MAX_CHECKS = 24


def clause_read(folded: str, start: int, end: int) -> bool:
    """Whether the surname-less ``folded[start:end]`` is one and a verb before 就 or 便."""
    form = folded[start:end]
    return len(form) == 3 and form[1] == "一" and folded[end : end + 1] in _THEN and is_han(form[0])


def unsurnamed_dropped(folded: str, han: list[Proposal]) -> set[str]:
    """The three-character forms no surname opens that are a verb and an elder's address the text
    writes alone two times more, or proposed at a third of three mentions or more, none cued."""
    proposed = Counter(p.form for p in han if len(p.form) == 3 and all(map(is_han, p.form)))
    shaped = [f for f in proposed if not surname_length(f, 0)][:MAX_CHECKS]
    drop = set()
    for form in shaped:
        mentions = folded.count(form)
        if form[2] in _ELDER_ENDS and folded.count(form[1:]) - mentions >= 2:
            drop.add(form)  # (the address alone more often than the form: 搵筆伯 once, 筆伯 often)
        elif proposed[form] * 3 <= mentions and not any(
            cue_before(folded, at) or cue_after(folded, at + 3) for at in starts(folded, form)
        ):
            drop.add(form)
    return drop
