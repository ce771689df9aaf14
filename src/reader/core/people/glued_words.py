"""Forms that are words glued to a name's shape, judged at every mention.

- A dictionary word and a function character after it (成绩可登录, 发布于,
  在文告中指出): three Han characters whose first two are a word the
  dictionary lists as no name and no place, the third a character no given
  name ends in, after a word people use, or where the third character starts a
  word with the next (中指 of 中指出).
- An address and the verb after it (陳姨話：, 麥伯瞓唔着): a surname and a
  one-character address (伯, 姨) is the whole name when the third character
  starts a speech verb or a Cantonese particle follows it, at every mention;
  the form is cut back to the address (陳姨).
- A piece of an organisation's name (何記餅家, 聖羅撒劍擊隊, 怡保心算坊,
  华仁华小): a form that runs on, at every mention, into one or two Han
  characters ending in a shop's, a team's or a school's last character, with
  the token ending there, the tail no word of its own (合家).
- A word before a name that takes the name's first character (多謝馮姑娘 read as
  多謝馮 beside 馮姑娘): a form of three Han characters whose last one starts
  another form at every mention, the two before it a word people use.
- A place's or a school's name (柔佛州, 育德华小): three Han characters or
  more that end in a unit of a country (州, 省, 县, 镇; not 市, which ends
  given names in Taiwan: 陈罔市) or in a school's short name (华小, 独中, 国小,
  国中), where no title or speech verb stands beside a mention.
- A thing counted with a measure word (一幅白布, 𠮶张纸): see
  :mod:`reader.core.people.measured_things`.
- A subject and its verb (车友笑说), one coming to do something (来修钟), a stall's name (A03　林家蚝煎):
  see :mod:`reader.core.people.verb_runs`.
- A body the text says it is (蘊聲軒是…北管館閣): see :mod:`reader.core.people.copula_bodies`.
- A unit's or a thing's end (文教股, 招生办, 华文课, 黄姜饭): see :mod:`reader.core.people.thing_ends`.
"""

from __future__ import annotations

import re

from reader.core.han import is_han_char
from reader.core.people import lexicon, texts
from reader.core.people.copula_bodies import body_named
from reader.core.people.cues import cue_after, cue_before, cued_at
from reader.core.people.measured_things import measured_things
from reader.core.people.names import (
    ADDRESS_SUFFIXES,
    CANTONESE_PARTICLES,
    NOT_IN_GIVEN_NAME,
)
from reader.core.people.thing_ends import glossed_things, thing_end
from reader.core.people.verb_runs import verb_run
from reader.core.surnames import COMPOUND_SURNAMES, SURNAMES

# One-character addresses after a surname (陳伯, 何姐; 姨 as Hong Kong and Macau say 陳姨).
_ADDRESSES = frozenset(a for a in ADDRESS_SUFFIXES if len(a) == 1) | {"姨"}
# The last character of a shop's (餅家, 心算坊, 餅店), a team's (劍擊隊) or a Malaysian Chinese school's (华小)
# name; the token ends right after it.
_ORG_ENDS = "家坊队店小"
_ORG_TAIL = re.compile(rf"[\u4e00-\u9fff]?[{_ORG_ENDS}](?![\u4e00-\u9fff])")


def _mentions(folded: str, form: str) -> list[int]:
    """Every start of ``form``, overlapping ones too. A form that cannot
    overlap itself takes the shared scan, kept for a long text's other rules."""
    if not any(form.startswith(form[k:]) for k in range(1, len(form))):
        return texts.starts(folded, form)
    return texts.every_start(folded, form)


def _word_and_function(folded: str, form: str, starts: list[int]) -> bool:
    if form[2] not in NOT_IN_GIVEN_NAME or form[:2] in COMPOUND_SURNAMES:
        return False
    entry = lexicon.lookup(form[:2])
    if entry is None or entry.is_name or entry.tag == "ns" or entry.freq < lexicon.LISTED:
        return False
    # (a title before it proves nothing: 选手成绩可 is 选手 + 成绩; nor 指出 after 中 of 文告中指出)
    return entry.freq >= lexicon.WORD or all(lexicon.is_common_word(folded[s + 2 : s + 4]) for s in starts)


def _address_and_verb(folded: str, form: str, starts: list[int]) -> bool:
    if form[0] not in SURNAMES or form[1] not in _ADDRESSES:
        return False
    return all(
        cue_after(folded, s + 2) or folded[s + 3 : s + 4] in CANTONESE_PARTICLES  # (not 和 of 王叔和。)
        for s in starts
    ) and not any(cue_before(folded, s) for s in starts)


def _org_piece(folded: str, form: str, starts: list[int]) -> bool:
    # (not a word that ends so: 林美珠合家, the whole family)
    tails = [_ORG_TAIL.match(folded, s + len(form)) for s in starts]
    return all(m is not None and not lexicon.is_common_word(m.group()) for m in tails)


_UNITS = frozenset("州省县镇")
_SCHOOLS = ("华小", "独中", "国小", "国中")


def _place_or_school(folded: str, form: str, starts: list[int]) -> bool:
    if len(form) < 3 or not (form[-1] in _UNITS or form.endswith(_SCHOOLS)):
        return False
    return not cued_at(folded, form, starts)


def _word_before_name(folded: str, form: str, starts: list[int], forms: set[str]) -> bool:
    if not lexicon.is_common_word(form[:2], lexicon.WORD):
        return False
    nexts = [f for f in forms if len(f) >= 2 and f[0] == form[2] and f != form]
    return bool(nexts) and all(any(folded.startswith(f, s + 2) for f in nexts) for s in starts)


_WORD_RULES = (_org_piece, _place_or_school, measured_things, verb_run, thing_end, body_named)


def words_unglued(folded: str, forms: set[str]) -> set[str]:
    """``forms`` without the words glued to a name's shape, the fused
    addresses cut back to the address."""
    kept = set(forms)
    for form in forms:
        if not all(is_han_char(c) for c in form):
            continue
        starts = _mentions(folded, form)
        if not starts:
            continue
        three = len(form) == 3
        if three and (_word_and_function(folded, form, starts) or _word_before_name(folded, form, starts, forms)):
            kept.discard(form)
        elif three and _address_and_verb(folded, form, starts):
            kept.discard(form)
            kept.add(form[:2])
        elif any(rule(folded, form, starts) for rule in _WORD_RULES):
            kept.discard(form)
    return kept - glossed_things(folded, forms - kept, kept)
