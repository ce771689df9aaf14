"""Whether a span the tagger reads as a person has the shape of a name the rules know: a surname and a
given name without a particle, or transliteration characters; a two-character name needs a cue, a list
neighbour or a second mention (:class:`~reader.core.people.han.Verdict`). Used by :mod:`reader.core.people.tagged`.
"""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.cues import (
    SPEECH_WORDS,
    address_run_on,
    aged_before,
    counted_before,
    cue_after,
    cue_before,
    honoured,
    interview_label,
)
from reader.core.people.cut_names import MAX_PLAIN, _name_ends_in_conjunction, given_noun, subject_ends
from reader.core.people.dated_names import dated_after, office_dated, time_next
from reader.core.people.dictionary_things import dictionary_thing
from reader.core.people.given_addressed import given_addressed, named_given, one_addressed, surname_titled
from reader.core.people.han import Verdict
from reader.core.people.lexicon import FREQUENT, LISTED, WORD, name_tagged
from reader.core.people.made_works import made_next, work_after
from reader.core.people.names import (
    ERA_BEFORE_RE,
    JAPANESE_SURNAMES,
    LIFE_AFTER,
    NICKNAME_PREFIXES,
    PARTICLES,
    SOFT_IN_GIVEN_NAME,
    TRANSLIT_CHARS,
    is_han,
    surname_length,
)
from reader.core.people.person_acts import acts_on_person, admired
from reader.core.people.subject_verbs import ASPECT, TAKES_PERSON, acts_next, verb_next, word_next
from reader.core.people.texts import WordTags, starts
from reader.core.people.unsurnamed_heads import clause_read
from reader.core.surnames import COMMON_SURNAMES, COMPOUND_SURNAMES, CUED_SURNAMES


def _stage_name(folded: str, start: int, end: int) -> bool:
    """歌手阿朵分别, 队长阿贤说: 阿 and one character right after a job title
    (and before a clear end, a speech verb or a word) is what this person
    goes by, a stage name or a nickname, and a person of the article."""
    clear = _clear_end(folded, end) or cue_after(folded, end) or lexicon.lookup(folded[end : end + 2]) is not None
    return folded[start] == "阿" and cue_before(folded, start) and not _left_glued(folded, start) and clear


def _left_glued(folded: str, start: int) -> bool:
    return lexicon.is_common_word(folded[start - 1 : start + 1], WORD)


def _cued(folded: str, start: int, end: int) -> bool:
    # (a credit in the text: 摄影/拉巴次仁, 翻译：某某)
    # (and a role joined by 的: 总决赛解说的贺文)
    credit = folded[start - 1 : start] in _CREDIT_MARKS or folded[start - 1 : start] == "的"
    credit = credit and cue_before(folded, start - 1)
    age = aged_before(folded, start)
    # (姐 or 哥 after the name, then a clear end: 我们组的周颖姐）, how colleagues call her)
    addressed = folded[end : end + 1] in ("姐", "哥") and _clear_end(folded, end + 1)
    # (one of a people: 蒙古族的哈斯巴根, 藏族的扎西)
    ethnic = folded.endswith("族的", 0, start)
    counted = counted_before(folded, start)  # (one counted, named by a noun: 另一名股东邵宏伟)
    # (a historical person dated by an era or a life: 明末毛晋, 许獬生平; an era dates an office
    # too, so a common surname must open the name, 东汉太丘长 is a magistrate, or the office is before it: 秦将蒙恬)
    era = folded[start] in COMMON_SURNAMES or folded[start - 1 : start] == "将"
    era = era and ERA_BEFORE_RE.search(folded, max(0, start - 3), start) is not None
    dated = era or folded.startswith(LIFE_AFTER, end) or office_dated(folded, start)  # (明代的督陶官唐英)
    return (
        cue_after(folded, end)
        or cue_before(folded, start)
        or interview_label(folded, start, end)
        or credit
        or age
        or addressed
        or ethnic
        or counted
        or dated
    )


_CREDIT_MARKS = frozenset("/／:：")
# A people in brackets after a name (巴图（蒙古族）, folded brackets): only a person has one.
_PEOPLE_GLOSS_RE = re.compile(r"\([\u4e00-\u9fff]{1,4}族\)")
_FIELD_MARKS = frozenset(":：")
# An age after a mention (江海今年六十歲): only people have one.
_AGE_AFTER_RE = re.compile(r"(?:今年)?[0-9０-９一二三四五六七八九十两]+[岁歲]")


