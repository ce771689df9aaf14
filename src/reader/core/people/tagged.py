"""The tagger's person spans, accepted only through the rules.

The statistical tagger (:mod:`reader.core.people.tagger`) finds names that
no cue announces, but it also tags fragments (欧阳 for 欧阳振华), addresses
(陈阿嬷, 邝师傅), handles, and runs a particle on (周正在). A span becomes a
proposal only if it has the shape of a name the rules know: a surname and a
given name without a particle, or transliteration characters; and a
two-character name needs a cue, a list neighbour or a second mention.
Latin-script names stay with the rules.
"""

from __future__ import annotations

import re
from collections import Counter

from reader.core.people import lexicon
from reader.core.people.cues import (
    boundary_after,
    cue_after,
    cue_before,
    in_title,
    interview_label,
    named_after,
)
from reader.core.people.english import english_tokens_ok, title_spans_of
from reader.core.people.han import Verdict
from reader.core.people.lexicon import FREQUENT, WORD
from reader.core.people.names import (
    ADDRESS_SUFFIXES,
    AFTER_SUBJECT,
    COMMON_SURNAMES,
    CUED_SURNAMES,
    HARD_NOT_IN_GIVEN_NAME,
    JAPANESE_SURNAMES,
    NICKNAME_PREFIXES,
    NOT_LAST,
    NOT_LAST_BEFORE_HAN,
    NOT_PEOPLE,
    PARTICLES,
    SOFT_FIRST_ONLY,
    SOFT_IN_GIVEN_NAME,
    TRANSLIT_CHARS,
    is_han,
    surname_length,
)
from reader.core.people.texts import DOT, Proposal, Texts, occurrences

# Longest plain (undotted) Chinese name the tagger may propose: compound
# surname + two, or a transliteration such as 克里哲夫斯基.
MAX_PLAIN = 7
MAX_DOTTED = 16
# The tagger's words by start: (end, tag).
WordTags = dict[int, tuple[int, str]]


def tagged_names(
    t: Texts, spans: list[tuple[int, int]], words: list[tuple[int, int, str]] | None = None
) -> list[Proposal]:
    folded = t.folded
    found: list[Proposal] = []
    pending: list[Proposal] = []  # a second mention must confirm
    person_starts = {s for s, _ in spans}
    person_ends = {e for _, e in spans}
    # Where each word the tagger reads ends, by its start (一九三四年 after 戈老).
    word_end = {w[0]: w[1] for w in words or ()}
    word_tag = {w[0]: (w[1], w[2]) for w in words or ()}
    # The word ending at each position, as (text, tag): 那台|史坦威.
    word_before = {w[1]: (folded[w[0] : w[1]], w[2]) for w in words or ()}
    # How often the tagger reads each form as a person (苏新月 three times).
    readings = Counter(folded[s:e] for s, e in spans)
    followers: dict[str, set[str]] = {}  # per compound surname: once per text (linear)
    for start, end in _joined(folded, spans):
        start, end = _trim(folded, start, end, word_tag)
        end = _whole(folded, start, end, end in person_starts, word_end.get(end, end), word_tag)
        end = _compound_whole(folded, start, end, followers)
        start = _translit_head(folded, start, end, word_before)
        if end - start < 2:
            continue
        form = folded[start:end]
        if form in NOT_PEOPLE or folded[start - 1 : start] in ("@", "#") or named_after(folded, end):
            continue
        if _in_hyphenated_term(folded, start, end) or _counted_thing(word_before.get(start)):
            continue  # 杨-米尔斯理论, 那台史坦威: a term, an instrument
        suffix = _address_suffix(form)
        if suffix and len(form) - len(suffix) >= 3:
            end -= len(suffix)  # 陈罔市阿嬷 -> 陈罔市
            form = folded[start:end]
        elif suffix or (len(form) == 2 and form[0] in NICKNAME_PREFIXES and not _stage_name(folded, start, end)):
            continue  # 陈阿嬷, 邝师傅, 阿贤: what people call someone
        if in_title(folded, start, end) or form[-1] in NOT_LAST:
            continue
        if DOT in form:
            # Every part two characters or more, and not stopped in the middle
            # of a transliteration (马克斯·普|朗克研究所).
            whole = folded[end : end + 1] not in TRANSLIT_CHARS or named_after(folded, end + 1)
            if end - start <= MAX_DOTTED and all(len(x) >= 2 for x in form.split(DOT)) and whole:
                found.append(Proposal(start, end, form, True))
            continue
        listed = _listed(folded, start, end, person_starts, person_ends)
        # (a whole word the tagger reads ends right before: 一本|拉马努金)
        word_ends = len(word_before.get(start, ("",))[0]) >= 2
        verdict = _plain(folded, start, end, listed, word_tag, word_ends, readings[form] >= 2)
        if verdict is Verdict.NAME:
            found.append(Proposal(start, end, form, True))
        elif verdict is Verdict.SHAPED:
            pending.append(Proposal(start, end, form, True))
    counts = occurrences(folded, {p.form for p in pending})
    found += [p for p in pending if counts[p.form] >= 2]
    return found


