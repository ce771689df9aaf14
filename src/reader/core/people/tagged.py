"""The tagger's person spans, accepted only through the rules.

The statistical tagger (:mod:`reader.core.people.tagger`) finds names that
no cue announces, but it also tags fragments (欧阳 for 欧阳振华), addresses
(陈阿嬷, 邝师傅), handles, and runs a particle on (周正在). A span becomes a
proposal only if it has the shape of a name the rules know: a surname and a
given name without a particle, or transliteration characters; and a
two-character name needs a cue, a list neighbour or a second mention (Latin script: the rules).
"""

from __future__ import annotations

from collections import Counter

from reader.core.people import glued_surnames, joined, lexicon
from reader.core.people.compound_given import person_word_taken
from reader.core.people.compound_spans import compound_spans
from reader.core.people.counted_things import counted_word
from reader.core.people.cues import cue_after, cue_before, in_title, named_after, preposition_written, role_past
from reader.core.people.cut_names import (
    _compound_whole,
    _joined,
    _translit_head,
    _trim,
    _whole,
    surname_before_elder,
    titled_overlong,
)
from reader.core.people.dotted_surnames import dotted_end, stopped_at_dot
from reader.core.people.han import Verdict, _married
from reader.core.people.japanese_tagged import foreign_four, foreign_stopped, japanese_whole
from reader.core.people.joined import listed as joined_listed
from reader.core.people.kin_names import kin_headed, parent_addressed
from reader.core.people.name_shape import _cued, _plain, _stage_name, famous
from reader.core.people.names import (
    ADDRESS_SUFFIXES,
    HARD_NOT_IN_GIVEN_NAME,
    JAPANESE_SURNAMES,
    NICKNAME_PREFIXES,
    NOT_IN_GIVEN_NAME,
    NOT_LAST,
    NOT_PEOPLE,
    PARTICLES,
    TRANSLIT_CHARS,
    is_han,
    surname_length,
)
from reader.core.people.numeral_names import numeral_names
from reader.core.people.span_ends import ends_trimmed
from reader.core.people.tails import speaking_place_end
from reader.core.people.texts import DOT, CappedCounts, Proposal, Texts, WordTags, occurrences, starts
from reader.core.people.title_glued import title_glued
from reader.core.people.venue_names import hall_named
from reader.core.people.vouched_once import vouched_once
from reader.core.people.word_cut import cut_inside_word

# Adverbs the tagger may run a name into (陈默|刚关上): given names hold
# them too (王刚), so only where the shorter name is read more often.
_RUN_ON_ADVERBS = frozenset("刚竟曾却便仍已都也就还又则")

# Longest dotted name the tagger may propose.
MAX_DOTTED = 16


