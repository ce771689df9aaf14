"""The words around a name that say "this is a person", or that it is not:
titles and speech verbs, list words, where a name ends, institutions named
after someone, words a name's edge characters form with their neighbours.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.core.people import lexicon
from reader.core.people.lexicon import EVERYDAY, FREQUENT, WORD
from reader.core.people.names import (
    ADDRESS_SUFFIXES,
    AFTER_CUES,
    AFTER_SUBJECT,
    BEFORE_CUES,
    CJK,
    LIST_CUES,
    NAMED_AFTER,
    NOT_IN_GIVEN_NAME,
    PARTICLES,
    ROLE_SHORT_FORMS,
    adverb_before_verb,
    is_han,
)
from reader.core.people.venue_names import hall_after
from reader.core.surnames import COMMON_SURNAMES

SEPARATORS = "：:|丨/ \u3000"
_PUNCT = set('，。；：！？、,.;:!?)）」』”’"》\n')


# An age before the name says who it is (18岁的陈欣然, 七十一歲的): only people have one.
_AGE_RE = re.compile(r"[0-9０-９一二三四五六七八九十两]+[岁歲]的$")


def aged_before(folded: str, start: int) -> bool:
    """An age and 的 right before ``start`` (五十九岁的包玉山, a given name that is a place's word; the
    surname reader still wants no word at the name's start: 七十六岁的银匠吴水银)."""
    return _AGE_RE.search(folded, max(0, start - 8), start) is not None


# An age right after the name, an adverb of time maybe between (汪小溪才五岁, 周素琴今年六十五岁).
_AGED_AFTER_RE = re.compile(r"(?:今年|才|已经|已|刚|只有)?[0-9０-９一二三四五六七八九十两]+[岁歲]")


def aged_after(folded: str, end: int) -> bool:
    """An age right after ``end``: only people have one (汪小溪才五岁, not 朴子溪)."""
    return _AGED_AFTER_RE.match(folded, end) is not None


# A count of people in the clause before a name: a number (or 另, 每) and a measure word only people take
# (一名, 两位), then at most a few words (来自云南天文台的), ending in the noun that names the one counted.
_COUNTED_RE = re.compile(r"[0-9一二两三四五六七八九十几数另每][名位][^，。、；：！？,;:!?\s《》“”「」]{0,12}$")


def counted_before(folded: str, start: int) -> bool:
    """另一名股东邵宏伟: a measure word that counts only people, then a noun of two characters the dictionary
    lists right before the name (股东, 成员): the name is the one counted (not 一张照片, a thing's measure)."""
    entry = lexicon.lookup(folded[start - 2 : start]) if start >= 2 else None
    if entry is None or not entry.tag.startswith("n") or entry.freq < WORD or entry.is_name:
        return False
    return _COUNTED_RE.search(folded, max(0, start - 16), start) is not None


# Traditional script writes the surname 于 and the preposition 於 (both fold to 于).
_PREPOSITION_YU = "於"


def preposition_written(plain: str, folded: str, start: int) -> bool:
    """渡臺，於大嵙崁溪畔, 起因於原市議員: a "surname" written 於 is the preposition, unless a title stands
    before it."""
    return plain[start : start + 1] == _PREPOSITION_YU and not cue_before(folded, start)


def cue_after(folded: str, end: int) -> bool:
    """A speech verb or a title right after the name (表示, 说, 教授), or a
    speech verb after an adverb that follows a subject (李婷则认为, 王明也指出)."""
    if not folded.startswith(AFTER_CUES, end):
        return (
            folded[end : end + 1] in AFTER_SUBJECT
            and folded.startswith(_SPEECH_CUES, end + 1)
            and not lexicon.is_common_word(folded[end - 1 : end + 1], WORD)
        ) or _said_while(folded, end)
    # 武侠小说: the "cue" is the end of a common word, not a verb after a name;
    # 国安主教练: the name's last character starts the title (主教练).
    if end > 0 and lexicon.is_common_word(folded[end - 1 : end + 1], EVERYDAY):
        return False
    cue = next(c for c in AFTER_CUES if folded.startswith(c, end))
    if folded.startswith(_LONGER_TITLES, end - 1) or (folded[end - 1] in _RANKS and cue not in _SPEECH_CUES):
        return False  # 辩方大律师, 国羽总教练: the "name's" last character starts the title (大律师; a rank, 总|副)
    return not (len(cue) >= 2 and lexicon.is_common_word(folded[end - 1 : end + len(cue)], WORD))


# Ranks a title takes before it (总教练, 副部长): no name's last character before one.
_RANKS = frozenset("总副")
# The speech verbs among the cues after a name (not the titles: 先生, 教授).
_SPEECH_CUES = tuple(
    c
    for c in AFTER_CUES
    if c
    in "表示 说 称 认为 指出 告诉 透露 强调 坦言 介绍 回忆 解释 回应 补充 写道 提到 直言 承认 宣布 相信 觉得 "
    "希望 笑称 坦承 表态 质疑 分析 批评 否认 证实 呼吁 警告 提醒".split()
)


# The speech verbs of two characters (提醒, 表示): a manner verb may stand before a one-character 说 (常笑说).
SPEECH_WORDS = tuple(c for c in _SPEECH_CUES if len(c) >= 2)
# What a verb takes when the one who speaks is doing it meanwhile (笑著說, 哭着说): 着, written 著 too.
_WHILE = frozenset("着著")


def _said_while(folded: str, end: int) -> bool:
    """江蕙笑著說: a one-character verb, 着, then a speech verb that runs into no longer word but a cue's
    (笑着说道; not 看着说明书)."""
    if not is_han(folded[end : end + 1]) or folded[end + 1 : end + 2] not in _WHILE:
        return False
    verb = next((c for c in _SPEECH_CUES if folded.startswith(c, end + 2)), "")
    run_on = folded[end + 2 : end + 3 + len(verb)]
    return bool(verb) and (run_on in AFTER_CUES or not lexicon.is_common_word(run_on, WORD))


def speech_after(folded: str, end: int) -> bool:
    """A speech verb right after ``end`` (程诺笑|说: what stands before it says how)."""
    return folded.startswith(_SPEECH_CUES, end)


_BEFORE_MATCH = tuple(c.lower() for c in BEFORE_CUES)  # folded text is lower case
# Titles of three characters or more that end in a shorter cue (大律师: 律师).
_LONGER_TITLES = tuple(c for c in BEFORE_CUES if len(c) >= 3 and c[1:].startswith(AFTER_CUES))
AFTER_RE = re.compile("|".join(map(re.escape, AFTER_CUES)))
BEFORE_RE = re.compile("|".join(map(re.escape, _BEFORE_MATCH)))
_BEFORE_SET = frozenset(_BEFORE_MATCH)


def cue_before(folded: str, start: int) -> bool:
    """A title, job or byline right before the name (separators allowed)."""
    i = start
    while i > 0 and start - i < 2 and folded[i - 1] in SEPARATORS:
        i -= 1
    if folded[start - 1 : start + 1] == "父母":
        return False  # 代先父母敬献, 祖父母: the father's kin word runs on into both parents', no name after
    if folded.endswith(_BEFORE_MATCH, max(0, i - 6), i) or _trade_before(folded, i):
        return True
    # (a column's label, its characters set apart by spaces to align it: 主　任：雷鸣)
    return i > 2 and folded[i - 2] == " " and (word := _spaced_label(folded, i)) != "" and word in _BEFORE_SET


# Endings that make a trade of the word before them (礼仪师, 咨询师; 讲解员, 引航员).
_TRADE_ENDS = frozenset("师员")


def _trade_before(folded: str, end: int) -> bool:
    """礼仪师|钱薇: a two-character word the dictionary lists and 师 or 员 right before ``end``,
    a trade the role words do not hold, names the one who practises it; not where 师 or 员 makes a
    word with the character after it (泥水师傅许水源: 师傅 the title, 傅许 no name)."""
    return (
        folded[end - 1 : end] in _TRADE_ENDS
        and end >= 3
        and is_han(folded[end - 3])
        and lexicon.is_common_word(folded[end - 3 : end - 1], WORD)
        and not lexicon.is_common_word(folded[end - 1 : end + 1], WORD)
    )


def _spaced_label(folded: str, end: int) -> str:
    """The word whose characters stand apart by single spaces at a line's
    start right before ``end`` (主 任, 联 系 人), joined, or ""."""
    k = end - 1
    while k >= 2 and folded[k - 1] == " " and is_han(folded[k - 2]):
        k -= 2
    return folded[k:end:2] if (k == 0 or folded[k - 1] == "\n") and end - k >= 3 and is_han(folded[k]) else ""


def titled_next(folded: str, end: int, cue: str) -> bool:
    """伏波将军马援: the cue is a title a common surname follows right after, so it is the next
    name's title and the characters before it qualify the title (伏波), no name of their own."""
    return cue in _BEFORE_SET and folded[end : end + 1] in COMMON_SURNAMES


def is_role(word: str) -> bool:
    """The folded ``word`` is a title, job or kin word whole (保安, 志愿者)."""
    return word in _BEFORE_SET


def role_past(folded: str, start: int, end: int) -> int:
    """Where a title or a trade that starts at ``start`` and runs past ``end`` ends (郝指|导员: 指导员 opens
    at the "given name", whatever the tagger cut), the longest; 0 where none does."""
    return max(
        (
            k
            for k in range(end + 1, min(len(folded), start + 4) + 1)
            if folded[start:k] in _BEFORE_SET or (k - start == 3 and _trade_before(folded, k))
        ),
        default=0,
    )


def cued_at(folded: str, form: str, ats: Iterable[int]) -> bool:
    """A person's cue before or after ``form`` at any of its mentions (``ats``, where it starts)."""
    return any(cue_before(folded, at) or cue_after(folded, at + len(form)) for at in ats)


def cue_ends_at(folded: str, end: int) -> bool:
    """A title or job word ends right here (摄影师|大森: 师 ends the cue, it
    starts no name)."""
    return folded.endswith(_BEFORE_MATCH, max(0, end - 6), end)


def interview_label(folded: str, start: int, end: int) -> bool:
    """``田渊栋：`` at the start of a paragraph; not over a roll of names (龍尾隊：周全　馮家樂　區志明:
    a group's label, where a speaker's words follow the colon)."""
    if not ((start == 0 or folded[start - 1] == "\n") and folded[end : end + 1] in ("：", ":")):
        return False
    line_end = folded.find("\n", end)
    return _ROLL_VALUE_RE.fullmatch(folded, end + 1, line_end if line_end >= 0 else len(folded)) is None


# A line's value that is three names or more apart by spaces or 、 (full-width spaces folded to spaces).
_ROLL_VALUE_RE = re.compile(rf" *[{CJK}]{{2,4}}(?:(?: +|、)[{CJK}]{{2,4}}){{2,}} *")


def clause_has_list_cue(folded: str, start: int) -> bool:
    i = start
    while i > 0 and folded[i - 1] not in _PUNCT and start - i < 12:
        i -= 1
    return any(cue in folded[i:start] for cue in LIST_CUES if len(cue) > 1) or (
        start > 0 and folded[start - 1] in "、和与及"
    )


def titled_listed_name(folded: str, start: int, end: int) -> bool:
    """明代航海家郑和，: a role right before two characters the dictionary lists as a person's name in
    use, ending where a name can: the person, though the given character is a particle in prose (和)."""
    entry = lexicon.lookup(folded[start:end])
    return (
        end - start == 2
        and entry is not None
        and entry.is_name
        and entry.freq >= WORD
        and cue_before(folded, start)
        and boundary_after(folded, end)
    )


def boundary_after(folded: str, end: int) -> bool:
    """The name can stop here: punctuation, Latin, a particle, or the end."""
    if end >= len(folded):
        return True
    ch = folded[end]
    if not is_han(ch) or ch in NOT_IN_GIVEN_NAME or cue_after(folded, end):
        return True
    if adverb_before_verb(folded, end):
        return True  # 傅明共出示: an adverb before a verb
    # A word starts right after (赵勇赛后, 司徒嘉欣台北): the name ended.
    return lexicon.is_common_word(folded[end : end + 2], WORD)


# A shop named after its founder: the name, what it sells, the shop
# (王麻子刀剪店, 胡开文墨庄); no particle or adverb between (王明也开店).
_SHOP_AFTER_RE = re.compile(rf"[{CJK}]{{1,2}}[店庄铺]")


# A class named after a scholar, its field between (李政道物理班, 钱学森班); not
# the class's leader or teacher (王明班长, 班主任), nor his place in it (班上).
_CLASS_AFTER_RE = re.compile(rf"(?P<field>[{CJK}]{{2}})?班(?![长主上里])")
# A team named so, a word between (石峰老|姐妹队, 黄丽华舞蹈队); not its leader or a member (队长, 队员).
_TEAM_AFTER_RE = re.compile(rf"(?P<field>[{CJK}]{{2}})队(?![长员友医里])")
_COUNTING = frozenset("一二三四五六七八九十两几每这那各某")


def named_after(folded: str, end: int) -> bool:
    """The name is part of an institution's, a prize's, a law's, a class's, a team's or a shop's name."""
    if folded.startswith(NAMED_AFTER, end) or hall_after(folded, end):
        return True
    c = _CLASS_AFTER_RE.match(folded, end) or _TEAM_AFTER_RE.match(folded, end)
    # (a count is no field: 比尔盖茨一个班 is a name, then "a class")
    if c is not None and (
        not c["field"] or (c["field"][0] not in _COUNTING and lexicon.is_common_word(c["field"], WORD))
    ):
        return True
    m = _SHOP_AFTER_RE.match(folded, end)
    return m is not None and not any(c in PARTICLES or c in AFTER_SUBJECT for c in m.group())


def glued_to_neighbours(folded: str, start: int, end: int) -> bool:
    """The name's first or last character forms a common word with the
    character beside it (四川普通 -> 川普 is no name), unless a cue stands
    there (许鞍华表示: 华表 is a word, but 表示 is the cue)."""
    left = folded[start - 1 : start + 1] if start > 0 and not cue_before(folded, start) else ""
    right = folded[end - 1 : end + 1] if end < len(folded) and not cue_after(folded, end) else ""
    return any(len(w) == 2 and is_han(w[0]) and lexicon.is_common_word(w, FREQUENT) for w in (left, right))


def trim_glued_start(folded: str, start: int, limit: int) -> int:
    """Move a name's start past characters that belong to the word before
    it (主席阿里 -> 阿里: 席 ends 主席), never past ``limit``."""
    while start < limit and start > 0 and lexicon.is_common_word(folded[start - 1 : start + 1], WORD):
        start += 1
    # A title ending inside the run (工程师约翰: 师 is a transliteration character too).
    return next((k for k in range(start + 1, limit + 1) if cue_before(folded, k)), start)


# Title marks: 《book》, and 〈song〉 or 〈article〉 as Taiwan and Hong Kong print a
# short work's title (新歌〈林美麗〉).
_TITLE_MARKS = ("《》", "〈〉")


_SHORT_TITLE_RE = re.compile(r"《([^《》\n]{1,8})》|〈([^〈〉\n]{1,8})〉")


def printed_titles(folded: str) -> set[str]:
    """The short works the text prints in title marks (《红楼梦》, 〈林美麗〉)."""
    if "《" not in folded and "〈" not in folded:
        return set()
    return {a or b for a, b in _SHORT_TITLE_RE.findall(folded)}


def title_spans(folded: str) -> list[tuple[int, int]]:
    """Where each short printed title's words run (inside its marks)."""
    if "《" not in folded and "〈" not in folded:
        return []
    return [(m.start() + 1, m.end() - 1) for m in _SHORT_TITLE_RE.finditer(folded)]


_LONG_ADDRESSES = tuple(a for a in ADDRESS_SUFFIXES if len(a) >= 2)


def long_address_at(folded: str, pos: int) -> bool:
    """A two-character (or longer) address starts at ``pos`` (先生, 女士, 教授)."""
    return folded.startswith(_LONG_ADDRESSES, pos)


def address_starts_before(folded: str, end: int) -> bool:
    """The character before ``end`` and the two-character address after it
    make a word of the dictionary's (黃老|先生: 老先生, 老太太): the address
    starts a character early, and that character is no given name. (A
    one-character address makes an address of its own: 邱指|导, 王小|姐.)"""
    if end == 0 or not folded.startswith(_LONG_ADDRESSES, end):
        return False  # (one C-level test first: most names are followed by no address)
    return any(folded.startswith(a, end) and lexicon.lookup(folded[end - 1] + a) is not None for a in _LONG_ADDRESSES)


def in_title(folded: str, start: int, end: int) -> bool:
    """The whole of a 《title》 or 〈title〉: a book, song or journal, not a person."""
    return folded[start - 1 : start] + folded[end : end + 1] in _TITLE_MARKS


def address_run_on(folded: str, start: int, sl: int, end: int) -> bool:
    """郭导让我们, 王总说, 李董强调: a surname and a title's short form (导,
    总, 董) followed by a verb or a stop character is an address that ran on
    into the next word, not a surname and a given name."""
    if end - start != sl + 2 or folded[start + sl] not in ROLE_SHORT_FORMS:
        return False
    after = start + sl + 1
    return (
        folded[after] in NOT_IN_GIVEN_NAME
        or cue_after(folded, after)
        or lexicon.is_common_word(folded[after : after + 2], WORD)
    )


# Honorifics that follow a person's full name (周恩来同志, 王建国先生).
_HONORIFICS = ("同志", "先生", "女士")
# Offices written after a full name (周恩来总理, 朱德总司令): a person's as the honorifics are.
_OFFICES = ("总理", "总统", "主席", "总司令", "元帅", "将军", "首相", "委员长")


def honoured(folded: str, end: int, form: str) -> bool:
    """A surname and two characters the tagger reads as a person, then an honorific or an office: a person's
    full name, though the dictionary lists the three as a word under another tag (周恩来 as a time)."""
    return len(form) == 3 and folded.startswith((*_HONORIFICS, *_OFFICES), end)
