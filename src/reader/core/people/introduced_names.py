"""A name introduced as what someone is, then quoted at once: 新护士代表是夏天晴。她说：…
(the clause ends on the name after 是, and the next opens with 她 or 他 and a speech verb,
so the one introduced speaks). Such a name is the person whatever word it starts with
(夏天, summer). And one introduced by what they are and 叫 (还有一个护林员叫葛根，: one, a noun of a
person, 'called', the name closing its clause). Used by :mod:`reader.core.people.cued_names`."""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.names import CJK, PARTICLES, surname_length
from reader.core.people.texts import Proposal

# 是, a name of two or three characters closing its clause, then 她/他 and a speech verb.
_INTRODUCED_RE = re.compile(rf"(?<=是)([{CJK}]{{2,3}})(?=[。，,][她他](?:笑着|笑)?(?:说|表示|告诉|坦言)[:：，,“「])")


# 一个 or 一位 (有个, 有位), a noun of a person (ending as a job or a person does: 护林员, 工人, 老师), 叫 and the
# name closing its clause.
_CALLED_RE = re.compile(rf"(?:一个|一位|有个|有位)([{CJK}]{{1,4}}?)叫([{CJK}]{{2,3}}?)(?=[。，,；;])")
_PERSON_ENDS = frozenset("员工师手人生者友")


def introduced_names(folded: str) -> list[Proposal]:
    """The names so introduced: a surname opens them, no particle in them, no dictionary word (after
    叫: none but a word the dictionary tags as a name too, 葛根)."""
    found: list[Proposal] = []
    for m in _CALLED_RE.finditer(folded) if "叫" in folded else ():
        form, entry = m.group(2), lexicon.lookup(m.group(2))
        sl = surname_length(form, 0)
        if m.group(1)[-1] not in _PERSON_ENDS or not sl or sl >= len(form) or any(c in PARTICLES for c in form):
            continue
        if entry is None or entry.is_name:
            found.append(Proposal(m.start(2), m.end(2), form, True))
    for m in _INTRODUCED_RE.finditer(folded) if "是" in folded else ():
        form = m.group(1)
        sl = surname_length(form, 0)
        if not sl or sl >= len(form) or any(c in PARTICLES for c in form[sl:]) or lexicon.lookup(form) is not None:
            continue
        found.append(Proposal(m.start(1), m.end(1), form, True))
    return found