def _aged(folded: str, form: str) -> bool:
    return any(_AGE_AFTER_RE.match(folded, s + len(form)) for s in starts(folded, form))


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
    kept = "" if named_given(folded, start, given) else kept  # (儿子李向东: 向东, a name the dictionary lists)
    if sl == 2 and _compound_surnamed(folded, start, end, word_tag):
        return Verdict.NAME
    if sl and 1 <= len(given) <= longest and not any(c in PARTICLES for c in kept):
        if len(given) == 2 and folded[end : end + 1] in ASPECT and lexicon.lookup(given) is not None:
            return Verdict.NO  # 申屠张罗了: the "given name" is a verb, 了 says so
        entry = lexicon.lookup(form)
        if entry is not None and not entry.is_name and entry.freq >= FREQUENT and not honoured(folded, end, form):
            return Verdict.NO  # an everyday word the tagger misread
        if dictionary_thing(entry, form, folded, read_twice) and not (_cued(folded, start, end) or listed):
            return Verdict.NO  # a thing or a place whole in the dictionary (白大褂, 石库门), no title or list
        if len(given) == 1:
            return _two(folded, start, end, sl, listed, word_tag)
        if address_run_on(folded, start, sl, end):
            return Verdict.NO  # 郭导让: an address (郭导) and a verb
        given_entry = lexicon.lookup(given)
        if given_entry is not None and given_entry.freq >= WORD and given_entry.tag in _WORD_TAGS:
            # 管果园: the "given name" is a noun or a verb; only a cue, a list
            # beside another person or a second reading as a person
            # (苏新月 … 苏新月是) says otherwise.
            addressed = given_addressed(folded, given)  # (金花奶奶: the given part called with a kin word)
            return Verdict.NAME if _cued(folded, start, end) or listed or read_twice or addressed else Verdict.NO
        if lexicon.is_common_word(form[: sl + 1], WORD) and not (_cued(folded, start, end) or listed):
            if form[sl] in SOFT_IN_GIVEN_NAME and sl == 1 and _set_apart(folded, start, end, word_tag):
                return Verdict.NAME  # 和王家卫比较: 王家 is "the Wang family", the tagger reads one name
            return Verdict.SHAPED  # 路演中: surname and first given character form a word
        if _verb_after(folded, end) and not _cued(folded, start, end):
            return Verdict.NO  # 韩媒封为: the last character starts a verb
        return Verdict.NAME
    if not sl and not translit and len(form) in (3, 4) and not lexicon.is_common_word(form):
        if form[0] in NICKNAME_PREFIXES or clause_read(folded, start, end):
            return Verdict.NO  # 护士小唐刚下班: 小唐 is what people call her, 刚 the next word; 都搵筆伯, 天一亮就
        # 草间弥生, 奈良美智: a Japanese surname outside the table; the tagger
        # alone is not enough, a cue or a second mention must agree.
        # (or set apart: 听著久石让的电影, 草间弥生的作品)
        # (not a nickname: 「小白龙」, 老K)
        # (not a people either: 弗雷曼人, 排湾族)
        apart = (
            _clear_start(folded, start)
            and _clear_end(folded, end)
            and not _nickname(folded, start, end)
            and form[-1] not in _PEOPLES
            and not _noun_end(form)
        )
        return Verdict.NAME if _cued(folded, start, end) or listed or apart else Verdict.SHAPED
    if translit and admired(folded, start, end, word_tag):
        return Verdict.NAME  # (从小崇拜科比，: one looked up to, though the dictionary files 科比 as a word)
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
    if _unsurnamed_four(folded, start, end, sl, listed):
        return Verdict.NAME
    return Verdict.NO


def _noun_end(form: str) -> bool:
    """The last two characters an everyday noun (省力法子: 法子, a way of doing) or a verb in use (妈祖保佑:
    a deity and the blessing): a thing's name or a clause, no Japanese given name (弥生, 美智, 太郎 are rare
    as words). Asked of three- and four-character forms with no surname alike."""
    entry = lexicon.lookup(form[-2:])
    verb = entry is not None and entry.tag == "v" and entry.freq >= WORD
    return entry is not None and not entry.is_name and (entry.freq >= FREQUENT or verb)


