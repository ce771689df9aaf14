"""Second opinions on what the rules and the tagger propose: the tagger's
places and its reading of the words veto rule names (路演中, 管果园,
陈笃生医院), an address or a river is no name (陈阿嬷, 朴子溪). Where a
name ends (岑立可 read whole, 何丽才 trimmed) is ``name_ends``'.
"""

from __future__ import annotations

import bisect
import re

from reader.core.people import lexicon
from reader.core.people.counted_things import numeral_counted
from reader.core.people.cues import cue_after, cue_before, cue_ends_at, interview_label
from reader.core.people.dictionary_things import word_addressed
from reader.core.people.function_starts import function_run_on, run_on_person
from reader.core.people.kin_names import kin_headed
from reader.core.people.names import (
    ADDRESS_SUFFIXES,
    AFTER_SUBJECT,
    BEFORE_CUES,
    CANTONESE_PARTICLES,
    HARD_NOT_IN_GIVEN_NAME,
    NOT_LAST,
    PARTICLES,
    SOFT_IN_GIVEN_NAME,
    TRANSLIT_CHARS,
    is_han,
    surname_length,
)
from reader.core.people.noun_clauses import noun_clause
from reader.core.people.noun_readings import nouns_read
from reader.core.people.preposition_names import given_named_twice, prepositions_read
from reader.core.people.tagger import Spans
from reader.core.people.texts import DOT, CappedCounts, Proposal, starts
from reader.core.surnames import COMMON_SURNAMES, COMPOUND_SURNAMES

# Adverbs after a subject that given names hold too (李芳均, 王德才).
_SUBJECT_ADVERBS = AFTER_SUBJECT & SOFT_IN_GIVEN_NAME

# What the tagger calls a word that no name starts: a verb, a preposition,
# an adverb, a conjunction, a particle, a pronoun, a number, a measure word.
_FUNCTION_TAGS = frozenset(["v", "vd", "p", "d", "c", "u", "r", "m", "q", "xc", "f", "w"])
_VERBAL_TAGS = frozenset(["v", "vn", "vd", "a", "ad", "an"])
_ENTRY_DASH = re.compile(r"[ \t\u3000]*[—–]+[ \t\u3000]*\S")  # (a list entry: 第五明遠 — 江州大學前校長)


def _rare_compound(form: str) -> bool:
    """A compound surname the dictionary knows as a name's or not at all (澹台, not 东方),
    then two given characters that may sit in a name (asked with a clear end after it:
    a particle, no other word's start, 司马光|明天)."""
    if len(form) != 4 or form[:2] not in COMPOUND_SURNAMES or not all(map(is_han, form[2:])):
        return False
    entry = lexicon.lookup(form[:2])
    return (entry is None or entry.tag == "nr") and not any(c in HARD_NOT_IN_GIVEN_NAME for c in form[2:])