def tagged_names(
    t: Texts, spans: list[tuple[int, int]], words: list[tuple[int, int, str]] | None = None
) -> list[Proposal]:
    folded = t.folded
    found: list[Proposal] = []
    pending: list[Proposal] = []  # a second mention must confirm
    # 高|城莲: the tagger's word is a person (its first tag) where the
    # person tag itself stops after the surname; the word is the span; so where it stops short of
    # a word the dictionary knows as a name (王羲|之).
    person_words = {w[0]: w[1] for w in words or () if w[2] == "PER"}
    spans = [(s, _person_word(folded, s, e, person_words)) for s, e in compound_spans(folded, spans)]
    spans = ends_trimmed(folded, spans)  # (比…司馬光多一個字: a comparison's 多)
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
    counts2 = occurrences(folded, {folded[s:e] for s, e in spans if e - s == 2})
    count = CappedCounts(folded)
    suffixed: dict[str, bool] = {}  # per last character: does it end other three-character words
    cued_words: dict[str, bool] = {}  # per common-word name: is it cued at some mention
    for start, end in _joined(folded, spans):
        start, end = _trim(folded, start, end, word_tag)
        end = titled_overlong(folded, start, end)
        end = _before_idiom(folded, start, end)
        end = _whole(folded, start, end, end in person_starts, word_end.get(end, end), word_tag)
        end = _compound_whole(folded, start, end, followers, word_tag)
        start = glued_surnames.unglued(folded, _translit_head(folded, start, end, word_before), end, word_before)
        start, end = surname_before_elder(folded, start, end)
        end = stopped_at_dot(folded, start, _noun_before_stop(folded, start, end, word_tag, readings))
        japanese = japanese_whole(folded, start, end, readings, person_words.get(start) == end + 1)
        japanese = start + 4 if foreign_stopped(folded, start, end) else japanese  # (森丑|之助)
        if japanese != end and not lexicon.is_common_word(folded[start:japanese]):
            found.append(Proposal(start, japanese, folded[start:japanese], True))
            continue
        if end - start < 2:
            continue
        if (
            end - start == 3
            and folded[end - 1] in _RUN_ON_ADVERBS
            and readings[folded[start:end]] < readings[folded[start : end - 1]]
        ):
            end -= 1  # 陈默刚关上店门 … 陈默愣了: the shorter name is read more often, 刚 is the next word
        form = folded[start:end]
        if form in NOT_PEOPLE or folded[start - 1 : start] in ("@", "#") or named_after(folded, end):
            continue
        if hall_named(folded, end):
            continue  # 王三畏|堂的账房: a house named after someone
        if _group(form) or parent_addressed(form) or kin_headed(form):
            continue  # 阿美族, 顾氏: a people, a clan; 阿妈仲: a parent's address run on; 孫女江: a kin word
        if _surname_ends_word(folded, start) or _preposition_after_plural(folded, start, t.plain):
            continue
        if end - start == 2 and surname_length(folded, start) == 1 and (titled := role_past(folded, end - 1, end)):
            # 马连长和郝指|导员: a surname and a title (指导员), what people call someone, whole
            found.append(Proposal(start, titled, folded[start:titled], True))
            continue
        if (glued := title_glued(folded, start, end, count)) is not None:
            if not glued:
                continue  # 老师傅毛根生 … 毛根生在: 傅 ends 师傅, the name starts after it
            start, end, form = start + 1, end + 1, glued  # 老師傅施金塗雕刻: the name one character on
        if (
            end - start == 2
            and 0 < readings[form] * 3 <= counts2.get(form, 0)
            and not cue_before(folded, start)
            and not _word_named_again(folded, start, end, counts2, cued_words, readings)
        ):
            continue  # 拿余火跟江振诚比, 王船: read as a person at a third of its mentions or fewer, a thing
        if _in_hyphenated_term(folded, start, end) or counted_word(word_before.get(start), folded[end : end + 1]):
            continue  # 杨-米尔斯理论, 那台史坦威: a term, an instrument
        suffix = _address_suffix(form)
        if suffix and len(form) - len(suffix) >= 3:
            end -= len(suffix)  # 陈罔市阿嬷 -> 陈罔市
            form = folded[start:end]
        elif suffix or (len(form) == 2 and form[0] in NICKNAME_PREFIXES and not _stage_name(folded, start, end)):
            continue  # 陈阿嬷, 邝师傅, 阿贤: what people call someone
        if in_title(folded, start, end) or (form[-1] in NOT_LAST and not speaking_place_end(form, folded, end)):
            continue  # (朴子溪 a river; 女儿方小溪, 陈小溪说: a kin word or a speech verb says a person)
        if DOT in form:
            # Every part two characters or more, and not stopped in the middle
            # of a transliteration (马克斯·普|朗克研究所).
            whole = folded[end : end + 1] not in TRANSLIT_CHARS or named_after(folded, end + 1)
            if end - start <= MAX_DOTTED and (name_end := dotted_end(folded, start, end)) is not None and whole:
                name_end = _double_barrelled(folded, name_end, spans)
                found.append(Proposal(start, name_end, folded[start:name_end], True))
            continue
        listed = joined_listed(folded, start, end, person_starts, person_ends)
        if not listed and _word_and_suffix(folded, start, end, count, suffixed):
            continue  # 安可曲 beside 協奏曲, 交響曲: a word and a noun suffix the text uses
        word_ends = len(word_before.get(start, ("",))[0]) >= 2  # a word the tagger reads ends before: 一本|拉马努金
        verdict = _plain(folded, start, end, listed, word_tag, word_ends, readings[form] >= 2)
        # A famous name needs no second mention (抢答“关羽”), nor a name's shape vouched for once, nor a listed one.
        once = verdict is Verdict.SHAPED and vouched_once(folded, start, end, word_before.get(start), word_tag)
        once = once or joined.known(form, listed) or (verdict is not Verdict.NAME and foreign_four(folded, start, end))
        famed = start not in person_ends and famous(folded, start, end, word_tag)  # (not glued on: 项永康|张罗的)
        if (verdict is Verdict.NAME or famed or once) or (
            verdict is Verdict.NO and _word_named_again(folded, start, end, counts2, cued_words, readings)
        ):
            found.append(Proposal(start, end, form, True))
        elif verdict is Verdict.SHAPED:
            pending.append(Proposal(start, end, form, True))
    counts = occurrences(folded, {p.form for p in pending})
    found += [p for p in pending if counts[p.form] >= 2 and not cut_inside_word(folded, p.form)]  # (鉴泉太|极拳)
    found += numeral_names(folded, spans)  # (马七十|三: a given name of numerals)
    return _married(folded, found) + _surnamed_given(folded, spans) + _given_name_reread(folded, spans, readings)


