"""Foreign names written with a name dot between their parts (伊利亚·苏茨克维,
尚-皮耶·杜蒙): where such a name starts and ends, the words glued before it
cut off, the field or cell it fills read whole.
"""

from __future__ import annotations

import itertools
import re

from reader.core.people import dotted_ends, lexicon
from reader.core.people.cues import (
    address_starts_before,
    cue_after,
    cue_before,
    cue_ends_at,
    in_title,
    is_role,
    long_address_at,
    named_after,
    trim_glued_start,
)
from reader.core.people.dotted_ends import SPELLING_STOP, ends_before_copula, one_before_address, possessive_sound
from reader.core.people.dotted_run_ons import dotted_run_ons_cut
from reader.core.people.dotted_vouched import dotted_parts_completed
from reader.core.people.names import (
    ADDRESS_SUFFIXES,
    CANTONESE_PARTICLES,
    CJK,
    ERAS,
    KIN_CHARACTERS,
    TRANSLIT_CHARS,
    adverb_before_verb,
    surname_length,
    translit_prefix,
    translit_suffix,
)
from reader.core.people.place_pairs import dotted_measure, dotted_places
from reader.core.people.romanized import address_ended, glossed_start, romanized_after
from reader.core.people.texts import DOT, Proposal, Texts

# Parts may hold a hyphen (尚-皮耶·杜蒙, 让·皮萨尼-费里), as French names do.
# Anchored at the start of a Han run and possessive: a long run without a dot
# is read once, not once from each of its characters (that was quadratic).
_DOTTED_RE = re.compile(f"(?<![{CJK}\\-－])[{CJK}]++(?:[-－][{CJK}]++)*+(?:{DOT}[{CJK}]++(?:[-－][{CJK}]++)*+)++")
_HYPHENS = "-－"
# A run of characters no transliteration uses, longer than a title (考官 is one): a clause.
_PROSE_RUN = 5
_CLOSING = frozenset("）)」』")


def dotted_names(t: Texts) -> list[Proposal]:
    """伊利亚·苏茨克维, 達奇·舒爾茨: Han parts joined by a name dot. The
    outer parts are trimmed to their transliteration characters so that a
    title glued on the left (掌门人萨姆·奥特曼) stays out."""
    folded = t.folded
    found: list[Proposal] = []
    if DOT not in folded:
        return found
    for m in _DOTTED_RE.finditer(folded):
        if dotted_places(folded, m.start(), m.end()) or dotted_measure(folded, m.start(), m.end()):
            continue
        era = _after_era(folded, m.start(), m.end())
        if era is not None:
            found.append(era)
            continue
        for m_start, m_end in _split_at_conjunctions(folded, m.start(), m.end()):
            # After 和/与/及 the name starts right there: no title to trim.
            p = _dotted(folded, m_start, m_end, bounded=m_start != m.start())
            if p is not None:
                found.append(p)
    return dotted_parts_completed(dotted_run_ons_cut(found, folded), folded)


def dotted_starts_kept(tagged: list[Proposal], dotted: list[Proposal], folded: str) -> list[Proposal]:
    """男中音恩里科·羅西: the tagger's span of a dotted name may take in a
    role's last character. Where the dot rule read the name ending at the same
    place one character later, and that character is no transliteration's and
    ends a dictionary word with the one before it (中音), the rule's start is
    the name's (肖恩·奥布莱恩: 官肖 is no word; 馬可·羅西: 馬 is a transliteration's);
    so is it after a Cantonese particle (嘅斯蒂·拉哈瑪)."""
    starts = {d.end: d.start for d in dotted}
    return [_glued_start_dropped(p, starts.get(p.end, p.start), folded) for p in tagged]


def _glued_start_dropped(p: Proposal, rule_start: int, folded: str) -> Proposal:
    first = folded[p.start : p.start + 1]
    if DOT in p.form and _role_opened(folded, p.start, rule_start):
        # (大厦保安拉傑·古隆: the tagger's span opens with a whole role word, the rule's after it)
        return Proposal(rule_start, p.end, folded[rule_start : p.end], p.strong)
    if DOT not in p.form or rule_start != p.start + 1 or p.start == 0:
        return p
    # (a Cantonese particle starts no name: 做過家務助理嘅斯蒂·拉哈瑪)
    if _kin_glued(folded, p.start) or first in CANTONESE_PARTICLES:
        return Proposal(rule_start, p.end, p.form[1:], p.strong)
    if first in TRANSLIT_CHARS:
        return p
    word = lexicon.lookup(folded[p.start - 1 : p.start + 1])
    if word is None or word.is_name:
        return p
    return Proposal(rule_start, p.end, p.form[1:], p.strong)