def vetted(proposals: list[Proposal], spans: Spans, folded: str, known: frozenset[str] = frozenset()) -> list[Proposal]:
    """Drop Chinese names the rules proposed where the tagger sees no person
    and reads the first characters as another word (路演中: 路演, 包括县:
    包括, 管果园: the verb 管)."""
    if not spans.words:
        return proposals
    word_starts = [w[0] for w in spans.words]
    people = spans.people
    person_starts = [s for s, _ in people]
    count = CappedCounts(folded)
    nouns: dict[str, bool] = {}
    kept = []
    for p in proposals:
        if p.latin or DOT in p.form or p.end > spans.length:
            kept.append(p)  # (beyond what the tagger read, the rules decide)
            continue
        i = bisect.bisect_left(person_starts, p.end) - 1
        if (
            i >= 1
            and people[i][1] == p.end
            and people[i - 1] == (p.start, people[i][0])
            and not all(c in TRANSLIT_CHARS for c in p.form)  # (阿尔卡|金娜 is one foreign name)
        ):
            continue  # 记者王明李华报道: the tagger reads two people side by side
        if any(s < p.start < e < p.end and not _word_glued(folded, s, p) for s, e in people[max(0, i - 1) : i + 1]):
            continue  # 记者王明李华: a rule name (明李华) that starts inside the tagger's person (王明)
        if i >= 0 and run_on_person(people[i], p.start, p.end, folded):
            continue  # 散场时|陈伯说, 运费由|周女士: a word's end run on into the tagger's person
        if i >= 0 and people[i][1] > p.start:
            before = _word_before(spans, word_starts, p.start, folded)
            if before is not None and numeral_counted(before, folded[p.end : p.end + 1]):
                continue  # 一场|谢师宴: counted by a measure of things (the tagger's spans are asked so too)
            foreign = all(c in TRANSLIT_CHARS for c in p.form)  # (费尔南|多: one foreign name)
            if people[i] == (p.start, p.end - 1) and (
                p.form[-1] in _SUBJECT_ADVERBS
                or (_adverb_at(spans, word_starts, p.end - 1) and not foreign and not _lone_totality(folded, p))
            ):
                # 妻子李芳|均被判刑, 记者王磊|刚从: the tagger ends the name
                # before an adverb (均, 亦, 才, 刚)
                continue
            if (
                people[i] == (p.start, p.end - 1)
                and not foreign
                and _verb_before_pronoun(spans, word_starts, p.end - 1)
            ):
                p = Proposal(p.start, p.end - 1, p.form[:-1], p.strong)  # 汪伦|送我情: the tagger's name
            kept.append(p)  # the tagger sees a person here too
            continue
        if _rare_compound(p.form) and (not is_han(nxt := folded[p.end : p.end + 1] or "。") or nxt in PARTICLES):
            kept.append(p)  # 館長澹臺國威的: a compound surname no word shares bounds a name whatever its words
            continue
        if folded[p.start - 1 : p.start] in ("", "\n") and _ENTRY_DASH.match(folded, p.end):
            kept.append(p)  # a line's head before a dash is an entry's name, whatever word its start makes
            continue
        w = bisect.bisect_right(word_starts, p.start) - 1
        w_start, w_end, tag = spans.words[w]
        inside = w_end - w_start >= 2 and w_end < p.end  # a word ends inside the name
        straddles = w_start < p.start  # 雕塑家长谷川: 家长 is read as a word
        if straddles and w_end == p.end and tag == "nz":
            continue  # 金馬獎導演: a proper noun's (nz) tail the tagger reads whole (金马奖), whatever title follows
        # (文史工作者粘振和。: a name ending in 和 before punctuation has a clear end too)
        and_end = p.form[-1] == "和" and not is_han(folded[p.end : p.end + 1] or "。")
        cued_both = cue_before(folded, p.start) and (cue_after(folded, p.end) or and_end)
        cued = cue_before(folded, p.start) or cue_after(folded, p.end) or _speaker(folded, p)
        # (not a term with a Latin part: 车规级MCU)
        latin_after = folded[p.end : p.end + 1].isascii() and folded[p.end : p.end + 1].isalnum()
        if (
            (w_start, w_end) == (p.start, p.end)
            and p.end - p.start == 3
            and lexicon.lookup(p.form) is None
            and not latin_after
        ):
            kept.append(p)  # 谈一鸣: a word no dictionary knows, read as one unit: a name, mislabelled
            continue
        if (
            (
                (w_start, w_end, tag) == (p.start, p.end, "nz")
                # (or a longer noun's head, 马拉松组, where the text reads it as a noun wherever it is)
                or (
                    w_start == p.start
                    and w_end > p.end
                    and tag == "n"
                    and _read_as_noun(spans, word_starts, folded, p.form, nouns)
                )
            )
            and lexicon.lookup(p.form) is not None
            and not cued
            and p.form not in known
        ):
            # 马拉松: a dictionary word the tagger reads as a proper noun, not a
            # person (unless the registry knows it: 奥特曼)
            continue
        if (
            (w_start, w_end, tag) == (p.start, p.end, "n")
            and p.end - p.start == 3
            and lexicon.lookup(p.form) is not None
            and not cue_before(folded, p.start)
            and count(p.form) == 1
        ):
            continue  # 拿起麦克风说: a listed noun read as one word; a speech verb after it makes no person
        if noun_clause(spans, w, p.start, p.end, folded) and count(p.form) == 1:
            continue  # 采访区回忆, 采访区大方承认: a noun (区) then a verb or an adverb and its verb, once: a clause
        if not cued and w_end == p.start + 1 and _content_word(spans, w + 1, p.end):
            continue  # 网约车规管: the "given name" is a noun the tagger reads (规管), no title says otherwise
        if w_start == p.start and function_run_on(spans, w, p.end, folded):
            continue  # 部将|于寒假, 住户|应预先, 老师|曾|师从: a run-on the title before does not vouch for
        if cue_before(folded, p.start) and (
            # 成员中村陆: the tagger breaks a two-character surname (中|村陆)
            # and no word of its reading runs past the name's end
            (w_start == p.start and w_end < p.start + surname_length(folded, p.start) and _tiles(spans, w, p.end))
            or (
                w_start == p.start
                and w_end == p.start + surname_length(folded, p.start)
                and _given_rest(spans, w, p.end, folded)
            )
            or (w_start, w_end) == (p.start, p.end)
            or (
                # 曾祖父祝|鸿年: a "time" no dictionary lists is a given name, mislabelled
                w_start == p.start
                and w_end == p.start + surname_length(folded, p.start)
                and w + 1 < len(spans.words)
                and spans.words[w + 1] == (w_end, p.end, "TIME")
                and lexicon.lookup(folded[w_end : p.end]) is None
            )
        ):
            # 教授储一鸣, 父亲谈建军: the tagger reads a rare surname as a verb
            # (储, 谈) or a number (教练五十岚|健); 创办人五十岚清: the name whole
            # as one word, mislabelled.
            kept.append(p)
            continue
        if not straddles and not cued_both and (tag in _FUNCTION_TAGS or (inside and tag in _VERBAL_TAGS)):
            continue  # 管果园 (管: a verb), 路演中 (路演: a verbal noun): unless cued on both sides (议员粘志豪质疑)
        if (straddles or inside or (w_end == p.end and tag not in ("PER", "nz"))) and not (
            cue_before(folded, p.start) or cue_after(folded, p.end)
        ):
            continue  # 记者单玉婷, 高级督察司徒正言: a cue outweighs the tagger here
        kept.append(p)
    return nouns_read(prepositions_read(kept, spans, folded), spans, folded)  # (被告向事主聲稱; 专家：余震 … 的余震)