def _joined(folded: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A person the tagger reads in two pieces, the first a lone character or
    a whole surname, the second no surname (久|保田一郎, 马|世芳): one span."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and out[-1][1] == start and is_han(folded[start : start + 1] or "a"):
            s0, e0 = out[-1]
            first = surname_length(folded, s0) >= e0 - s0  # inside a surname (久|保田一郎)
            # (地产商|缪耀宗: the second piece is a name of its own; 类比|布尼杰·戴娜:
            # dotted names are the dotted rules')
            if first and not surname_length(folded, start) and DOT not in folded[start:end] and end - s0 <= MAX_PLAIN:
                out[-1] = (s0, end)
                continue
        out.append((start, end))
    return out


def _address_suffix(form: str) -> str:
    """The 教授 of 王教授, the 阿嬷 of 陈阿嬷 (one character only after a
    bare surname: 陈姐, 王总)."""
    return next((x for x in ADDRESS_SUFFIXES if form.endswith(x) and (len(x) >= 2 or len(form) == 2)), "")


def _trim(folded: str, start: int, end: int, word_tag: WordTags | None = None) -> tuple[int, int]:
    """Drop what is not Han at either end, and a particle the tagger ran on
    at the end (周正在 -> 周正)."""
    while start < end and not is_han(folded[start]):
        start += 1
    while end > start and not is_han(folded[end - 1]):
        end -= 1
    if end - start >= 3 and folded[end - 1] in PARTICLES and not _name_ends_in_conjunction(folded, end, word_tag):
        end -= 1
    elif end - start >= 3 and folded[end - 1] in NOT_LAST_BEFORE_HAN and is_han(folded[end : end + 1] or "a"):
        end -= 1  # 傅明共出示: an adverb before the verb
    return start, end


def _stage_name(folded: str, start: int, end: int) -> bool:
    """歌手阿朵分别, 队长阿贤说: 阿 and one character right after a job title
    (and before a clear end, a speech verb or a word) is what this person
    goes by, a stage name or a nickname, and a person of the article."""
    clear = _clear_end(folded, end) or cue_after(folded, end) or lexicon.lookup(folded[end : end + 2]) is not None
    return folded[start] == "阿" and cue_before(folded, start) and not _left_glued(folded, start) and clear


def _left_glued(folded: str, start: int) -> bool:
    return lexicon.is_common_word(folded[start - 1 : start + 1], WORD)


def _compound_whole(folded: str, start: int, end: int, followers: dict[str, set[str]]) -> int:
    """上官|正: the tagger reads a compound surname alone, and every time it
    occurs (twice at least) the same given character follows: that is the
    name (上官正说, 上官正在: 正 is read as an adverb)."""
    sl = surname_length(folded, start)
    if sl != 2 or end - start != 2:
        return end
    surname = folded[start:end]
    if surname not in followers:
        ends = [m.end() for m in re.finditer(re.escape(surname), folded)]
        # (one mention only: nothing to agree with; an empty set says so)
        followers[surname] = {folded[e : e + 1] for e in ends} if len(ends) >= 2 else set()
    nexts = followers[surname]
    if len(nexts) != 1:
        return end
    (c,) = nexts
    if not is_han(c) or c in HARD_NOT_IN_GIVEN_NAME or lexicon.is_common_word(surname + c):
        return end
    return end + 1


def _translit_head(folded: str, start: int, end: int, word_before: dict[int, tuple[str, str]]) -> int:
    """一本拉|马努金: the tagger reads a transliteration's first character
    alone (拉 as a verb) after a whole word; it belongs to the name."""
    head = word_before.get(start)
    form = folded[start:end]
    if head is None or len(head[0]) != 1 or head[0] not in TRANSLIT_CHARS or len(form) < 3:
        return start
    if not all(c in TRANSLIT_CHARS for c in form) or len(word_before.get(start - 1, ("",))[0]) < 2:
        return start
    return start - 1


def _in_hyphenated_term(folded: str, start: int, end: int) -> bool:
    """杨-米尔斯理论: a name glued by a hyphen to a word before it is part of a
    term named after people, not a mention of one."""
    before = folded[start - 2 : start]
    return len(before) == 2 and before[1] in "-‐‑–" and (is_han(before[0]) or before[0].isalpha())


# Measure words that count people (一位, 两名, 三个): after any other, the
# "name" is a thing (那台史坦威: a piano).
_PERSON_MEASURES = frozenset("位名个")


def _counted_thing(word: tuple[str, str] | None) -> bool:
    return word is not None and word[1] == "q" and word[0][-1:] not in _PERSON_MEASURES


_NO_END = SOFT_FIRST_ONLY | NOT_LAST_BEFORE_HAN  # 钟以|正在, 傅明|共出示
# Stop characters common inside given names, where the tagger often stops
# (人, 年, 来, 才 after a name are more often the next word: 任肯|人).
_EXTENDS = frozenset("一正家之可中千月亦均") & SOFT_IN_GIVEN_NAME


def _whole(
    folded: str,
    start: int,
    end: int,
    split: bool = False,
    next_word_end: int = 0,
    word_tag: WordTags | None = None,
) -> int:
    """Where a name the tagger cut short ends: 柏|一帆以, 包文|正之间. The
    tagger stops before a character that usually ends a name (一, 正); the
    surname and two given characters are the name when what is added forms
    no word with the next character (正在 does: 冼志|正在 stays as read),
    and the name can end there."""
    sl = surname_length(folded, start)
    whole = start + sl + 2
    if not sl or end >= whole or sl > 2 or whole > len(folded) or folded[start] in NICKNAME_PREFIXES:
        return end  # (阿贤 is what people call someone: no surname to extend)
    if (next_word_end != whole and not split) or folded[start + sl] in NICKNAME_PREFIXES:
        # The tagger must read what is added as one word (柏|一帆, 包文|正),
        # not run on (戈老|一九三四年) or split it (施|才|辞); 戈老 is an address.
        return end
    added = folded[end:whole]
    if added in _LIST_SEPARATORS and end - start == sl + 1 and _name_ends_in_conjunction(folded, whole, word_tag):
        return whole  # 副局长阙家|和坦言: no second noun follows 和, it ends the name
    split = split and not surname_length(folded, end)  # (关|罗冰: a name of its own follows)
    if added[0] not in _EXTENDS and not split:
        # The tagger stopped for another reason (周迅|演得很好), unless it
        # reads a person on from there too (马|世芳).
        return end
    if not all(is_han(c) and c not in HARD_NOT_IN_GIVEN_NAME for c in added) or added[-1] in _NO_END:
        return end
    if lexicon.is_common_word(folded[whole - 1 : whole + 1], WORD) or not boundary_after(folded, whole):
        return end
    if lexicon.is_common_word(folded[start:whole]) or lexicon.is_common_word(folded[start + sl : whole], WORD):
        return end
    return whole


def _name_ends_in_conjunction(folded: str, end: int, word_tag: WordTags | None = None) -> bool:
    """邢正和则打趣说: 和 ends the name (no second noun follows it: an
    adverb, a speech verb, punctuation, or any word the tagger reads as a
    verb, a preposition, a number or a time: 蔡家和在赛后, 戚家和是);
    周正和李明: it joins two names."""
    if folded[end - 1] not in _LIST_SEPARATORS:
        return False
    nxt = folded[end : end + 1]
    if not nxt or not (is_han(nxt) or nxt.isalnum()) or nxt in AFTER_SUBJECT or cue_after(folded, end):
        return True
    if folded[end - 1] != "和" or word_tag is None or end not in word_tag:
        return False
    stop, tag = word_tag[end]
    if tag in _NO_SECOND_NOUN:
        return True
    # 父亲卓明和中风，: a common noun that is no person's role ends the clause
    # right after 和; a second person would be named, or called by a role
    # (李明和妻子, 王力和同事).
    noun = folded[end:stop]
    return (
        tag in ("n", "vn")
        and stop - end >= 2
        and not is_han(folded[stop : stop + 1] or "。")
        and not folded[stop : stop + 1].isalnum()
        and not cue_before(folded, stop)
        and noun not in _PEOPLE_NOUNS
    )


# Nouns for people that a role list may lack.
_PEOPLE_NOUNS = frozenset(
    "家人 家属 孩子 子女 朋友 同学 同事 队友 大家 众人 其他人 他人 对方 团队 公司 政府 警方 家族".split()
)


# What the tagger reads right after 和 when it is no conjunction: 和 joins
# two nouns, never a noun and a verb, a preposition, a number or a time.
_NO_SECOND_NOUN = frozenset(["v", "vd", "p", "d", "m", "TIME", "ad", "u", "xc"])


def _cued(folded: str, start: int, end: int) -> bool:
    # (a credit in the text: 摄影/拉巴次仁, 翻译：某某)
    # (and a role joined by 的: 总决赛解说的贺文)
    credit = folded[start - 1 : start] in _CREDIT_MARKS or folded[start - 1 : start] == "的"
    credit = credit and cue_before(folded, start - 1)
    return cue_after(folded, end) or cue_before(folded, start) or interview_label(folded, start, end) or credit


_CREDIT_MARKS = frozenset("/／:：")


def _listed(folded: str, start: int, end: int, person_starts: set[int], person_ends: set[int]) -> bool:
    """Listed beside another person the tagger found (高维 in 细的、高维的
    is beside no one)."""
    return (folded[start - 1 : start] in _LIST_SEPARATORS and start - 1 in person_ends) or (
        folded[end : end + 1] in _LIST_SEPARATORS and end + 1 in person_starts
    )


_LIST_SEPARATORS = ("、", "和", "与", "及")


def _plain(
    folded: str,
    start: int,
    end: int,
    listed: bool,
    word_tag: WordTags | None = None,
    word_ends: bool = False,
    read_twice: bool = False,
) -> Verdict:
    form = folded[start:end]
    if not all(is_han(c) for c in form) or len(form) > MAX_PLAIN:
        return Verdict.NO
    sl = surname_length(folded, start)
    given = form[sl:]
    translit = all(c in TRANSLIT_CHARS for c in form)
    longest = 3 if form[:sl] in JAPANESE_SURNAMES else 2  # 佐藤健太郎
    kept = given[:-1] if _name_ends_in_conjunction(folded, end, word_tag) else given  # 邢正和则
    if sl and 1 <= len(given) <= longest and not any(c in PARTICLES for c in kept):
        if len(given) == 2 and folded[end : end + 1] in _ASPECT and lexicon.lookup(given) is not None:
            return Verdict.NO  # 申屠张罗了: the "given name" is a verb, 了 says so
        entry = lexicon.lookup(form)
        if entry is not None and not entry.is_name and entry.freq >= FREQUENT:
            return Verdict.NO  # an everyday word the tagger misread
        if len(given) == 1:
            return _two(folded, start, end, sl, listed)
        given_entry = lexicon.lookup(given)
        if given_entry is not None and given_entry.freq >= WORD and given_entry.tag in _WORD_TAGS:
            # 管果园: the "given name" is a noun or a verb; only a cue, a list
            # beside another person or a second reading as a person
            # (苏新月 … 苏新月是) says otherwise.
            return Verdict.NAME if _cued(folded, start, end) or listed or read_twice else Verdict.NO
        if lexicon.is_common_word(form[: sl + 1], WORD) and not (_cued(folded, start, end) or listed):
            return Verdict.SHAPED  # 路演中: surname and first given character form a word
        if _verb_after(folded, end) and not _cued(folded, start, end):
            return Verdict.NO  # 韩媒封为: the last character starts a verb
        return Verdict.NAME
    if not sl and not translit and len(form) in (3, 4) and not lexicon.is_common_word(form):
        # 草间弥生, 奈良美智: a Japanese surname outside the table; the tagger
        # alone is not enough, a cue or a second mention must agree.
        return Verdict.NAME if _cued(folded, start, end) or listed else Verdict.SHAPED
    if translit and len(form) >= 2 and not lexicon.is_common_word(form):
        # A foreign name without a dot: the tagger runs these on (伊利亚拉),
        # so alone it must end where a particle or punctuation does and
        # start after no other transliteration character (亚马尔的, 被诺伊尔扑出).
        if len(form) == 2:  # 凯恩和穆西亚拉: listed, and clearly ended (特里|果林 is not)
            return Verdict.NAME if listed and _clear_end(folded, end) else Verdict.NO
        if _cued(folded, start, end) or listed:
            return Verdict.NAME
        entry = lexicon.lookup(form)
        if entry is not None and not entry.is_name:
            return Verdict.SHAPED  # 萨克拉门托: the dictionary knows it, as a place
        before = folded[start - 1 : start]
        clear = _clear_end(folded, end) and (before not in TRANSLIT_CHARS or word_ends) and not before.isalnum()
        return Verdict.NAME if clear else Verdict.SHAPED
    return Verdict.NO


def _clear_end(folded: str, end: int) -> bool:
    """Punctuation, a particle, or a preposition-like verb starts right after."""
    nxt = folded[end : end + 1]
    return not nxt or not (is_han(nxt) or nxt.isalnum()) or nxt in PARTICLES


def _verb_after(folded: str, end: int) -> bool:
    """The name's last character and the next form a word: a common one, or
    any verb the dictionary lists (封为)."""
    entry = lexicon.lookup(folded[end - 1 : end + 1])
    return entry is not None and (entry.freq >= WORD or entry.tag == "v")


# Aspect particles: after a verb, never after a name.
_ASPECT = frozenset("了着")

# A "given name" that is a common noun, verb or adjective (管果园); place
# names and proper nouns are fine (孙中山, 王建国).
_WORD_TAGS = frozenset(["n", "v", "vn", "a", "ad", "an", "d", "m", "q", "t", "f", "r"])


def _two(folded: str, start: int, end: int, sl: int, listed: bool) -> Verdict:
    """Surname + one character: a cue or a list; a second mention only with
    a common surname (高维, 金牌 are words)."""
    form = folded[start:end]
    if form[sl:] == "家" or lexicon.is_common_word(form, WORD):
        return Verdict.NO  # 钟家: the family, not a person
    if _stage_name(folded, start, end):
        return Verdict.NAME  # 歌手阿朵
    if form[:sl] not in CUED_SURNAMES and sl == 1:
        # A rarer surname (卜凡): only listed beside another person the tagger found.
        return Verdict.NAME if listed and form[sl:] not in SOFT_IN_GIVEN_NAME else Verdict.NO
    if _cued(folded, start, end) or listed:
        return Verdict.NAME
    if form[sl:] in SOFT_IN_GIVEN_NAME:
        return Verdict.NO  # 阎可, 欧阳正: a stop character needs a cue or a list
    if sl >= 3:
        return Verdict.NAME  # 小野寺诚: a three-character Japanese surname is no everyday word
    return Verdict.SHAPED if form[:sl] in COMMON_SURNAMES or sl == 2 else Verdict.NO


_LATIN_WORD_RE = re.compile(r"[A-Z][a-z]{2,}")
_LATIN_LIST_RE = re.compile(r"\s*[和与及、,，]\s*")


def tagged_latin(t: Texts, spans: list[tuple[int, int]], known: set[str]) -> list[Proposal]:
    """One Latin word the tagger reads as a person (Lucas, Kelvin), where the
    text agrees: a title before it, a second such reading, or a list with
    another person (Lucas 和 Emma). Alone, one capitalised word proves
    nothing (Slack表示 is a company speaking)."""
    plain, folded = t.plain, t.folded
    titles = title_spans_of(plain)
    tagged: dict[str, list[tuple[int, int]]] = {}
    for start, end in spans:
        while start < end and plain[start] == " ":
            start += 1
        while end > start and plain[end - 1] == " ":
            end -= 1
        word = plain[start:end]
        if not _LATIN_WORD_RE.fullmatch(word) or _glued_latin(plain, start, end) or _in_spans(titles, start):
            continue
        if english_tokens_ok([word], t):
            tagged.setdefault(word, []).append((start, end))
    found: list[Proposal] = []
    for word, places in tagged.items():
        if (
            len(places) >= 2
            or _listed_latin(plain, places, tagged)
            # (a speech verb alone is not enough: Slack表示 is a company speaking)
            or any(cue_before(folded, s) for s, _ in places)
        ):
            found += [Proposal(s, e, word, True, latin=True) for s, e in places]
    # List neighbours of a person: Lucas 和 Emma, Kevin、Mia.
    people = known | {p.form for p in found}
    for p in list(found) + [
        Proposal(m.start(), m.end(), m.group(), True, latin=True)
        for m in _LATIN_WORD_RE.finditer(plain)
        if m.group() in known
    ]:
        after = _LATIN_LIST_RE.match(plain, p.end)
        if after:
            nxt = _LATIN_WORD_RE.match(plain, after.end())
            if (
                nxt
                and nxt.group() not in people
                and not _glued_latin(plain, *nxt.span())
                and english_tokens_ok([nxt.group()], t)
            ):
                found.append(Proposal(nxt.start(), nxt.end(), nxt.group(), True, latin=True))
                people.add(nxt.group())
    return found


def _listed_latin(plain: str, places: list[tuple[int, int]], tagged: dict[str, list[tuple[int, int]]]) -> bool:
    """Listed right beside another word the tagger reads as a person (Kelvin和Joyce)."""
    for start, end in places:
        after = _LATIN_LIST_RE.match(plain, end)
        if after and (nxt := _LATIN_WORD_RE.match(plain, after.end())) and nxt.span() in tagged.get(nxt.group(), ()):
            return True
        before = re.search(r"([A-Z][a-z]{2,})\s*[和与及、,，]\s*$", plain[max(0, start - 40) : start])
        if before and before.group(1) in tagged:
            return True
    return False


def _glued_latin(plain: str, start: int, end: int) -> bool:
    """Part of a longer Latin run (Product Hunt, e-mail, Apple Podcasts)."""
    before, after = plain[start - 2 : start], plain[end : end + 2]
    return bool(
        re.search(r"[A-Za-z0-9@.\-]$", before[-1:] or " ")
        or re.match(r"^[A-Za-z0-9@\-]", after or " ")
        or re.fullmatch(r"[A-Za-z] ", before)
        or re.fullmatch(r" [A-Za-z]", after)
    )


def _in_spans(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)
