"""A row opening with a compound surname's name and a title (夏侯仁主任（總務處）):
the tagger rarely reads a two-character surname with a one-character given
name as a person, but a rare compound surname (dictionary evidence) opening a
line, one or two given characters, then an address title is a roster's row."""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.cues import cue_before, cue_ends_at
from reader.core.people.names import (
    ADDRESS_SUFFIXES,
    BEFORE_CUES,
    CJK,
    HARD_NOT_IN_GIVEN_NAME,
    NOT_IN_GIVEN_NAME,
    PARTICLES,
    is_han,
)
from reader.core.people.texts import Proposal
from reader.core.surnames import COMPOUND_SURNAMES

# (only titles of two characters or more: 总, 董 after one given character
# would read a word's end as a title)
_TITLES = "|".join(re.escape(s) for s in ADDRESS_SUFFIXES if len(s) >= 2)
_SURNAMES = "|".join(sorted(COMPOUND_SURNAMES))
_ROW_RE = re.compile(rf"^[ \t\u3000]*((?:{_SURNAMES})[{CJK}]{{1,2}}?)(?={_TITLES})", re.MULTILINE)
# Anywhere in prose: the surname, one or two given characters and a title or
# job (由呼延正义董事长颁奖, 南宫雪馆长将于).
_JOBS = "|".join(re.escape(s.lower()) for s in sorted({*ADDRESS_SUFFIXES, *BEFORE_CUES}, key=len) if len(s) >= 2)
_TITLED_RE = re.compile(rf"((?:{_SURNAMES})[{CJK}]{{1,2}}?)(?={_JOBS})")
# A rank that opens titles (副 of 副局长, 副主任; 总 of 总督察, 总编辑): before a
# title it is the title's start, no given name (范姜副会长提议: 范姜, deputy chair).
_JOB_WORDS = frozenset(s.lower() for s in (*ADDRESS_SUFFIXES, *BEFORE_CUES) if len(s) >= 2)
_RANKED = [j for j in _JOB_WORDS if len(j) >= 3 and j[1:] in _JOB_WORDS]
_RANKS = frozenset(j[0] for j in _RANKED if sum(k[0] == j[0] for k in _RANKED) >= 2)
_ADDRESS_RE = re.compile(rf"({_SURNAMES})(?={_JOBS})")
# After a title (会长端木文耀致开幕辞): the title and the rare surname vouch
# for two given characters even where a verb follows without a break.
_AFTER_TITLE_RE = re.compile(rf"(?<=[{CJK}])(?={_SURNAMES})")


def compound_titled(folded: str) -> list[Proposal]:
    """Proposals for 夏侯仁 in a line opening 夏侯仁主任."""
    found = []
    for m in _ROW_RE.finditer(folded):
        form = m.group(1)
        if form[2:] in _RANKS:
            continue
        if not any(c in PARTICLES for c in form[2:]) and not lexicon.is_common_word(form):
            found.append(Proposal(m.start(1), m.end(1), form, True))
    # In prose, the surname must also stand alone before a title elsewhere (呼延董事长表示):
    # a rare compound surname used as an address vouches for the full name the text gave first.
    addressed = {m.group(1) for m in _ADDRESS_RE.finditer(folded)}
    for m in _TITLED_RE.finditer(folded) if addressed else ():
        form = m.group(1)
        if form[2:] in _RANKS or form[:2] not in addressed or any(c in PARTICLES for c in form[2:]):
            continue
        if not lexicon.is_common_word(form):
            found.append(Proposal(m.start(1), m.end(1), form, True))
    return found + _after_title(folded)


def _after_title(folded: str) -> list[Proposal]:
    """A compound surname right after a title, with two given characters
    the dictionary knows in no reading (端木文, 文耀), and a last character
    that makes no word with the next."""
    found = []
    for m in _AFTER_TITLE_RE.finditer(folded):
        start, end = m.start(), m.start() + 4
        form = folded[start:end]
        if not cue_before(folded, start) or cue_ends_at(folded, start + 1):
            continue  # (董事长孙正义: the "surname" ends the title)
        if _one_given_set_off(folded, start):
            found.append(Proposal(start, start + 3, folded[start : start + 3], True))
            continue
        if len(form) < 4:
            continue
        if (
            (folded[end : end + 1] in _ASPECT or form[3] in _SAID)
            and is_han(form[2])
            and form[2] not in NOT_IN_GIVEN_NAME
        ):
            # 民警上官明带着: an aspect particle makes the fourth character a verb's, one given character;
            # so does a verb of saying as the fourth (攝影師歐陽光話佢…: Cantonese 話, 'said'; no given name ends in it)
            found.append(Proposal(start, start + 3, form[:3], True))
            continue
        if any(c in HARD_NOT_IN_GIVEN_NAME or not is_han(c) for c in form[2:]) or form[-1] in NOT_IN_GIVEN_NAME:
            continue  # (歐陽正則是, 东方明以六胜: 則, 以 start the next words)
        if lexicon.is_common_word(folded[start - 1 : start + 1]):
            continue
        if lexicon.lookup(form[2:]) or lexicon.lookup(form[:3]) or lexicon.is_common_word(folded[end - 1 : end + 1]):
            continue
        found.append(Proposal(start, end, form, True))
    return found


# Aspect particles: a verb's, never a name's (带着, 说了, 来过).
_ASPECT = frozenset("着了过")
# Verbs of saying, folded (说, Cantonese 话 and 讲).
_SAID = frozenset("说话讲")


def _one_given_set_off(folded: str, start: int) -> bool:
    """项目经理呼延庆：上任后: after a title, the compound surname and one given
    character that punctuation or the text's end closes."""
    given, after = folded[start + 2 : start + 3], folded[start + 3 : start + 4]
    if not given or not is_han(given) or given in NOT_IN_GIVEN_NAME or is_han(after or "。"):
        return False
    return not after.isalnum() and not lexicon.is_common_word(folded[start : start + 3])


__all__ = ["compound_titled"]