def _read_as_noun(spans: Spans, word_starts: list[int], folded: str, form: str, memo: dict[str, bool]) -> bool:
    """The tagger reads each mention of ``form`` inside a noun (马拉松, 马拉松组,
    半程马拉松), never as a person (纪念孫中山 beside 孫中山路)."""
    if form not in memo:  # (the text searched once a form, not once a proposal)
        memo[form] = _nouns_only(spans, word_starts, folded, form)
    return memo[form]


def _nouns_only(spans: Spans, word_starts: list[int], folded: str, form: str) -> bool:
    for at in starts(folded, form):
        if at + len(form) > spans.length:
            return False
        w = bisect.bisect_right(word_starts, at) - 1
        _, end, tag = spans.words[w]
        if end < at + len(form) or tag not in ("n", "nz"):
            return False
    return True


def _speaker(folded: str, p: Proposal) -> bool:
    """A transcript's speaker: the name opens two lines or more before a colon
    (钱多多：一方砚台 … 钱多多：那值多少？), whatever words its characters make."""
    label = p.form + ":"  # (folded: the full-width colon is ASCII)
    return (
        interview_label(folded, p.start, p.end)
        and folded.count("\n" + label) + folded.startswith(label) >= _SPEAKER_LINES
    )


_SPEAKER_LINES = 2


def _lone_totality(folded: str, p: Proposal) -> bool:
    """The tagger's adverb is 全 (all) after one person a title names, no list
    before them in the clause (主席马德|全为…颁奖): "all" wants many subjects,
    so the character is the given name's."""
    if p.form[-1] != "全" or not cue_before(folded, p.start):
        return False  # (most proposals: the cheap tests before the clause is found)
    # (the clause's start: its last mark before the name, found from the name backwards)
    start = max(folded.rfind(mark, 0, p.start) for mark in _CLAUSE_MARKS) + 1
    return _LIST_JOINS.search(folded, start, p.start) is None


_CLAUSE_MARKS = "，。；：！？\n"
_LIST_JOINS = re.compile("[、和与及]")


def _tiles(spans: Spans, w: int, end: int) -> bool:
    """The tagger's words from the ``w``-th on end exactly at ``end``."""
    while w < len(spans.words) and spans.words[w][1] < end:
        w += 1
    return w < len(spans.words) and spans.words[w][1] == end