_HYPHENS = frozenset("-‐‑")


def _double_barrelled(folded: str, end: int, spans: list[tuple[int, int]]) -> int:
    """亨利·約翰·斯賓塞-邱吉爾: a hyphen right after a dotted name and a person the tagger
    reads right after it: the surname's second half (a double-barrelled surname)."""
    if folded[end : end + 1] not in _HYPHENS:
        return end
    return next((e for s, e in spans if s == end + 1 and DOT not in folded[s:e]), end)


def _person_word(folded: str, start: int, end: int, person_words: dict[int, int]) -> int:
    word_end = person_words.get(start, end)
    if word_end <= end or end - start == 1:
        return max(end, word_end)
    return word_end if person_word_taken(folded, start, word_end) else end


def _given_name_reread(folded: str, spans: list[tuple[int, int]], readings: Counter[str]) -> list[Proposal]:
    """叫阿苦日呷的男孩 … 日呷上三年级 … 日呷的数学: a four-character name
    with no Chinese surname (a Yi, Tibetan or Uyghur name) whose last two
    characters the tagger reads alone as a person at two mentions or more:
    the full name and its given name, one person (joined as aliases)."""
    found: list[Proposal] = []
    tails: set[str] = set()
    for s, e in spans:
        form = folded[s:e]
        tail = form[2:]
        if e - s != 4 or not all(is_han(c) for c in form) or readings[tail] < 2:
            continue
        # (a compound surname and a given name is a Chinese name the rules read)
        if surname_length(folded, s) >= 2 or lexicon.is_common_word(form) or lexicon.lookup(tail) is not None:
            continue
        if any(c in PARTICLES for c in form) or in_title(folded, s, e):
            continue
        found.append(Proposal(s, e, form, True))
        tails.add(tail)
    if tails:
        found += [Proposal(a, b, folded[a:b], True) for a, b in spans if folded[a:b] in tails]
    return found


_STOPS = frozenset("。！？，；、")


def _noun_before_stop(folded: str, start: int, end: int, word_tag: WordTags | None, readings: Counter[str]) -> int:
    """击败韩国新锐朴敏|书。: a surname and one given character, then one
    character the tagger reads as a noun of its own, then punctuation: a
    lone noun never ends a clause after a person, it is the name's last
    character (unless the short name is read elsewhere)."""
    sl = surname_length(folded, start)
    if sl != 1 or end - start != 2 or end + 1 >= len(folded) or folded[end + 1] not in _STOPS:
        return end
    word = word_tag.get(end) if word_tag else None
    ch = folded[end]
    # (nor does a lone verb end a list's item before 、: 館主吳天|來、團長何德勝)
    tags = ("n", "v") if folded[end + 1] == "、" else ("n",)
    if word is None or word not in [(end + 1, tag) for tag in tags] or not is_han(ch) or ch in HARD_NOT_IN_GIVEN_NAME:
        return end
    if ch in ADDRESS_SUFFIXES or ch in NICKNAME_PREFIXES:
        return end  # 感谢张华姐。: what people call her
    if readings[folded[start:end]] > 1 or lexicon.is_common_word(folded[start + 1 : end + 1]):
        return end
    return end + 1


