"""Chinese names by surname: a surname and one or two given characters,
judged by the cues around them, the dictionary and repetition.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from enum import Enum

from reader.core.people import cues, lexicon
from reader.core.people.cues import (
    address_run_on,
    address_starts_before,
    boundary_after,
    clause_has_list_cue,
    cue_after,
    cue_before,
    cue_ends_at,
    in_title,
    interview_label,
    named_after,
)
from reader.core.people.lexicon import EVERYDAY, FREQUENT, WORD
from reader.core.people.names import (
    ADDRESS_SUFFIXES,
    AFTER_SUBJECT,
    HARD_NOT_IN_GIVEN_NAME,
    JAPANESE_SURNAMES,
    NOT_IN_GIVEN_NAME,
    PARTICLES,
    SOFT_FIRST_ONLY,
    SOFT_IN_GIVEN_NAME,
    TRANSLIT_CHARS,
    adverb_before_verb,
    is_han,
    surname_length,
)
from reader.core.people.texts import DOT, HAN_RUN_RE, Proposal, Texts, occurrences
from reader.core.surnames import COMMON_SURNAMES, COMPOUND_SURNAMES, CUED_SURNAMES, SURNAMES

_SURNAME_START_RE = re.compile(
    "[" + re.escape("".join(sorted(SURNAMES | {s[0] for s in COMPOUND_SURNAMES | JAPANESE_SURNAMES}))) + "]"
)


class Verdict(Enum):
    """What the shape and context of a surname + given name say."""

    NAME = "name"  # enough on its own
    SHAPED = "shaped"  # name-shaped: a second mention (or the tagger) must confirm
    NO = "no"


# Japanese given names end in 和 (裕和, 和也 start with it) and hold
# numerals (健二, 一郎, 三郎) and 太 (翔太, 兵太郎): after a Japanese surname they are the name.
_JAPANESE_GIVEN = frozenset("和太一二三五七八九十千万")
# Characters that end Japanese given names: a name running on into one is
# longer (小野寺明子, 佐藤由香里), not cut there.
_JAPANESE_GIVEN_ENDINGS = frozenset("子郎美也太介雄夫彦男江代香奈树里")


def _given_ok(given: str, japanese: bool = False) -> bool:
    if given[-1] in SOFT_FIRST_ONLY:
        return False
    return all(is_han(c) and (c not in HARD_NOT_IN_GIVEN_NAME or (japanese and c in _JAPANESE_GIVEN)) for c in given)


def _japanese_ending(folded: str, given: str, end: int) -> bool:
    """山本达也: a Japanese given name's ending (也, 子) after one given character, where no Han
    character follows (not 也 as "also" before a verb) but the ending again (松田和也也: "also")."""
    return (
        len(given) == 2
        and given[1] in _JAPANESE_GIVEN_ENDINGS
        and _given_ok(given[:1], True)
        and (not is_han(folded[end : end + 1]) or folded[end : end + 1] == given[1])
    )


def _japanese_three(folded: str, given: str, end: int) -> bool:
    """佐藤由香里曾: three given characters whose last ends Japanese given names
    (里, 子), though it is a word of its own, unless it starts the next word (里面)
    or is a particle after a name of two (高桥雅人也发来: "also")."""
    return (
        len(given) == 3
        and given[2] in _JAPANESE_GIVEN_ENDINGS
        and given[2] not in PARTICLES
        and _given_ok(given[:2], True)
        and not lexicon.is_common_word(folded[end - 1 : end + 1], WORD)
    )


def _surname_starts(folded: str) -> list[int]:
    """Positions where a surname may start (the only ones worth a look)."""
    return [m.start() for m in _SURNAME_START_RE.finditer(folded)]


def han_names(t: Texts) -> list[Proposal]:
    """Surname + one or two given characters, kept when a cue, the list they
    stand in, the dictionary's name tag, or repetition says it is a person,
    and rejected when it is a common word (小姐, 高速路) instead."""
    folded = t.folded
    found: list[Proposal] = []
    shaped: list[Proposal] = []  # name-shaped, waiting for repetition
    run_end = _run_ends(folded)
    after = 0  # a name was taken up to here
    for i in _surname_starts(folded):
        if i < after:
            continue
        sl = surname_length(folded, i)
        if not sl or (_left_glued(folded, i) and not cue_before(folded, i) and not _after_word(folded, i, sl)):
            continue
        if i > 0 and cue_ends_at(folded, i + 1):
            continue  # 摄影师大森: the "surname" ends a title
        if cues.preposition_written(t.plain, folded, i):
            continue  # 起因於原市議員: the preposition, 原市議員 a former councillor
        end_of_run = run_end(i)
        # (three given characters after a Japanese surname where the third ends such names: 佐藤由香里)
        three = folded[i : i + sl] in JAPANESE_SURNAMES and folded[i + sl + 2 : i + sl + 3] in _JAPANESE_GIVEN_ENDINGS
        for given in (3, 2, 1) if three else (2, 1):
            end = i + sl + given
            if end > end_of_run or any(cue_ends_at(folded, k) for k in range(i + 2, end)):
                continue  # (小提琴手巫一心: a title ends inside 琴手巫, the name starts after it)
            verdict = _judge(folded, i, sl, end)
            if verdict is Verdict.NO:
                continue
            strong = verdict is Verdict.NAME
            (found if strong else shaped).append(Proposal(i, end, folded[i:end], strong))
            after = end
            break
    found, shaped = _married(folded, found), _married(folded, shaped)
    # Name-shaped twice (once with a clear end is enough to have proposed it).
    counts = occurrences(folded, {p.form for p in shaped})
    found += [Proposal(p.start, p.end, p.form, True) for p in shaped if counts[p.form] >= 2]
    return found


def _word_or_stop_after(folded: str, end: int) -> bool:
    """A stop character or a word starts right after the name (两, 在, 分析)."""
    return folded[end : end + 1] in NOT_IN_GIVEN_NAME or lexicon.is_common_word(folded[end : end + 2], WORD)


# How far to look for the shorter form of a name (bounded: linear time).
_NEAR = 3000


def _short_alone(folded: str, start: int, end: int) -> bool:
    """The name without its last character also stands alone nearby (邹可递给
    … 邹可去年): the shorter reading is the name."""
    near = folded[max(0, start - _NEAR) : end + _NEAR]
    return near.count(folded[start : end - 1]) > near.count(folded[start:end])


def _married(folded: str, proposals: list[Proposal]) -> list[Proposal]:
    """佘陳玉蓮: a married woman's name puts her husband's surname before her
    own (surname + surname + two given characters). Taken when a cue stands
    before the four characters or they occur twice (counted in one pass for
    all, so the cost stays linear)."""
    longer = {
        k: Proposal(p.start - 1, p.end, folded[p.start - 1 : p.end], p.strong)
        for k, p in enumerate(proposals)
        if p.end - p.start == 3
        and surname_length(folded, p.start) == 1
        and p.start > 0
        and folded[p.start - 1] in COMMON_SURNAMES
        and folded[p.start] in COMMON_SURNAMES  # (王明李华 is two people: 明 is a rare surname)
        and not _left_glued(folded, p.start - 1)
    }
    counts = occurrences(folded, {p.form for p in longer.values() if not cue_before(folded, p.start)})
    return [
        q if (q := longer.get(k)) is not None and (cue_before(folded, q.start) or counts[q.form] >= 2) else p
        for k, p in enumerate(proposals)
    ]


def _run_ends(folded: str) -> Callable[[int], int]:
    """End of the Han run containing a position (the position itself if none)."""
    runs = [(m.start(), m.end()) for m in HAN_RUN_RE.finditer(folded)]
    keys = [a for a, _ in runs]

    def run_end(pos: int) -> int:
        i = bisect.bisect_right(keys, pos) - 1
        return runs[i][1] if i >= 0 and pos < runs[i][1] else pos

    return run_end


def shaped_han_name(folded: str, start: int, end: int) -> bool:
    """A common surname and a two-character given name that is no word."""
    sl = surname_length(folded, start)
    # (a span running past the text's end is no name: 、欧阳红 at the very end)
    return (
        bool(sl) and end - start == sl + 2 and end <= len(folded) and _judge(folded, start, sl, end) is not Verdict.NO
    )


def _titled(folded: str, start: int) -> bool:
    """A title right before, whose last character does not form a word with
    the surname (女儿时久久: 儿时 is a word, the title is no title here)."""
    return cue_before(folded, start) and not _left_glued(folded, start)


def _left_glued(folded: str, i: int) -> bool:
    if i > 0 and is_han(folded[i - 1]) and lexicon.is_common_word(folded[i - 1 : i + 1], WORD):
        return True
    # The surname ends a three-character word (大提琴客座老师: 琴 ends 大提琴),
    # or sits in the middle of one (俱乐部总教练: 乐 is inside 俱乐部).
    if i > 1 and is_han(folded[i - 2]) and lexicon.is_common_word(folded[i - 2 : i + 1]):
        return True
    return i > 0 and is_han(folded[i - 1]) and lexicon.is_common_word(folded[i - 1 : i + 2], WORD)


def _after_word(folded: str, i: int, sl: int) -> bool:
    """聘任|何必成先生: the surname makes a word with the character before
    (任何), that character ends a word of its own (聘任), and an address
    follows the name (先生, 女士): the surname starts the name."""
    return (
        i > 1
        and _left_glued(folded, i)
        and lexicon.is_common_word(folded[i - 2 : i], WORD)
        and any(folded.startswith(_ADDRESSES, i + sl + g) for g in (1, 2))
    )


# Addresses of two characters or more after a name (not 姐 or 公, which end words).
_ADDRESSES = tuple(a for a in ADDRESS_SUFFIXES if len(a) >= 2)


# Adverbs, conjunctions, prepositions, pronouns: never a given name (久久).
_ADVERB_TAGS = frozenset(["d", "c", "p", "r", "u"])


def _and_ends_name(folded: str, start: int, sl: int, end: int) -> bool:
    """粘振和。粘振和研究, 老师严之和也: a given name ends in 和 where 和 can
    join nothing (punctuation, an adverb, 的, 是 or a speech verb follows)."""
    if end - start != sl + 2 or folded[end - 1] != "和":
        return False
    nxt = folded[end : end + 1]
    return (
        not nxt or not (is_han(nxt) or nxt.isalnum()) or nxt in AFTER_SUBJECT or nxt in "的是" or cue_after(folded, end)
    )


# Aspect particles: they follow a verb, never a name (著 as Traditional writes 着).
_ASPECT = frozenset("了着著")


def _time_word(word: str) -> bool:
    entry = lexicon.lookup(word)
    return entry is not None and entry.tag == "t" and entry.freq >= FREQUENT


# The dictionary's tags of a time word (a solar term, 夏至) and a place's name: words no thing is,
# so a person's role right before one names someone (书记员夏至参与).
_TERM_TAGS = frozenset(("t", "ns"))


def _cued_term(folded: str, start: int, end: int, entry: lexicon.Entry | None) -> bool:
    # (or a word the dictionary tags a name's too, after any surname, a speech verb after it: 主任宁静介绍)
    term = entry is not None and entry.tag in _TERM_TAGS and entry.freq < FREQUENT and folded[start] in COMMON_SURNAMES
    named = entry is not None and entry.is_name and cue_after(folded, end)
    return (term or named) and cue_before(folded, start) and boundary_after(folded, end)


def _judge(folded: str, start: int, sl: int, end: int) -> Verdict:
    name = folded[start:end]
    given = name[sl:]
    ends_in_and = _and_ends_name(folded, start, sl, end)
    japanese = name[:sl] in JAPANESE_SURNAMES
    given_ok = _given_ok(given[:-1] if ends_in_and else given, japanese) or cues.titled_listed_name(folded, start, end)
    given_ok = given_ok or (japanese and (_japanese_ending(folded, given, end) or _japanese_three(folded, given, end)))
    # (the dictionary lists some famous Japanese names as rare nouns: 村上春树 10)
    entry = lexicon.lookup(name)
    # A compound surname's full name the dictionary tags as a person (诸葛亮)
    # is one however often it is written: the frequency that makes 小姐 noise
    # says nothing about it.
    famous = sl == 2 and name[:2] in COMPOUND_SURNAMES and entry is not None and entry.is_name
    listed_word = not famous and lexicon.is_common_word(name, WORD if japanese and len(name) >= 4 else lexicon.LISTED)
    term = listed_word and _cued_term(folded, start, end, entry)
    listed_word = listed_word and not term
    if not given_ok or listed_word:
        return Verdict.NO
    if folded[end : end + 1] == DOT or folded[start - 1 : start] == DOT or named_after(folded, end):
        return Verdict.NO  # part of a dotted foreign name, or of an institution's name
    if in_title(folded, start, end):
        return Verdict.NO  # 《柳叶刀》: a journal
    if address_run_on(folded, start, sl, end):
        return Verdict.NO  # 郭导让我们, 王总强调: an address and a verb
    if folded[end : end + 1] == "某":
        return Verdict.NO  # 范阳卢某: 某 stands for a withheld given name, the name runs on
    cued = (
        cue_after(folded, end)
        or interview_label(folded, start, end)
        or (cue_before(folded, start) and boundary_after(folded, end))
        or (cues.aged_before(folded, start) and not lexicon.is_common_word(name[: sl + 1], lexicon.LISTED))
    )
    if japanese:
        # 小林, 中山 are words and places too: only with a cue; a cued one
        # may have a given name that is a word too (野口一成), and a title
        # before it is enough (编剧野口一成操刀: given names are two characters).
        titled = cue_before(folded, start) and folded[end : end + 1] not in _JAPANESE_GIVEN_ENDINGS
        if len(given) == 1:
            # 创办人五十岚清的孙子: one given character, only between a title
            # and a clear end (a particle, punctuation).
            nxt = folded[end : end + 1]
            clear = not nxt or not is_han(nxt) or nxt in PARTICLES
            if sl >= 3 and cue_after(folded, end):
                return Verdict.NAME  # 宇多田光表示: a three-character surname and a speech verb
            return Verdict.NAME if cue_before(folded, start) and clear and sl >= 2 else Verdict.NO
        if lexicon.is_common_word(folded[end - 1 : end + 1], WORD) and not cue_after(folded, end):
            return Verdict.NO  # 歌手宇多田光发布: the last character starts the verb (发布)
        return Verdict.NAME if (cued or titled) and len(given) >= 2 else Verdict.NO
    if (
        len(given) == 2
        and lexicon.is_common_word(name[: sl + 1], FREQUENT)
        and not cue_before(folded, start)
        and not (cue_after(folded, end) and _after_word(folded, start, sl))
    ):
        return Verdict.NO  # 老顾客来问: 顾客 is a word; a verb after it is no cue
    if len(given) == 2 and folded[end : end + 1] in _ASPECT:
        return Verdict.NO  # 何炅笑着说: an aspect particle follows a verb, never a name
    if len(given) == 2 and _time_word(name[: sl + 1]) and not cue_after(folded, end):
        return Verdict.NO  # 爸爸周末带孩子: a frequent time word (周末) after a title is that word
    if len(given) == 2 and adverb_before_verb(folded, end - 1):
        return Verdict.NO  # 傅明共出示: an adverb before the verb, not a given name
    common = name[:sl] in COMMON_SURNAMES or name[:sl] in COMPOUND_SURNAMES
    # 何之谦, 潘一心: a stop character inside the given name needs support.
    soft = any(c in SOFT_IN_GIVEN_NAME for c in given) or ends_in_and
    if len(given) == 1 and address_starts_before(folded, end):
        return Verdict.NO  # 黃老先生: 老 starts the address 老先生, no given name
    if famous and boundary_after(folded, end) and not _time_word(folded[max(0, start - 2) : start]):
        return Verdict.NAME  # (after a time word it is a saying's type: 事后诸葛亮, hindsight)
    if len(given) == 1:
        # Two-character names need a cue, a common surname (来越 in 越来越 is
        # no name), and no dictionary word (李娜 is there as a name: fine).
        known_name = entry is None or (entry.is_name and entry.freq < FREQUENT) or term
        common_surname = name[:sl] in CUED_SURNAMES or (sl == 2 and cue_after(folded, end)) or term  # 书记单于红坦言
        ok = cued and common_surname and known_name and not soft and boundary_after(folded, end)
        return Verdict.NAME if ok else Verdict.NO
    if lexicon.is_common_word(name[: sl + 1], WORD) and not cued:
        return Verdict.NO
    # 李明日前: 日前 is a word, the name is shorter; unless it ends in a stop character and a cue vouches for the
    # longer one (后卫魏正一两黄, 演员钟以正在, 副教授官一平分析), not after a compound surname (南宫月带来).
    if (
        lexicon.is_common_word(folded[end - 1 : end + 1], WORD)
        and not cue_after(folded, end)
        and not (
            cued
            and given[0] in NOT_IN_GIVEN_NAME
            and sl == 1
            and _word_or_stop_after(folded, end)
            and not _short_alone(folded, start, end)
        )
    ):
        return Verdict.NO
    if lexicon.is_common_word(given, EVERYDAY):
        return Verdict.NO  # 来准确预测: the "given name" is an everyday word
    given_entry = lexicon.lookup(given)
    if given_entry is not None and not given_entry.is_name:
        if given_entry.tag in _ADVERB_TAGS and given_entry.freq >= WORD and not _titled(folded, start):
            # 女儿时久久不肯: an adverb (久久) is a given name right after a
            # title (弟子全一心), or when the name comes back (付一心 … 付一心的女儿).
            return Verdict.SHAPED if boundary_after(folded, end) else Verdict.NO
        if given_entry.freq >= FREQUENT and not cue_before(folded, start):
            return Verdict.NO  # 嘉华珠宝主席: a frequent word (珠宝) needs a title before it
    if cued:
        return Verdict.NAME
    if (
        soft
        and given[-1] in SOFT_IN_GIVEN_NAME
        and given[0] not in NOT_IN_GIVEN_NAME
        and given_entry is None
        and cue_before(folded, start)
        and lexicon.is_common_word(folded[end : end + 2])
        and not lexicon.is_common_word(folded[end - 1 : end + 1])
    ):
        # 曾祖父祝鸿年手写的: after a title, a stop character that makes no
        # word with the given character before it (鸿年) nor with the one
        # after it (年手), with a word starting next (手写), ends the name.
        return Verdict.NAME
    if lexicon.is_common_word(given, FREQUENT):
        return Verdict.NO
    if not common:
        # A rarer surname (谈一鸣): a given name no dictionary knows, with a
        # clear end, and a second mention to confirm.
        unknown = given_entry is None and entry is None and lexicon.lookup(name[: sl + 1]) is None  # (谷歌花了)
        return Verdict.SHAPED if unknown and boundary_after(folded, end) else Verdict.NO
    if start > 0 and folded[start - 1] in TRANSLIT_CHARS and all(c in TRANSLIT_CHARS for c in name):
        return Verdict.NO  # the tail of a longer transliteration (布宜诺斯艾利斯)
    if soft:
        return Verdict.SHAPED if boundary_after(folded, end) else Verdict.NO
    if entry is not None and entry.is_name:
        return Verdict.NAME
    if boundary_after(folded, end) and clause_has_list_cue(folded, start):
        return Verdict.NAME
    return Verdict.SHAPED if boundary_after(folded, end) else Verdict.NO