def _adverb_at(spans: Spans, word_starts: list[int], pos: int) -> bool:
    """The tagger reads one character at ``pos`` as an adverb (刚, 竟)."""
    w = bisect.bisect_left(word_starts, pos)
    return w < len(spans.words) and spans.words[w][0] == pos and spans.words[w][1:] == (pos + 1, "d")


def _verb_before_pronoun(spans: Spans, word_starts: list[int], pos: int) -> bool:
    """The tagger reads one character at ``pos`` as a verb with a pronoun
    as its object right after (汪伦|送我情): a verb, not a given name."""
    w = bisect.bisect_left(word_starts, pos)
    if w + 1 >= len(spans.words) or spans.words[w][:3] != (pos, pos + 1, "v"):
        return False
    _, end, tag = spans.words[w + 1]
    return tag == "r" and end - pos - 1 <= 2


def _given_rest(spans: Spans, w: int, end: int, folded: str) -> bool:
    """After the surname the tagger reads as the ``w``-th word, the rest may be a given name: no content
    word (果园, 试片) but a proper name the dictionary lists too rarely to count as a word (她男人涂|长海: a
    place's 8 times in 60 million words), nor a measure word after a pronoun (师傅那|辈人: that generation)."""
    after_pronoun = spans.words[w][2] == "r" and w + 1 < len(spans.words) and spans.words[w + 1][1:] == (end, "q")
    rest = lexicon.lookup(folded[spans.words[w][1] : end])
    rare_proper = rest is not None and rest.tag[:2] in ("ns", "nr") and rest.freq < lexicon.LISTED
    rare_proper = rare_proper or given_named_twice(folded, spans.words[w][0], end)  # (主任仝|海燕 … 仝|海燕说)
    return not (_content_word(spans, w + 1, end) and not rare_proper) and not after_pronoun


# Words a given name cannot be read as, after a one-character "verb": 管果园 (an orchard).
_CONTENT_TAGS = frozenset(["n", "v", "vn", "a", "an", "ad", "nz", "s", "t", "LOC", "ORG", "TIME"])


def _content_word(spans: Spans, w: int, end: int) -> bool:
    """The tagger reads the rest of the name as one content word (果园 of
    管果园), not as single characters (建|军) or a number (一鸣)."""
    if w >= len(spans.words):
        return False
    start, stop, tag = spans.words[w]
    return stop == end and stop - start >= 2 and tag in _CONTENT_TAGS


# A people, a clan, a clan association (阿美族, 顾氏, 张廖宗亲: no given name ends so).
_GROUP_ENDS = ("族", "氏", "宗亲")
# A surname and 家 alone is a family (赵家的女娃, 欧阳家), as 氏 is a clan.
_FAMILY = "家"
# Where, after a family (嫁进陈家后, 在王家里): the family's home and a place or time after it (not 中: 王家中).
_AFTER_FAMILY = frozenset("后前里内外")
# 號 (folded 号) after a numeral: a number, not a name's end.
_NUMBER_MARK = "号"
_NUMERALS = frozenset("0123456789一二三四五六七八九十百零〇两")


# A title or job word is no name (贝斯手, 主唱), nor a dictionary word that
# ends in a job suffix (吉他手, 厨师, 售货员).
_TITLE_WORDS = frozenset(BEFORE_CUES)
_JOB_ENDS = frozenset("手师员")