def _unsurnamed_four(folded: str, start: int, end: int, sl: int, listed: bool = False) -> bool:
    """班主任：巴桑卓嘎: four characters whose first is a surname only by
    chance (no Chinese given name runs to three characters) are a name
    without one (Tibetan, Uyghur) when a role or a credit mark vouches for
    them, or a list beside a person the tagger read (薛梅、阿布力孜), and no
    dictionary word or particle is among them."""
    form = folded[start:end]
    # (listed and ending at punctuation, a last 和 joins nothing: 王一鸣、巴图孟和、;
    # not joined to the next name by a conjunction: 田渊栋昱与韩琳羽)
    listed = listed and not is_han(folded[end : end + 1] or "a") and _clear_end(folded, end)
    inner = form[:-1] if listed else form
    spelt = sum(c in TRANSLIT_CHARS for c in form)  # (a particle only inside three spelt by sound: 阿说尔布)
    particle = any(c in PARTICLES for c in inner) and (spelt < 3 or any(c in PARTICLES for c in form[::3]))
    if sl != 1 or len(form) != 4 or form[:1] in JAPANESE_SURNAMES or particle:
        return False
    if lexicon.is_common_word(form) or lexicon.lookup(form[1:]) is not None or _worded_end(form[2:], listed):
        return False
    # (the whole of a field's value: after the role's colon, before a bracket or punctuation)
    whole = folded[start - 1 : start] in _FIELD_MARKS and not is_han(folded[end : end + 1] or "a")
    # (or a role right before, or before its copula, the name ending clear, before a preposition or a
    # verb, half of it or more spelt by sound: 母亲吉克阿妞替女儿, 主人是阿说尔布。, 主人马海木呷来自;
    # not a surname, a given name and a verb no dictionary lists, 父親張根承繼)
    roled = cue_before(folded, start) or (folded[start - 1 : start] == "是" and cue_before(folded, start - 1))
    ends = _clear_end(folded, end) or folded[end : end + 1] in _BEFORE_NAME or verb_next(folded, end)
    if any(c in PARTICLES for c in inner):
        return roled and ends
    return (whole and _cued(folded, start, end)) or listed or (roled and ends and spelt >= 2)


# The dictionary's tags of a proper name: a place's, a person's.
_PROPER_TAGS = ("ns", "nr", "nrt")


def _worded_end(part: str, listed: bool) -> bool:
    """The last two characters a dictionary word; in a list of people, a rare place's or name's
    (扎西, 顿珠: parts of Tibetan names, 边巴扎西, listed as places) is the name's own part."""
    entry = lexicon.lookup(part)
    return entry is not None and not (listed and entry.tag in _PROPER_TAGS and entry.freq < WORD)


def _compound_surnamed(folded: str, start: int, end: int, word_tag: WordTags | None) -> bool:
    """澹台明月：, 欧阳向东、, 丞相公孙弘以: a compound surname starts no
    everyday word, so with one or two given characters the tagger reads as a
    person it is a name, whatever words the given characters make (明月,
    向东), when the name ends clear or the tagger reads it as one word."""
    form = folded[start:end]
    longest = 3 if subject_ends(folded, end) else 2  # (a clan's three, 完颜阿骨打就是: see cut_names._compound_whole)
    if form[:2] not in COMPOUND_SURNAMES or not 1 <= len(form) - 2 <= longest or lexicon.is_common_word(form):
        return False
    if not all(is_han(c) for c in form) or form[-1] in PARTICLES or form[2:] in SOFT_IN_GIVEN_NAME:
        return False  # (欧阳正: a stop character alone as the given name needs a cue; 向 in 欧阳向东 is fine)
    nxt = folded[end : end + 1]
    if nxt in ASPECT or lexicon.is_common_word(folded[end - 1 : end + 1]):
        return False  # 申屠张罗了: a verb and its aspect; 张廖宗亲: 宗 starts a word
    if len(form) == 3 and nxt == "的":
        return False  # 《水浒传》里呼延灼的后人: a lone 的 after a short name leaves who it is open
    whole = word_tag is not None and word_tag.get(start) == (end, "PER")
    # (or the tagger read the surname alone and a rare noun follows as the given name: no
    # given name runs on past it, 皇甫|建|军户)
    alone = word_tag is not None and word_tag.get(start) == (start + 2, "PER")
    return whole or _clear_end(folded, end) or (alone and len(form) == 4 and given_noun(folded, start + 2, word_tag))