def _role_opened(folded: str, start: int, rule_start: int) -> bool:
    """The characters between the tagger's start and the dot rule's, two or more, are a role word
    whole (保安, a guard; 志愿者): a job the person holds, no part of the name."""
    return rule_start - start >= 2 and is_role(folded[start:rule_start])


def _kin_glued(folded: str, k: int) -> bool:
    """A kinship word's last character at ``k``, after another (其侄孙丹尼尔·怀特,
    外甥孙): the name starts after it, though 孙 spells a sound too."""
    return k > 0 and folded[k - 1] in KIN_CHARACTERS and folded[k] in KIN_CHARACTERS


def _after_era(folded: str, start: int, end: int) -> Proposal | None:
    """唐·李白: an era alone before one dot (no name ends in 明 there), then a
    Chinese name (a surname and one or two characters): the name alone."""
    dot = folded.index(DOT, start)
    name = folded[dot + 1 : end]
    sl = surname_length(folded, dot + 1)
    if folded[start:dot] not in ERAS or DOT in name or not sl or not 1 <= len(name) - sl <= 2:
        return None
    return Proposal(dot + 1, end, name, True)


_CONJUNCTIONS = "和与及、"


def _split_at_conjunctions(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """维杰·佩雷拉和阿尼尔·夏尔马 is two names: a middle part holding 和, 与
    or 及 (or a long run that is no transliteration) is where they meet."""
    dots = [i for i in range(start, end) if folded[i] == DOT]
    segments = []
    seg_start = start
    for d1, d2 in itertools.pairwise(dots):
        part = folded[d1 + 1 : d2]
        conj = next((d1 + 1 + k for k, c in enumerate(part) if c in _CONJUNCTIONS and 0 < k < len(part) - 1), None)
        if conj is not None:
            segments.append((seg_start, conj))
            seg_start = conj + 1
        elif len(part) > 6 and "的" in part[1:-1]:
            # 马克斯·普朗克研究所的安娜·施密特: "X's Y" joins two names too.
            k = d1 + 1 + part.index("的", 1)
            segments.append((seg_start, k))
            seg_start = k + 1
        elif (prose := _prose_run(part)) is not None:
            # 安德鲁·米勒考官回程时给新学员讲了雅克-伊夫·库斯托: words no transliteration spells
            # (a clause) between two names; the second starts after the clause's last such character.
            last = max(k for k, c in enumerate(part) if c not in TRANSLIT_CHARS and c not in _HYPHENS)
            segments.append((seg_start, d1 + 1 + prose))
            seg_start = d1 + 1 + last + 1
    segments.append((seg_start, end))
    return [(a, b) for a, b in segments if DOT in folded[a:b]]


def _prose_run(part: str) -> int | None:
    """Where the first run of _PROSE_RUN characters no transliteration uses starts in ``part``."""
    run = 0
    for k, c in enumerate(part):
        run = 0 if c in TRANSLIT_CHARS or c in _HYPHENS else run + 1
        if run == _PROSE_RUN:
            return k - run + 1
    return None


def _dotted(folded: str, m_start: int, m_end: int, bounded: bool = False) -> Proposal | None:
    group = folded[m_start:m_end]
    if in_title(folded, m_start, m_end):
        return None  # 《约翰·克利斯朵夫》: a book named after its hero
    first_dot = m_start + group.index(DOT)
    if bounded:
        # The last title in the first part ends where the name begins
        # (及马尔代夫外长易卜拉欣·纳西姆).
        start = next((k for k in range(first_dot - 1, m_start, -1) if cue_before(folded, k)), m_start)
    else:
        start = translit_suffix(folded, first_dot, m_start)
    while start - 2 >= m_start and folded[start - 1] in _HYPHENS and folded[start - 2] in TRANSLIT_CHARS:
        start = translit_suffix(folded, start - 1, m_start)
    # A title's last character may be a transliteration character too
    # (主席阿里·格拉萨): drop what forms a word with the text before it.
    if not bounded:
        start = trim_glued_start(folded, start, first_dot - 1)
        while start < first_dot - 1 and _kin_glued(folded, start):
            start += 1
        if romanized_after(folded, m_start, m_end):
            start = glossed_start(folded, m_start, first_dot, start)
    last = m_start + group.rindex(DOT) + 1
    end = translit_prefix(folded, last, m_end)
    while end + 1 < m_end and folded[end] in _HYPHENS and folded[end + 1] in TRANSLIT_CHARS:
        end = translit_prefix(folded, end + 1, m_end)
    if end - last < 2 and m_end - last <= 4 and folded[m_end : m_end + 1] in _CLOSING:
        end = m_end  # a last part that a bracket closes is whole (（伊凡·彼得罗夫）)
    elif end - last < 2 and long_address_at(folded, last + 2) and not address_starts_before(folded, last + 2):
        end = last + 2  # 阿布·達給先生: an address closes a two-character last part outside the table
    elif end - last < 2:
        # A last part outside the table (琼斯, 雨果): it ends where the
        # next word or cue begins.
        end = next((k for k in range(last + 1, min(last + 4, m_end) + 1) if dotted_ends.part_ends(folded, k)), end)
        if end == last + 1 and folded[end + 1 : end + 2] == "为" and ends_before_copula(folded, end):
            end += 1  # 阿布·達給為耆老: a one-character last part before the copula is cut short
        elif one_before_address(folded, last, end, m_end):
            end += 1  # 买买提·吐尔地师傅: the word boundary fell a character before the address
        elif end == last + 1 and end + 2 <= m_end and folded[end] == SPELLING_STOP:
            end += 2  # 帕提古丽·阿不都: 不 stands for a sound here, no part ends in it
        elif end == last + 1 and possessive_sound(folded, end, m_end):
            end += 2  # 伊莱沙·奥的斯发明: 的 spells a sound (Otis) before a transliteration's last character
    if start >= first_dot and not bounded:
        # 议员哈勇·诺干, 队员瓦旦·尤命: an indigenous name in Chinese
        # characters outside the table; its first part starts after a title.
        titled = [first_dot - k for k in (2, 3) if first_dot - k >= m_start and cue_ends_at(folded, first_dot - k)]
        start = titled[0] if titled else start
        if start >= first_dot and romanized_after(folded, m_start, m_end):
            # (a gloss spelling every part vouches for a first part of no table's characters, set off
            # by a particle: 阿美族的馬耀·谷木（Mayaw Kumud）)
            start = glossed_start(folded, m_start, first_dot, first_dot - 1)
            start = first_dot if start == first_dot - 1 else start
        if start >= first_dot and first_dot - m_start in (2, 3) and lexicon.lookup(folded[m_start:first_dot]) is None:
            # 、尤命·诺干: a short Han run set off on its left (a line's or an
            # item's start) and no word is the whole first part.
            start = m_start
    if end - last >= 3 and adverb_before_verb(folded, end - 1):
        end -= 1  # 特列斯连换三人: an adverb before the verb
    if not bounded and _fills_field(folded, m_start, m_end):
        # (a modifier with 的 may open the item: 、阿美族的馬耀·谷木（: the name starts after it)
        start, end = folded.rfind("的", m_start, first_dot) + 1 or m_start, m_end
        start = _native_skipped(folded, start, first_dot)
    elif romanized_after(folded, m_start, m_end) and not address_ended(folded, last, m_end):
        end = m_end  # 達海·伊斯瑪哈單（Dahai Ismahasan）: the gloss spells every part, so the last is whole
    if start >= first_dot or end <= last or named_after(folded, end):
        return None
    return Proposal(start, end, folded[start:end], True)


_NATIVE = "人"
_PLACE_LENGTHS = (2, 3, 4)


def _native_skipped(folded: str, start: int, first_dot: int) -> int:
    """研究者、法國人班雅明·杜邦: a place the dictionary tags as one and 人 opening the item say where the
    person is from (a nationality), no part of the name, which starts after them (two characters at least)."""
    for n in _PLACE_LENGTHS:
        cut = start + n + 1
        entry = lexicon.lookup(folded[start : start + n])
        if first_dot - cut >= 2 and folded[cut - 1] == _NATIVE and entry is not None and entry.tag == "ns":
            return cut
    return start


# A field's value: after a label's colon, up to the line's end, a bracket or a
# wide space before the next field (报告人：…\n, 嚮導：…（布農族）); or a list's
# item, between enumeration commas (、罗建军、沙吾提·艾买提\n); or a table's
# cell, between bars or a couple's slash (|亚历山大·诺维科夫/卡蒂娅·诺维科娃|); or
# a line's first words before a space (阿里木·吐尔地 教授). Not prose's commas:
# 正如…所说， and 达里奥·阿莫迪的离职， run on.
_FIELD_OPENS = frozenset(":：、|/\n \t\u3000")
_FIELD_CLOSES = frozenset("\n\t \u3000（(、|/")  # (folding makes a wide space a space)
_CELL_GAPS = frozenset("\t \u3000")
_LINE_CELL_CLOSES = _CELL_GAPS | {"|"}  # (a line's first cell: 胡索·伊斯坦大｜延平鄉｜…)
_GLOSS_MAX = 40  # the longest bracketed gloss after a cell's name


def _cell_end(folded: str, m_end: int) -> str:
    """What closes the cell after a dotted group: the next character, or past a
    bracketed gloss the character after it (吾守尔（新疆喀什）　, a line's end reads
    as a space)."""
    if folded[m_end : m_end + 1] in ("（", "("):
        close = folded.find("）" if folded[m_end] == "（" else ")", m_end, m_end + _GLOSS_MAX)
        if close != -1:
            after = folded[close + 1 : close + 2]
            return " " if after in ("", "\n") else after
    return folded[m_end : m_end + 1]


def _last_bar_cell(folded: str, m_start: int, m_end: int) -> bool:
    """A bar table's last cell (| 《长江以北》 | 阿卜杜热西提·艾则孜): a bar and a space
    open it, the line's end closes it."""
    return folded[m_start - 2 : m_start - 1] in ("|", "｜") and folded[m_end : m_end + 1] in ("", "\n")


def _fills_field(folded: str, m_start: int, m_end: int) -> bool:
    """报告人：玛依拉·阿不都热依木, 嚮導：比雅日・伊斯坦大（布農族）: a dotted
    group that is a field's whole value is one name, though its parts hold
    characters outside the transliteration table (a Uyghur or an indigenous
    name). Each part short, and no title ends inside it (主持：主席阿里·格拉萨)."""
    if m_start == 0 or folded[m_start - 1] not in _FIELD_OPENS:
        return False
    if m_end < len(folded) and folded[m_end] not in _FIELD_CLOSES:
        return False
    if folded[m_start - 1] == "\n" and folded[m_end : m_end + 1] not in _LINE_CELL_CLOSES:
        return False  # a line's start opens a cell only where a space or a bar ends it (宣教士瑪莉·史密斯（ is prose)
    # (a field's colon, then spaces, opens a field: 最匀奖：　吐尔逊·阿不力孜)
    if (
        folded[m_start - 1] in _CELL_GAPS
        and folded[max(0, m_start - 9) : m_start - 1].rstrip(" \t")[-1:] != ":"
        and _cell_end(folded, m_end) not in _CELL_GAPS
        and not _last_bar_cell(folded, m_start, m_end)
    ):
        return False  # a space opens a cell only where a space closes it (二辩 …·… 三辩, not 第15天 敦煌·鸣沙山\n)
    parts = folded[m_start:m_end].split(DOT)
    # A list's item is shorter (【海外】佐藤健太郎、艾蜜莉·卡特重返校园 runs on), and a
    # numeral's 、 numbers a paragraph (二、聘任汉斯·穆勒), no list.
    item = folded[m_start - 1] == "、"
    if item and (m_start < 2 or folded[m_start - 2].isnumeric()):
        return False
    # Only the last part may run on into the text after it: a first part is as long as in a cell
    # (、阿娜尔古丽·艾则孜).
    if not all(2 <= len(p) <= 6 for p in parts) or (item and len(parts[-1]) > 4):
        return False
    if all(map(_phrase, parts)):
        return False  # 全日：下海實作・疊石修補滬堤: a programme's items, each of words
    if folded[m_start:m_end].endswith(ADDRESS_SUFFIXES):
        return False  # 拉傑什・庫馬爾先生（Rajesh Kumar）: the address is no part of it
    return not any(cue_ends_at(folded, k) or cue_after(folded, k) for k in range(m_start + 1, m_end))


def _phrase(part: str) -> bool:
    """Four characters or more read in pairs, one pair a common word (下海|實作, 疊石|修補|滬堤):
    a name's part spells sounds, whose pairs make no word (阿不|都熱|依木)."""
    pairs = (part[k : k + 2] for k in range(0, len(part) - 1, 2))
    return len(part) >= 4 and any(lexicon.is_common_word(pair, lexicon.WORD) for pair in pairs)