def not_a_name(form: str) -> bool:
    """王教授, 陈阿嬷 (an address), 黄龙病, 朴子溪 (a disease, a river),
    阿美族, 顾氏, 张廖宗亲, 赵家 (a people, a clan, a family: 族, 氏, 宗亲 end no name, nor 家 a
    surname alone, nor 家 and a place or time after it, 陈家后), 贝斯手 (a job),
    陈伯嘅 (a Cantonese particle sits in no name), 克绍箕裘 (the dictionary's
    idiom: a four-character set phrase, as a generation poem's lines are),
    谢谢林 (a doubled word, 谢谢, then a surname: no given name repeats its
    surname, so the name is 林医师 after the word), 土地公 (a god)."""
    if len(form) == 3 and form[0] == form[1] and lexicon.is_common_word(form[:2]):
        return True
    if len(form) == 4 and (entry := lexicon.lookup(form)) is not None and entry.tag == "i":
        return True
    if form[-1] in NOT_LAST or form.endswith(_GROUP_ENDS) or any(c in CANTONESE_PARTICLES for c in form):
        return True
    if form[-1] == _FAMILY and len(form) - 1 == surname_length(form, 0):
        return True
    if form[-1] in _AFTER_FAMILY and form[-2:-1] == _FAMILY and len(form) - 2 == surname_length(form, 0):
        return True
    if form[surname_length(form, 0) or 1 :] in ("某", "某某"):
        return True  # 李某, 欧阳某某: a name a court or the press masks names no one
    if len(form) >= 3 and form[-1] == _NUMBER_MARK and form[-2] in _NUMERALS:
        return True  # 員林一號平交道: a numeral and 號 number a crossing, a train, a room, never a given name
    if len(form) >= 3 and set(form[1:]) <= _AMOUNT_CHARS and _sum(form):
        return True  # 陆仟元, 伍萬元: a sum in the numerals of cheques and receipts (陆, 伍 are surnames too)
    if (
        form in _TITLE_WORDS
        or word_addressed(form)
        or (len(form) >= 3 and form[-1] in _JOB_ENDS and lexicon.lookup(form) is not None)
    ):
        return True
    return any(form.endswith(x) and (len(x) >= 2 or len(form) == 2) for x in ADDRESS_SUFFIXES)


# The numerals written on cheques and receipts, and what else a sum holds.
_FINANCIAL_NUMERALS = frozenset("壹贰叁参肆伍陆柒捌玖拾佰仟")
_AMOUNT_CHARS = _FINANCIAL_NUMERALS | frozenset("万亿元圆整")


def _sum(form: str) -> bool:
    # (a cheque's numeral after the first character, or first and a unit of money last: 伍万元)
    return bool(set(form[1:]) & _FINANCIAL_NUMERALS) or (form[0] in _FINANCIAL_NUMERALS and form[-1] in "元圆")


def outside(proposals: list[Proposal], places: list[tuple[int, int]], folded: str) -> list[Proposal]:
    """Drop Chinese names proposed inside what the tagger reads as a place or
    an organisation (陈笃生医院, 朴子溪, 孟加拉); not one the place is exactly,
    with a person's role before it and a person's verb after (文史工作者黃金城說):
    no place does both."""
    if not places:
        return proposals
    starts = [s for s, _ in places]
    reach: list[int] = []  # furthest end among places starting at or before each
    for _, e in places:
        reach.append(max(e, reach[-1]) if reach else e)
    kept = []
    for p in proposals:
        i = bisect.bisect_right(starts, p.start) - 1
        if not p.latin and DOT not in p.form and i >= 0 and reach[i] >= p.end and not _cued_both(p, places[i], folded):
            continue
        kept.append(p)
    return kept


def _cued_both(p: Proposal, place: tuple[int, int], folded: str) -> bool:
    return place == (p.start, p.end) and cue_before(folded, p.start) and cue_after(folded, p.end)


def _word_glued(folded: str, s: int, p: Proposal) -> bool:
    """昔|鍾理和先生: the tagger's person starts one character before the rule's name with a
    character no common surname is (a time word, 昔), and the rule's name opens with a common
    one, and an address or a speech verb closes it: the tagger glued the word before onto a name
    it cut short, the rule's name stands (not 麥兜都|鍾意食魚蛋, where no cue ends a name)."""
    glued = p.start == s + 1 and folded[s] not in COMMON_SURNAMES and p.form[0] in COMMON_SURNAMES
    # 孫女|江小柔: the tagger's person a kin word and the rule's name's surname, no name of its own
    if (glued and cue_after(folded, p.end)) or (p.start == s + 2 and kin_headed(folded[s : p.start + 1])):
        return True
    # 甲必丹|辜禮歡 read 丹辜: the tagger's person starts on a title's last character, the title ends at the name
    return p.start == s + 1 and folded[s] not in COMMON_SURNAMES and cue_ends_at(folded, p.start)


def _word_before(spans: Spans, word_starts: list[int], start: int, folded: str) -> tuple[str, str] | None:
    """The tagger's word ending right where the name starts, as (text, tag)."""
    w = bisect.bisect_left(word_starts, start) - 1
    if w < 0 or spans.words[w][1] != start:
        return None
    s, e, tag = spans.words[w]
    return folded[s:e], tag
