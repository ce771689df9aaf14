"""A historical person dated by a dynasty right before the name, a time word
between allowed (清朝時林則徐曾經巡視…, 唐代时李白): three characters a surname
opens that the dictionary lists as a person's name, though the tagger reads
the dynasty's 时 into the surname (时林|则|徐) and never proposes the name.
The era dates a person as an age dates a living one (see name_shape.famous,
which asks the same of the tagger's own spans). So does a work the person wrote,
cited with what it records (日治時期連橫在《台灣通史》裡就記載過: 連橫, 'alliance'
to a rare dictionary entry, the tagger an adverb). So does one who served under him (郑成功部将陈永华). Used by
:mod:`reader.core.people.cued_names`."""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.names import CJK, PARTICLES, is_han, surname_length
from reader.core.people.texts import Proposal, WordTags

# A dynasty and its period (清朝, 唐代, 明末, 东汉), then a time word (时, 时期, 年间) or 的.
_DATED_RE = re.compile(r"(?:[秦汉晋隋唐宋元明清][代朝末初]|[东西南北][汉晋宋周魏齐])(?:时期|年间|时|的)")
_NAME = 3
# A birthday of an age (七十寿辰, 八十大寿, 六十岁生日).
_BIRTHDAY_RE = re.compile(r"[0-9０-９一二三四五六七八九十百]+岁?(?:寿辰|大寿|寿诞|华诞|诞辰|生日)")
# A dynasty's time, 的 maybe, then an office of its court ending in 官 (明代的督陶官, 清朝的县官).
_OFFICE_RE = re.compile(rf"(?:[秦汉晋隋唐宋元明清][代朝末初]|[东西南北][汉晋宋周魏齐])的?[{CJK}]{{1,3}}官")
_OFFICE_REACH = 8
# A writer, 在 and a work's title, where in it, and a verb of recording or writing (连横在《台湾通史》里就记载过):
# three characters (a word's last may stand before the name), or two opening the clause (，连横在《…》里也写过).
_CITED_RE = re.compile(
    rf"([{CJK}]{{3}}|(?<![{CJK}])[{CJK}]{{2}})在《[^》\n]{{1,20}}》(?:一书)?[里中内](?:就|也|曾|便)?(?:记载|写道|写|提到|记录|描述)"
)


# What one who served under a commander is called, between the commander's name and theirs (郑成功部将陈永华).
_UNDER_RE = re.compile(rf"(?<=[{CJK}]{{3}})(?:部将|部下|麾下|旧部)(?=[{CJK}])")


def commanders(folded: str) -> list[Proposal]:
    """郑成功部将陈永华: three characters a surname opens that the dictionary lists as a name in use, right
    before a word for one under his command and a surname: the commander, whom the tagger may read into a
    unit (郑成功部). Not a place's or a unit's name before it (东路军部下: no name the dictionary lists)."""
    found = []
    for m in _UNDER_RE.finditer(folded) if "部" in folded or "麾" in folded else ():
        at = m.start() - _NAME
        form = folded[at : m.start()]
        entry = lexicon.lookup(form)
        listed = entry is not None and entry.is_name and entry.freq >= lexicon.WORD
        if listed and surname_length(form, 0) == 1 and surname_length(folded, m.end()):
            found.append(Proposal(at, m.start(), form, True))
    return found


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


def cited_writers(folded: str) -> list[Proposal]:
    """The writer of a work the text cites for what it records: three characters a surname opens, or
    the last two where the first makes a word with the character before it or opens none (时期|连横), or
    two opening the clause,
    no particle in them and no word people use (台湾在《…》中 is a place)."""
    found = []
    for m in _CITED_RE.finditer(folded) if "在《" in folded else ():
        s = m.start(1)
        glued = lexicon.is_common_word(folded[s - 1 : s + 1]) if s else False
        if surname_length(folded, s) == 1 and not glued:
            start = s
        elif m.end(1) - s == 3 and surname_length(folded, s + 1) == 1:
            start = s + 1
        else:
            continue
        form = folded[start : m.end(1)]
        entry = lexicon.lookup(form)
        if any(c in PARTICLES for c in form) or (
            entry is not None and not entry.is_name and entry.freq >= lexicon.WORD
        ):
            continue
        found.append(Proposal(start, m.end(1), form, True))
    return found


def dated_after(folded: str, end: int, word_tag: WordTags | None) -> bool:
    """李冰在两千多年前就在广都凿了盐井: 在 or 于 right after the name, then a word the tagger reads as a
    time, dates the subject as an era before the name does (唐代李白; see name_shape.famous); so does a time
    word of two characters or more right after it (赵本山|后来在电视上演的: the subject, then when), or a
    birthday of an age (为慈禧七十寿辰绣制佛像: only a person has one)."""
    word = word_tag.get(end + 1) if word_tag is not None and folded[end : end + 1] in _AT_TIME else None
    birthday = _BIRTHDAY_RE.match(folded, end) is not None
    return (word is not None and word[1] == "TIME") or time_next(end, word_tag) or birthday


def time_next(end: int, word_tag: WordTags | None) -> bool:
    """The tagger reads a time word of two characters or more starting right after the name (赵本山|后来):
    its own cut, so the name ends there though its last character makes a word with the next (山后)."""
    word = word_tag.get(end) if word_tag is not None else None
    return word is not None and word[1] == "TIME" and word[0] - end >= 2


_AT_TIME = frozenset("在于")
_AGO = "前"
# How far back the time word before a name may start (四百年前，开普勒).
_TIME_REACH = 8


def time_before(folded: str, start: int, word_tag: WordTags | None) -> bool:
    """四百年前，开普勒描述: the tagger reads a time word of two characters or more ending right before the
    name, set off by a comma or saying how long ago (一百多年前愛迪生點亮): when the subject did what follows
    (see vouched_once). Not an era's name straight before it, which may name a place's time (清代噶瑪蘭通判)."""
    if word_tag is None:
        return False
    apart = folded[start - 1 : start] in "，,"
    end = start - 1 if apart else start
    return any(
        word_tag.get(at) == (end, "TIME") and (apart or folded[end - 1] == _AGO)
        for at in range(max(0, end - _TIME_REACH), end - 1)
    )


def office_dated(folded: str, start: int) -> bool:
    """明代的督陶官唐英: a dynasty's time and an office of its court right before the name, a title no
    role list holds (督陶官, the kiln's overseer): the one who held it then, as the era dates a person."""
    return any(m.end() == start for m in _OFFICE_RE.finditer(folded, max(0, start - _OFFICE_REACH), start))