def _surname_ends_word(folded: str, start: int) -> bool:
    """米其林二星: the "surname" ends a word the dictionary lists (米其林),
    whose first two characters are no word of their own."""
    before = folded[start - 2 : start]
    return (
        len(before) == 2
        and all(is_han(c) for c in before)
        and lexicon.lookup(before + folded[start]) is not None
        and lexicon.lookup(before) is None
    )


# How many last characters per text may be checked for other words they end (linear).
MAX_SUFFIX_CHECKS = 20


def _word_and_suffix(folded: str, start: int, end: int, count: CappedCounts, suffixed: dict[str, bool]) -> bool:
    """安可曲是 beside 協奏曲, 交響曲: three characters no dictionary lists, whose
    first two it does (安可), once, no cue either side, the last ending two or
    more other listed three-character words (a noun suffix), or the first two
    written elsewhere too (栗子蓉太多 beside 栗子蛋撻): a compound noun."""
    if end - start != 3 or surname_length(folded, start) != 1:
        return False
    form = folded[start:end]
    head = lexicon.lookup(form[:2])
    if lexicon.lookup(form) is not None or head is None:
        return False
    if cue_before(folded, start) or cue_after(folded, end) or count(form) != 1:
        return False
    if head.freq >= lexicon.WORD and (count(form[:2]) or 0) > 1:
        return True
    last = form[2]
    if last not in suffixed:
        if len(suffixed) >= MAX_SUFFIX_CHECKS:
            return False
        words = {folded[s - 2 : s + len(last)] for s in starts(folded, last) if s >= 2}
        words.discard(form)
        suffixed[last] = sum(1 for w in words if lexicon.lookup(w) is not None) >= 2
    return suffixed[last]


# How many common-word names per text may be checked at every mention (linear).
MAX_CUED_WORDS = 20


def _word_named_again(
    folded: str, start: int, end: int, counts2: dict[str, int], cued: dict[str, bool], readings: Counter[str]
) -> bool:
    """CEO甘甜 … 甘甜说, 小将方圆: a two-character name that is also a word
    (甘甜, 方圆, 向东) the tagger reads as a person, where it occurs again
    and a title, an age or a speech verb stands by one mention; or where the
    dictionary tags the word as a name too and the tagger reads a person at
    every one of two or more mentions, not each time an attribute before 的
    (八一队的向东 … 向东更稳; not 高维的平行世界)."""
    form = folded[start:end]
    if end - start != 2 or surname_length(folded, start) != 1 or counts2.get(form, 0) < 2:
        return False
    entry = lexicon.lookup(form)
    if form[1] in NOT_IN_GIVEN_NAME or form[0] in NICKNAME_PREFIXES:
        return False
    if form not in cued:
        if len(cued) >= MAX_CUED_WORDS:
            return False
        ends = [s + len(form) for s in starts(folded, form)]
        every = readings[form] >= len(ends)
        # (no word at all, a rarer surname's name, 总指挥桑珠 … 桑珠说: read as a person at every mention)
        cued[form] = ((entry is not None or every) and any(_cued(folded, e - 2, e) for e in ends)) or (
            entry is not None and entry.is_name and every and any(folded[e : e + 1] != "的" for e in ends)
        )
    return cued[form]


# Surnames that are prepositions too (向, 于) after a plural (长老们向祖灵祈福); so is 于 after a
# clock time (清晨五点于庙埕起驾: at) or a verb of writing (阿辉 记于怡保: where it was written).
_PREPOSITION_SURNAMES = frozenset("向于从对和与跟把被给为在替")
_HOURS = frozenset("0123456789一二三四五六七八九十两半")
_WRITTEN = frozenset("记写摄")