# What may stand right before a name: particles, and prepositions that take a
# person (由, 被, 把, 跟, 给) or say how something is heard (听著).
_BEFORE_NAME = PARTICLES | frozenset("由被把跟给替著")


def _clear_start(folded: str, start: int) -> bool:
    """Punctuation, the text's start, or a particle or preposition right before."""
    prev = folded[start - 1 : start]
    return not prev or not (is_han(prev) or prev.isalnum()) or prev in _BEFORE_NAME


# What ends the name of a people or a group, not a person's.
_PEOPLES = frozenset("人族军队帮派")
_OPEN_QUOTES = frozenset("「『“‘\"'")


def _nickname(folded: str, start: int, end: int) -> bool:
    """小白龙, 老K, or any name alone in quotes (「阿福」): what someone is called."""
    return folded[start] in NICKNAME_PREFIXES or folded[start - 1 : start] in _OPEN_QUOTES


def _set_apart(folded: str, start: int, end: int, word_tag: WordTags | None) -> bool:
    """Clear on both sides: the name starts clear, and a particle,
    punctuation or a word the tagger reads as a verb follows."""
    if not _clear_start(folded, start):
        return False
    verb_after = word_tag is not None and word_tag.get(end, (0, ""))[1] in ("v", "vd")
    return _clear_end(folded, end) or verb_after


def _clear_end(folded: str, end: int) -> bool:
    """Punctuation, a particle, or a preposition-like verb starts right after."""
    nxt = folded[end : end + 1]
    return not nxt or not (is_han(nxt) or nxt.isalnum()) or nxt in PARTICLES


def famous(folded: str, start: int, end: int, word_tag: WordTags | None = None) -> bool:
    """讲杜甫和白居易, 埋葬着关羽的首级: two characters the dictionary tags as a person's name in use (a historical
    figure, a famous writer), which the tagger reads as a person too, ending clear of the next word (or after a title
    or before a verb, making no word with it: 诗人杜甫写下, 张骞出使; or before a word of two the tagger reads on its
    own: 鲁迅|笔下, 玄奘|西行). A rarer entry (蔡伦 25) only as the subject of a verb of doing (蔡伦造纸) or dated
    (秦将蒙恬, 李冰在两千多年前, 慈禧七十寿辰) or named for what one made (鲁班造伞; the rarest with a work
    cited, 路遥的《平凡的世界》; see made_works), not the last item of a list the verb shares (YONEX、胜利、李宁赞助:
    the items are firms). Three characters a surname opens, listed as a name in
    use, likewise though the given part is a word (郑成功|屯兵)."""
    if not 2 <= end - start <= 3:
        return False  # (before the dictionary: asked of every word the tagger's verdict turned down)
    entry = lexicon.lookup(folded[start:end])
    if entry is None or not entry.is_name:
        return False
    # (dated by an era before it, as a title cues one: 秦将蒙恬, 38; so a compound surname's: 唐代欧阳询, 17)
    dated = ERA_BEFORE_RE.search(folded, max(0, start - 3), start) is not None or dated_after(folded, end, word_tag)
    # (or what one made or wrote, named right after: 鲁班造伞, 爱迪生发明电灯; a work cited, its own, vouches for
    # the rarest entry, 路遥的《平凡的世界》)
    cited = work_after(folded, end)
    dated = dated or cited or made_next(folded, end, word_tag)
    if end - start == 3 and not dated and (entry.freq < WORD or surname_length(folded, start) != 1):
        return False
    acts = acts_next(folded, start, end, word_tag)
    acting = acts and not _verb_after(folded, end) and folded[start - 1 : start] != "、"
    cued = cue_before(folded, start) or dated or acts or word_next(folded, end, word_tag)
    cued = cued or acts_on_person(folded, end, word_tag)  # (doing a one-character act to a person: 李白|送|汪伦的诗)
    return (
        (cited or entry.freq >= (LISTED if acting or dated else WORD))
        and (_clear_end(folded, end) or (cued and (not _verb_after(folded, end) or time_next(end, word_tag))))
        and folded[end : end + 1] not in "了着过"  # 康复过的: a verb the dictionary tags as a name
        and not lexicon.is_common_word(folded[start - 1 : start + 1], WORD)
        and not _degree_before(folded, start)
    )


