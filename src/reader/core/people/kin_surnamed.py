"""A child named before the parent who shares the surname (田希望的父親田志成說): a
surname and two characters that make a word (希望, 'hope') are no name on their
own, but the text's found person after 的 and a parent's or a child's word bears
the same surname, as a family's members do, so the three are a name. So is an elder after a pronoun
and a parent's or a grandparent's word who bears the surname of the person named before in the
sentence (林志成說，錦記茶行是他阿公林錦泉開的), and a child or a sibling after a kin word whose surname and
first given character, a generation's, a found name opens (他為女兒屈家慧畫的 beside 屈家樂: a brother). Used by
:mod:`reader.core.people.compound_kin`."""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.kin_names import KIN_WORDS
from reader.core.people.names import ADDRESS_SUFFIXES, CJK, NOT_IN_GIVEN_NAME, PARTICLES, is_han, surname_length
from reader.core.people.texts import Proposal

# A three-character form, 的, a kin word, then a name of three (whose surname is checked).
_KIN_OF_RE = re.compile(
    rf"([{CJK}]{{3}})的(?:父亲|母亲|爸爸|妈妈|儿子|女儿|哥哥|姐姐|弟弟|妹妹|孙子|孙女|侄子|侄女|祖父|爷爷)([{CJK}]{{3}})"
)


# A pronoun, a parent's or a grandparent's word, then a name of three (他阿公林錦泉開的: a Taiwanese
# grandfather the tagger reads no person after).
_THEIR_KIN_RE = re.compile(
    rf"[他她我佢]的?(?:父亲|母亲|爸爸|妈妈|阿爸|阿妈|祖父|祖母|爷爷|奶奶|阿公|阿嬷|外公|外婆)([{CJK}]{{3}})"
)
_SENTENCE_ENDS = "。！？!?\n"


def _their_kin(folded: str, known: set[str]) -> list[Proposal]:
    """茶行老闆林志成說，錦記茶行是他阿公林錦泉開的: the three after a pronoun's parent or grandparent bear
    the surname of a person found earlier in the sentence, whom the pronoun names: the family's elder."""
    found = []
    for m in _THEIR_KIN_RE.finditer(folded):
        form, start = m.group(1), m.start(1)
        if form in known or form[:2] in known or surname_length(form, 0) != 1:
            continue
        if not all(is_han(c) and c not in PARTICLES and c not in NOT_IN_GIVEN_NAME for c in form[1:]):
            continue
        if lexicon.is_common_word(form[1:]) or lexicon.lookup(form) is not None:
            continue
        opened = max(folded.rfind(c, 0, m.start()) for c in _SENTENCE_ENDS) + 1
        clause = folded[opened : m.start()]
        if any(len(k) == 3 and k[0] == form[0] and k in clause for k in known):
            found.append(Proposal(start, start + 3, form, True))
    return found


def _generation_kin(folded: str, known: set[str]) -> list[Proposal]:
    """他為女兒屈家慧畫的《慧兒學步》 beside 屈家樂: a kin word (女儿, 儿子, 妹妹), then the surname and the first
    given character of a found name of three, the generation's character siblings share, then one more: the
    relative's own name, though no rule reads the rare surname (屈) or the end (慧|画) alone."""
    prefixes = {f[:2] for f in known if len(f) == 3 and surname_length(f, 0) == 1 and is_han(f[1])}
    found = []
    for m in _KIN_AFTER_RE.finditer(folded) if prefixes else ():  # (the kin words, not every prefix's mentions)
        at = m.end()
        form = folded[at : at + 3]
        if form[:2] not in prefixes or form in known or len(form) < 3:
            continue
        last = form[2]
        if is_han(last) and last not in PARTICLES and last not in NOT_IN_GIVEN_NAME and lexicon.lookup(form) is None:
            found.append(Proposal(at, at + 3, form, True))
    return found


# The kin words a relative's full name follows (a child's, a sibling's, a spouse's), longest first.
_KIN_AFTER_RE = re.compile("|".join(KIN_WORDS))


def kin_surnamed(folded: str, known: set[str]) -> list[Proposal]:
    """The forms before 的 and a kin word whose found relative after it shares their surname, opening
    their clause; and the forms after the kin word sharing the found person's surname before it
    (粘錦成的孫女粘玉蘭當晚: a rare surname the tables lack, 粘, read by no rule alone)."""
    found = _their_kin(folded, known) + _generation_kin(folded, known)
    if "的" not in folded:
        return found
    for m in _KIN_OF_RE.finditer(folded):
        before, after = m.group(1), m.group(2)
        if before[0] != after[0] or (before in known) == (after in known):
            continue
        if before in known:
            form, start = after, m.start(2)
            if form[:2] in known:
                continue  # 曹雪芹的祖父曹寅当年: the relative's name of two is read, its next character opens a word
        elif not is_han(folded[m.start(1) - 1 : m.start(1)] or "。"):
            form, start = before, m.start(1)
        else:
            continue
        if (
            surname_length(form, 0) == 1
            and not form.endswith(ADDRESS_SUFFIXES)  # (李站长的女儿李思南: a surname and a title, the father's address)
            and all(is_han(c) and c not in PARTICLES and c not in NOT_IN_GIVEN_NAME for c in form[1:])
        ):
            found.append(Proposal(start, start + 3, form, True))
    return found