def _preposition_after_plural(folded: str, start: int, plain: str = "") -> bool:
    before = folded[start - 1 : start]
    if preposition_written(plain, folded, start):
        return True  # (Traditional script writes the surname 于, the preposition 於: 渡臺，於大嵙崁溪畔)
    if (
        folded[start] == "于"
        and before
        and (before in _WRITTEN or (before in "点时" and folded[start - 2 : start - 1] in _HOURS))
    ):
        return True
    return before == "们" and folded[start] in _PREPOSITION_SURNAMES


def _group(form: str) -> bool:
    """阿美族: a people; 顾氏 (a surname and 氏): a clan; 甘工鸟: a bird; 孙媳, 孝孙婿: a kin word, no person."""
    return form[-1] in _GROUP_ENDS or (len(form) == 2 and form[1] == "氏" and surname_length(form, 0) == 1)


_GROUP_ENDS = frozenset("族团鸟媳婿")  # (孝女团, 访问团; 甘工鸟; an in-law, which no given name ends in)
# What a name written as surname + given name may start after (的小鸟游千夏, 是…).
_CLEAR_BEFORE = frozenset("的是与和及、，。！？：；（「『“\n 由被把跟给替著")
_JAPANESE_FIRSTS = frozenset(s[0] for s in JAPANESE_SURNAMES)


def _surnamed_given(folded: str, spans: list[tuple[int, int]]) -> list[Proposal]:
    """小鸟游|千夏: the tagger reads a Japanese given name alone when the
    surname is outside any table. Where the same two or three characters
    stand before it at every mention the tagger reads (twice or more), each
    mention starting clear, and they start like a Japanese surname, the
    four or five characters are the name."""
    before: dict[str, set[str]] = {}
    at: dict[str, list[int]] = {}
    for s, e in spans:
        given = folded[s:e]
        if e - s != 2 or surname_length(folded, s) or not all(is_han(c) for c in given):
            continue
        k = s
        while k > s - 3 and k > 0 and is_han(folded[k - 1]) and folded[k - 1] not in _CLEAR_BEFORE:
            k -= 1
        clear = k == 0 or folded[k - 1] in _CLEAR_BEFORE or not is_han(folded[k - 1])
        if clear and k == s:
            continue  # 「千夏小姐: the given name alone, as the Japanese address people
        before.setdefault(given, set()).add(folded[k:s] if clear else "")
        at.setdefault(given, []).append(k)
    found = []
    for given, prefixes in before.items():
        if len(prefixes) != 1 or len(at[given]) < 2:
            continue
        (prefix,) = prefixes
        if not 2 <= len(prefix) <= 3 or prefix[0] not in _JAPANESE_FIRSTS or lexicon.is_common_word(prefix):
            continue
        if any(cue_before(folded, k + i) for k in at[given][:1] for i in range(1, len(prefix) + 1)):
            continue  # 导演张|艺谋: a title, not a surname
        form = prefix + given
        found += [Proposal(k, k + len(form), form, True) for k in at[given]]
    return found


def _before_idiom(folded: str, start: int, end: int) -> int:
    """前锋哈兰德梅开二度: a transliteration the tagger ran into a four-character
    idiom (梅开二度) the dictionary lists ends before it."""
    if end - start >= 4 and all(c in TRANSLIT_CHARS for c in folded[start:end]):
        idiom = folded[end - 1 : end + 3]
        if len(idiom) == 4 and all(is_han(c) for c in idiom) and lexicon.lookup(idiom) is not None:
            return end - 1
    return end


def _address_suffix(form: str) -> str:
    """The 教授 of 王教授, the 阿嬷 of 陈阿嬷 (one character only after a
    bare surname: 陈姐, 王总)."""
    return next((x for x in ADDRESS_SUFFIXES if form.endswith(x) and (len(x) >= 2 or len(form) == 2)), "")


def _in_hyphenated_term(folded: str, start: int, end: int) -> bool:
    """杨-米尔斯理论: a name glued by a hyphen to a word before it is part of a
    term named after people, not a mention of one."""
    before = folded[start - 2 : start]
    return len(before) == 2 and before[1] in "-‐‑–" and (is_han(before[0]) or before[0].isalpha())