# Degree adverbs: what follows them is an adjective (一样洪亮, 很高明).
_DEGREE = frozenset("很太更最真好挺越")
_MODIFIER_TAGS = frozenset(["d", "r", "a", "ad"])


def _degree_before(folded: str, start: int) -> bool:
    before = lexicon.lookup(folded[start - 2 : start]) if start >= 2 else None
    return folded[start - 1 : start] in _DEGREE or (before is not None and before.tag in _MODIFIER_TAGS)


def _verb_after(folded: str, end: int) -> bool:
    """The name's last character and the next form a word: a common one, or
    any verb the dictionary lists (封为)."""
    entry = lexicon.lookup(folded[end - 1 : end + 1])
    return entry is not None and (entry.freq >= WORD or entry.tag == "v")


# A "given name" that is a common noun, verb or adjective (管果园); place
# names and proper nouns are fine (孙中山, 王建国).
_WORD_TAGS = frozenset(["n", "v", "vn", "a", "ad", "an", "d", "m", "q", "t", "f", "r"])


def _two(folded: str, start: int, end: int, sl: int, listed: bool, word_tag: WordTags | None = None) -> Verdict:
    """Surname + one character: a cue or a list; a second mention only with
    a common surname (高维, 金牌 are words)."""
    form = folded[start:end]
    if form[sl:] == "家" or (lexicon.is_common_word(form, WORD) and not (listed and _aged(folded, form))):
        return Verdict.NO  # 钟家: the family, not a person; 江海 a word, unless listed and of an age
    if _stage_name(folded, start, end):
        return Verdict.NAME  # 歌手阿朵
    if (
        folded[start - 1 : start] in TAKES_PERSON
        and _set_apart(folded, start, end, word_tag)
        and lexicon.lookup(form) is None
        and form[0] not in NICKNAME_PREFIXES
    ):
        # 由張震獲得, 那是于正，: a word that takes a person before, a clear
        # end after, and no dictionary word (花莲 is a place it lists)
        return Verdict.NAME
    if form[:sl] not in CUED_SURNAMES and sl == 1:
        # A rarer surname (卜凡): only listed beside another person the tagger found, or glossed with a
        # people (录音师巴图（蒙古族）: a Mongolian name, no surname at all).
        glossed = _PEOPLE_GLOSS_RE.match(folded, end) is not None and lexicon.lookup(form) is None
        glossed = glossed or surname_titled(folded, start, sl)  # (or called by it and the role before: 刀县长)
        # (or a role before, a clear end after, and the dictionary tags the two a person's: 的作家路遥，)
        glossed = glossed or (cue_before(folded, start) and _clear_end(folded, end) and name_tagged(form))
        # (or a role before and a speech verb of two after, the two no word: 急诊科医生甘伟提醒; not 学生常笑说)
        spoken = cue_before(folded, start) and folded.startswith(SPEECH_WORDS, end)
        glossed = glossed or (spoken and lexicon.lookup(form) is None)
        return Verdict.NAME if (listed or glossed) and form[sl:] not in SOFT_IN_GIVEN_NAME else Verdict.NO
    if _cued(folded, start, end) or listed or (_clear_end(folded, end) and one_addressed(folded, form[sl:])):
        return Verdict.NAME  # (or ending clear, called by the given part and a kin word: 陳炳。炳叔; not 丁權爭議)
    if form[sl:] in SOFT_IN_GIVEN_NAME:
        return Verdict.NO  # 阎可, 欧阳正: a stop character needs a cue or a list
    if sl >= 3:
        return Verdict.NAME  # 小野寺诚: a three-character Japanese surname is no everyday word
    return Verdict.SHAPED if form[:sl] in COMMON_SURNAMES or sl == 2 else Verdict.NO


def cut_in_cell(form: str, known: set[str]) -> bool:
    """A roll's cell that a found name opens and stops one character short of (阿苏拉 of 阿苏拉则, Yi), or
    ends and starts one after (马木呷 of 沙马木呷): the cell is one item, so the name is all of it."""
    return len(form) >= 4 and (
        (form[:-1] in known and form[-1] not in PARTICLES) or (form[1:] in known and form[0] not in PARTICLES)
    )
